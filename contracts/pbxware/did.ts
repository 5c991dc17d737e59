import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, numericString, successOnly } from './shapes.ts';
import { doc } from './source.ts';

/** DID destination types (doc 4453-4474); the name is what `did.list` shows as `type` ("Extension", doc 4409). */
export const DID_DESTINATION_TYPES: Readonly<Record<string, string>> = {
  '0': 'Extension',
  '1': 'Forward DID to Extension (Multi User)',
  '2': 'Ring Group',
  '3': 'IVR',
  '4': 'Queues',
  '5': 'External Number',
  '6': 'IVR tree',
  '7': 'Voicemail',
  '8': 'Remote Access',
  '9': 'Conferences',
  '10': 'Trunk',
  '11': 'Fax to E-mail',
  '12': 'Phone Callback',
  '13': 'Deny Access',
  '14': 'CRM Routing',
  '15': 'Agents',
  '16': 'ARI Application',
  '17': 'Parking Lot',
};

/**
 * CLI routing destination types (doc 4642-4658). `did.clirouting.list` shows internal names: the sample
 * gives "network user" and "network user (Forward DID)" (doc 4729-4741); the rest are the emulator's.
 */
export const CLI_DESTINATION_TYPES: Readonly<Record<string, string>> = {
  '0': 'network user',
  '1': 'network user (Forward DID)',
  '2': 'ring group',
  '3': 'ivr',
  '4': 'queue',
  '5': 'voicemail',
  '6': 'remote access',
  '7': 'conference',
  '8': 'trunk',
  '9': 'fax to e-mail',
  '10': 'deny access',
  '11': 'crm routing',
};

const codes = (table: Readonly<Record<string, string>>) => Object.keys(table) as [string, ...string[]];

/** A DID number: digits, optionally led by `+`. */
const didNumber = () => arg.required().regex(/^\+?\d+$/, 'must be a number');

/** `did.add` arguments besides `server` (doc 4422-4576); `destination` is checked per `dest_type`. */
const didFields = {
  trunk: arg.id(),
  name: arg.optional(),
  did: didNumber(),
  did_2: arg.optional(),
  groupid: arg.digits(),
  dest_type: arg.oneOf(codes(DID_DESTINATION_TYPES)),
  destination: arg.optional(),
  e164: arg.optional(),
  e164_2: arg.optional(),
  disabled: arg.flag(),
  callerid: arg.optional(),
  splan: arg.optional(),
  billingext: arg.optional(),
  call_rating_ext: arg.optional(),
  greeting: arg.optional(),
  stripn: arg.digits(),
  qprio: arg.optional(),
  codec: arg.optional(),
  ringtone: arg.optional(),
  recordcall: arg.optional(),
  state_text: arg.optional(),
  city: arg.optional(),
  areacode: arg.optional(),
  sms_enabled: arg.optionalFlag(),
  preserve_callerid: arg.optionalFlag(),
  notify: arg.optional(),
  prioritize_clirouting: arg.optionalFlag(),
};

/** Write arguments kept as they were sent and not shown by `did.list`. */
export const DID_SETTING_ARGS = [
  'callerid', 'splan', 'billingext', 'call_rating_ext', 'greeting', 'stripn', 'qprio', 'codec', 'ringtone',
  'recordcall', 'state_text', 'city', 'areacode', 'preserve_callerid', 'notify',
] as const;

/**
 * One DID in `did.list`. The introductory sample (doc 111-132) shows seven fields, the section sample
 * (doc 4401-4418) twelve; the field table adds `e911` (doc 4390-4392). The seven are required, the rest optional.
 */
export const didListItem = z
  .object({
    number: z.string(),
    number2: z.string(),
    server: numericString,
    trunk: numericString,
    type: z.string(),
    ext: z.string(),
    status: z.enum(['enabled', 'disabled']),
    e164: z.string().optional(),
    e164_2: z.string().optional(),
    name: z.string().optional(),
    sms_enabled: z.enum(['0', '1']).optional(),
    prioritize_clirouting: z.enum(['0', '1']).optional(),
    e911: z.enum(['0', '1']).optional(),
  })
  .strict();

