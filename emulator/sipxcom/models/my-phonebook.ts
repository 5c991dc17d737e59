import type { PackContext } from '../../core/pack.ts';
import { emptyEntryContact, phonebooksSeenBy, type EntryContact } from './phonebook.ts';
import { preferencesOf, type Address } from './preferences.ts';
import { TABLES } from './tables.ts';
import { users, type UserRow } from './users.ts';

type Ctx = Pick<PackContext, 'state'>;

/** A private phone book entry of one user (doc 4706-4761); `uid` is the {entryId}, `id` the internalID. */
export interface PrivateEntryRow {
  id: number;
  userId: number;
  uid: string;
  firstName: string | null;
  lastName: string | null;
  number: string | null;
  contact: EntryContact;
}

/** The private phone book's settings, keyed by user id (default: contacts shown on phones). */
export interface PrivatePhonebookRow {
  userId: number;
  showOnPhone: boolean;
}

export const privateEntries = (context: Ctx) => context.state.table<PrivateEntryRow>(TABLES.privatePhonebookEntries);
export const privatePhonebooks = (context: Ctx) => context.state.table<PrivatePhonebookRow>(TABLES.privatePhonebooks);

export const privatePhonebookName = (user: Pick<UserRow, 'username'>) => `privatePhonebook_${user.username}`;
export const showOnPhone = (context: Ctx, userId: number) => privatePhonebooks(context).get(userId)?.showOnPhone ?? true;

export function privateEntriesOf(context: Ctx, userId: number): PrivateEntryRow[] {
  return privateEntries(context).values().filter((e) => e.userId === userId);
}

export function privateEntryByUid(context: Ctx, userId: number, uid: string): PrivateEntryRow | undefined {
  return privateEntriesOf(context, userId).find((e) => e.uid === uid);
}

export interface EntryView {
  id: number | null;
  'first-name': string | null;
  'last-name': string | null;
  number: string | null;
  'contact-information': EntryContact;
}

const nonEmpty = (a: Address) => (Object.values(a).some((v) => v !== null && v !== '') ? a : null);

/** A user as the "everyone" phone book shows them (their contact information, doc 4626-4646). */
function userEntry(context: Ctx, user: UserRow): EntryView {
  const c = preferencesOf(context, user.id).contact;
  return {
    id: null,
    'first-name': user.firstName,
    'last-name': user.lastName,
    number: user.username,
    'contact-information': {
      homeAddress: nonEmpty(c.homeAddress),
      officeAddress: nonEmpty(c.officeAddress),
      imID: c.imID,
      imDisplayName: c.imDisplayName,
      emailAddress: c.emailAddress,
      avatar: `/sipxconfig/rest/avatar/${encodeURIComponent(user.username)}`,
    },
  };
}

const entryView = (e: { id: number; firstName: string | null; lastName: string | null; number: string | null; contact: EntryContact }): EntryView => ({
  id: e.id,
  'first-name': e.firstName,
  'last-name': e.lastName,
  number: e.number,
  'contact-information': e.contact,
});

/** Everything a user's phone book shows: every user, the shared phone books they consume, their private entries. */
export function phonebookEntriesOf(context: Ctx, user: UserRow): EntryView[] {
  const all = [
    ...users(context).values().map((u) => userEntry(context, u)),
    ...phonebooksSeenBy(context, user).flatMap((p) => p.entries.map(entryView)),
    ...privateEntriesOf(context, user.id).map(entryView),
  ];
  const key = (e: EntryView) => [e['last-name'] ?? '', e['first-name'] ?? '', e.number ?? ''];
  return all.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]) || x[2].localeCompare(y[2]) || (a.id ?? 0) - (b.id ?? 0);
  });
}

/** A shared entry the user sees, by internal id (for PUT /my/phonebookentry/{internalid}). */
export function sharedEntrySeenBy(context: Ctx, user: UserRow, internalId: number) {
  for (const book of phonebooksSeenBy(context, user)) {
    const entry = book.entries.find((e) => e.id === internalId);
    if (entry) return entry;
  }
  return undefined;
}

