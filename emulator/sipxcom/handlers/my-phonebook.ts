import { envelope, fail, notFound, self, type SipxCall, type SipxHandler } from '../call.ts';
import {
  entryMatches,
  parseVcard,
  phonebookEntriesOf,
  privateEntries,
  privateEntriesOf,
  privateEntryByUid,
  privatePhonebookName,
  privatePhonebooks,
  sharedEntrySeenBy,
  showOnPhone,
  vcardOf,
  type EntryFields,
  type PrivateEntryRow,
} from '../models/my-phonebook.ts';
import { emptyEntryContact, type EntryContact } from '../models/phonebook.ts';
import { emptyAddress, type Address } from '../models/preferences.ts';
import { SEQUENCES } from '../models/tables.ts';

type ContactInput = { [K in keyof EntryContact]?: (K extends 'homeAddress' | 'officeAddress' ? Partial<Address> : string) | null };
type EntryBody =
  | string
  | { vcard?: string; 'first-name'?: string | null; 'last-name'?: string | null; number?: string | null; 'contact-information'?: ContactInput | null };

const clean = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() || null);

function vcardFields(text: string): EntryFields {
  const fields = parseVcard(text);
  if (!fields) fail('validationFailed', 'Failed input validation: the body is not a vCard (BEGIN:VCARD … END:VCARD)');
  return fields;
}

/** The entry fields a body sets over `current` (a vCard replaces the entry, fields merge). */
function fieldsOf(body: EntryBody, current: EntryFields): EntryFields {
  if (typeof body === 'string') return vcardFields(body);
  if (body.vcard !== undefined) return vcardFields(body.vcard);
  const out: EntryFields = { ...current, contact: { ...current.contact } };
  if (body['first-name'] !== undefined) out.firstName = clean(body['first-name']) ?? null;
  if (body['last-name'] !== undefined) out.lastName = clean(body['last-name']) ?? null;
  if (body.number !== undefined) out.number = clean(body.number) ?? null;
  const contact = body['contact-information'];
  if (contact === null) out.contact = emptyEntryContact();
  else if (contact) {
    for (const key of ['imID', 'imDisplayName', 'emailAddress', 'avatar'] as const) {
      if (contact[key] !== undefined) out.contact[key] = clean(contact[key] as string | null) ?? null;
    }
    for (const key of ['homeAddress', 'officeAddress'] as const) {
      const a = contact[key];
      if (a === null) out.contact[key] = null;
      else if (a) {
        const base = out.contact[key] ?? emptyAddress();
        out.contact[key] = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, a[k as keyof Address] !== undefined ? (clean(a[k as keyof Address]) ?? null) : v])) as unknown as Address;
      }
    }
  }
  return out;
}

function checkEntry(fields: EntryFields) {
  if (!fields.firstName && !fields.lastName && !fields.number) fail('validationFailed', 'Failed input validation: an entry needs a name or a number');
}

function ownEntry(call: SipxCall, userId: number, uid: string): PrivateEntryRow {
  return privateEntryByUid(call.context, userId, uid) ?? notFound(call, `phone book entry ${uid}`);
}

function rowNumber(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  if (!/^\d{1,9}$/.test(text)) fail('validationFailed', `Failed input validation: ${name} must be a row number (0 or more)`);
  return Number(text);
}

const NO_FIELDS: EntryFields = { firstName: null, lastName: null, number: null, contact: emptyEntryContact() };

