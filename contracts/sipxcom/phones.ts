import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { noBody, pagingQuery, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Phones (doc 2215-2692). Base `/sipxconfig/api`: documented by the send-profile example (2221);
 * the other phone URIs are printed without a base and follow it (index A1, O3 PhoneApi).
 */
const BASE = { base: 'api' as const, baseNote: 'documented for /phones by the send-profile example (doc 2221); the rest of /phones follows it (index A1)' };

export const phoneModel = z.object({
  modelId: z.string(),
  label: z.string(),
  vendor: z.string().nullable(),
  versions: z.array(z.string()).nullable(),
});

/** A line (doc 2586-2618): `userId` as the table spells it. */
export const phoneLine = z.object({
  id: z.number().int(),
  uri: z.string(),
  user: z.string(),
  userId: z.number().int(),
  displayName: z.string().nullable(),
  password: z.string(),
  registrationServer: z.string(),
  registrationServerPort: z.number().int(),
});

/**
 * A phone: the union of the two property tables of `/phones` (doc 2231-2239 and 2349-2397; index A6):
 * `serialNo`, `description`, the model (its `label` and `vendor`, as for gateways, doc 984) and `lines`.
 */
export const phone = z.object({
  id: z.number().int(),
  serialNo: z.string(),
  description: z.string().nullable(),
  model: phoneModel,
  lines: z.array(phoneLine),
});

/** A phone group as `/phoneGroups` and `/phones/{phoneId}/groups` list it (doc 2480, 2776-2790). */
export const phoneGroup = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  weight: z.number().int(),
});

const phoneDecisions = [
  {
    question: 'How does a phone look in JSON and XML (the two /phones tables differ, no example is given)?',
    choice:
      'As the gateways of the same API (doc 984): {"id","serialNo","description","model":{"modelId","label","vendor","versions"},"lines":[…]}; table-1 `serialNumber` and table-2 `label`/`vendor` are read as serialNo and model.label/model.vendor.',
  },
  {
    question: '{phoneId}: internal id or MAC address?',
    choice: 'Both (doc 2436 "phone ID or MAC address"): all digits → id first, else a 12-hex-digit MAC, case-insensitive (index A20).',
  },
];

const phoneIdParam = { phoneId: pathId };
const xmlItems = { phones: 'phone', lines: 'line', versions: 'version', models: 'model', groups: 'group' };