/** True when any field of the entry contains `term` (case-insensitive). */
export function entryMatches(entry: EntryView, term: string): boolean {
  const needle = term.toLowerCase();
  const values: unknown[] = [entry['first-name'], entry['last-name'], entry.number];
  const c = entry['contact-information'];
  values.push(c.imID, c.imDisplayName, c.emailAddress, ...[c.homeAddress, c.officeAddress].flatMap((a) => (a ? Object.values(a) : [])));
  return values.some((v) => typeof v === 'string' && v.toLowerCase().includes(needle));
}

// ---- vCard 3.0 (the `vcard` of a private entry; PUT /my/phonebookentry "from a vcard template") ----

const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
const unesc = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

export function vcardOf(entry: PrivateEntryRow): string {
  const f = entry.firstName ?? '';
  const l = entry.lastName ?? '';
  const c = entry.contact;
  const adr = (type: string, a: Address | null) =>
    a ? [`ADR;TYPE=${type}:;${esc(a.officeDesignation ?? '')};${esc(a.street ?? '')};${esc(a.city ?? '')};${esc(a.state ?? '')};${esc(a.zip ?? '')};${esc(a.country ?? '')}`] : [];
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${esc(l)};${esc(f)};;;`,
    `FN:${esc([f, l].filter(Boolean).join(' ') || entry.number || entry.uid)}`,
    ...(entry.number ? [`TEL;TYPE=work:${esc(entry.number)}`] : []),
    ...(c.emailAddress ? [`EMAIL;TYPE=internet:${esc(c.emailAddress)}`] : []),
    ...adr('home', c.homeAddress),
    ...adr('work', c.officeAddress),
    ...(c.imID ? [`X-JABBER:${esc(c.imID)}`] : []),
    ...(c.imDisplayName ? [`X-IM-DISPLAY-NAME:${esc(c.imDisplayName)}`] : []),
    ...(c.avatar ? [`PHOTO;VALUE=uri:${c.avatar}`] : []),
    `UID:${esc(entry.uid)}`,
    'END:VCARD',
    '',
  ].join('\r\n');
}

export type EntryFields = Pick<PrivateEntryRow, 'firstName' | 'lastName' | 'number' | 'contact'>;

/** Reads a vCard into entry fields; undefined when the text is not a vCard. */
export function parseVcard(text: string): EntryFields | undefined {
  const lines = text.replace(/\r\n[ \t]|\n[ \t]/g, '').split(/\r\n|\n|\r/).map((l) => l.trim()).filter(Boolean);
  if (lines[0]?.toUpperCase() !== 'BEGIN:VCARD' || lines.at(-1)?.toUpperCase() !== 'END:VCARD') return undefined;
  const out: EntryFields = { firstName: null, lastName: null, number: null, contact: emptyEntryContact() };
  let fn: string | null = null;
  for (const line of lines.slice(1, -1)) {
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const parts = value.split(/(?<!\\);/).map(unesc);
    const type = params.join(';').toLowerCase();
    const text1 = unesc(value).trim() || null;
    switch (name.toUpperCase()) {
      case 'N':
        out.lastName = parts[0]?.trim() || null;
        out.firstName = parts[1]?.trim() || null;
        break;
      case 'FN':
        fn = text1;
        break;
      case 'TEL':
        if (!out.number || /work|pref/.test(type)) out.number = text1;
        break;
      case 'EMAIL':
        out.contact.emailAddress ??= text1;
        break;
      case 'ADR': {
        const a: Address = {
          officeDesignation: parts[1]?.trim() || null,
          street: parts[2]?.trim() || null,
          city: parts[3]?.trim() || null,
          state: parts[4]?.trim() || null,
          zip: parts[5]?.trim() || null,
          country: parts[6]?.trim() || null,
        };
        if (type.includes('home')) out.contact.homeAddress = a;
        else out.contact.officeAddress = a;
        break;
      }
      case 'X-JABBER':
      case 'IMPP':
        out.contact.imID = text1 ? text1.replace(/^xmpp:/i, '') : null;
        break;
      case 'X-IM-DISPLAY-NAME':
        out.contact.imDisplayName = text1;
        break;
      case 'PHOTO':
        if (/uri/.test(type) || /^https?:|^\//.test(value)) out.contact.avatar = value.trim() || null;
        break;
    }
  }
  if (out.firstName === null && out.lastName === null && fn) {
    const at = fn.lastIndexOf(' ');
    if (at > 0) [out.firstName, out.lastName] = [fn.slice(0, at), fn.slice(at + 1)];
    else out.firstName = fn;
  }
  return out;
}