export const myPhonebookHandlers: Record<string, SipxHandler> = {
  'GET /my/phonebook': (call: SipxCall) => {
    const [, user] = self(call);
    return { phonebook: { entries: phonebookEntriesOf(call.context, user) } };
  },

  'GET /my/pagedphonebook': (call: SipxCall<{ start?: string; end?: string }>) => {
    const [id, user] = self(call);
    const all = phonebookEntriesOf(call.context, user);
    const start = rowNumber(call.args.start, 'start') ?? 0;
    const asked = rowNumber(call.args.end, 'end') ?? all.length;
    if (start > asked) fail('validationFailed', 'Failed input validation: start is after end');
    const end = Math.min(asked, all.length);
    const from = Math.min(start, end);
    const entries = all.slice(from, end);
    return {
      phonebook: {
        size: all.length,
        'filtered-size': entries.length,
        'start-row': from,
        'end-row': end,
        'show-on-phone': showOnPhone(call.context, id),
        'google-domain': null,
        entries,
      },
    };
  },

  'GET /my/phonebook/entry/{entryId}': (call: SipxCall<{ entryId: string }>) => {
    const [id, user] = self(call);
    const entry = ownEntry(call, id, call.args.entryId);
    return { entry: { pb: privatePhonebookName(user), internalID: entry.id, uid: entry.uid, vcard: vcardOf(entry), username: user.username } };
  },

  'POST /my/phonebook/entry/{entryId}': (call: SipxCall<{ entryId: string; body: EntryBody }>) => {
    const [userId] = self(call);
    const uid = call.args.entryId;
    if (privateEntryByUid(call.context, userId, uid)) fail('phonebookEntryDuplicate', `Entry ${uid} is already in your private phone book`);
    const fields = fieldsOf(call.args.body, NO_FIELDS);
    checkEntry(fields);
    const id = call.context.state.nextId(SEQUENCES.phonebookEntries);
    privateEntries(call.context).set(id, { id, userId, uid, ...fields });
    return envelope('SUCCESS_CREATED', id);
  },

  'PUT /my/phonebook/entry/{entryId}': (call: SipxCall<{ entryId: string; body: EntryBody }>) => {
    const [userId] = self(call);
    const entry = ownEntry(call, userId, call.args.entryId);
    const fields = fieldsOf(call.args.body, entry);
    checkEntry(fields);
    privateEntries(call.context).update(entry.id, fields);
    return envelope('SUCCESS_UPDATED', entry.id);
  },

  'DELETE /my/phonebook/entry/{entryId}': (call: SipxCall<{ entryId: string }>) => {
    const [userId] = self(call);
    const entry = ownEntry(call, userId, call.args.entryId);
    privateEntries(call.context).delete(entry.id);
    return envelope('SUCCESS_DELETED', entry.id);
  },

  'GET /my/search/phonebook': (call: SipxCall<{ query?: string }>) => {
    const [, user] = self(call);
    const term = (call.args.query ?? '').trim();
    if (term === '') fail('validationFailed', 'Failed input validation: query (the search term) is required');
    return { phonebook: { entries: phonebookEntriesOf(call.context, user).filter((e) => entryMatches(e, term)) } };
  },

  'PUT /my/phonebookentry/{internalid}': (call: SipxCall<{ internalid: string }>) => {
    const [userId, user] = self(call);
    const text = call.args.internalid;
    const shared = /^\d{1,15}$/.test(text) ? sharedEntrySeenBy(call.context, user, Number(text)) : undefined;
    if (!shared) notFound(call, `phone book entry ${text}`);
    const uid = `shared-${shared.id}`;
    if (privateEntryByUid(call.context, userId, uid)) fail('phonebookEntryDuplicate', `Entry ${text} is already in your private phone book (as ${uid})`);
    const id = call.context.state.nextId(SEQUENCES.phonebookEntries);
    privateEntries(call.context).set(id, {
      id,
      userId,
      uid,
      firstName: shared.firstName,
      lastName: shared.lastName,
      number: shared.number,
      contact: structuredClone(shared.contact),
    });
    return envelope('SUCCESS_CREATED', id);
  },

  'DELETE /my/phonebookentry/{internalid}': (call: SipxCall<{ internalid: string }>) => {
    const [userId] = self(call);
    const entry = privateEntriesOf(call.context, userId).find((e) => String(e.id) === call.args.internalid);
    if (!entry) notFound(call, `phone book entry ${call.args.internalid}`);
    privateEntries(call.context).delete(entry.id);
    return envelope('SUCCESS_DELETED', entry.id);
  },

  'PUT /my/phonebook/showContactsOnPhone/{value}': (call: SipxCall<{ value: string }>) => {
    const [userId] = self(call);
    const value = call.args.value.toLowerCase();
    if (value !== 'true' && value !== 'false') fail('validationFailed', 'Failed input validation: the value is true or false');
    privatePhonebooks(call.context).set(userId, { userId, showOnPhone: value === 'true' });
    return envelope('SUCCESS_UPDATED');
  },

  'POST /my/phonebook/googleImport': (call: SipxCall<{ body?: string | { account?: string; password?: string } }>) => {
    self(call);
    const body = call.args.body;
    const account = typeof body === 'string' ? new URLSearchParams(body.trim()).get('account') : body?.account;
    if (!account?.trim()) fail('validationFailed', 'Failed input validation: the Google account to import from is required');
    // No Google here: the account + password login such an import uses cannot succeed (quirk google-import-offline).
    fail('googleAuthentication', `Google authentication error: cannot sign in to ${account.trim()} (the emulator reaches no Google service)`);
  },
};
