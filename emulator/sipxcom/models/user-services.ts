import type { PackContext } from '../../core/pack.ts';
import { callForwarding, forwardSchedules } from './call-forwarding.ts';
import { privateEntries, privatePhonebooks } from './my-phonebook.ts';
import { dropPermissionValuesOf } from './permissions.ts';
import { userPreferences } from './preferences.ts';
import { schedules } from './schedules.ts';
import { portalPasswords } from './system.ts';
import { voicemailMessages, voicemailSettings } from './voicemail.ts';

/**
 * Drops what a user owns (call forwarding and its schedules, voicemail settings and messages, private
 * phone book, preferences, portal password, permission values, personal schedules). For DELETE
 * /user/{id}: reads already hide a deleted user's rows, but a snapshot should not keep them.
 */
export function dropUserServicesOf(context: Pick<PackContext, 'state'>, userId: number): void {
  dropPermissionValuesOf(context, 'user', userId);
  for (const table of [callForwarding(context), voicemailSettings(context), privatePhonebooks(context), userPreferences(context), portalPasswords(context)]) {
    if (table.get(userId)) table.delete(userId);
  }
  for (const table of [forwardSchedules(context), voicemailMessages(context), privateEntries(context), schedules(context)]) {
    for (const row of table.values().filter((r) => r.userId === userId)) table.delete(row.id);
  }
}

/** What a deleted user group owned: its permission values and schedules. */
export function dropUserGroupDataOf(context: Pick<PackContext, 'state'>, groupId: number): void {
  dropPermissionValuesOf(context, 'group', groupId);
  const table = schedules(context);
  for (const row of table.values().filter((r) => r.groupId === groupId)) table.delete(row.id);
}
