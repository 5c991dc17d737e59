import { z } from 'zod';
import { deviceSettingsContracts } from './device-settings.ts';
import { sipxOperation } from './operation.ts';
import { noBody, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Gateways (doc 901-1244). Base `/sipxconfig/api`: printed in the Resource URIs (905, 990, 1075 …) and
 * in the curl examples (983, 1018, 1047, 1117); `/gateways/{gatewayId}` omits it (1025) but its
 * example adds it (1047).
 */
const BASE = { base: 'api' as const, baseNote: 'documented: Resource URI /api/gateways (doc 905) and the curl examples (983, 1047, 1117)' };

export const gatewayModel = z.object({
  modelId: z.string(),
  label: z.string(),
  vendor: z.string().nullable(),
  versions: z.array(z.string()).nullable(),
});

/** The caller-ID block the JSON nests (doc 984); the property table lists some of it top-level (959-973). */
export const callerAliasInfo = z.object({
  defaultCallerAlias: z.string().nullable(),
  anonymous: z.boolean(),
  ignoreUserInfo: z.boolean(),
  transformUserExtension: z.boolean(),
  addPrefix: z.string().nullable(),
  keepDigits: z.number().int(),
  displayName: z.string().nullable(),
  urlParameters: z.string().nullable(),
});

/** A gateway exactly as the examples print it (doc 984, 1048): keys in that order. */
export const gateway = z.object({
  id: z.number().int(),
  name: z.string(),
  serialNo: z.string().nullable(),
  deviceVersion: z.string().nullable(),
  description: z.string().nullable(),
  model: gatewayModel,
  enabled: z.boolean(),
  address: z.string().nullable(),
  addressPort: z.number().int(),
  outboundAddress: z.string().nullable(),
  outboundPort: z.number().int(),
  addressTransport: z.string(),
  prefix: z.string().nullable(),
  shared: z.boolean(),
  useInternalBridge: z.boolean(),
  branch: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  callerAliasInfo,
});

export const ADDRESS_TRANSPORTS = ['none', 'udp', 'tcp', 'tls'] as const;

const text = (max: number) => z.string().max(max).nullable().optional();
const flag = z.boolean().optional();
const port = z.number().int().min(0).max(65535).optional();
const ref = z.union([z.number().int(), z.string().max(255), z.object({ id: z.number().int().optional(), name: z.string().max(255).optional() })]);

/** What a create or an update reads: the gateway as GET shows it (fields optional), plus the table's spellings. */
export const gatewayInput = z.object({
  id: z.union([z.number().int(), z.string().max(20)]).optional(),
  name: z.string().max(255).optional(),
  serialNo: text(64),
  deviceVersion: text(64),
  description: text(1000),
  model: z.union([z.string().max(100), z.object({ modelId: z.string().max(100) })]).optional(),
  enabled: flag,
  address: text(255),
  addressPort: port,
  outboundAddress: text(255),
  outboundPort: port,
  addressTransport: z.enum(ADDRESS_TRANSPORTS).optional(),
  prefix: text(64),
  shared: flag,
  useInternalBridge: flag,
  branch: ref.nullable().optional(),
  callerAliasInfo: z
    .object({
      defaultCallerAlias: text(255),
      anonymous: flag,
      ignoreUserInfo: flag,
      transformUserExtension: flag,
      addPrefix: text(64),
      keepDigits: z.number().int().min(0).max(64).optional(),
      displayName: text(255),
      urlParameters: text(1000),
    })
    .optional(),
  // The property table's top-level names (doc 959-973; quirk gateway-table-vs-json).
  anonymous: flag,
  ignoreUserInfo: flag,
  transformUserExtensions: flag,
  keepDigits: z.number().int().min(0).max(64).optional(),
});
export type GatewayInput = z.infer<typeof gatewayInput>;

const gatewayDecisions = [
  {
    question: 'The property table (915-973) and the JSON (984) disagree: which shape?',
    choice:
      'The JSON: anonymous, ignoreUserInfo, transformUserExtension (singular) and keepDigits nested under callerAliasInfo; on input the table\'s top-level names (transformUserExtensions plural) are read too.',
    quirk: 'gateway-table-vs-json',
  },
  {
    question: 'How is the branch of a gateway shown (the example has null)?',
    choice: 'As users show theirs: {"id","name"} or null; on input a branch id, name or {"id"|"name"}; an unknown branch is 400.',
  },
];
const xmlItems = { gateways: 'gateway', models: 'model', versions: 'version' };
const gatewayId = { gatewayId: pathId };
const portParams = { gatewayId: pathId, portId: pathId };
const writeBody = { body: gatewayInput };
const portDecision = {
  question: 'Which ports does a gateway have (no operation creates one)?',
  choice:
    'A fixed set by model: AudioCodes FXO gateways one port per FXO line (MP114: 1-4, MP118: 1-8), PRI/BRI gateways one per trunk (Mediant 1000/BRI 1-4, Mediant 2000/3000 1-16, TP260 1-8); SIP trunks and unmanaged gateways have none. Any other {portId} is 404. The port settings are the emulator\'s own, short, in sipxconfig\'s style (the document prints no example).',
};

export const gatewayContracts = [
  sipxOperation({
    id: 'GET /gateways',
    ...BASE,
    summary: 'Retrieves all the gateways defined.',
    kind: 'read',
    doc: [doc('903-984')],
    request: z.object({}),
    response: z.object({ gateways: z.array(gateway) }),
    produces: ['json', 'xml'],
    xmlItems,
    decisions: gatewayDecisions,
  }),
  sipxOperation({
    id: 'GET /gateways/models',
    ...BASE,
    summary: 'Retrieves all gateway models available in the database.',
    kind: 'read',
    doc: [doc('986-1021')],
    request: z.object({}),
    response: z.object({ models: z.array(gatewayModel) }),
    produces: ['json', 'xml'],
    xmlItems,
    decisions: [{ question: 'Which models?', choice: 'The ten of the example (doc 1019), in its order; PUT, POST and DELETE are 405 (doc 1021).' }],
  }),
  sipxOperation({
    id: 'GET /gateways/{gatewayId}',
    ...BASE,
    summary: 'Retrieves information on the gateway with the specified ID.',
    kind: 'read',
    doc: [doc('1023-1048')],
    request: z.object(gatewayId),
    response: gateway,
    produces: ['json', 'xml'],
    xmlRoot: 'gateway',
    xmlItems,
    errors: ['notFound'],
    decisions: [...gatewayDecisions, { question: 'Wrapped or not?', choice: 'Unwrapped JSON as the example (doc 1048); XML root <gateway>. Unknown id: 404 (index A14).' }],
  }),
  sipxOperation({
    id: 'PUT /gateways/{gatewayId}',
    ...BASE,
    summary: 'Updates the gateway with the specified ID. Uses the same XML as for creation.',
    kind: 'write',
    doc: [doc('1049-1055')],
    request: z.object({ ...gatewayId, ...writeBody }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'gateway',
    errors: ['notFound', 'duplicate'],
    decisions: [
      ...gatewayDecisions,
      {
        question: 'PUT updates here although the overview says PUT creates (doc 51): what does it change?',
        choice:
          'The gateway of the representation GET shows (root "gateway" optional in JSON): fields given replace, others stay (index A17). A name another gateway has is 400; a different model is 400 (a gateway keeps the model it was created with; its settings depend on it).',
        quirk: 'gateway-create-by-post',
      },
    ],
  }),
  sipxOperation({
    id: 'POST /gateways/{gatewayId}',
    ...BASE,
    summary: 'Creates a new gateway with the specified ID.',
    kind: 'write',
    doc: [doc('1056-1062')],
    request: z.object({ ...gatewayId, ...writeBody }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'gateway',
    errors: ['duplicate'],
    decisions: [
      ...gatewayDecisions,
      {
        question: 'POST creates "with the specified ID" (the inverse of the stated convention): which id, and what is required?',
        choice:
          'The id in the path (a whole number ≥ 1; an id in the body is ignored); an id already used is 400 (index A18). The body needs a name no other gateway has and a model of GET /gateways/models (else 400); deviceVersion, when given, must be one of the model\'s versions. Defaults: enabled, shared, port 5060 both ways, transport "none", useInternalBridge true for a SIP trunk. 200, no body.',
        quirk: 'gateway-create-by-post',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /gateways/{gatewayId}',
    ...BASE,
    summary: 'Removes the gateway specified by ID, its settings and its ports\' settings.',
    kind: 'write',
    doc: [doc('1063-1071')],
    request: z.object(gatewayId),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
  }),
];

/** Settings of a gateway and of its ports (doc 1073-1244), on the one settings mechanism. */
export const gatewaySettingContracts = [
  ...deviceSettingsContracts({
    base: BASE,
    collection: '/gateways/{gatewayId}/settings',
    pathParam: '{path:.*}',
    params: gatewayId,
    list: {
      summary: 'Retrieves settings for the specified gateway ID.',
      doc: [doc('1073-1120')],
      decisions: [
        {
          question: 'Which settings does a gateway have?',
          choice:
            'Those of its model: a SIP trunk the itsp-account tree of the example (doc 1118, with its types, options and defaults; itsp-proxy-address defaults to the gateway\'s address; booleans written "true"/"false" as there); AudioCodes gateways a short tree of the emulator\'s own; unmanaged and Acme gateways none (an empty list).',
        },
      ],
    },
    read: {
      summary: 'Retrieve the setting specified in the path for the gateway ID.',
      doc: [doc('1122-1146')],
      decisions: [
        {
          question: 'The property table says the answer is "the gateway … same as /gateways/{gatewayId}" (doc 1136): the gateway or its setting?',
          choice: 'The setting(s) at the path (the operation\'s own description, 1142); the table is copied from the gateway section.',
          quirk: 'gateway-setting-path-copy-paste',
        },
      ],
    },
    write: { summary: 'Updates the setting specified in the path for the gateway ID. PUT data is plain text.', doc: [doc('1147-1153')] },
    revert: { summary: 'Deletes the setting specified in the path for the gateway ID (back to its default).', doc: [doc('1154-1162')] },
  }),
  ...deviceSettingsContracts({
    base: BASE,
    collection: '/gateways/{gatewayId}/port/{portId}/settings',
    pathParam: '{path:.*}',
    params: portParams,
    decisions: [portDecision],
    list: { summary: 'View port settings for the gateway with the specified ID.', doc: [doc('1164-1186')] },
    writeAll: { summary: 'Updates the port settings for the gateway with the specified ID. PUT data is plain text.', doc: [doc('1187-1193')] },
    revertAll: { summary: 'Deletes the port settings for the gateway with the specified ID (all back to their defaults).', doc: [doc('1194-1202')] },
    read: { summary: 'Retrieves the port settings of the gateway with the specified ID.', doc: [doc('1204-1228')] },
    write: { summary: 'Updates the settings of the port. PUT data is plain text.', doc: [doc('1229-1235')] },
    revert: { summary: 'Deletes the settings of the port (back to their defaults).', doc: [doc('1236-1244')] },
  }),
];
