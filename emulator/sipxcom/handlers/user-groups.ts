import { dropUserGroupDataOf } from '../models/user-services.ts';
import { envelope, fail, notFound, numericId, pageOf, type SipxCall, type SipxHandler } from '../call.ts';
import { findBranch } from '../models/branches.ts';
import { SEQUENCES } from '../models/tables.ts';
import { userGroups, userGroupView, type UserGroupRow } from '../models/user-groups.ts';
import { users } from '../models/users.ts';

type GroupInput = { name?: string; description?: string | null; branch?: unknown };

function groupOr404(call: SipxCall, key: string): UserGroupRow {
  return userGroups(call.context).get(numericId(call, key, 'user group')) ?? notFound(call, `user group ${key}`);
}

function resolve(call: SipxCall, body: GroupInput, exceptId?: number): Partial<UserGroupRow> {
  const out: Partial<UserGroupRow> = {};
  if (body.name !== undefined) {
    if (userGroups(call.context).values().some((g) => g.name === body.name && g.id !== exceptId)) {
      fail('duplicate', `Failed input validation: a user group is already named ${body.name}`);
    }
    out.name = body.name;
  }
  if (body.description !== undefined) out.description = body.description || null;
  if (body.branch !== undefined) {
    if (body.branch === null || body.branch === '') out.branchId = null;
    else {
      const branch = findBranch(call.context, body.branch);
      if (!branch) fail('validationFailed', `Failed input validation: no branch ${JSON.stringify(body.branch)}`);
      out.branchId = branch.id;
    }
  }
  return out;
}

export const userGroupHandlers: Record<string, SipxHandler> = {
  'GET /user-group': ({ args, context }: SipxCall) => {
    const all = userGroups(context).values().sort((a, b) => a.id - b.id);
    const { items, metadata } = pageOf(all, args, { name: (g) => g.name, description: (g) => g.description ?? '' });
    return { group: { metadata, groups: items.map((g) => userGroupView(context, g)) } };
  },

  'PUT /user-group': (call: SipxCall<{ body: GroupInput }>) => {
    if (!call.args.body.name) fail('validationFailed', 'Failed input validation: name is required');
    const fields = resolve(call, call.args.body);
    const id = call.context.state.nextId(SEQUENCES.userGroups);
    userGroups(call.context).set(id, { id, name: fields.name!, description: fields.description ?? null, branchId: fields.branchId ?? null });
    return envelope('SUCCESS_CREATED', id);
  },

  'GET /user-group/{id}': (call: SipxCall<{ id: string }>) => ({ group: userGroupView(call.context, groupOr404(call, call.args.id)) }),

  'PUT /user-group/{id}': (call: SipxCall<{ id: string; body: GroupInput }>) => {
    const group = groupOr404(call, call.args.id);
    userGroups(call.context).update(group.id, resolve(call, call.args.body, group.id));
    return envelope('SUCCESS_UPDATED', group.id);
  },

  'DELETE /user-group/{id}': (call: SipxCall<{ id: string }>) => {
    const group = groupOr404(call, call.args.id);
    // Deleting a group updates its members: they leave it.
    for (const user of users(call.context).values()) {
      if (user.groupIds.includes(group.id)) users(call.context).update(user.id, { groupIds: user.groupIds.filter((g) => g !== group.id) });
    }
    userGroups(call.context).delete(group.id);
    dropUserGroupDataOf(call.context, group.id);
    return envelope('SUCCESS_DELETED', group.id);
  },
};
