import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { address } from './preferences.ts';
import { envelope, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * The authenticated user's phone book (doc 4606-4857): what they see (the shared phone books they
 * consume, every user, their private entries), paged, searched; private entries by id; the
 * "show contacts on phone" flag; Google import. Base `/sipxconfig/rest` (index A1; O4 lists every one
 * of these Restlet routes).
 */
const BASE = { base: 'rest' as const, baseNote: 'not documented; index A1 suggests /rest (O4 rest.beans.xml lists /my/phonebook, /my/pagedphonebook, /my/phonebook/entry/{entryId}, …)' };
const my = { ...BASE, access: 'user' as const, produces: ['xml', 'json'] as ['xml', 'json'] };
const xmlItems = { entries: 'entry' };

/** What an entry shows of a contact (doc 4626-4646). */
export const entryContact = z.object({
  homeAddress: address.nullable(),
  officeAddress: address.nullable(),
  imID: z.string().nullable(),
  imDisplayName: z.string().nullable(),
  emailAddress: z.string().nullable(),
  /** "The avatar URL" */
  avatar: z.string().nullable(),
});
export const phonebookEntry = z.object({
  id: z.number().int().nullable(),
  'first-name': z.string().nullable(),
  'last-name': z.string().nullable(),
  number: z.string().nullable(),
  'contact-information': entryContact,
});
/** A private entry by its id (doc 4718-4726). */
export const privateEntry = z.object({ pb: z.string(), internalID: z.number().int(), uid: z.string(), vcard: z.string(), username: z.string() });

const contactInput = z.object({
  homeAddress: address.partial().nullable().optional(),
  officeAddress: address.partial().nullable().optional(),
  imID: z.string().max(255).nullable().optional(),
  imDisplayName: z.string().max(255).nullable().optional(),
  emailAddress: z.string().max(255).nullable().optional(),
  avatar: z.string().max(1000).nullable().optional(),
});
/** A private entry written as a vCard (text) or as the entry's fields (optionally with a `vcard`). */
const entryBody = z.union([
  z.string().max(64 * 1024),
  z.object({
    vcard: z.string().max(64 * 1024).optional(),
    'first-name': z.string().max(255).nullable().optional(),
    'last-name': z.string().max(255).nullable().optional(),
    number: z.string().max(255).nullable().optional(),
    'contact-information': contactInput.nullable().optional(),
  }),
]);

const entryDecisions = [
  {
    question: 'Which entries does a user see (GET /my/phonebook, paged, search)?',
    choice:
      'Every user (name, user name as number, their contact information — the "everyone" phone book), the entries of the shared phone books the user consumes (a phone book with no consumer groups is seen by all), then the user\'s private entries; sorted by last name, first name, number. `id` is the internal id of a shared or private entry (PUT /my/phonebookentry/{internalid}, DELETE …), null for users. Private entries are the owner\'s only.',
  },
  {
    question: 'Representation (no example is printed)?',
    choice: 'Root `phonebook`, entries under `entries` (items `entry`, the property named at 4622): first-name, last-name, number, contact-information (homeAddress, officeAddress, imID, imDisplayName, emailAddress, avatar).',
  },
];
const privateDecisions = [
  {
    question: '{entryId} vs internalID (index A32)?',
    choice:
      '{entryId} is the entry\'s uid, chosen by the client on POST, unique within the user\'s private phone book (another user may use the same uid). internalID is the server\'s id of the entry (the `id` of phone book listings, the {internalid} of /my/phonebookentry).',
  },
  {
    question: 'Body of POST / PUT?',
    choice:
      'A vCard (text: N, FN, TEL, EMAIL, ADR;TYPE=home|work, X-JABBER), or the entry\'s fields as JSON/XML (root `entry` optional: first-name, last-name, number, contact-information, or `vcard`). An entry needs a name or a number (else 400). GET answers pb (the private phone book, `privatePhonebook_<user>`), internalID, uid, vcard (vCard 3.0), username (the owner).',
  },
];

