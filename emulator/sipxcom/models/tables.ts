/**
 * Table names of the sipXcom state, one place so resources that refer to each other agree.
 * Rows are plain JSON; write with `set`/`update` only.
 */
export const TABLES = {
  /** One row, `current`: the license file (models/license.ts, doc 1314-1346). */
  license: 'license',
  faxPreferences: 'fax_preferences',
  portalPasswords: 'portal_passwords',
  conferenceMembers: 'conference_members',
  /** Running conferences (FreeSWITCH state: lock, pin, recording) and their members (models/conferences.ts). */
  conferenceSessions: 'conference_sessions',
  conferences: 'conferences',
  /** Click-to-call calls; live while the clock is before their end (models/live-calls.ts). */
  liveCalls: 'live_calls',
  registrations: 'registrations',
  userPreferences: 'user_preferences',
  privatePhonebooks: 'private_phonebooks',
  privatePhonebookEntries: 'private_phonebook_entries',
  phonebooks: 'phonebooks',
  voicemailMessages: 'voicemail_messages',
  voicemailSettings: 'voicemail_settings',
  forwardSchedules: 'forward_schedules',
  callForwarding: 'call_forwarding',
  /** Custom permissions (built-ins are constants, models/permissions.ts) and per user / group values. */
  permissions: 'permissions',
  permissionValues: 'permission_values',
  schedules: 'schedules',
  huntGroups: 'hunt_groups',
  users: 'users',
  userGroups: 'user_groups',
  branches: 'branches',
  phones: 'phones',
  phoneGroups: 'phone_groups',
  pageGroups: 'page_groups',
  parkOrbits: 'park_orbits',
  /** The files of the MOH, page group and park orbit prompt libraries (models/prompts.ts). */
  prompts: 'prompts',
  /** Gateways by the id their create named (models/gateways.ts, doc 901-1244). */
  gateways: 'gateways',
  autoAttendants: 'auto_attendants',
  /** One row, `special`: the global AA special mode (doc 140-182). */
  autoAttendantMode: 'auto_attendant_mode',
  erls: 'erls',
  erlAssignments: 'erl_assignments',
  /** Values of every settings tree that differ from the definition (models/settings-tree.ts). */
  settingValues: 'setting_values',
} as const;

/** Sequences for generated ids. */
export const SEQUENCES = {
  conferenceMembers: 'conference_member',
  conferences: 'conference',
  liveCalls: 'live_call',
  registrations: 'registration',
  phonebookEntries: 'phonebook_entry',
  phonebooks: 'phonebook',
  voicemailMessages: 'voicemail_message',
  forwardSchedules: 'forward_schedule',
  permissions: 'permission',
  schedules: 'schedule',
  huntGroups: 'hunt_group',
  users: 'user',
  userGroups: 'user_group',
  phones: 'phone',
  phoneGroups: 'phone_group',
  pageGroups: 'page_group',
  parkOrbits: 'park_orbit',
  lines: 'line',
  branches: 'branch',
  erls: 'erl',
} as const;
