import { fail, type PbxHandlers } from '../call.ts';
import type { VendorState } from '../../core/store.ts';
import { departments, departmentsOfTenant, resolveDepartment, type DepartmentRecord } from '../models/department.ts';
import { departmentIds, extensions } from '../models/extension.ts';
import { resolveServer } from '../models/tenant.ts';
import { keyed } from '../views.ts';

/** Department names are unique within a tenant (case-insensitive). */
function assertNameFree(state: VendorState, server: string, name: string, selfId?: string): void {
  const clash = departments(state).find(
    (d, id) => id !== selfId && d.server === server && d.name.toLowerCase() === name.toLowerCase(),
  );
  if (clash) fail('duplicate', `Department name '${name}' is already reserved by department ID ${clash[0]}.`);
}

/** `{"success": "Department ID: 1", "id": 1, "name": "Department1"}` (doc 9318-9324). */
const answer = (id: string, record: DepartmentRecord) => ({ success: `Department ID: ${id}`, id: Number(id), name: record.name });

export const departmentHandlers: PbxHandlers = {
  'pbxware.department.list': ({ args, context }) => {
    const rows =
      args.server === undefined || args.server === ''
        ? departments(context.state).entries()
        : departmentsOfTenant(context.state, resolveServer(context, args.server, 'any').id);
    return keyed(rows, (d) => ({ name: d.name }));
  },

  'pbxware.department.add': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    assertNameFree(context.state, tenant.id, args.name);
    const id = String(context.state.nextId('department'));
    const record: DepartmentRecord = { server: tenant.id, name: args.name, editions: '', modules: '' };
    departments(context.state).set(id, record);
    return answer(id, record);
  },

  'pbxware.department.edit': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const existing = resolveDepartment(context.state, tenant.id, args.id);
    const next = { ...existing, ...(args.name !== undefined ? { name: args.name } : {}) };
    assertNameFree(context.state, tenant.id, next.name, args.id);
    departments(context.state).set(args.id, next);
    return answer(args.id, next);
  },

  'pbxware.department.delete': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    resolveDepartment(context.state, tenant.id, args.id);
    departments(context.state).delete(args.id);
    // Extensions keep their other departments (pbxware.md §7 A19).
    for (const [id, record] of extensions(context.state).filter((e) => departmentIds(e).includes(args.id))) {
      extensions(context.state).set(id, { ...record, department: departmentIds(record).filter((d) => d !== args.id).join(',') });
    }
    return { success: `Deleted Department ID ${args.id} successfully.` };
  },
};
