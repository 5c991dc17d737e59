import type { PbxHandlers } from '../call.ts';
import { APP_SLOTS, effectiveApps, slotTotal, usesApp } from '../models/apps.ts';
import { departments, departmentsOfTenant, resolveDepartment } from '../models/department.ts';
import { extensionsOfTenant } from '../models/extension.ts';
import { resolveServer } from '../models/tenant.ts';
import { keyed } from '../views.ts';
import { parseEditions, parseModules } from './ext.ts';

export const appsHandlers: PbxHandlers = {
  // Derived from the tenant's extensions (pbxware.md §7 A35); keys as the sample (doc 8893-8958).
  'pbxware.apps.list': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'tenant');
    const used = extensionsOfTenant(context.state, tenant.id).map(([, e]) => ({
      number: Number(e.ext),
      apps: effectiveApps(context.state, e),
    }));
    return Object.fromEntries(
      APP_SLOTS.map((slot) => {
        const numbers = used
          .filter((u) => usesApp(u.apps, slot.kind, slot.name))
          .map((u) => u.number)
          .sort((a, b) => a - b);
        return [slot.key, { total: slotTotal(context.state, slot.key), in_use: numbers.length, extensions: numbers }];
      }),
    );
  },

  'pbxware.apps.templates.set': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const department = resolveDepartment(context.state, tenant.id, args.department_id);
    const editions = args.editions === undefined ? department.editions : parseEditions(args.editions).join(',');
    const modules = args.modules === undefined ? department.modules : parseModules(args.modules).join(',');
    departments(context.state).set(args.department_id, { ...department, editions, modules });
    return { success: `Department ID: ${args.department_id}`, id: Number(args.department_id) };
  },

  'pbxware.apps.templates.list': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    return keyed(departmentsOfTenant(context.state, tenant.id), (d, id) => ({
      department_id: Number(id),
      department_name: d.name,
      editions: d.editions,
      modules: d.modules,
    }));
  },
};