const didSuccess = z.object({ success: z.string().regex(/^DID ID: \d+\.$/), id: z.number().int() }).strict();
const cliSuccess = z.object({ success: z.string().regex(/^CLI Routing ID: \d+\.$/), id: z.string().regex(/^\d+$/) }).strict();

const cliFields = {
  callerid: arg.required(),
  dest_type: arg.oneOf(codes(CLI_DESTINATION_TYPES)),
  destination: arg.optional(),
  matchexplicitly: arg.flag(),
};

const tenantServerDecision = {
  question: '`server` "If PBXware is running in Tenant Mode this is a required field and must contain a valid Tenant ID. ID 1 … cannot be used."',
  choice: 'In Tenant Mode `server` is required and must be a tenant other than 1; the DID must belong to it. Outside Tenant Mode it defaults to 1.',
};

const destinationDecision = {
  question: '`destination` is marked Required, yet "If dest_type is set to any value other than Phone Callback or Deny Access, destination is also required" (doc 4590-4592).',
  choice:
    'Required unless `dest_type` is 12 (Phone Callback) or 13 (Deny Access). For 0 (Extension) the extension number must exist in the tenant; for 10 (Trunk) the trunk must exist; for 5 (External Number) it is a number with an optional leading + (sent as %2B, stored decoded). A literal "%2B" that arrives undecoded is decoded too; a leading space (a raw + turned into a space by URL decoding) is refused with a hint.',
};

