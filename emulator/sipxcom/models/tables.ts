/**
 * Table names of the sipXcom state, one place so resources that refer to each other agree.
 * Rows are plain JSON; write with `set`/`update` only.
 */
export const TABLES = {
  users: 'users',
  userGroups: 'user_groups',
  branches: 'branches',
  phones: 'phones',
  phoneGroups: 'phone_groups',
  /** Values of every settings tree that differ from the definition (models/settings-tree.ts). */
  settingValues: 'setting_values',
} as const;

/** Sequences for generated ids. */
export const SEQUENCES = {
  users: 'user',
  userGroups: 'user_group',
  phones: 'phone',
  phoneGroups: 'phone_group',
  lines: 'line',
  branches: 'branch',
} as const;
