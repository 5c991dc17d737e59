import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * E911 emergency resource locations (ERLs, doc 527-899). Base `/sipxconfig/rest`, documented
 * (Resource URIs `/rest/erls`, `/rest/erl/…`; example 623). "Only available for users with
 * administration rights" (557): a regular user gets 403. An ERL is keyed by its ELIN; users, user
 * groups, phones and phone groups are assigned one; deleting an ERL clears its assignments.
 * Most examples are the placeholders `foo`/`bar` (index A17): bodies take the shape the reads answer.
 */
const BASE = { base: 'rest' as const, baseNote: 'documented: Resource URIs /rest/erls (589), /rest/erl/… (641-853), example 623' };
const xmlItems = { e911Locations: 'e911Location' };

/** An ERL as the list shows it (doc 599-613, 625). */
export const erlView = z.object({
  location: z.string().nullable(),
  elin: z.string(),
  addressInfo: z.string().nullable(),
  description: z.string().nullable(),
});

/** A phone's location (doc 799-817): the ERL fields and the phone serial. */
export const phoneErlView = erlView.extend({ serial: z.string() });

/** An ELIN: the number sent to the 911 dispatcher (a DID, doc 547). */
export const elinText = z.string().trim().min(1).max(40).regex(/^\+?[0-9]+$/, 'an ELIN is a telephone number (digits)');

const optionalText = (max: number) => z.string().max(max).nullable().optional();

/** An ERL in a write: the read's fields; `elin` names it. */
export const erlInput = z.object({
  elin: z.union([elinText, z.number().int().nonnegative().transform(String)]).optional(),
  location: optionalText(1000),
  addressInfo: optionalText(1000),
  description: optionalText(1000),
});

/** "PUT data is plain text and represents the ERL" (725): the ELIN as text, or {"elin": …} / an e911Location. */
const erlReference = z.union([z.string().max(200), z.object({ elin: z.union([z.string().max(200), z.number().int()]).nullable().optional() }).passthrough()]);

const assignmentAnswer = {
  question: 'What does a successful assignment write answer (examples are "bar")?',
  choice: '200 and the /rest envelope (SUCCESS_UPDATED "Updated"; SUCCESS_DELETED "Deleted" for a DELETE), doc 342 shape, index A11.',
};
const referenceDecision = {
  question: 'What does the PUT body carry (example "bar"), and a wrong ELIN?',
  choice:
    'The ERL\'s ELIN: plain text ("PUT data is plain text and represents the ERL", 725), or {"elin":"…"} / an <e911Location> naming it. An ELIN that names no ERL is 400, as for /erl/phones (839).',
};
const singleAnswer = {
  question: 'What does GET answer (example "foo"), and when nothing is assigned?',
  choice: 'The one assigned ERL as <e911Location> (the property table, 599-613); nothing assigned: 200 with an empty body. Unknown name: 404.',
};
const adminOnly = { question: 'Who may call?', choice: 'The superadmin only; a regular user gets 403 (doc 557, index A10).' };

