import type { PackContext } from '../../core/pack.ts';
import { TABLES } from './tables.ts';
import type { UserGroupRow } from './user-groups.ts';
import type { UserRow } from './users.ts';

type Ctx = Pick<PackContext, 'state'>;

/**
 * A call permission (doc 2077-2213): `name` is its key, `label` "Alternative name of the description",
 * `defaultValue` what a user or group has until someone sets it. Custom permissions are rows of
 * `permissions` (`id` from a sequence, for the create envelope); built-ins are the constants below.
 */
export interface PermissionRow {
  id: number;
  name: string;
  label: string;
  description: string | null;
  defaultValue: boolean;
  builtIn: boolean;
}

/** sipxconfig's built-in call permissions (user settings `permission/…`); they cannot be changed or deleted. */
export const BUILT_IN_PERMISSIONS: readonly PermissionRow[] = (
  [
    ['LocalDialing', 'Local Dialing', true],
    ['LongDistanceDialing', 'Long Distance Dialing', true],
    ['InternationalDialing', 'International Dialing', false],
    ['Mobile', 'Mobile Dialing', true],
    ['TollFree', 'Toll Free', true],
    ['900Dialing', '900 Dialing', false],
    ['AutoAttendantDialing', 'Auto Attendant Dialing', true],
    ['NoAccess', 'No Access', false],
    ['RecordSystemPrompts', 'Record System Prompts', false],
    ['Voicemail', 'Voicemail', true],
    ['FreeswitchVoicemail', 'FreeSWITCH Voicemail', true],
    ['ExchangeUMVoicemail', 'Exchange Voicemail', false],
  ] as const
).map(([name, label, defaultValue], i) => ({ id: -(i + 1), name, label, description: null, defaultValue, builtIn: true }));

export const customPermissions = (context: Ctx) => context.state.table<PermissionRow>(TABLES.permissions);

/** Every permission, built-ins first then custom ones in creation order. */
export function allPermissions(context: Ctx): PermissionRow[] {
  return [...BUILT_IN_PERMISSIONS, ...customPermissions(context).values().sort((a, b) => a.id - b.id)];
}

export function findPermission(context: Ctx, name: string): PermissionRow | undefined {
  return BUILT_IN_PERMISSIONS.find((p) => p.name === name) ?? customPermissions(context).values().find((p) => p.name === name);
}

export const permissionView = (row: PermissionRow) => ({
  name: row.name,
  label: row.label,
  description: row.description,
  defaultValue: row.defaultValue,
  type: 'boolean' as const,
  builtIn: row.builtIn,
});

/**
 * The values a user or a user group was given (doc 3862-3868, 4110-4124): only permissions someone
 * set; the others are "set to the default and never changed" and show no value.
 */
export interface PermissionValuesRow {
  owner: 'user' | 'group';
  ownerId: number;
  values: Record<string, boolean>;
}

export const permissionValues = (context: Ctx) => context.state.table<PermissionValuesRow>(TABLES.permissionValues);
const keyOf = (owner: PermissionValuesRow['owner'], ownerId: number) => `${owner}-${ownerId}`;

/** What a user or group was given, by permission name (permissions deleted since are left out). */
export function valuesOf(context: Ctx, owner: PermissionValuesRow['owner'], ownerId: number): Record<string, boolean> {
  return permissionValues(context).get(keyOf(owner, ownerId))?.values ?? {};
}

/** Sets (true/false) or resets (null: back to the default, "never changed") permissions of an owner. */
export function setValues(context: Ctx, owner: PermissionValuesRow['owner'], ownerId: number, changes: Record<string, boolean | null>): void {
  const values = { ...valuesOf(context, owner, ownerId) };
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) delete values[name];
    else values[name] = value;
  }
  // A record with nothing set left is the same as no record ("never changed").
  if (Object.keys(values).length === 0) permissionValues(context).delete(keyOf(owner, ownerId));
  else permissionValues(context).set(keyOf(owner, ownerId), { owner, ownerId, values });
}

/** A user or group is deleted: what it was given goes with it. */
export function dropPermissionValuesOf(context: Ctx, owner: PermissionValuesRow['owner'], ownerId: number): void {
  permissionValues(context).delete(keyOf(owner, ownerId));
}

/** A custom permission is deleted: it leaves every user's and group's values. */
export function forgetPermission(context: Ctx, name: string): void {
  for (const [key, row] of permissionValues(context).entries()) {
    if (!(name in row.values)) continue;
    const { [name]: _gone, ...rest } = row.values;
    permissionValues(context).set(key, { ...row, values: rest });
  }
}

/** One permission of an owner's view: its name, the value set (if any) and the permission's default. */
function settingsOf(context: Ctx, owner: PermissionValuesRow['owner'], ownerId: number) {
  const values = valuesOf(context, owner, ownerId);
  return allPermissions(context).map((p) => ({ name: p.name, value: p.name in values ? values[p.name] : null, defaultValue: p.defaultValue }));
}

/** The user's permissions (doc 3821-3851): the value shows ENABLE or DISABLE, none when never changed. */
export function userPermissionView(context: Ctx, user: UserRow) {
  return {
    id: user.id,
    lastName: user.lastName,
    firstName: user.firstName,
    permissions: settingsOf(context, 'user', user.id).map((s) => ({
      name: s.name,
      value: s.value === null ? null : s.value ? ('ENABLE' as const) : ('DISABLE' as const),
      defaultValue: s.defaultValue,
    })),
  };
}

/** The group's permissions (doc 4053-4075): the value is true or false, none when never changed. */
export function userGroupPermissionView(context: Ctx, group: UserGroupRow) {
  return { id: group.id, name: group.name, description: group.description, permissions: settingsOf(context, 'group', group.id) };
}

/**
 * Reads a permission value as bodies carry it: enable/disable (doc 4120), true/false, enabled/disabled,
 * 1/0, in any case; '' = back to the default (null); anything else is undefined (refused by the caller).
 */
export function readPermissionValue(value: boolean | string): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  const text = value.trim().toLowerCase();
  if (text === '') return null;
  if (['enable', 'enabled', 'true', '1'].includes(text)) return true;
  if (['disable', 'disabled', 'false', '0'].includes(text)) return false;
  return undefined;
}
