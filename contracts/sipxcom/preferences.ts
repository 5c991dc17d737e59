import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Preferences of the authenticated user (doc 4859-5093): contact information, IM and My Buddy
 * preferences, speed dials, the active voicemail greeting. Base `/sipxconfig/rest` (index A1: `/my/*`
 * are Restlet routes, O4 lists /my/contact-information and /my/mailbox/{user}/preferences/activegreeting).
 */
const BASE = { base: 'rest' as const, baseNote: 'not documented; index A1 suggests /rest for every /my/* route (Restlet, O4)' };
const my = { ...BASE, access: 'user' as const, produces: ['xml', 'json'] as ['xml', 'json'] };
const writeDecision = {
  question: 'PUT body and answer?',
  choice: 'The GET representation (its root optional); fields sent replace those stored, fields left out stay. Answer: the envelope SUCCESS_UPDATED (index A11).',
};

/** A postal address as sipXcom keeps it (branch address, doc 373-388). */
export const address = z.object({
  street: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  country: z.string().nullable(),
  zip: z.string().nullable(),
  officeDesignation: z.string().nullable(),
});
const addressInput = z.object({
  street: z.string().max(255).nullable().optional(),
  city: z.string().max(255).nullable().optional(),
  state: z.string().max(255).nullable().optional(),
  country: z.string().max(255).nullable().optional(),
  zip: z.string().max(255).nullable().optional(),
  officeDesignation: z.string().max(255).nullable().optional(),
});