export const e911Contracts = [
  sipxOperation({
    id: 'GET /erls',
    ...BASE,
    summary: 'Returns a list with all the ERLs defined in the system.',
    kind: 'read',
    doc: [doc('587-625'), doc('555-557', 'admin only')],
    request: z.object({}),
    response: z.object({ e911Locations: z.array(erlView) }),
    produces: ['xml', 'json'],
    xmlItems,
    decisions: [adminOnly, { question: 'Order?', choice: 'By ELIN.' }],
  }),
  sipxOperation({
    id: 'PUT /erls',
    ...BASE,
    summary: 'Save a list of ERLs: each ERL is created, or updated when its ELIN exists; ERLs not in the list stay.',
    kind: 'write',
    doc: [doc('626-632')],
    request: z.object({ body: z.union([z.array(erlInput).min(1).max(500), erlInput]) }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'e911Locations',
    xmlItems,
    errors: ['validationFailed'],
    decisions: [
      adminOnly,
      {
        question: 'Body (example "bar") and meaning of "Save a list"?',
        choice:
          'What GET /erls answers: <e911Locations><e911Location>…</e911Location></e911Locations> or {"e911Locations":[…]} (a bare array or one e911Location too). Upsert by ELIN; every item needs an ELIN, else 400 and nothing is saved. Answer: SUCCESS_UPDATED.',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /erls',
    ...BASE,
    summary: '"Delete the ERL with the specified ELIN" on the collection: the ELIN comes as ?elin= or in the body.',
    kind: 'write',
    doc: [doc('633-637')],
    request: z.object({ elin: z.string().max(200).optional(), body: z.union([z.array(erlInput).max(500), erlReference]).optional() }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'e911Locations',
    consumes: ['xml', 'json', 'text'],
    errors: ['validationFailed', 'notFound'],
    decisions: [
      adminOnly,
      {
        question: 'The collection URI has no {elin} (index A21)?',
        choice:
          'The ELIN(s) come as ?elin=, a text body, {"elin":…} or an e911Locations list; none given: 400 (quirk erls-delete-needs-elin; off = DELETE /erls deletes every ERL). An ELIN that names no ERL: 404. Deleting clears the ERL\'s assignments.',
        quirk: 'erls-delete-needs-elin',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /erl/elin/{elin}',
    ...BASE,
    summary: 'Returns the ERL with the specified ELIN.',
    kind: 'read',
    doc: [doc('639-675')],
    request: z.object({ elin: pathId }),
    response: z.object({ e911Location: erlView }),
    produces: ['xml', 'json'],
    errors: ['notFound'],
    decisions: [adminOnly, { question: '"Returns the ERLs" (plural) for a key?', choice: 'The ELIN names one ERL: one <e911Location>. Unknown ELIN: 404.' }],
  }),
  sipxOperation({
    id: 'PUT /erl/elin/{elin}',
    ...BASE,
    summary: 'Update the ERL with the specified ELIN (created when no ERL has it).',
    kind: 'write',
    doc: [doc('676-678')],
    request: z.object({ elin: pathId, body: erlInput }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'e911Location',
    errors: ['validationFailed', 'duplicate'],
    decisions: [
      adminOnly,
      {
        question: 'Body (undocumented) and an ELIN no ERL has?',
        choice:
          'An <e911Location> / {"e911Location":{…}} with location, addressInfo, description (fields given replace, absent stay). PUT creates when no ERL has the ELIN ("PUT to create", doc 47-55): 201 SUCCESS_CREATED; else 200 SUCCESS_UPDATED. A new ERL takes the path\'s ELIN, which must be digits (400); on an existing ERL an "elin" in the body renames it (400 when taken).',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /erl/elin/{elin}',
    ...BASE,
    summary: 'Delete the ERL with the specified ELIN; users, groups and phones assigned to it are left with none.',
    kind: 'write',
    doc: [doc('680-684')],
    request: z.object({ elin: pathId }),
    response: envelope,
    produces: ['xml', 'json'],
    errors: ['notFound'],
    decisions: [adminOnly, { question: 'Unknown ELIN?', choice: '404.' }],
  }),
  sipxOperation({
    id: 'GET /erl/user/{username}',
    ...BASE,
    summary: 'Returns the ERL linked to the user: plain text, the ELIN of the ERL.',
    kind: 'read',
    doc: [doc('686-722')],
    request: z.object({ username: pathId }),
    response: z.union([z.string().min(1), z.undefined()]),
    produces: ['text'],
    errors: ['notFound'],
    decisions: [
      adminOnly,
      {
        question: 'The property table lists location, elin, addressInfo, description (698-712) but "Data is plain text and represents the ELIN of the ERL" (718)?',
        choice: 'Plain text: the ELIN (quirk erl-user-plain-text). No ERL (after DELETE, "none"): 200 with an empty body. Unknown user: 404.',
        quirk: 'erl-user-plain-text',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /erl/user/{username}',
    ...BASE,
    summary: 'Update the ERL of the user. PUT data is plain text and represents the ERL.',
    kind: 'write',
    doc: [doc('723-729')],
    request: z.object({ username: pathId, body: erlReference }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'e911Location',
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound', 'wrongElinOrSerial'],
    decisions: [adminOnly, referenceDecision, assignmentAnswer, { question: 'Unknown user?', choice: '404 (user name, id or alias).' }],
  }),
  sipxOperation({
    id: 'DELETE /erl/user/{username}',
    ...BASE,
    summary: 'Set the user ERL to none.',
    kind: 'write',
    doc: [doc('730-738')],
    request: z.object({ username: pathId }),
    response: envelope,
    produces: ['xml', 'json'],
    errors: ['notFound'],
    decisions: [adminOnly, assignmentAnswer, { question: 'A user with no ERL?', choice: 'Nothing changes; 200.' }],
  }),
  sipxOperation({
    id: 'GET /erl/group/{groupName}',
    ...BASE,
    summary: 'Returns the ERL of the user group.',
    kind: 'read',
    doc: [doc('740-776')],
    request: z.object({ groupName: pathId }),
    response: z.union([z.object({ e911Location: erlView }), z.undefined()]),
    produces: ['xml', 'json'],
    errors: ['notFound'],
    decisions: [adminOnly, singleAnswer],
  }),
  sipxOperation({
    id: 'PUT /erl/group/{groupName}',
    ...BASE,
    summary: 'Updates the ERL of the user group.',
    kind: 'write',
    doc: [doc('777-785')],
    request: z.object({ groupName: pathId, body: erlReference }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'e911Location',
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound', 'wrongElinOrSerial'],
    decisions: [
      adminOnly,
      referenceDecision,
      assignmentAnswer,
      {
        question: 'DELETE is neither documented nor listed unsupported (785): how is a group\'s ERL cleared?',
        choice: 'DELETE answers 405 (quirk erl-group-no-delete); the assignment goes with the ERL or the group when either is deleted.',
        quirk: 'erl-group-no-delete',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /erl/phone/{serial_number}',
    ...BASE,
    summary: 'Retrieves a list with the locations for the phone(s): its own ERL, then those of its phone groups.',
    kind: 'read',
    doc: [doc('787-829')],
    request: z.object({ serial_number: pathId }),
    response: z.object({ e911Locations: z.array(phoneErlView) }),
    produces: ['xml', 'json'],
    xmlItems,
    errors: ['notFound'],
    decisions: [
      adminOnly,
      {
        question: '"a list with the locations for the phone(s)" (823) for one serial?',
        choice:
          '{serial_number} is a MAC (or several, comma separated); the list holds, per phone, its own ERL (PUT /erl/phones) and then the ERLs of its phone groups in group order, each with `serial`. A serial naming no phone: 404.',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /erl/phones',
    ...BASE,
    summary: 'Update locations for one or more phones.',
    kind: 'write',
    doc: [doc('831-849')],
    request: z.object({
      body: z.union([
        z.array(z.object({ serial: z.string().max(40), elin: z.union([z.string().max(200), z.number().int()]).nullable().optional() }).passthrough()).min(1).max(500),
        z.object({ serial: z.string().max(40), elin: z.union([z.string().max(200), z.number().int()]).nullable().optional() }).passthrough(),
      ]),
    }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'e911Locations',
    xmlItems,
    errors: ['wrongElinOrSerial'],
    decisions: [
      adminOnly,
      assignmentAnswer,
      {
        question: 'Body (example "bar")?',
        choice:
          'What GET /erl/phone answers: <e911Locations><e911Location><serial/><elin/></e911Location>…</e911Locations> or {"e911Locations":[{"serial","elin"}]}; other fields are ignored; an empty ELIN clears the phone\'s ERL. Any serial naming no phone or ELIN naming no ERL: 400 and nothing changes (839).',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /erl/phonegroup/{groupName}',
    ...BASE,
    summary: 'Retrieves the location of the phone group.',
    kind: 'read',
    doc: [doc('851-887')],
    request: z.object({ groupName: pathId }),
    response: z.union([z.object({ e911Location: erlView }), z.undefined()]),
    produces: ['xml', 'json'],
    errors: ['notFound'],
    decisions: [adminOnly, singleAnswer],
  }),
  sipxOperation({
    id: 'PUT /erl/phonegroup/{groupName}',
    ...BASE,
    summary: 'Updates the location of the phone group (its phones list it, GET /erl/phone).',
    kind: 'write',
    doc: [doc('888-894')],
    request: z.object({ groupName: pathId, body: erlReference }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'e911Location',
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound', 'wrongElinOrSerial'],
    decisions: [adminOnly, referenceDecision, assignmentAnswer],
  }),
  sipxOperation({
    id: 'DELETE /erl/phonegroup/{groupName}',
    ...BASE,
    summary: 'Deletes the location of the phone group.',
    kind: 'write',
    doc: [doc('895-899')],
    request: z.object({ groupName: pathId }),
    response: envelope,
    produces: ['xml', 'json'],
    errors: ['notFound'],
    decisions: [adminOnly, assignmentAnswer],
  }),
];