export const myPhonebookContracts = [
  sipxOperation({
    id: 'GET /my/phonebook',
    ...my,
    summary: 'Retrieves the phonebook.',
    kind: 'read',
    doc: [doc('4606-4658')],
    request: z.object({}),
    response: z.object({ phonebook: z.object({ entries: z.array(phonebookEntry) }) }),
    xmlItems,
    decisions: entryDecisions,
  }),
  sipxOperation({
    id: 'GET /my/pagedphonebook',
    ...my,
    summary: 'Returns the phone book entries from start row to end row.',
    kind: 'read',
    doc: [doc('4660-4704')],
    request: z.object({ start: z.string().max(20).optional(), end: z.string().max(20).optional() }),
    response: z.object({
      phonebook: z.object({
        size: z.number().int(),
        'filtered-size': z.number().int(),
        'start-row': z.number().int(),
        'end-row': z.number().int(),
        'show-on-phone': z.boolean(),
        'google-domain': z.string().nullable(),
        entries: z.array(phonebookEntry),
      }),
    }),
    xmlItems,
    decisions: [
      ...entryDecisions,
      {
        question: 'start / end?',
        choice:
          'Row numbers from 0; rows start ≤ row < end are answered (end past the size is the size). Missing start = 0, missing end = size; a value that is not a whole number, or start > end, is 400. size = all entries, filtered-size = entries answered, start-row / end-row as applied; show-on-phone is the showContactsOnPhone flag; google-domain null (no Google account).',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /my/phonebook/entry/{entryId}',
    ...my,
    summary: 'Retrieves the private phone book entry with the specified id.',
    kind: 'read',
    doc: [doc('4706-4738')],
    request: z.object({ entryId: pathId }),
    response: z.object({ entry: privateEntry }),
    errors: ['notFound'],
    decisions: [
      ...privateDecisions,
      { question: '"Retrieves all the entries from the private phone book." with an {entryId} in the URI?', choice: 'The entry with that id; the whole phone book is GET /my/phonebook. Unknown id: 404.' },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/phonebook/entry/{entryId}',
    ...my,
    response: envelope,
    summary: 'Modifies the private phone book entry (fields sent replace those stored; a vCard replaces the entry).',
    kind: 'write',
    doc: [doc('4739-4745')],
    request: z.object({ entryId: pathId, body: entryBody }),
    bodyRoot: 'entry',
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound'],
    decisions: privateDecisions,
  }),
  sipxOperation({
    id: 'POST /my/phonebook/entry/{entryId}',
    ...my,
    response: envelope,
    summary: 'Creates a new private phone book entry with the id {entryId}.',
    kind: 'write',
    doc: [doc('4746-4752'), doc('4730-4730', 'Error 747 when entryid is duplicated during save (POST)')],
    request: z.object({ entryId: pathId, body: entryBody }),
    bodyRoot: 'entry',
    consumes: ['text', 'json', 'xml'],
    errors: ['phonebookEntryDuplicate'],
    decisions: [
      ...privateDecisions,
      {
        question: 'Answer and duplicates?',
        choice: '201 SUCCESS_CREATED with the internalID; an {entryId} the user already has is status 747 (quirk nonstandard-statuses), nothing changed.',
        quirk: 'nonstandard-statuses',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /my/phonebook/entry/{entryId}',
    ...my,
    response: envelope,
    summary: 'Deletes the private phone book entry with the specified id.',
    kind: 'write',
    doc: [doc('4753-4761')],
    request: z.object({ entryId: pathId }),
    errors: ['notFound'],
    decisions: privateDecisions,
  }),
  sipxOperation({
    id: 'GET /my/search/phonebook',
    ...my,
    summary: 'Searches the phone book: entries with the term in any field (first name, last name, number, contact information).',
    kind: 'read',
    doc: [doc('4763-4789')],
    request: z.object({ query: z.string().max(255).optional() }),
    response: z.object({ phonebook: z.object({ entries: z.array(phonebookEntry) }) }),
    xmlItems,
    decisions: [
      ...entryDecisions,
      { question: 'Matching?', choice: 'Case-insensitive substring of any field of the entry; a missing or blank query is 400 (it is part of the Resource URI, 4765).' },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/phonebookentry/{internalid}',
    ...my,
    response: envelope,
    summary: 'Creates a private phone book entry from the entry {internalid} (its vCard is the template).',
    kind: 'write',
    doc: [doc('4791-4807'), doc('4799-4799', 'Error 404 when {internalid} is not found.')],
    request: z.object({ internalid: pathId, body: z.unknown().optional() }),
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound', 'phonebookEntryDuplicate'],
    decisions: [
      {
        question: '"Creates a private phone book from a vcard template" with a {internalid} that can be "not found" (4799-4803)?',
        choice:
          '{internalid} names an entry of a shared phone book the user sees; PUT copies it into the user\'s private phone book (uid `shared-<internalid>`), 201 SUCCESS_CREATED with the new internalID. Copying the same entry twice is 747 (as a duplicate uid); an unknown or invisible id is 404. The body is ignored.',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /my/phonebookentry/{internalid}',
    ...my,
    response: envelope,
    summary: 'Deletes a private phone book entry by its internal id.',
    kind: 'write',
    doc: [doc('4808-4816'), doc('4799-4799')],
    request: z.object({ internalid: pathId }),
    errors: ['notFound'],
    decisions: [
      {
        question: 'DELETE is documented (4808) and listed unsupported (4816).',
        choice: 'It works (the HTTP Method block wins, index A7; quirk phonebookentry-delete-listed-unsupported); an id that is not one of the user\'s private entries is 404.',
        quirk: 'phonebookentry-delete-listed-unsupported',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/phonebook/showContactsOnPhone/{value}',
    ...my,
    response: envelope,
    summary: 'Marks the showContactsOnPhone flag true or false in the user private phonebook.',
    kind: 'write',
    doc: [doc('4818-4834')],
    request: z.object({ value: pathId, body: z.unknown().optional() }),
    consumes: ['text', 'json', 'xml'],
    decisions: [
      { question: 'Values?', choice: '"true" or "false" (any case); others are 400. GET /my/pagedphonebook shows it as show-on-phone (default true). The body is ignored.' },
    ],
  }),
  sipxOperation({
    id: 'POST /my/phonebook/googleImport',
    ...my,
    response: envelope,
    summary: 'Imports Google contacts into the user private phonebook (the emulator cannot reach Google).',
    kind: 'write',
    doc: [doc('4836-4857')],
    request: z.object({
      body: z.union([z.string().max(1000), z.object({ account: z.string().max(255).optional(), password: z.string().max(255).optional() })]).optional(),
    }),
    bodyRoot: 'googleImport',
    consumes: ['text', 'json', 'xml'],
    errors: ['googleAuthentication', 'googleService', 'googleTransport'],
    decisions: [
      {
        question: 'Body (not documented)?',
        choice: 'The Google account and its password: `{"account": "…", "password": "…"}` (XML root `googleImport`), or a form `account=…&password=…` as text. No account is 400.',
      },
      {
        question: 'What can the emulator answer without Google?',
        choice:
          'Status 743 (a Google authentication error) for every account: the emulator reaches no Google service, and Google retired the account + password login such an import uses. 744 and 745 are reachable by fault injection (quirk google-import-offline).',
        quirk: 'google-import-offline',
      },
    ],
  }),
];
