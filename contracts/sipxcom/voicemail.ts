import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope, noBody, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Voicemail (doc 4391-4604). Base `/sipxconfig/rest` (index A1: `/my/*` are Restlet routes, O4;
 * `/rest/my/voicemail/attendant` is documented at 4558): the PIN, voicemail preferences, the folder
 * feed (RSS), the personal attendant and its operator.
 */
const BASE = { base: 'rest' as const, baseNote: 'not documented for this URI; /rest/my/voicemail/attendant is (doc 4558), index A1' };
const copyPaste =
  'The document gives this method the description and properties of call-forwarding schedules ("Retrieves call forwarding schedules." / "Deletes existing schedule given {id}", doc 4405-4445; quirk voicemail-pin-copy-paste): a PIN is never read back or deleted through a URL, so the method answers 405.';

/** Active greetings (doc 5079): "none, standard, outofoffice, or extendedabsence". */
export const GREETINGS = ['none', 'standard', 'outofoffice', 'extendedabsence'] as const;
/** E-mail formats (doc 4465-4469): "null (no email sent), full (detailed email sent), or medium". */
export const EMAIL_FORMATS = ['full', 'medium'] as const;
/** The mailbox folders a feed can show (sipXcom mailboxes: inbox, saved, deleted). */
export const FOLDERS = ['inbox', 'saved', 'deleted'] as const;

export const vmprefs = z.object({
  voicemailPermission: z.boolean(),
  emailformat: z.enum(EMAIL_FORMATS).nullable(),
  altEmailFormat: z.enum(EMAIL_FORMATS).nullable(),
  greeting: z.enum(GREETINGS),
  emailAttachType: z.enum(['yes', 'no']),
  emailIncludeAudioAttachment: z.boolean(),
  email: z.string().nullable(),
});

const attendantFields = {
  operator: z.string().nullable(),
  overrideLanguage: z.boolean(),
  /** Digit → destination, `{"5":"255","7":"999"}` (4559). */
  menu: z.record(z.string(), z.string()),
  language: z.string(),
  depositVM: z.boolean(),
  forwardDeleteVM: z.boolean(),
  playVMDefaultOptions: z.boolean(),
};
export const attendant = z.object({ personalAttendantPermission: z.boolean(), ...attendantFields });

const userEnvelope = { ...BASE, access: 'user' as const, response: envelope, produces: ['xml', 'json'] as ['xml', 'json'] };
const ignoredBody = { body: z.unknown().optional() };

