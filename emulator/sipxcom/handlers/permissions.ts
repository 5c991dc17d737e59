import { envelope, fail, pageOf, type SipxCall, type SipxHandler, type PagingArgs } from '../call.ts';
import {
  allPermissions,
  customPermissions,
  findPermission,
  forgetPermission,
  permissionView,
  readPermissionValue,
  type PermissionRow,
} from '../models/permissions.ts';
import { SEQUENCES } from '../models/tables.ts';

interface PermissionInput {
  name?: string;
  label?: string;
  description?: string | null;
  defaultValue?: boolean | string;
}

/** 400 ERROR_OBJECT_NOT_FOUND: the document ties 400 to an unknown name (2189). */
function permissionOr400(call: SipxCall, name: string): PermissionRow {
  return findPermission(call.context, name) ?? fail('notFound400', `Could not retrieve object using ID: permission ${name}`);
}

function customOr400(call: SipxCall, name: string): PermissionRow {
  const row = permissionOr400(call, name);
  if (row.builtIn) fail('validationFailed', `Failed input validation: ${name} is a built-in permission and cannot be changed or deleted`);
  return row;
}

function defaultValueOf(input: PermissionInput): boolean | undefined {
  if (input.defaultValue === undefined) return undefined;
  const value = readPermissionValue(input.defaultValue);
  if (value === undefined || value === null) fail('validationFailed', `Failed input validation: defaultValue must be true or false, not "${String(input.defaultValue)}"`);
  return value;
}

export const permissionHandlers: Record<string, SipxHandler> = {
  'GET /permission': ({ args, context }: SipxCall<PagingArgs>) => {
    const { items, metadata } = pageOf(allPermissions(context), args, { name: (p) => p.name, description: (p) => p.label });
    return { permission: { metadata, permissions: items.map(permissionView) } };
  },

  'PUT /permission': (call: SipxCall<{ body: PermissionInput }>) => {
    const input = call.args.body;
    const defaultValue = defaultValueOf(input) ?? false;
    if (input.name !== undefined && findPermission(call.context, input.name)) fail('duplicate', `Failed input validation: a permission is already named ${input.name}`);
    // Absent, the name is perm_<id> (the template's naming, doc 2159), skipping names created by hand.
    let id = call.context.state.nextId(SEQUENCES.permissions);
    while (input.name === undefined && findPermission(call.context, `perm_${id}`)) id = call.context.state.nextId(SEQUENCES.permissions);
    const name = input.name ?? `perm_${id}`;
    customPermissions(call.context).set(id, { id, name, label: input.label ?? name, description: input.description ?? null, defaultValue, builtIn: false });
    return envelope('SUCCESS_CREATED', id);
  },

  'GET /permission/{name}': (call: SipxCall<{ name: string }>) => ({ permission: permissionView(permissionOr400(call, call.args.name)) }),

  'PUT /permission/{name}': (call: SipxCall<{ name: string; body: PermissionInput }>) => {
    const row = customOr400(call, call.args.name);
    const input = call.args.body;
    const defaultValue = defaultValueOf(input);
    customPermissions(call.context).update(row.id, {
      ...(input.label !== undefined ? { label: input.label } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(defaultValue !== undefined ? { defaultValue } : {}),
    });
    return envelope('SUCCESS_UPDATED', row.id);
  },

  'DELETE /permission/{name}': (call: SipxCall<{ name: string }>) => {
    const row = customOr400(call, call.args.name);
    forgetPermission(call.context, row.name);
    customPermissions(call.context).delete(row.id);
    return envelope('SUCCESS_DELETED', row.id);
  },
};
