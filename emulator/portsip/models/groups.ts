import type { VendorState } from '../../core/store.ts';

export const DEFAULT_GROUP_ID = '__DEFAULT_EXTENSION_GROUP__';

export interface GroupRecord {
  group_id: string;
  group_name: string;
  group_description: string;
  enable_intercom: boolean;
  enable_external_call: boolean;
  enable_management_console_access: boolean;
  members: string[];
}

export const groups = (state: VendorState) => state.table<GroupRecord>('groups');

/** A new group id: a long numeric string (field evidence "IDs are long numeric strings"). */
export function newGroupId(state: VendorState): string {
  return String(state.nextId('group', 1)).padStart(18, '7');
}

export function defaultGroup(): GroupRecord {
  return {
    group_id: DEFAULT_GROUP_ID,
    group_name: DEFAULT_GROUP_ID,
    group_description: 'Every extension',
    enable_intercom: true,
    enable_external_call: true,
    enable_management_console_access: false,
    members: [],
  };
}

/** Groups in list order: the default group last, as in the sample (35-46), the others by creation. */
export function orderedGroups(state: VendorState): GroupRecord[] {
  const all = groups(state).values();
  return [...all.filter((g) => g.group_id !== DEFAULT_GROUP_ID), ...all.filter((g) => g.group_id === DEFAULT_GROUP_ID)];
}

/** Ids of the groups an extension belongs to (show's belong_groups). */
export function groupsOf(state: VendorState, extension: string): string[] {
  return orderedGroups(state)
    .filter((g) => g.members.includes(extension))
    .map((g) => g.group_id);
}

/** Adds an extension to the default group (every extension is in it). */
export function joinDefaultGroup(state: VendorState, extension: string): void {
  const table = groups(state);
  const group = table.get(DEFAULT_GROUP_ID) ?? defaultGroup();
  if (!group.members.includes(extension)) table.set(DEFAULT_GROUP_ID, { ...group, members: [...group.members, extension] });
}

/** Takes an extension out of every group. */
export function leaveAllGroups(state: VendorState, extension: string): void {
  const table = groups(state);
  for (const [id, group] of table.entries()) {
    if (group.members.includes(extension)) table.set(id, { ...group, members: group.members.filter((m) => m !== extension) });
  }
}
