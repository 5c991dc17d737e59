import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, namedList, numericString } from './shapes.ts';
import { doc } from './source.ts';

/** `status` as `trunk.add` takes it: words (doc 3311-3313), plus the digits `configuration` reads back. */
export const TRUNK_STATUS_WORDS = ['active', 'not active', 'suspended'] as const;
export const TRUNK_STATUS_CODES = ['1', '0', '2'] as const;

/** Codecs `trunk.add` lists (doc 3516-3518) plus those its own samples use (`opus`, doc 3636) and common SIP ones. */
export const TRUNK_CODECS = [
  'ulaw', 'alaw', 'g722', 'g723.1', 'g726', 'g729', 'gsm', 'ilbc', 'speex', 'lpc10', 'opus',
  'h261', 'h263', 'h263p', 'h264', 'vp8',
] as const;

/**
 * The SIP settings `trunk.add`/`trunk.edit` take besides the trunk's identity (doc 3283-3534), all
 * read back under `options` by `trunk.configuration`, `codecs`+`codecs_ptime` as `allow`.
 */
const requiredTrunkFields = {
  name: arg.required(),
  provider_id: arg.id(),
  type: arg.oneOf(['user', 'friend', 'peer']),
  dtmfmode: arg.oneOf(['auto', 'inband', 'rfc2833', 'info', 'shortinfo']),
  status: arg.oneOf([...TRUNK_STATUS_WORDS, ...TRUNK_STATUS_CODES]),
  country: arg.count(),
  national: arg.count(),
  international: arg.count(),
  emerg_trunk: arg.required(),
  host: arg.required(),
  username: arg.required(),
  secret: arg.required(),
  peer_host: arg.required(),
  peer_username: arg.required(),
  peer_secret: arg.required(),
  insecure: arg.oneOf(['port', 'invite', 'port,invite', 'very']),
  looserouting: arg.oneOf(['yes', 'no', '1', '0']),
  incominglimit: arg.count(),
  outgoinglimit: arg.count(),
  codecs: arg.required(),
  codecs_ptime: arg.required(),
};

const optionalTrunkFields = {
  qualify: arg.optional(),
  passthru_mode: arg.optional(),
  national_leave: arg.optional(),
  area_code: arg.optional(),
  e164a: arg.optional(),
  prefix: arg.optional(),
  prefix_emerg: arg.oneOf(['yes', 'no']).optional(),
  testnum: arg.optional(),
  authname: arg.optional(),
  auth: arg.optional(),
  register: arg.optional(),
  register_suffix: arg.optional(),
  register_expiration: arg.digits(),
  fromuser: arg.optional(),
  fromdomain: arg.optional(),
  phoneinuri: arg.optional(),
  outboundproxy: arg.optional(),
  from_ipaddr: arg.optional(),
  transport: arg.oneOf(['udp', 'tcp', 'tls']).optional(),
  encryption: arg.optional(),
  direct_media: arg.oneOf(['no', 'yes', 'nonat', 'update', 'nonat,update']).optional(),
  directrtpsetup: arg.oneOf(['yes', 'no']).optional(),
  defaultip: arg.optional(),
  trustrpid: arg.optional(),
  sendrpid: arg.optional(),
  trust_id_outbound: arg.optional(),
  rpid_connectedline: arg.optional(),
  rpid_update: arg.optional(),
  sendpai: arg.optional(),
  privacy: arg.oneOf(['none', 'anonymous', 'anonymous_id', 'anonymous_number', 'anonymous_number_id']).optional(),
  callerid: arg.optional(),
  dialed_num_minimum_length: arg.digits(),
  emerg_location_header: arg.optional(),
  allow_es_callerid: arg.optional(),
  email_on_limit: arg.optional(),
  outgoing_dialoptions: arg.optional(),
  videosupport: arg.optional(),
  autoframing: arg.optional(),
};

/** Every setting name kept under `options` (all write arguments but the trunk's identity and codecs). */
export const TRUNK_OPTION_ARGS = [
  ...Object.keys(requiredTrunkFields).filter((k) => !['name', 'provider_id', 'status', 'codecs', 'codecs_ptime'].includes(k)),
  ...Object.keys(optionalTrunkFields),
];

/** One line of `trunk.list` (doc 3249-3281). */
export const trunkListItem = z
  .object({
    name: z.string(),
    protocol: z.string(),
    provider_id: numericString,
    provider_name: z.string(),
    status: z.enum(['enabled', 'disabled']),
  })
  .strict();

/** `options` keys the configuration sample shows (doc 3627-3662); every one is a string but `allow`. */
const SAMPLE_OPTION_KEYS = [
  'type', 'dtmfmode', 'context', 'transport', 'canreinvite', 'qualify', 'host', 'incominglimit', 'outgoinglimit',
  'username', 'secret', 'insecure', 'addconfig_sipheader', 'register', 'register_suffix', 'register_expiration',
  'country', 'national', 'international', 'e164a', 'fromuser', 'fromdomain', 'allow_es_callerid',
  'additional_config', 'prefix', 'prefix_emerg', 'testnum', 'callerid', 'sendpai',
] as const;
export const TRUNK_SAMPLE_OPTION_KEYS: readonly string[] = SAMPLE_OPTION_KEYS;

export const trunkConfiguration = z
  .object({
    name: z.string(),
    provider_id: numericString,
    provider_name: z.string(),
    status: z.enum(TRUNK_STATUS_CODES),
    protocol: z.string(),
    options: z
      .object({
        ...Object.fromEntries(SAMPLE_OPTION_KEYS.map((k) => [k, z.string()])),
        allow: z.array(z.string().regex(/^[\w.]+,\d+$/)),
      })
      .catchall(z.string()),
  })
  .strict();