export const SALUTATIONS = ['None', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof'] as const;

const text = z.string().nullable();
const textInput = z.string().max(255).nullable().optional();
export const contactInformation = z.object({
  jobTitle: text,
  jobDept: text,
  companyName: text,
  homeAddress: address,
  officeAddress: address,
  branchAddress: address.nullable(),
  imID: text,
  imDisplayName: text,
  emailAddress: text,
  useBranchAddress: z.boolean(),
  salutation: z.enum(SALUTATIONS),
  twitterName: text,
  linkedinName: text,
  facebookName: text,
  xingName: text,
  timestamp: z.number().int(),
  enabled: z.boolean(),
  ldapManaged: z.boolean(),
  firstName: text,
  lastName: text,
});

export const imPrefs = z.object({
  statusCallInfo: z.boolean(),
  otpMessage: z.string().nullable(),
  voicemailonDnd: z.boolean(),
  statusPhonePresence: z.boolean(),
});
export const imbotPrefs = z.object({ confExit: z.boolean(), vmBegin: z.boolean(), vmEnd: z.boolean(), confEnter: z.boolean() });
export const speedDialButton = z.object({ number: z.string(), label: z.string().nullable(), blf: z.boolean() });
export const speedDial = z.object({
  updatePhones: z.boolean(),
  canSubscribeToPresence: z.boolean(),
  groupSpeedDial: z.boolean(),
  buttons: z.array(speedDialButton),
});


export const preferenceContracts = [
  sipxOperation({
    id: 'GET /my/contact-information',
    ...my,
    summary: 'Retrieves the user\'s contact details. (The document says "Retrieves the etnries from the private phone book.")',
    kind: 'read',
    doc: [doc('4861-4923')],
    request: z.object({}),
    response: z.object({ 'contact-information': contactInformation }),
    decisions: [
      { question: 'Root element?', choice: '`contact-information`, the resource name (no example is printed).' },
      {
        question: 'Addresses and read-only fields?',
        choice:
          'homeAddress / officeAddress are address objects (street, city, state, country, zip, officeDesignation — the branch address of doc 373-388); branchAddress is the address of the user\'s branch (null without one); timestamp is the time of the last change (ms since 1970), enabled true, ldapManaged false; firstName / lastName are the user\'s (GET /user/{id}).',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/contact-information',
    ...my,
    response: envelope,
    summary: 'Updates user contact details.',
    kind: 'write',
    doc: [doc('4924-4932')],
    request: z.object({
      body: z.object({
        jobTitle: textInput,
        jobDept: textInput,
        companyName: textInput,
        homeAddress: addressInput.nullable().optional(),
        officeAddress: addressInput.nullable().optional(),
        branchAddress: z.unknown().optional(),
        imID: textInput,
        imDisplayName: textInput,
        emailAddress: textInput,
        useBranchAddress: z.boolean().optional(),
        salutation: z.string().max(20).nullable().optional(),
        twitterName: textInput,
        linkedinName: textInput,
        facebookName: textInput,
        xingName: textInput,
        timestamp: z.unknown().optional(),
        enabled: z.unknown().optional(),
        ldapManaged: z.unknown().optional(),
        firstName: textInput,
        lastName: textInput,
      }),
    }),
    bodyRoot: 'contact-information',
    errors: ['duplicate'],
    decisions: [
      writeDecision,
      {
        question: 'Validation?',
        choice:
          'emailAddress needs an "@"; salutation one of None, Mr, Mrs, Ms, Dr, Prof; an imID another user already has is 400 (IM ids are unique). branchAddress, timestamp, enabled and ldapManaged are read-only and ignored. firstName / lastName change the user.',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /my/im/prefs',
    ...my,
    summary: 'Retrieves instant messaging preferences.',
    kind: 'read',
    doc: [doc('4934-4970')],
    request: z.object({}),
    response: z.object({ 'im-prefs': imPrefs }),
    decisions: [{ question: 'Root element?', choice: '`im-prefs` (no example is printed). Defaults: all false, otpMessage null.' }],
  }),
  sipxOperation({
    id: 'PUT /my/im/prefs',
    ...my,
    response: envelope,
    summary: 'Saves the modified IM preferences.',
    kind: 'write',
    doc: [doc('4971-4979')],
    request: z.object({ body: imPrefs.extend({ otpMessage: z.string().max(255).nullable() }).partial() }),
    bodyRoot: 'im-prefs',
    decisions: [writeDecision],
  }),
  sipxOperation({
    id: 'GET /my/imbot/prefs',
    ...my,
    summary: 'Retrieves My Buddy preferences.',
    kind: 'read',
    doc: [doc('4981-5017')],
    request: z.object({}),
    response: z.object({ 'imbot-prefs': imbotPrefs }),
    decisions: [{ question: 'Root element?', choice: '`imbot-prefs` (no example is printed). Defaults: all false.' }],
  }),
  sipxOperation({
    id: 'PUT /my/imbot/prefs',
    ...my,
    response: envelope,
    summary: 'Modifies My Buddy preferences.',
    kind: 'write',
    doc: [doc('5018-5026')],
    request: z.object({ body: imbotPrefs.partial() }),
    bodyRoot: 'imbot-prefs',
    decisions: [writeDecision],
  }),
  sipxOperation({
    id: 'GET /my/speeddial',
    ...my,
    summary: 'Retrieves the speed dial preferences.',
    kind: 'read',
    doc: [doc('5028-5060')],
    request: z.object({}),
    response: z.object({ speeddial: speedDial }),
    xmlItems: { buttons: 'button' },
    decisions: [
      {
        question: 'Shape (no example)?',
        choice:
          'Root `speeddial`: updatePhones, canSubscribeToPresence (read-only: the user may subscribe to presence, true), groupSpeedDial ("true to inherit group speed dials"), buttons (items `button`: number, label, blf — "speeddial number, label, blf true or false").',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/speeddial',
    ...my,
    response: envelope,
    summary: 'Saves the modified speed dial preferences.',
    kind: 'write',
    doc: [doc('5061-5069')],
    request: z.object({
      body: z.object({
        updatePhones: z.boolean().optional(),
        canSubscribeToPresence: z.unknown().optional(),
        groupSpeedDial: z.boolean().optional(),
        buttons: z
          .array(z.object({ number: z.string().min(1).max(255), label: z.string().max(255).nullable().optional(), blf: z.boolean().optional() }))
          .max(136)
          .optional(),
      }),
    }),
    bodyRoot: 'speeddial',
    xmlItems: { buttons: 'button' },
    decisions: [
      writeDecision,
      {
        question: 'Buttons?',
        choice: '`buttons` replaces the whole list (at most 136); a number must be 1-255 of digits, letters and . _ + * # @ - ; blf defaults to false. canSubscribeToPresence is read-only.',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/mailbox/{user}/preferences/activegreeting/{greeting}',
    ...my,
    response: envelope,
    summary: 'Sets the active greeting of a user\'s mailbox.',
    kind: 'write',
    doc: [doc('5071-5093')],
    request: z.object({ user: pathId, greeting: z.string().max(100), body: z.unknown().optional() }),
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound'],
    decisions: [
      {
        question: 'Greeting values (the rule sits where response codes go, 5079)?',
        choice:
          'none, standard, outofoffice, extendedabsence (any case); "For other content the “none” greeting will be saved." — an unknown greeting saves none (quirk active-greeting-fallback). Empty (the note at 5091) is 400. The body is ignored. GET /my/vmprefs shows it as `greeting`.',
        quirk: 'active-greeting-fallback',
      },
      {
        question: 'Whose mailbox?',
        choice: '{user} is a user name, alias or id. A regular user may set only their own (another user is 403, index A10); the superadmin any user; an unknown user is 404.',
      },
    ],
  }),
];
