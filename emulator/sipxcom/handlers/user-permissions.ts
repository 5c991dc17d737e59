import { envelope, fail, notFound, pageOf, type PagingArgs, type SipxCall, type SipxHandler } from '../call.ts';
import { avatarPng } from '../models/avatar.ts';
import {
  findPermission,
  readPermissionValue,
  setValues,
  userGroupPermissionView,
  userPermissionView,
  type PermissionValuesRow,
} from '../models/permissions.ts';
import { userGroups, type UserGroupRow } from '../models/user-groups.ts';
import { findUser, users, type UserRow } from '../models/users.ts';

interface PermissionsBody {
  permissions?: Array<{ name: string; value: boolean | string }>;
}

/** The id of `/user-permission*` (quirk user-permission-misprint): `/12`, `12` or `/12/`; anything else names no user. */
function misprintedUser(call: SipxCall<{ '*': string }>): UserRow {
  const key = /^\/?(\d{1,15})\/?$/.exec(call.args['*'])?.[1];
  const row = key === undefined ? undefined : users(call.context).get(key);
  return row ?? notFound(call, `user ${call.args['*'].replace(/^\//, '')}`);
}

/** 400 ERROR_OBJECT_NOT_FOUND for an unknown or invalid group id ("Error 400 when {id} is invalid or not found.", 4101). */
function groupOr400(call: SipxCall<{ id: string }>): UserGroupRow {
  const row = /^\d{1,15}$/.test(call.args.id) ? userGroups(call.context).get(call.args.id) : undefined;
  return row ?? fail('notFound400', `Could not retrieve object using ID: user group ${call.args.id}`);
}

/** Applies a PUT body: every setting names a permission and carries a readable value, or nothing changes (400). */
function applySettings(call: SipxCall<{ body: PermissionsBody }>, owner: PermissionValuesRow['owner'], ownerId: number): void {
  const changes: Record<string, boolean | null> = {};
  for (const setting of call.args.body.permissions ?? []) {
    if (!findPermission(call.context, setting.name)) fail('validationFailed', `Failed input validation: no permission is named ${setting.name}`);
    const value = readPermissionValue(setting.value);
    if (value === undefined) fail('validationFailed', `Failed input validation: the value of ${setting.name} must be enable or disable, not "${String(setting.value)}"`);
    changes[setting.name] = value;
  }
  setValues(call.context, owner, ownerId, changes);
}

const userSortKeys = {
  name: (u: UserRow) => u.username,
  description: (u: UserRow) => `${u.lastName ?? ''} ${u.firstName ?? ''}`.trim(),
};
const groupSortKeys = { name: (g: UserGroupRow) => g.name, description: (g: UserGroupRow) => g.description ?? '' };

export const userPermissionHandlers: Record<string, SipxHandler> = {
  'GET /avatar/{user}': (call: SipxCall<{ user: string }>) => {
    const user = findUser(call.context, call.args.user) ?? notFound(call, `user ${call.args.user}`);
    // A regular user reads their own avatar only (index A10).
    if (call.auth.role !== 'admin' && call.auth.userId !== user.id) fail('forbidden', 'A user may read only their own avatar');
    return avatarPng(user.username);
  },

  'GET /user-permission': ({ args, context }: SipxCall<PagingArgs>) => {
    const all = users(context).values().sort((a, b) => a.id - b.id);
    const { items, metadata } = pageOf(all, args, userSortKeys);
    return { user: { metadata, users: items.map((u) => userPermissionView(context, u)) } };
  },

  'GET /user-permission{id}': (call: SipxCall<{ '*': string }>) => ({ user: userPermissionView(call.context, misprintedUser(call)) }),

  'PUT /user-permission{id}': (call: SipxCall<{ '*': string; body: PermissionsBody }>) => {
    const user = misprintedUser(call);
    applySettings(call, 'user', user.id);
    return envelope('SUCCESS_UPDATED', user.id);
  },

  'GET /user-group-permission': ({ args, context }: SipxCall<PagingArgs>) => {
    const all = userGroups(context).values().sort((a, b) => a.id - b.id);
    const { items, metadata } = pageOf(all, args, groupSortKeys);
    return { group: { metadata, groups: items.map((g) => userGroupPermissionView(context, g)) } };
  },

  'GET /user-group-permission/{id}': (call: SipxCall<{ id: string }>) => ({ group: userGroupPermissionView(call.context, groupOr400(call)) }),

  'PUT /user-group-permission/{id}': (call: SipxCall<{ id: string; body: PermissionsBody }>) => {
    const group = groupOr400(call);
    applySettings(call, 'group', group.id);
    return envelope('SUCCESS_UPDATED', group.id);
  },
};
