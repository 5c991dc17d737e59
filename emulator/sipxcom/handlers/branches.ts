import { envelope, fail, notFound, pageOf, type SipxCall, type SipxHandler } from '../call.ts';
import { ADDRESS_FIELDS, branches, branchView, type BranchAddress, type BranchRow } from '../models/branches.ts';
import { gateways } from '../models/gateways.ts';
import { SEQUENCES } from '../models/tables.ts';
import { userGroups } from '../models/user-groups.ts';
import { users } from '../models/users.ts';

type Text = string | null | undefined;
type BranchInput = {
  name?: string;
  description?: string | null;
  address?: (Partial<Record<(typeof ADDRESS_FIELDS)[number], Text>> & { id?: unknown }) | null;
  phoneNumber?: Text;
  faxNumber?: Text;
};

const blankToNull = (value: string | null) => (value === null || value.trim() === '' ? null : value);

/** A branch by the id in the path; `missing` says how an unknown id is answered (404 on GET, 400 on writes, doc 364). */
function branchOr(call: SipxCall<{ id: string }>, missing: 'notFound' | 'notFound400'): BranchRow {
  const id = call.args.id;
  const row = /^\d{1,15}$/.test(id) ? branches(call.context).get(Number(id)) : undefined;
  if (row) return row;
  if (missing === 'notFound') notFound(call, `branch ${id}`);
  fail('notFound400', `Wrong ID: no branch ${id}`);
}

/** The fields a body changes, checked (name unique); address fields merge into the current address. */
function changes(call: SipxCall, body: BranchInput, current?: BranchRow): Partial<BranchRow> {
  const out: Partial<BranchRow> = {};
  if (body.name !== undefined) {
    const name = body.name.trim();
    if (!name) fail('validationFailed', 'Failed input validation: name is required');
    if (branches(call.context).values().some((b) => b.name === name && b.id !== current?.id)) {
      fail('duplicate', `Failed input validation: a branch is already named ${name}`);
    }
    out.name = name;
  }
  if (body.description !== undefined) out.description = body.description === null ? null : blankToNull(body.description);
  for (const field of ['phoneNumber', 'faxNumber'] as const) {
    if (body[field] !== undefined) out[field] = body[field] === null ? null : blankToNull(body[field]);
  }
  if (body.address !== undefined) {
    const address: BranchAddress = body.address === null ? {} : { ...(current?.address ?? {}) };
    for (const field of ADDRESS_FIELDS) {
      const value = body.address?.[field];
      if (value !== undefined) address[field] = value === null ? null : blankToNull(value);
    }
    out.address = address;
  }
  return out;
}

export const branchHandlers: Record<string, SipxHandler> = {
  'GET /branch': ({ args, context }: SipxCall) => {
    const all = branches(context).values().sort((a, b) => a.id - b.id);
    const { items, metadata } = pageOf(all, args, { name: (b) => b.name, description: (b) => b.description ?? '' });
    return { branch: { metadata, branches: items.map(branchView) } };
  },

  'PUT /branch': (call: SipxCall<{ body: BranchInput }>) => {
    if (!call.args.body.name?.trim()) fail('validationFailed', 'Failed input validation: name is required');
    const fields = changes(call, call.args.body);
    const id = call.context.state.nextId(SEQUENCES.branches);
    branches(call.context).set(id, {
      id,
      name: fields.name!,
      description: fields.description ?? null,
      address: { ...(fields.address ?? {}), id },
      phoneNumber: fields.phoneNumber ?? null,
      faxNumber: fields.faxNumber ?? null,
    });
    return envelope('SUCCESS_CREATED', id);
  },

  'GET /branch/{id}': (call: SipxCall<{ id: string }>) => ({ branch: branchView(branchOr(call, 'notFound')) }),

  'PUT /branch/{id}': (call: SipxCall<{ id: string; body: BranchInput }>) => {
    const branch = branchOr(call, 'notFound400');
    branches(call.context).update(branch.id, changes(call, call.args.body, branch));
    return envelope('SUCCESS_UPDATED', branch.id);
  },

  'DELETE /branch/{id}': (call: SipxCall<{ id: string }>) => {
    const branch = branchOr(call, 'notFound400');
    // Users, user groups and gateways in the branch stay, without a branch.
    for (const user of users(call.context).values()) if (user.branchId === branch.id) users(call.context).update(user.id, { branchId: null });
    for (const group of userGroups(call.context).values()) if (group.branchId === branch.id) userGroups(call.context).update(group.id, { branchId: null });
    for (const gateway of gateways(call.context).values()) if (gateway.branchId === branch.id) gateways(call.context).update(gateway.id, { branchId: null });
    branches(call.context).delete(branch.id);
    return envelope('SUCCESS_DELETED', branch.id);
  },
};
