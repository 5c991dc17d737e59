import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope, noBody } from './shapes.ts';
import { doc } from './source.ts';

/**
 * System (doc 5544-5717): the authenticated user's portal password, fax preferences, login
 * details, the configuration server's time and a keep-alive. Base `/sipxconfig/rest` (index A1:
 * /my/time and /my/logindetails are Restlet routes, O4). Every example is the placeholder "foo":
 * the roots of the bodies are the emulator's, the properties the document's.
 */
const BASE = { base: 'rest' as const, baseNote: 'not documented; index A1 puts /my/* under /rest (Restlet routes /my/time, /my/logindetails, O4)' };

/** A portal password sipXcom saves: at least 8 characters (doc 5554), at most 255, no control characters. */
export const PORTAL_PASSWORD = /^[^\u0000-\u001f\u007f]{8,255}$/;

export const faxPreferences = z.object({ faxprefs: z.object({ extension: z.string().nullable(), did: z.string().nullable() }) });

/** The second /my/faxprefs section (5660-5700): login details with the PIN, IM location and FQDN. */
export const loginDetailsWithPin = z.object({
  logindetails: z.object({
    userName: z.string(),
    imID: z.string(),
    ldapImAuth: z.boolean(),
    sipPassword: z.string(),
    pin: z.string(),
    'im-location': z.string(),
    fqdn: z.string(),
  }),
});

export const loginDetails = z.object({
  'login-details': z.object({ userName: z.string(), imID: z.string(), ldapImAuth: z.boolean(), sipPassword: z.string() }),
});

export const serverTime = z.object({
  time: z.object({
    /** ISO 8601, UTC. */
    date: z.string(),
    /** Epoch milliseconds. */
    epoch: z.number().int(),
    timezone: z.string(),
  }),
});

export const systemContracts = [
  sipxOperation({
    id: 'PUT /my/portal/password/{password}',
    ...BASE,
    summary: 'Change user portal password with {password}.',
    kind: 'write',
    doc: [doc('5546-5564')],
    request: z.object({ password: z.string().max(1000), body: z.unknown().optional() }),
    response: envelope,
    produces: ['xml', 'json'],
    consumes: ['text', 'json', 'xml'],
    access: 'user',
    errors: ['portalPasswordInvalid'],
    decisions: [
      {
        question: 'When is {password} "not valid (or less than 8 characters, or null)" (5554)?',
        choice: 'Fewer than 8 characters, more than 255, or control characters: 400 (index A31). A body is optional and ignored.',
      },
      {
        question: 'Is the portal password the PIN the user authenticates with here?',
        choice:
          'No: the document never says they are the same, so the portal password is kept apart from the PIN (which stays the REST credential, changed by PUT /my/voicemail/pin/{pin}). The emulator keeps a salted SHA-256 of it with the time of the change (control API state, table portal_passwords).',
      },
      { question: 'Answer?', choice: '200 with the envelope SUCCESS_UPDATED "Updated" (index A11).' },
    ],
  }),
  sipxOperation({
    id: 'GET /my/faxprefs',
    ...BASE,
    summary: 'Gets user fax extension and DID number.',
    kind: 'read',
    doc: [doc('5566-5596'), doc('5660-5700', 'documented twice: "View user details, password, and the servers\' hostname"')],
    request: z.object({}),
    response: z.union([faxPreferences, loginDetailsWithPin]),
    produces: ['xml', 'json'],
    access: 'user',
    decisions: [
      {
        question: 'The URI is documented twice (5566 fax extension and DID; 5660 login details with pin, im-location, fqdn, with no HTTP Method line).',
        choice:
          'Fax preferences {"faxprefs":{"extension","did"}} (null when the user has none; set by the administrator); quirk faxprefs-documented-twice off answers the second section\'s {"logindetails":{…}} instead (index A5).',
        quirk: 'faxprefs-documented-twice',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /my/time',
    ...BASE,
    summary: 'Retrieves the configuration server time.',
    kind: 'read',
    doc: [doc('5598-5614')],
    request: z.object({}),
    response: serverTime,
    produces: ['xml', 'json'],
    access: 'user',
    decisions: [{ question: 'Shape (none documented)?', choice: '{"time":{"date": ISO 8601 UTC, "epoch": milliseconds, "timezone": "UTC"}}, read from the emulator clock.' }],
  }),
  sipxOperation({
    id: 'GET /my/logindetails',
    ...BASE,
    summary: 'Retrieves login detail.',
    kind: 'read',
    doc: [doc('5616-5658')],
    request: z.object({}),
    response: loginDetails,
    produces: ['xml', 'json'],
    access: 'user',
    decisions: [
      { question: '"login-details – Header for log in details" (5630)?', choice: 'The root element: {"login-details":{userName, imID, ldapImAuth, sipPassword}}.' },
      { question: 'imID and ldapImAuth (no IM server is emulated)?', choice: 'imID = the user name (sipXcom\'s default IM id); ldapImAuth false.' },
    ],
  }),
  sipxOperation({
    id: 'GET /my/keepalive',
    ...BASE,
    summary: 'Meant to be periodically called by clients in order to keep their web session alive.',
    kind: 'read',
    doc: [doc('5702-5717')],
    request: z.object({}),
    response: noBody,
    produces: ['empty'],
    access: 'user',
    decisions: [
      { question: 'What does it answer, and which session?', choice: '200 with no body; requests authenticate each time (no session cookie is needed, index A29). PUT, POST, DELETE are 405 (5717).' },
    ],
  }),
];