export const didContracts = [
  pbxOperation({
    action: 'pbxware.did.list',
    summary: 'List DIDs (keyed by DID ID)',
    kind: 'read',
    doc: [doc('4332-4420'), doc('97-132', 'introductory did.list request and sample')],
    request: args({ server: arg.optionalId(), ext: arg.optional() }),
    response: keyedList(didListItem),
    errors: ['masterTenant', 'tenantNotFound'],
    decisions: [
      {
        question: 'In Tenant Mode `server` is "a required field", yet "Listing of DIDs, by default, will include all DIDs" and the introductory request sends none (doc 100).',
        choice: 'Optional: without it every DID is listed; when given it must be a tenant other than 1 in Tenant Mode.',
      },
      {
        question: '`e911` is in the field table but not the sample; `prioritize_clirouting` in the sample but not the table.',
        choice: 'The emulator renders the section sample\'s twelve fields; the contract also accepts `e911` and the shorter introductory shape.',
      },
      { question: '`ext` filter "by Destination Number".', choice: 'Matches a DID whose destination list (comma separated) contains the number.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.did.add',
    summary: 'Add a DID',
    kind: 'write',
    doc: [doc('4422-4576')],
    request: args({ server: arg.id(), ...didFields }),
    response: didSuccess,
    errors: ['masterTenant', 'tenantNotFound', 'referenceMissing', 'duplicate'],
    decisions: [
      tenantServerDecision,
      destinationDecision,
      { question: 'Which DID numbers are unique?', choice: 'DID numbers (and `did`–`did_2` ranges) are unique system-wide (pbxware.md §7 A13).' },
      {
        question: 'Trunk ownership: must the trunk belong to the DID\'s tenant?',
        choice: 'No: trunks are system-wide in Tenant Mode; the trunk must only exist.',
      },
      { question: '`groupid` (DID Group ID).', choice: 'When given it must name an existing DID group mapped to the same tenant.' },
      { question: '`preserve_callerid` "will be set only if External Number is set as a DID destination".', choice: 'Kept only for dest_type 5, otherwise stored as 0.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.did.edit',
    summary: 'Edit a DID (partial update)',
    kind: 'write',
    doc: [doc('4578-4599')],
    request: args({
      server: arg.id(),
      id: arg.id(),
      ...didFields,
      trunk: arg.optionalId(),
      did: didNumber().optional(),
      dest_type: didFields.dest_type.optional(),
      disabled: arg.optionalFlag(),
    }),
    response: didSuccess,
    errors: ['masterTenant', 'tenantNotFound', 'notFound', 'referenceMissing', 'duplicate'],
    decisions: [
      tenantServerDecision,
      destinationDecision,
      { question: 'Edit semantics.', choice: 'Partial: only the arguments sent change; a new `dest_type` needs its `destination` in the same call (unless 12/13).' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.did.delete',
    summary: 'Delete a DID',
    kind: 'write',
    doc: [doc('4601-4621')],
    request: args({ id: arg.id(), server: arg.id() }),
    response: z.object({ success: z.string().regex(/^Deleted DID ID \d+ successfully\.$/) }).strict(),
    errors: ['tenantNotFound', 'notFound'],
    decisions: [
      {
        question: '`server`: "If running in Tenant Mode make sure this is always set to 1", while `did.add` refuses 1 (pbxware.md §7 A18).',
        choice: 'Both accepted: server 1, or the tenant that owns the DID (quirk `did-delete-server-one`). Any other tenant is refused. The DID\'s CLI routes go with it.',
      },
      { question: 'The sample `{"success": "…",}` has a trailing comma (invalid JSON).', choice: 'Valid JSON with the same single key.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.did.clirouting.add',
    summary: 'Add a CLI route to a DID',
    kind: 'write',
    doc: [doc('4623-4678')],
    request: args({ id: arg.id(), server: arg.optionalId(), ...cliFields }),
    response: cliSuccess,
    errors: ['masterTenant', 'tenantNotFound', 'notFound', 'referenceMissing', 'duplicate'],
    decisions: [
      tenantServerDecision,
      {
        question: '`destination` "(Required)" while 10 Deny Access has "(No value)".',
        choice: 'Required unless dest_type is 10. 0 (Extension) must name an existing extension number of the tenant; 8 (Trunk) an existing trunk id.',
      },
      { question: 'The same Caller ID twice on one DID.', choice: 'Refused as a duplicate.' },
      { question: 'The `id` of the answer is a string ("3") although DID answers use numbers.', choice: 'Reproduced (quirk `clirouting-string-id`).' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.did.clirouting.edit',
    summary: 'Edit a CLI route of a DID (partial update)',
    kind: 'write',
    doc: [doc('4680-4708')],
    request: args({
      id: arg.id(),
      cliroutingid: arg.id(),
      server: arg.optionalId(),
      callerid: arg.required().optional(),
      dest_type: cliFields.dest_type.optional(),
      destination: arg.optional(),
      matchexplicitly: arg.optionalFlag(),
    }),
    response: cliSuccess,
    errors: ['masterTenant', 'tenantNotFound', 'notFound', 'referenceMissing', 'duplicate'],
    decisions: [tenantServerDecision],
  }),
  pbxOperation({
    action: 'pbxware.did.clirouting.list',
    summary: 'List the CLI routes of a DID (keyed by CLI Routing ID, not wrapped)',
    kind: 'read',
    doc: [doc('4710-4744')],
    request: args({ id: arg.optionalId(), server: arg.optionalId() }),
    response: keyedList(
      z.object({ callerid: z.string(), ext: z.string(), type: z.string(), matchtype: z.enum(['0', '1']) }).strict(),
    ),
    errors: ['masterTenant', 'tenantNotFound', 'notFound'],
    decisions: [
      tenantServerDecision,
      { question: '`id` (DID ID) is not marked Required.', choice: 'Without it, the CLI routes of every DID of the tenant are listed.' },
      {
        question: '`type` shows internal names ("network user", "network user (Forward DID)") for types 0 and 1 only.',
        choice: 'Lower-case names of the documented types for the others ("ring group", "ivr", "trunk", …).',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.did.clirouting.delete',
    summary: 'Delete a CLI route of a DID',
    kind: 'write',
    doc: [doc('4746-4771')],
    request: args({ id: arg.id(), server: arg.optionalId(), cliroutingid: arg.id() }),
    response: successOnly,
    errors: ['masterTenant', 'tenantNotFound', 'notFound'],
    decisions: [
      tenantServerDecision,
      { question: 'No argument is marked Required.', choice: '`id` (DID) and `cliroutingid` are required: the route is found by both.' },
    ],
  }),
];
