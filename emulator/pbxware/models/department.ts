import type { VendorState } from '../../core/store.ts';
import { fail } from '../call.ts';

/**
 * A department of a tenant (doc 9257-9370). Its apps template (`apps.templates.*`, doc 8961-9027)
 * lives on it: the editions and modules as the comma strings `apps.templates.list` shows.
 */
export interface DepartmentRecord {
  server: string;
  name: string;
  /** Template editions, e.g. `"business,agent,supervisor"`; empty when no template was set. */
  editions: string;
  /** Template modules, e.g. `"call popup,skype,crm"`. */
  modules: string;
}

export const departments = (state: VendorState) => state.table<DepartmentRecord>('departments');

export function departmentsOfTenant(state: VendorState, server: string): Array<[string, DepartmentRecord]> {
  return departments(state).filter((d) => d.server === server);
}

/** The department `id` of tenant `server`; a department of another tenant is not found. */
export function resolveDepartment(state: VendorState, server: string, id: string): DepartmentRecord {
  const record = departments(state).get(id);
  if (!record || record.server !== server) fail('notFound', `Department ID ${id} not found.`);
  return record;
}