const voicemailSettingsContracts = [
  sipxOperation({
    id: 'GET /my/vmprefs',
    ...BASE,
    summary: 'Retrieves the user\'s voicemail settings. (The document says "Retrieves call forwarding schedules.")',
    kind: 'read',
    doc: [doc('4449-4495')],
    request: z.object({}),
    response: z.object({ vmprefs }),
    produces: ['xml', 'json'],
    access: 'user',
    decisions: [
      { question: 'Root element?', choice: '`vmprefs`, the resource name (no example is printed).' },
      {
        question: 'Values?',
        choice:
          'voicemailPermission true (read-only); emailformat/altEmailFormat "full", "medium" or null (no e-mail, absent in XML); greeting = the active greeting (none|standard|outofoffice|extendedabsence, the one PUT /my/mailbox/{user}/preferences/activegreeting sets); emailAttachType "yes"/"no"; email the address notices go to (null = none).',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/vmprefs',
    ...userEnvelope,
    summary: 'Saves user voicemail settings (fields sent replace those stored).',
    kind: 'write',
    doc: [doc('4496-4504')],
    request: z.object({
      body: z.object({
        voicemailPermission: z.boolean().optional(),
        emailformat: z.enum(EMAIL_FORMATS).nullable().optional(),
        altEmailFormat: z.enum(EMAIL_FORMATS).nullable().optional(),
        greeting: z.enum(GREETINGS).optional(),
        emailAttachType: z.enum(['yes', 'no']).optional(),
        emailIncludeAudioAttachment: z.boolean().optional(),
        email: z.string().max(255).nullable().optional(),
      }),
    }),
    bodyRoot: 'vmprefs',
    decisions: [
      { question: 'Read-only fields?', choice: 'voicemailPermission is ignored on PUT (a permission, set by the administrator).' },
      { question: 'Invalid values?', choice: '400: an unknown format or greeting, or an e-mail address without "@". An empty string clears `email`.' },
    ],
  }),
  sipxOperation({
    id: 'GET /my/feed/voicemail/{folder}',
    ...BASE,
    summary: 'The voicemail folder is presented as a RSS feed.',
    kind: 'read',
    doc: [doc('4506-4522')],
    request: z.object({ folder: pathId }),
    response: z.string(),
    produces: ['rss'],
    access: 'user',
    errors: ['notFound'],
    decisions: [
      {
        question: 'Feed format (no example)?',
        choice:
          'RSS 2.0 (`<rss version="2.0"><channel>` with title, link, description, then one `<item>` per message: title "Voicemail from <caller>", description with the duration, pubDate RFC 822, guid = message id), application/rss+xml; newest first.',
      },
      { question: 'Folders?', choice: 'inbox, saved, deleted (case-insensitive); any other folder is 404.' },
    ],
  }),
  sipxOperation({
    id: 'GET /my/voicemail/attendant',
    ...BASE,
    summary: 'Retrieves the personal attendant settings.',
    kind: 'read',
    doc: [doc('4524-4559')],
    request: z.object({}),
    response: attendant,
    produces: ['json'],
    access: 'user',
    examples: [
      {
        title: 'doc 4558-4559',
        request: {},
        response: { personalAttendantPermission: true, operator: '419', overrideLanguage: true, menu: { 5: '255', 7: '999' }, language: 'en', depositVM: true, forwardDeleteVM: true, playVMDefaultOptions: true },
        doc: doc('4558-4559'),
      },
    ],
    decisions: [
      {
        question: 'Representation?',
        choice:
          'JSON only, unwrapped, as the example (4559): the menu\'s keys are digits, which cannot be XML element names. `forwardDeleteVM` is in both examples but not in the property table (4536-4548): it is answered (quirk attendant-forward-delete-vm).',
        quirk: 'attendant-forward-delete-vm',
      },
      { question: 'Operator after PUT /my/voicemail/operator (reset)?', choice: 'null.' },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/voicemail/attendant',
    ...userEnvelope,
    summary: 'Updates the personal attendant settings (fields sent replace those stored; menu replaces the whole menu).',
    kind: 'write',
    doc: [doc('4560-4568')],
    request: z.object({
      body: z.object({
        personalAttendantPermission: z.boolean().optional(),
        operator: z.string().max(255).nullable().optional(),
        overrideLanguage: z.boolean().optional(),
        menu: z.record(z.string().max(1), z.string().max(255)).optional(),
        language: z.string().min(2).max(20).optional(),
        depositVM: z.boolean().optional(),
        forwardDeleteVM: z.boolean().optional(),
        playVMDefaultOptions: z.boolean().optional(),
      }),
    }),
    produces: ['json'],
    consumes: ['json'],
    decisions: [
      { question: 'Menu keys and values?', choice: 'Keys are one dial-pad key (0-9, *, #), values a destination of 1-255 characters; others are 400.' },
      { question: 'personalAttendantPermission in the body?', choice: 'Ignored (the example body omits it, 4566).' },
      { question: 'Answer?', choice: 'The envelope SUCCESS_UPDATED in JSON (the resource speaks JSON).' },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/voicemail/operator/{operator}',
    ...userEnvelope,
    summary: 'Sets the personal attendant operator to {operator}.',
    kind: 'write',
    doc: [doc('4570-4586')],
    request: z.object({ operator: pathId, ...ignoredBody }),
    consumes: ['text', 'json', 'xml'],
    decisions: [
      { question: 'Valid operators?', choice: 'An extension, number or SIP user part: 1-64 of letters, digits and . _ + * # - ; others are 400.' },
      { question: 'Body?', choice: 'Optional and ignored (Restlet PUTs may carry a dummy body, index O5).' },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/voicemail/operator',
    ...userEnvelope,
    summary: 'Resets the personal attendant operator (to none).',
    kind: 'write',
    doc: [doc('4588-4604')],
    request: z.object(ignoredBody),
    consumes: ['text', 'json', 'xml'],
    decisions: [
      {
        question: '"Resets personal attendant operator user given the {operator} value." — the URI has no {operator} (index §6 item 30).',
        choice: 'The operator is cleared (GET /my/voicemail/attendant shows null); the body is ignored.',
      },
    ],
  }),
];

export const voicemailContracts = [
  sipxOperation({
    id: 'PUT /my/voicemail/pin/{pin}',
    ...BASE,
    summary: 'Changes the voicemail PIN of the authenticated user; it authenticates with the new PIN from then on.',
    kind: 'write',
    doc: [doc('4393-4438'), doc('4423-4423', '400 when the new PIN cannot be saved')],
    request: z.object({ pin: z.string().max(255), body: z.unknown().optional() }),
    response: envelope,
    produces: ['xml', 'json'],
    consumes: ['text', 'json', 'xml'],
    access: 'user',
    errors: ['pinNotSaved'],
    decisions: [
      {
        question: 'When can the new PIN not be saved?',
        choice: 'When it is not 4 to 32 digits (index A30: "400 when empty/non-numeric").',
      },
      { question: 'Answer?', choice: '200 with the envelope SUCCESS_UPDATED "Updated" (index A11).' },
    ],
  }),
  sipxOperation({
    id: 'GET /my/voicemail/pin/{pin}',
    ...BASE,
    summary: 'Retrieves call forwarding schedules. (sic)',
    kind: 'read',
    doc: [doc('4425-4431')],
    request: z.object({ pin: z.string() }),
    response: noBody,
    produces: ['empty'],
    access: 'user',
    declined: copyPaste,
  }),
  sipxOperation({
    id: 'DELETE /my/voicemail/pin/{pin}',
    ...BASE,
    summary: 'Deletes existing schedule given {id}. (sic)',
    kind: 'write',
    doc: [doc('4439-4445')],
    request: z.object({ pin: z.string() }),
    response: noBody,
    produces: ['empty'],
    access: 'user',
    declined: copyPaste,
  }),
  ...voicemailSettingsContracts,
];
