import type { PackContext } from '../../core/pack.ts';
import { callForwarding, forwardSchedules } from './call-forwarding.ts';
import { privateEntries, privatePhonebooks } from './my-phonebook.ts';
import { userPreferences } from './preferences.ts';
import { voicemailMessages, voicemailSettings } from './voicemail.ts';

/**
 * Drops what a user owns in the user services (call forwarding and its schedules, voicemail settings
 * and messages, private phone book, preferences). For DELETE /user/{id}: user ids are never reused, so
 * leftovers are invisible, but they need not stay.
 */
export function dropUserServicesOf(context: Pick<PackContext, 'state'>, userId: number): void {
  for (const table of [callForwarding(context), voicemailSettings(context), privatePhonebooks(context), userPreferences(context)]) {
    if (table.get(userId)) table.delete(userId);
  }
  for (const table of [forwardSchedules(context), voicemailMessages(context), privateEntries(context)]) {
    for (const row of table.values().filter((r) => r.userId === userId)) table.delete(row.id);
  }
}