export const phoneContracts = [
  sipxOperation({
    id: 'GET /phones',
    ...BASE,
    summary: 'Retrieves all phones.',
    kind: 'read',
    doc: [doc('2247-2253'), doc('2403-2409', 'second section "View or create a phone"')],
    request: z.object({ start: z.string().max(20).optional(), limit: z.string().max(20).optional() }),
    response: z.object({ phones: z.array(phone) }),
    produces: ['json', 'xml'],
    xmlItems,
    decisions: [
      ...phoneDecisions,
      { question: 'Paging of the phone list?', choice: 'Optional `start` (0-based row) and `limit` (index O3 PhoneApi); everything when absent.' },
    ],
  }),
  sipxOperation({
    id: 'POST /phones',
    ...BASE,
    summary: 'Creates a new phone; a <phones> batch creates several, skipping invalid models and duplicate serials.',
    kind: 'write',
    doc: [doc('2254-2260'), doc('2410-2414', 'documented twice'), doc('2223-2239', 'create properties: serialNumber, model, description')],
    request: z.object({ body: z.unknown() }),
    response: z.object({ phones: z.array(phone) }),
    produces: ['json', 'xml'],
    xmlItems,
    errors: ['duplicate'],
    decisions: [
      ...phoneDecisions,
      {
        question: 'What does a create answer, and how does a batch behave?',
        choice:
          'A single phone ({"serialNo"|"serialNumber","model","description"}, bare or under "phone") or a batch ({"phones":[…]} / <phones><phone>…</phone></phones>). Batch items with an unknown model or a serial already present (or repeated in the batch) are skipped silently (field evidence, quirk phone-batch-skip); a single invalid phone is refused with 400. The answer lists the phones created.',
        quirk: 'phone-batch-skip',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /phones/{serialNumber}/profile/{name}',
    ...BASE,
    summary: 'Retrieves the phone profile of the given serial number or filename.',
    kind: 'read',
    doc: [doc('2262-2278')],
    request: z.object({ serialNumber: pathId, name: pathId }),
    response: z.string(),
    produces: ['text'],
    errors: ['profileNotFound'],
    decisions: [
      {
        question: 'Which profile names exist?',
        choice: '`<serial>.cfg` (the device file) and `<serial>-lines.cfg` (its lines), rendered as plain text from the phone\'s state; anything else 404.',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /phones/{serialNumber}/sendProfile/restart',
    ...BASE,
    summary: 'Sends the profile to the phone and restarts it.',
    kind: 'write',
    doc: [doc('2217-2221')],
    request: z.object({ serialNumber: pathId, body: z.unknown().optional() }),
    response: noBody,
    produces: ['empty'],
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound'],
    decisions: [{ question: 'What is observable?', choice: 'The phone\'s `profileSent` count grows (control API state); 404 for an unknown phone.' }],
  }),
  sipxOperation({
    id: 'GET /phones/models',
    ...BASE,
    summary: 'Retrieves a list of all phone models.',
    kind: 'read',
    doc: [doc('2280-2330')],
    request: z.object(pagingQuery),
    response: z.object({ models: z.array(phoneModel) }),
    produces: ['json', 'xml'],
    xmlItems,
  }),
  sipxOperation({
    id: 'PUT /phones/models',
    ...BASE,
    summary: 'Updates the settings of the gateway. (sic)',
    kind: 'write',
    doc: [doc('2331-2333')],
    request: z.object({ body: z.unknown().optional() }),
    response: noBody,
    produces: ['empty'],
    declined:
      'The document describes it as "Updates the settings of the gateway" (copied from another section; quirk phones-models-copy-paste): the model catalogue is read-only, so the method answers 405.',
  }),
  sipxOperation({
    id: 'DELETE /phones/models',
    ...BASE,
    summary: 'Deletes the settings of the gateway. (sic)',
    kind: 'write',
    doc: [doc('2335-2337')],
    request: z.object({}),
    response: noBody,
    produces: ['empty'],
    declined:
      'The document describes it as "Deletes the settings of the gateway" (copied from another section; quirk phones-models-copy-paste): the model catalogue is read-only, so the method answers 405.',
  }),
  sipxOperation({
    id: 'GET /phones/{phoneId}',
    ...BASE,
    summary: 'Retrieve details for the phone with the specified phone ID or MAC address.',
    kind: 'read',
    doc: [doc('2416-2440')],
    request: z.object(phoneIdParam),
    response: phone,
    produces: ['json', 'xml'],
    xmlRoot: 'phone',
    xmlItems,
    errors: ['notFound'],
    decisions: [...phoneDecisions, { question: 'Wrapped or not?', choice: 'Unwrapped JSON like a single gateway (doc 1048); XML root <phone>.' }],
  }),
  sipxOperation({
    id: 'PUT /phones/{phoneId}',
    ...BASE,
    summary: 'Modify the phone with the specified phone ID or MAC address.',
    kind: 'write',
    doc: [doc('2441-2447')],
    request: z.object({
      ...phoneIdParam,
      body: z.object({
        serialNo: z.string().max(64).optional(),
        serialNumber: z.string().max(64).optional(),
        description: z.string().max(1000).nullable().optional(),
        model: z.union([z.string().max(100), z.object({ modelId: z.string().max(100) })]).optional(),
      }),
    }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'phone',
    errors: ['notFound', 'duplicate'],
    decisions: [{ question: 'Body?', choice: 'The phone representation (JSON or XML, root "phone" optional in JSON); fields given replace, others stay (index A17).' }],
  }),
  sipxOperation({
    id: 'DELETE /phones/{phoneId}',
    ...BASE,
    summary: 'Delete the phone with the specified phone ID or MAC address.',
    kind: 'write',
    doc: [doc('2448-2450')],
    request: z.object(phoneIdParam),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
  }),
  sipxOperation({
    id: 'GET /phones/{phoneId}/groups',
    ...BASE,
    summary: 'Retrieve the groups for the specified phone ID.',
    kind: 'read',
    doc: [doc('2454-2488')],
    request: z.object(phoneIdParam),
    response: z.object({ groups: z.array(phoneGroup) }),
    produces: ['json', 'xml'],
    xmlItems,
    errors: ['notFound'],
  }),
  sipxOperation({
    id: 'DELETE /phones/{phoneId}/groups',
    ...BASE,
    summary: 'Deletes the groups for the specified phone ID.',
    kind: 'write',
    doc: [doc('2489-2491')],
    request: z.object(phoneIdParam),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
    decisions: [{ question: 'Deletes the groups themselves?', choice: 'No: removes the phone from all its groups; the groups stay.' }],
  }),
  sipxOperation({
    id: 'POST /phones/{phoneId}/groups/{groupName}',
    ...BASE,
    summary: 'Add a phone in the specified group name.',
    kind: 'write',
    doc: [doc('2495-2509')],
    request: z.object({ ...phoneIdParam, groupName: z.string().min(1).max(255), body: z.unknown().optional() }),
    response: noBody,
    produces: ['empty'],
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound'],
    decisions: [
      {
        question: 'A group name that does not exist (groups have no documented create, doc 2800)?',
        choice: 'The group is created with that name (quirk phone-group-created-on-add); switched off, 404.',
        quirk: 'phone-group-created-on-add',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /phones/{phoneId}/groups/{groupName}',
    ...BASE,
    summary: 'Delete a phone from the specified group name.',
    kind: 'write',
    doc: [doc('2510-2516')],
    request: z.object({ ...phoneIdParam, groupName: z.string().min(1).max(255) }),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
    decisions: [{ question: 'Group unknown or phone not in it?', choice: '404 for an unknown group; 200 when the phone simply was not a member.' }],
  }),
  sipxOperation({
    id: 'GET /phones/{phoneId}/lines',
    ...BASE,
    summary: 'Retrieve the lines for the phone with the specified ID.',
    kind: 'read',
    doc: [doc('2580-2628')],
    request: z.object(phoneIdParam),
    response: z.object({ lines: z.array(phoneLine) }),
    produces: ['json', 'xml'],
    xmlItems,
    errors: ['notFound'],
  }),
  sipxOperation({
    id: 'POST /phones/{phoneId}/lines',
    ...BASE,
    summary: 'Add a new line for the phone with the specified ID.',
    kind: 'write',
    doc: [doc('2629-2635')],
    request: z.object({
      ...phoneIdParam,
      body: z.object({ user: z.union([z.string().min(1).max(255), z.number().int()]), displayName: z.string().max(255).nullable().optional() }),
    }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'line',
    errors: ['notFound', 'validationFailed'],
    decisions: [
      {
        question: 'Body of a new line (the example is "bar")?',
        choice: '{"user": <user name or id>, "displayName"?} (root "line" optional in JSON): the line takes the user\'s SIP password and the registrar; an unknown user is 400.',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /phones/{phoneId}/lines',
    ...BASE,
    summary: 'Delete the setting from the group specified path. (sic: deletes the phone\'s lines)',
    kind: 'write',
    doc: [doc('2636-2642')],
    request: z.object(phoneIdParam),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
    decisions: [
      {
        question: 'The description is copied from a settings section; what does it delete?',
        choice: 'All lines of the phone (the resource is the phone\'s lines; quirk phone-lines-delete-copy-paste).',
        quirk: 'phone-lines-delete-copy-paste',
      },
    ],
  }),
];