/** `{"success": "Trunk ID: 10", "id": 10}` for add, edit and (quirk) delete (doc 3525-3576). */
const trunkSuccess = z.object({ success: z.string().regex(/^Trunk ID: \d+$/), id: z.number().int() }).strict();

const serverDecision = {
  question: 'Trunk `server` is a "Tenant/Server ID", while `trunk.list` says its server filter "does not apply in Tenant Mode".',
  choice:
    'Trunks are system-wide in Tenant Mode: `server` must name an existing tenant (Master included) and is stored as the trunk\'s owner; lookups by id ignore it. Outside Tenant Mode `trunk.list` filters by it.',
};

export const trunkContracts = [
  pbxOperation({
    action: 'pbxware.trunk.list',
    summary: 'List trunks (keyed by Trunk ID)',
    kind: 'read',
    doc: [doc('3237-3281')],
    request: args({ server: arg.optionalId() }),
    response: keyedList(trunkListItem),
    errors: ['tenantNotFound'],
    decisions: [
      serverDecision,
      {
        question: 'List `status` is "enabled"/"disabled" while add takes active, not active, suspended.',
        choice: 'active → "enabled"; not active and suspended → "disabled".',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.trunk.add',
    summary: 'Add a trunk',
    kind: 'write',
    doc: [doc('3283-3534')],
    request: args({ server: arg.id(), ...requiredTrunkFields, ...optionalTrunkFields }),
    response: trunkSuccess,
    errors: ['tenantNotFound', 'referenceMissing', 'duplicate', 'sizeMismatch'],
    decisions: [
      serverDecision,
      {
        question: '`codecs` is "separated with ,:" and its example uses colons; `codecs_ptime` is one "Ptime (10, 20, 30 ... 300)".',
        choice:
          'Codecs may be separated by `:` or `,`. `codecs_ptime` is one ptime for all codecs or a list of the same size (else error); each a multiple of 10 from 10 to 300. `configuration` reads them back as `allow: ["ulaw,20", …]`.',
      },
      {
        question: '`status` takes "active, not active, suspended" but `configuration` shows `"status": "1"`.',
        choice: 'Words are stored as the codes 1, 0, 2 (as tenants number them); the codes themselves are accepted too.',
      },
      {
        question: '`provider_id` "(SIP only)"; `configuration` shows provider 19 as "SIP-Provider" while `providers` lists 19 as Xorcom (pstn).',
        choice: 'The `providers` list is the authority: any listed provider is accepted (an unknown id is refused); protocol is `sip` for voip providers and `zaptel` for pstn ones, as the list sample pairs them.',
      },
      { question: 'Are trunk names unique?', choice: 'Yes (the name is also the trunk\'s dial context): a second trunk with the same name is refused.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.trunk.edit',
    summary: 'Edit a trunk (partial update)',
    kind: 'write',
    doc: [doc('3536-3555')],
    request: args({
      server: arg.id(),
      id: arg.id(),
      ...Object.fromEntries(Object.entries(requiredTrunkFields).map(([k, v]) => [k, v.optional()])),
      ...optionalTrunkFields,
    }),
    response: trunkSuccess,
    errors: ['tenantNotFound', 'notFound', 'referenceMissing', 'duplicate', 'sizeMismatch'],
    decisions: [{ question: 'Edit semantics.', choice: 'Partial: only the arguments sent change (pbxware.md §7 A20).' }],
  }),
  pbxOperation({
    action: 'pbxware.trunk.delete',
    summary: 'Delete a trunk',
    kind: 'write',
    doc: [doc('3557-3576')],
    request: args({ server: arg.id(), id: arg.id() }),
    response: trunkSuccess,
    errors: ['tenantNotFound', 'notFound', 'inUse'],
    decisions: [
      {
        question: 'The delete answer is the add answer (`"Trunk ID: 10"`, numeric id), without "Deleted".',
        choice: 'Reproduced as documented (quirk `trunk-delete-answers-like-add`).',
      },
      {
        question: 'Deleting a trunk that DIDs or CLI routes still use.',
        choice: 'Refused with an error while any DID (or a DID/CLI route whose destination is the trunk) references it (pbxware.md §7 A19).',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.trunk.configuration',
    summary: 'Trunk configuration, wrapped in the Trunk ID',
    kind: 'read',
    doc: [doc('3578-3665')],
    request: args({ trunkid: arg.id(), server: arg.id() }),
    response: z.record(z.string().regex(/^\d+$/), trunkConfiguration),
    errors: ['tenantNotFound', 'notFound'],
    decisions: [
      {
        question: 'The sample is not valid JSON (a trailing comma, then a second fragment with more options).',
        choice: 'Valid JSON with both fragments\' keys merged into `options`; every other write setting is listed there too (empty when never set).',
      },
      {
        question: '`status` is described "Either enabled or disabled" but the sample shows "1".',
        choice: 'The digits, as the sample: "1" active, "0" not active, "2" suspended.',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.trunk.providers',
    summary: 'List trunk providers, keyed by provider name → [id, kind]',
    kind: 'read',
    doc: [doc('3667-3706')],
    request: args({ server: arg.optional() }),
    response: namedList(z.tuple([numericString, z.enum(['pstn', 'voip'])])),
    tags: ['map-to-tuple'],
    decisions: [{ question: '`server` is described only as "Listing trunk providers".', choice: 'Accepted and ignored: providers are system-wide.' }],
  }),
];
