import { envelope, fail, notFound, numericId, pageOf, type SipxCall, type SipxHandler } from '../call.ts';
import { findBranch } from '../models/branches.ts';
import { phones } from '../models/phones.ts';
import { SEQUENCES } from '../models/tables.ts';
import { dropUserServicesOf } from '../models/user-services.ts';
import { findUserGroup } from '../models/user-groups.ts';
import { nameTaken, users, userView, type UserRow } from '../models/users.ts';

type UserInput = {
  username?: string;
  lastName?: string | null;
  firstName?: string | null;
  pin?: string | null;
  sipPassword?: string | null;
  groups?: unknown[] | null;
  branch?: unknown;
  aliases?: string[] | null;
};

function userOr404(call: SipxCall, key: string): UserRow {
  return users(call.context).get(numericId(call, key, 'user')) ?? notFound(call, `user ${key}`);
}

/** Fields of a user body resolved against the state (groups and branch must exist). */
function resolve(call: SipxCall, body: UserInput, exceptId?: number): Partial<UserRow> {
  const { context } = call;
  const out: Partial<UserRow> = {};
  if (body.username !== undefined) {
    if (nameTaken(context, body.username, exceptId)) fail('duplicate', `Failed input validation: user name ${body.username} is already in use`);
    out.username = body.username;
  }
  if (body.firstName !== undefined) out.firstName = body.firstName || null;
  if (body.lastName !== undefined) out.lastName = body.lastName || null;
  // "If the PIN is empty the current PIN value will be preserved." (doc 3727)
  if (body.pin) out.pin = body.pin;
  if (body.sipPassword) out.sipPassword = body.sipPassword;
  if (body.groups !== undefined) {
    out.groupIds = [...new Set((body.groups ?? []).map((ref) => {
      const group = findUserGroup(context, ref);
      if (!group) fail('validationFailed', `Failed input validation: no user group ${JSON.stringify(ref)}`);
      return group.id;
    }))];
  }
  if (body.branch !== undefined) {
    if (body.branch === null || body.branch === '') out.branchId = null;
    else {
      const branch = findBranch(context, body.branch);
      if (!branch) fail('validationFailed', `Failed input validation: no branch ${JSON.stringify(body.branch)}`);
      out.branchId = branch.id;
    }
  }
  if (body.aliases !== undefined) {
    const aliases = [...new Set(body.aliases ?? [])];
    for (const alias of aliases) {
      if (nameTaken(context, alias, exceptId) || alias === (out.username ?? users(context).get(exceptId ?? -1)?.username)) {
        fail('duplicate', `Failed input validation: alias ${alias} is already in use`);
      }
    }
    out.aliases = aliases;
  }
  return out;
}

/** A SIP password for a user created without one (sipXcom generates one too). */
function generatedSipPassword(id: number): string {
  return `sip${(id * 7919 + 104729).toString(36)}pw`;
}

export const userHandlers: Record<string, SipxHandler> = {
  'GET /user': ({ args, context }: SipxCall) => {
    const all = users(context).values().sort((a, b) => a.id - b.id);
    const { items, metadata } = pageOf(all, args, {
      name: (u) => u.username,
      description: (u) => `${u.lastName ?? ''} ${u.firstName ?? ''}`,
    });
    return { user: { metadata, users: items.map((u) => userView(context, u)) } };
  },

  'PUT /user': (call: SipxCall<{ body: UserInput }>) => {
    const { context, args } = call;
    if (!args.body.username) fail('validationFailed', 'Failed input validation: username is required');
    const fields = resolve(call, args.body);
    const id = context.state.nextId(SEQUENCES.users);
    const row: UserRow = {
      id,
      username: fields.username!,
      firstName: fields.firstName ?? null,
      lastName: fields.lastName ?? null,
      pin: fields.pin ?? '',
      sipPassword: fields.sipPassword ?? generatedSipPassword(id),
      groupIds: fields.groupIds ?? [],
      branchId: fields.branchId ?? null,
      aliases: fields.aliases ?? [],
    };
    users(context).set(id, row);
    return envelope('SUCCESS_CREATED', id);
  },

  'GET /user/{id}': (call: SipxCall<{ id: string }>) => ({ user: userView(call.context, userOr404(call, call.args.id)) }),

  'PUT /user/{id}': (call: SipxCall<{ id: string; body: UserInput }>) => {
    const user = userOr404(call, call.args.id);
    users(call.context).update(user.id, resolve(call, call.args.body, user.id));
    return envelope('SUCCESS_UPDATED', user.id);
  },

  'DELETE /user/{id}': (call: SipxCall<{ id: string }>) => {
    const user = userOr404(call, call.args.id);
    // Lines of phones that register as this user go with the user.
    for (const phone of phones(call.context).values()) {
      if (phone.lines.some((l) => l.userId === user.id)) {
        phones(call.context).update(phone.id, { lines: phone.lines.filter((l) => l.userId !== user.id) });
      }
    }
    users(call.context).delete(user.id);
    dropUserServicesOf(call.context, user.id);
    return envelope('SUCCESS_DELETED', user.id);
  },
};
