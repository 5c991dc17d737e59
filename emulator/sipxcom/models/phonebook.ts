import type { PackContext } from '../../core/pack.ts';
import type { Address } from './preferences.ts';
import { TABLES } from './tables.ts';
import { users, type UserRow } from './users.ts';

type Ctx = Pick<PackContext, 'state'>;

/** What a phone book entry shows of a contact (doc 4626-4646). */
export interface EntryContact {
  homeAddress: Address | null;
  officeAddress: Address | null;
  imID: string | null;
  imDisplayName: string | null;
  emailAddress: string | null;
  avatar: string | null;
}

export const emptyEntryContact = (): EntryContact => ({ homeAddress: null, officeAddress: null, imID: null, imDisplayName: null, emailAddress: null, avatar: null });

/** An entry a shared phone book holds itself (imported), with an internal id from SEQUENCES.phonebookEntries. */
export interface PhonebookFileEntry {
  id: number;
  firstName: string | null;
  lastName: string | null;
  number: string;
  contact: EntryContact;
}

/**
 * A shared phone book (doc 2696-2760), managed by the administrator (the API only reads them: they
 * come from the fixtures). Members: the users of `memberGroupIds` are listed in it; consumers: the
 * users of `consumerGroupIds` see it in /my/phonebook (no consumer groups = everyone sees it).
 */
export interface PhonebookRow {
  id: number;
  name: string;
  description: string | null;
  memberGroupIds: number[];
  consumerGroupIds: number[];
  entries: PhonebookFileEntry[];
}

export const phonebooks = (context: Ctx) => context.state.table<PhonebookRow>(TABLES.phonebooks);

export const findPhonebook = (context: Ctx, name: string) => phonebooks(context).values().find((p) => p.name === name);

/** The users a phone book lists: members of its member groups. */
export function phonebookMembers(context: Ctx, book: PhonebookRow): UserRow[] {
  return users(context)
    .values()
    .filter((u) => u.groupIds.some((g) => book.memberGroupIds.includes(g)));
}

/** The shared phone books a user sees (consumer groups; none = all). */
export function phonebooksSeenBy(context: Ctx, user: UserRow): PhonebookRow[] {
  return phonebooks(context)
    .values()
    .filter((p) => p.consumerGroupIds.length === 0 || p.consumerGroupIds.some((g) => user.groupIds.includes(g)))
    .sort((a, b) => a.id - b.id);
}

/** RFC 4180 field. */
const csvField = (value: string | null) => {
  const v = value ?? '';
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

/** A phone book as CSV: header, then members and own entries by last name, first name. */
export function phonebookCsv(context: Ctx, book: PhonebookRow, header: string): string {
  const rows = [
    ...phonebookMembers(context, book).map((u) => [u.firstName, u.lastName, u.username] as const),
    ...book.entries.map((e) => [e.firstName, e.lastName, e.number] as const),
  ].sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? '') || (a[0] ?? '').localeCompare(b[0] ?? '') || a[2].localeCompare(b[2]));
  return [header, ...rows.map((r) => r.map(csvField).join(','))].join('\r\n') + '\r\n';
}
