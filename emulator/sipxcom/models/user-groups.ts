import type { PackContext } from '../../core/pack.ts';
import { branches } from './branches.ts';
import { TABLES } from './tables.ts';

/** A user group (doc 3874-4003); members are the users whose `groupIds` hold its id. */
export interface UserGroupRow {
  id: number;
  name: string;
  description: string | null;
  branchId: number | null;
}

export const userGroups = (context: Pick<PackContext, 'state'>) => context.state.table<UserGroupRow>(TABLES.userGroups);

export function findUserGroup(context: Pick<PackContext, 'state'>, ref: unknown): UserGroupRow | undefined {
  const table = userGroups(context);
  if (typeof ref === 'number') return table.get(ref);
  if (typeof ref === 'string') return (/^\d+$/.test(ref) ? table.get(ref) : undefined) ?? table.values().find((g) => g.name === ref);
  if (ref && typeof ref === 'object') {
    const { id, name } = ref as { id?: unknown; name?: unknown };
    if (typeof id === 'number') return table.get(id);
    if (typeof name === 'string') return table.values().find((g) => g.name === name);
  }
  return undefined;
}

export function userGroupView(context: Pick<PackContext, 'state'>, row: UserGroupRow) {
  const branch = row.branchId === null ? undefined : branches(context).get(row.branchId);
  return { id: row.id, name: row.name, description: row.description, branch: branch ? { id: branch.id, name: branch.name } : null };
}
