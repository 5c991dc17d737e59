import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { noBody, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Registrations (doc 3112-3325): what the registrar holds, filtered by user, phone MAC, IP, Call-ID
 * or server; GET reads, DELETE removes the matching ones. Base `/sipxconfig/api` (index A1: the
 * JAX-RS `registration` API, O3). Every example is the placeholder `foo`/`bar`: the shape is the
 * emulator's (below).
 */
const BASE = { base: 'api' as const, baseNote: 'not documented; index A1 suggests /api (JAX-RS registration API, O3)' };

/** One registration (contact binding) of a user's AOR. */
export const registration = z.object({
  /** The address of record, `sip:<user>@<domain>`. */
  uri: z.string(),
  /** The user part of the AOR (the user name). */
  identity: z.string(),
  /** The Contact the device registered. */
  contact: z.string(),
  /** The IP address the contact points at. */
  ip: z.string(),
  /** The registering phone's MAC address (serial), '' for a client that sends none. */
  instrument: z.string(),
  /** The Call-ID of the REGISTER dialog. */
  regCallId: z.string(),
  /** The FQDN of the server that holds the registration. */
  primary: z.string(),
  /** When the current registration expires (epoch seconds, emulator clock). */
  expires: z.number().int(),
});

export const registrationList = z.object({ registrations: z.array(registration) });

const startLimit = {
  start: z.string().max(20).optional(),
  limit: z.string().max(20).optional(),
};

const shapeDecision = {
  question: 'What does a registration look like? (every example is "foo")',
  choice:
    'A list {"registrations":[…]} of {uri, identity, contact, ip, instrument, regCallId, primary, expires} (the registrar\'s binding fields; names after sipXcom\'s registrar, unconfirmed). `expires` is epoch seconds: emulated phones re-register every 3600 s of the emulator clock, so a registration lasts until deleted.',
};
const startLimitDecision = {
  question: '`start` is "Required. The start date." and `limit` "Required. The max number of results" (3130-3136): what do they do?',
  choice:
    'start = a 0-based row offset, limit = the most rows answered (index A16, as the JAX-RS phone API uses them); both optional; a value that is not a whole number ≥ 0 is 400. Quirk registrations-start-limit.',
  quirk: 'registrations-start-limit',
};
const deleteDecision = {
  question: 'What does a DELETE answer, and when nothing matches?',
  choice: '200 with no body (an /api write, index A11) whether or not anything matched; an unknown user or server is 404, as on GET.',
};

/** The five filters, one GET and one DELETE each (the table drives contracts and handlers alike). */
export const REGISTRATION_FILTERS = [
  { segment: 'user', param: 'userId', get: '3150-3188', del: '3189-3195', what: 'the user (ID, name or alias, 3162)', unknown: '404 for an unknown user' },
  { segment: 'serialNo', param: 'serialId', get: '3199-3223', del: '3224-3230', what: 'the phone MAC address', unknown: '404 when {serialId} is not a MAC address (12 hex digits, separators allowed); an unknown MAC has no registrations' },
  { segment: 'ip', param: 'ip', get: '3234-3254', del: '3255-3261', what: 'the IP address of the contact', unknown: 'no match is an empty list' },
  { segment: 'callId', param: 'callId', get: '3265-3285', del: '3286-3292', what: 'the Call-ID of the REGISTER', unknown: 'no match is an empty list' },
  { segment: 'server', param: 'serverId', get: '3296-3316', del: '3317-3323', what: 'the server (internal ID or FQDN, 3312)', unknown: '404 for an unknown server (the emulator has one: id 1)' },
] as const;

export const registrationContracts = [
  sipxOperation({
    id: 'GET /registrations',
    ...BASE,
    summary: 'Retrieves all registrations in the system.',
    kind: 'read',
    doc: [doc('3112-3146')],
    request: z.object(startLimit),
    response: registrationList,
    produces: ['json', 'xml'],
    decisions: [shapeDecision, startLimitDecision],
  }),
  ...REGISTRATION_FILTERS.flatMap((f) => [
    sipxOperation({
      id: `GET /registrations/${f.segment}/{${f.param}}`,
      ...BASE,
      summary: `Retrieves the registrations of ${f.what}.`,
      kind: 'read',
      doc: [doc(f.get)],
      request: z.object({ [f.param]: pathId, ...(f.segment === 'user' ? startLimit : {}) }),
      response: registrationList,
      produces: ['json', 'xml'],
      errors: ['notFound'],
      decisions: [
        shapeDecision,
        { question: `Filtering by ${f.what}: what when nothing is known by that key?`, choice: f.unknown },
        ...(f.segment === 'user' ? [startLimitDecision] : []),
        ...(f.segment === 'serialNo'
          ? [{ question: 'The property table says "registrations – The number of registrations for the specified phone mac" (3211).', choice: 'The answer is the same registration list as the other filters; the number is its length.' }]
          : []),
      ],
    }),
    sipxOperation({
      id: `DELETE /registrations/${f.segment}/{${f.param}}`,
      ...BASE,
      summary: `Removes the registrations of ${f.what}.`,
      kind: 'write',
      doc: [doc(f.del)],
      request: z.object({ [f.param]: pathId }),
      response: noBody,
      produces: ['empty'],
      errors: ['notFound'],
      decisions: [deleteDecision, { question: `Which registrations does it remove?`, choice: `Exactly those the GET of the same URI lists (${f.unknown}).` }],
    }),
  ]),
];
