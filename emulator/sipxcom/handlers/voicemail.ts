import { FOLDERS } from '../../../contracts/sipxcom/voicemail.ts';
import { envelope, fail, notFound, self, type SipxCall, type SipxHandler } from '../call.ts';
import { users, type UserRow } from '../models/users.ts';
import {
  messagesIn,
  saveVoicemailSettings,
  voicemailSettingsOf,
  type Folder,
  type PersonalAttendant,
  type VoicemailMessageRow,
  type VoicemailPrefs,
} from '../models/voicemail.ts';

/** A PIN sipXcom can save: 4 to 32 digits (contract decision; index A30). */
export const VALID_PIN = /^\d{4,32}$/;
/** An operator: an extension, number or SIP user part. */
const OPERATOR = /^[A-Za-z0-9._+*#-]{1,64}$/;
const MENU_KEY = /^[0-9*#]$/;

const xmlText = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rssItem(message: VoicemailMessageRow, folder: Folder): string {
  const caller = message.fromName ? `${message.fromName} (${message.from})` : message.from;
  const minutes = Math.floor(message.durationSecs / 60);
  const seconds = String(message.durationSecs % 60).padStart(2, '0');
  return [
    '<item>',
    `<title>${xmlText(`Voicemail from ${caller}`)}</title>`,
    `<link>/sipxconfig/rest/my/feed/voicemail/${folder}#${message.id}</link>`,
    `<description>${xmlText(`${message.heard ? 'Heard' : 'New'} message, ${minutes}:${seconds} long`)}</description>`,
    `<author>${xmlText(message.from)}</author>`,
    `<pubDate>${new Date(message.received).toUTCString()}</pubDate>`,
    `<guid isPermaLink="false">${message.id}</guid>`,
    '</item>',
  ].join('');
}

/** A folder of a user's mailbox as an RSS 2.0 document (doc 4516). */
function rssFeed(user: UserRow, folder: Folder, messages: VoicemailMessageRow[], now: number): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel>',
    `<title>${xmlText(`Voicemail ${folder} of ${user.username}`)}</title>`,
    `<link>/sipxconfig/rest/my/feed/voicemail/${folder}</link>`,
    `<description>${xmlText(`${messages.length} message(s) in the ${folder} folder of mailbox ${user.username}`)}</description>`,
    `<lastBuildDate>${new Date(now).toUTCString()}</lastBuildDate>`,
    ...messages.map((m) => rssItem(m, folder)),
    '</channel></rss>',
  ].join('');
}

export const voicemailHandlers: Record<string, SipxHandler> = {
  'PUT /my/voicemail/pin/{pin}': (call: SipxCall<{ pin: string }>) => {
    const [id] = self(call);
    if (!VALID_PIN.test(call.args.pin)) fail('pinNotSaved', 'The new PIN cannot be saved: it must be 4 to 32 digits');
    users(call.context).update(id, { pin: call.args.pin });
    return envelope('SUCCESS_UPDATED');
  },

  'GET /my/vmprefs': (call: SipxCall) => {
    const [id] = self(call);
    return { vmprefs: { voicemailPermission: true, ...voicemailSettingsOf(call.context, id).prefs } };
  },

  'PUT /my/vmprefs': (call: SipxCall<{ body: Partial<VoicemailPrefs> & { voicemailPermission?: boolean } }>) => {
    const [id] = self(call);
    const { voicemailPermission: _readOnly, ...changes } = call.args.body;
    if (changes.email !== undefined) {
      const email = changes.email?.trim() || null;
      if (email !== null && !/^[^@\s]+@[^@\s]+$/.test(email)) fail('validationFailed', `Failed input validation: ${email} is not an e-mail address`);
      changes.email = email;
    }
    saveVoicemailSettings(call.context, id, { prefs: changes });
    return envelope('SUCCESS_UPDATED');
  },

  'GET /my/feed/voicemail/{folder}': (call: SipxCall<{ folder: string }>) => {
    const [id, user] = self(call);
    const folder = FOLDERS.find((f) => f === call.args.folder.toLowerCase());
    if (!folder) notFound(call, `voicemail folder ${call.args.folder}`);
    return rssFeed(user, folder, messagesIn(call.context, id, folder), call.context.clock.now());
  },

  'GET /my/voicemail/attendant': (call: SipxCall) => {
    const [id] = self(call);
    return { personalAttendantPermission: true, ...voicemailSettingsOf(call.context, id).attendant };
  },

  'PUT /my/voicemail/attendant': (call: SipxCall<{ body: Partial<PersonalAttendant> & { personalAttendantPermission?: boolean } }>) => {
    const [id] = self(call);
    const { personalAttendantPermission: _readOnly, ...changes } = call.args.body;
    for (const [key, target] of Object.entries(changes.menu ?? {})) {
      if (!MENU_KEY.test(key)) fail('validationFailed', `Failed input validation: menu key "${key}" is not a dial-pad key (0-9, *, #)`);
      if (target.trim() === '') fail('validationFailed', `Failed input validation: menu key ${key} has no destination`);
    }
    if (changes.operator !== undefined && changes.operator !== null) {
      if (changes.operator === '') changes.operator = null;
      else if (!OPERATOR.test(changes.operator)) fail('validationFailed', `Failed input validation: ${changes.operator} is not an extension or number`);
    }
    saveVoicemailSettings(call.context, id, { attendant: changes });
    return envelope('SUCCESS_UPDATED');
  },

  'PUT /my/voicemail/operator/{operator}': (call: SipxCall<{ operator: string }>) => {
    const [id] = self(call);
    if (!OPERATOR.test(call.args.operator)) fail('validationFailed', `Failed input validation: ${call.args.operator} is not an extension or number`);
    saveVoicemailSettings(call.context, id, { attendant: { operator: call.args.operator } });
    return envelope('SUCCESS_UPDATED');
  },

  'PUT /my/voicemail/operator': (call: SipxCall) => {
    const [id] = self(call);
    saveVoicemailSettings(call.context, id, { attendant: { operator: null } });
    return envelope('SUCCESS_UPDATED');
  },
};
