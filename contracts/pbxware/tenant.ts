import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, numericString, successOnly } from './shapes.ts';
import { doc, kb } from './source.ts';

/**
 * The 76 fields `tenant.configuration` reads back, in the document's order (doc 7077-7390). The first
 * five come from the required `tenant.add` arguments; the rest from the optional ones.
 */
export const TENANT_CONFIGURATION_FIELDS = [
  'server_name', 'tenantcode', 'package_id', 'ext_length', 'country', 'area_code', 'national', 'international',
  'glocom_dns_srv_lookup', 'glocomproxy', 'apusername', 'appassword', 'defaultserver', 'announcetrunks',
  'absolutetimeout', 'cdrvoicemail', 'faxformat', 'faxfiletype', 'enabletcalls', 'disabletcid', 'tenantcid',
  'tenant_faxcid', 'usedefaultcid', 'usedidcid', 'finde164', 'recordlimit', 'showdirosc', 'recordglobal',
  'recordsilent', 'mp3_auto_conv', 'recordbeep', 'recordformat', 'audiolang', 'cpark_timeout', 'cpark_dial',
  'cpark_goto', 'limitsound', 'limitemail', 'notifyemail', 'leavenational', 'currency', 'currencypos',
  'dialed_num_minimum_length', 'pstn_mode', 'callgroups', 'incominglimit', 'outgoinglimit', 'conch', 'quech',
  'ergch', 'aach', 'zapch', 'local_codecs', 'remote_codecs', 'network_codecs', 'hdcheck', 'hdlockext',
  'hdlockdevice', 'hdautologout', 'hdlogoutinactive', 'ringtonelocal', 'hidecallerid', 'allowescallerid',
  'enablecnamlookup', 'setcidforgrouphunt', 'cidmatchdid', 'dropanonymous', 'didsaveupdatecid', 'forceunknown',
  'hideextnodir', 'custompresencetime', 'usedynfeatures', 'nobillingfwd', 'cf_call_rating_disable',
  'emerg_location_header', 'max_contacts',
] as const;

export type TenantConfigurationField = (typeof TENANT_CONFIGURATION_FIELDS)[number];

/** Configuration fields held on the tenant record itself rather than in its `config` map. */
export const TENANT_IDENTITY_FIELDS = ['server_name', 'tenantcode', 'package_id', 'ext_length', 'country'] as const;

const digits = () => arg.digits();
const flag01 = () => arg.optionalFlag();

/**
 * Optional arguments of `tenant.add` (and `tenant.edit`), doc 7501-7863, with their value rules where
 * the document gives them (enums, 0/1 flags, counts). Everything else is free text.
 */
const TENANT_OPTIONAL_ARGS = {
  area_code: arg.optional(),
  glocom_dns_srv_lookup: arg.optional(),
  glocomproxy: arg.optional(),
  apusername: arg.optional(),
  appassword: arg.optional(),
  defaultserver: arg.optional(),
  announcetrunks: arg.optional(),
  absolutetimeout: digits(),
  cdrvoicemail: arg.oneOf(['0', '1', '2']).optional(),
  faxformat: arg.oneOf(['letter', 'legal', 'A4', 'auto']).optional(),
  faxfiletype: arg.oneOf(['1', '2', '3']).optional(),
  default_location: arg.oneOf(['1', '2']).optional(),
  enabletcalls: arg.optional(),
  disabletcid: arg.optional(),
  tenantcid: arg.optional(),
  tenant_faxcid: arg.optional(),
  usedefaultcid: arg.optional(),
  usedidcid: arg.optional(),
  finde164: arg.optional(),
  recordlimit: digits(),
  showdirosc: arg.optional(),
  recordglobal: arg.optional(),
  recordsilent: arg.optional(),
  mp3_auto_conv: arg.optional(),
  recordbeep: arg.optional(),
  recordformat: arg.oneOf(['gsm', 'wav', 'wav49', 'g729', 'ogg']).optional(),
  audiolang: arg.optional(),
  cpark_timeout: digits(),
  cpark_dial: arg.optional(),
  cpark_goto: arg.optional(),
  limitsound: arg.optional(),
  limitemail: arg.optional(),
  notifyemail: arg.optional(),
  leavenational: arg.optional(),
  currency: arg.optional(),
  currencypos: arg.oneOf(['left', 'right']).optional(),
  dialed_num_minimum_length: digits(),
  pstn_mode: arg.optional(),
  callgroups: arg.optional(),
  localcodecs: arg.optional(),
  remotecodecs: arg.optional(),
  networkcodecs: arg.optional(),
  hdcheck: arg.optional(),
  hdlockext: digits(),
  hdlockdevice: digits(),
  hdautologout: arg.optional(),
  hdlogoutinactive: digits(),
  ringtonelocal: arg.optional(),
  hidecallerid: arg.optional(),
  allowescallerid: arg.optional(),
  enablecnamlookup: arg.optional(),
  setcidforgrouphunt: arg.optional(),
  cidmatchdid: arg.optional(),
  dropanonymous: arg.optional(),
  didsaveupdatecid: arg.optional(),
  forceunknown: arg.optional(),
  hideextnodir: arg.optional(),
  custompresencetime: digits(),
  usedynfeatures: arg.optional(),
  nobillingfwd: arg.optional(),
  cf_call_rating_disable: arg.optional(),
  jbimpl: arg.oneOf(['inherit', 'disabled', 'fixed', 'adaptive']).optional(),
  jbmaxsize: digits(),
  jbresyncthreshold: digits(),
  jbtargetextra: digits(),
  allowextipauth: flag01(),
  voiceskipin: flag01(),
  email_from: arg.optional(),
  vm_email_from: arg.optional(),
  local_channels: digits(),
  remote_channels: digits(),
  conferences: digits(),
  queues: digits(),
  auto_attendants: digits(),
  dahdi: digits(),
  dids_notify_email: arg.optional(),
  dids_notify_order: arg.optional(),
  es_ambulance: arg.optional(),
  es_fire: arg.optional(),
  es_police: arg.optional(),
  es_notification_email: arg.optional(),
  ldap_enabled: flag01(),
  ldap_local_exts: arg.oneOf(['0', '1', '']).optional(),
  ldap_hotdesking: arg.oneOf(['0', '1', '']).optional(),
  ldap_tls: flag01(),
  ldap_password: arg.optional(),
  ldap_search_type: arg.optional(),
  emerg_location_header: arg.optional(),
  max_contacts: digits(),
};

export type TenantOptionalArg = keyof typeof TENANT_OPTIONAL_ARGS;
export const TENANT_OPTIONAL_ARG_NAMES = Object.keys(TENANT_OPTIONAL_ARGS) as TenantOptionalArg[];

/**
 * Optional write names that `tenant.configuration` reads back under another name (pbxware.md §6 item 23):
 * channel limits and codecs. `null`: add-only settings the configuration does not show at all.
 */
export const TENANT_WRITE_TO_READ: Partial<Record<TenantOptionalArg, TenantConfigurationField | null>> = {
  local_channels: 'incominglimit',
  remote_channels: 'outgoinglimit',
  conferences: 'conch',
  queues: 'quech',
  auto_attendants: 'aach',
  dahdi: 'zapch',
  localcodecs: 'local_codecs',
  remotecodecs: 'remote_codecs',
  networkcodecs: 'network_codecs',
  default_location: null,
  jbimpl: null,
  jbmaxsize: null,
  jbresyncthreshold: null,
  jbtargetextra: null,
  allowextipauth: null,
  voiceskipin: null,
  email_from: null,
  vm_email_from: null,
  dids_notify_email: null,
  dids_notify_order: null,
  es_ambulance: null,
  es_fire: null,
  es_police: null,
  es_notification_email: null,
  ldap_enabled: null,
  ldap_local_exts: null,
  ldap_hotdesking: null,
  ldap_tls: null,
  ldap_password: null,
  ldap_search_type: null,
};

/** "Unique 3-digit Tenant Code" (doc 7458-7460). */
const tenantCode = () => z.string().regex(/^\d{3}$/, 'must be a 3-digit code');
/** "Can be in range 2-16 ONLY" (doc 7467-7471). */
const extLength = () =>
  z.string().regex(/^\d+$/, 'must be a number').refine((v) => Number(v) >= 2 && Number(v) <= 16, 'must be in range 2-16');

/** A numeric id the document samples as a string while field evidence sees a number (quirk `tenant-list-string-ids`). */
const idStringOrNumber = z.union([numericString, z.number().int()]);

export const tenantListItem = z
  .object({
    name: z.string(),
    tenantcode: z.string(),
    package_id: idStringOrNumber,
    package: z.string(),
    ext_length: z.number().int(),
    country_id: idStringOrNumber,
    country_code: idStringOrNumber,
  })
  .strict();

export const tenantConfiguration = z
  .object(
    Object.fromEntries(
      TENANT_CONFIGURATION_FIELDS.map((f): [string, z.ZodType] => [
        f,
        f === 'package_id' || f === 'ext_length' || f === 'country' ? idStringOrNumber : z.string(),
      ]),
    ) as Record<TenantConfigurationField, z.ZodType>,
  )
  .strict();

/** `{"success": "Tenant ID: 10", "id": 10}` (doc 7866-7871, 7893-7898); edit may answer `id` as a string (field evidence). */
const tenantWritten = z.object({ success: z.string(), id: z.union([z.number().int(), numericString]) }).strict();

/** `tenant.trunks.list` (doc 7930-7943): trunk names; `trunks` is a comma list. */
export const tenantTrunksItem = z
  .object({
    primary_trunk: z.string(),
    secondary_trunk: z.string(),
    tertiary_trunk: z.string(),
    trunks: z.string(),
    primary_emerg_trunk: z.string(),
    secondary_emerg_trunk: z.string(),
    tertiary_emerg_trunk: z.string(),
    primary_trunk_cid: z.string(),
    secondary_trunk_cid: z.string(),
    tertiary_trunk_cid: z.string(),
  })
  .strict();

export const TENANT_TRUNK_SLOTS = [
  'primary_trunk',
  'secondary_trunk',
  'tertiary_trunk',
  'primary_emerg_trunk',
  'secondary_emerg_trunk',
  'tertiary_emerg_trunk',
] as const;

/** CLI routing destination types (doc 8005-8019). */
export const CLI_ROUTING_DEST_TYPES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'] as const;

const cliRoutingItem = z
  .object({ callerid: z.string(), ext: z.string(), type: z.string(), matchtype: z.enum(['0', '1']) })
  .strict();

const cliRoutingWritten = z.object({ success: z.string(), id: numericString }).strict();

const cliRoutingFields = {
  callerid: arg.required(),
  dest_type: arg.oneOf(CLI_ROUTING_DEST_TYPES),
  destination: arg.optional(),
  matchexplicitly: arg.flag(),
};

const tenantSelector = { tenant: arg.optionalId() };

const tenantArgDecision = {
  question:
    '`tenant` of the CLI routing and trunk actions: "If PBXware is not running in Tenant Mode, Tenant ID should be set to 1" (doc 7995-7999); nothing forbids 1 in Tenant Mode.',
  choice: 'Required in Tenant Mode (any existing tenant, Master included); defaults to 1 when not in Tenant Mode.',
};

export const tenantContracts = [
  pbxOperation({
    action: 'pbxware.tenant.configuration',
    summary: 'Tenant configuration (76 fields), keyed by the tenant id',
    kind: 'read',
    doc: [doc('7065-7390')],
    request: args({ id: arg.id() }),
    response: z.record(numericString, tenantConfiguration),
    errors: ['notFound'],
    decisions: [
      {
        question: 'The document shows no sample: is the configuration wrapped in the tenant id?',
        choice:
          'Yes, `{"<id>": {…}}`, as `package.configuration`, whose description is word for word the same ("Response will consist of an array of … configuration", doc 6803 vs 7073).',
      },
      {
        question: 'Types of the configuration values (no sample).',
        choice:
          'Strings, like every other configuration read; the contract also accepts numbers for `package_id`, `ext_length` and `country`, which field evidence sees as numbers in tenant.list.',
      },
      {
        question: 'Add-only arguments without a configuration field (`default_location`, `jb*`, `allowextipauth`, `voiceskipin`, `email_from`, `vm_email_from`, `dids_notify_*`, `es_*`, `ldap_*`).',
        choice: 'Stored but not read back: the configuration answers exactly the 76 documented fields.',
      },
      {
        question: 'Fields never set.',
        choice: 'Empty strings, except defaults the document or the server configuration gives (`recordlimit` "10", `absolutetimeout` "86400", `faxformat` "letter", `recordformat` "gsm", `cdrvoicemail` "0").',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.tenant.list',
    summary: 'List tenants',
    kind: 'read',
    doc: [doc('7392-7445'), kb('86-88')],
    request: args({}),
    response: keyedList(tenantListItem),
    decisions: [
      {
        question: 'The field table describes `package` as "Tenant Package ID" but the sample has the package name next to `package_id`.',
        choice: 'As the sample: `package_id` is the id, `package` the name.',
      },
      {
        question:
          'Types: the sample has `package_id`, `country_id`, `country_code` as strings and `ext_length` as a number; field evidence says real systems send all four as numbers.',
        choice:
          'Default as the document; quirk `tenant-list-string-ids` switched off answers numbers. The contract accepts either for those three fields.',
        quirk: 'tenant-list-string-ids',
      },
      { question: 'Is the Master tenant listed?', choice: 'Yes, as tenant "1": it is a tenant like any other for reads.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.tenant.add',
    summary: 'Add a tenant',
    kind: 'write',
    doc: [doc('7447-7873'), kb('91-105', 'the required set: tenant_name, tenant_code, package, ext_length, country, national, international')],
    request: args({
      tenant_name: arg.required(),
      tenant_code: tenantCode(),
      package: arg.id(),
      ext_length: extLength(),
      country: arg.id(),
      national: arg.required(),
      international: arg.required(),
      ...TENANT_OPTIONAL_ARGS,
    }),
    response: z.object({ success: z.string(), id: z.number().int() }).strict(),
    errors: ['duplicate', 'referenceMissing'],
    decisions: [
      {
        question: '`tenant_name` "Should be a valid FQDN", yet the KB example uses `API_test`.',
        choice: 'Any non-empty name is accepted (the KB example must work); names are unique (pbxware.md §7 A13).',
      },
      { question: '`tenant_code` uniqueness.', choice: 'Exactly 3 digits and unique across tenants; a clash is refused.' },
      { question: '`package` and `country`.', choice: 'Must name an existing package (package.list) and route (route.list).' },
      {
        question: '`nobillingfwd` is deprecated in favour of `cf_call_rating_disable`.',
        choice: 'Aliases: writing either sets both.',
      },
      {
        question: 'Does a new tenant own anything?',
        choice: 'No: no extensions, no trunks, no CLI routes; it has status Active (1).',
      },
    ],
    examples: [
      {
        title: 'KB example',
        request: {
          action: 'pbxware.tenant.add',
          tenant_name: 'API_test',
          tenant_code: '777',
          package: '1',
          ext_length: '3',
          country: '135',
          national: '1',
          international: '011',
        },
        response: { success: 'Tenant ID: 8', id: 8 },
        doc: kb('91-105'),
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.tenant.edit',
    summary: 'Edit a tenant (partial update; ext_length cannot change)',
    kind: 'write',
    doc: [doc('7875-7900')],
    request: args({
      server: arg.id(),
      id: arg.id(),
      status: arg.oneOf(['0', '1', '2']).optional(),
      tenant_name: arg.required().optional(),
      tenant_code: tenantCode().optional(),
      package: arg.optionalId(),
      ext_length: arg.optional(),
      country: arg.optionalId(),
      national: arg.required().optional(),
      international: arg.required().optional(),
      ...TENANT_OPTIONAL_ARGS,
    }),
    response: tenantWritten,
    errors: ['notFound', 'serverMustBeMaster', 'masterTenant', 'duplicate', 'referenceMissing', 'immutable'],
    decisions: [
      {
        question: '`ext_length` "cannot be changed" (doc 7883): refused or ignored?',
        choice: 'A different value is refused with an error (nothing changes); the current value is accepted.',
      },
      {
        question: 'Editing the Master tenant (id 1) through tenant.edit.',
        choice: 'Refused: "ID 1 is always assigned to Master tenant and cannot be used" (Tenant Mode).',
      },
      {
        question: 'Type of the answered `id`: the document shows a number, field evidence says edit answers a string.',
        choice: 'A number as documented; quirk `tenant-edit-numeric-id` switched off answers a string. The contract accepts both.',
        quirk: 'tenant-edit-numeric-id',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.tenant.delete',
    summary: 'Delete a tenant and everything it owns',
    kind: 'write',
    doc: [doc('7902-7920')],
    request: args({ server: arg.id(), id: arg.id() }),
    response: successOnly,
    errors: ['notFound', 'serverMustBeMaster', 'masterTenant'],
    decisions: [
      { question: 'Deleting the Master tenant (id 1).', choice: 'Refused.' },
      {
        question: 'What happens to what the tenant owns (pbxware.md §7 A19)?',
        choice:
          'Deleted with it: every record whose `server` is the tenant (extensions, DIDs, IVRs, ring groups, ERGs, departments, paging groups, …), its CLI routes and its trunk assignment.',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.tenant.trunks.list',
    summary: "A tenant's trunks (by name)",
    kind: 'read',
    doc: [doc('7922-7945')],
    request: args(tenantSelector),
    response: tenantTrunksItem,
    errors: ['tenantNotFound'],
    decisions: [
      tenantArgDecision,
      { question: 'Slots never set.', choice: 'Empty strings; `trunks` is "" when the tenant has none.' },
      {
        question: '`*_trunk_cid` (sample "1", "2", "3") are not described and cannot be set.',
        choice: 'Answered as "" unless fixture data sets them.',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.tenant.trunks.set',
    summary: "Set a tenant's trunks (IDs, or names)",
    kind: 'write',
    doc: [doc('7947-7989')],
    request: args({
      ...tenantSelector,
      trunks: arg.optional(),
      ...Object.fromEntries(TENANT_TRUNK_SLOTS.map((slot) => [slot, arg.optional()])),
    }),
    response: successOnly,
    errors: ['tenantNotFound', 'referenceMissing'],
    decisions: [
      tenantArgDecision,
      {
        question: 'Set takes trunk IDs while list answers names (pbxware.md §7 A34).',
        choice: 'IDs as documented, and names too; list always answers names. Unknown trunks are refused.',
      },
      {
        question: 'Arguments not sent.',
        choice: 'Keep their current value (partial update); an empty value clears the slot (`trunks=` clears the list).',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.tenant.clirouting.add',
    summary: 'Add a CLI routing rule to a tenant',
    kind: 'write',
    doc: [doc('7991-8040')],
    request: args({ ...tenantSelector, ...cliRoutingFields }),
    response: cliRoutingWritten,
    errors: ['tenantNotFound', 'referenceMissing', 'duplicate'],
    decisions: [
      tenantArgDecision,
      {
        question: '`destination` is Required, but Deny Access (dest_type 10) has "No value".',
        choice: 'Required for every type except 10; Extension (0) must be an extension number of the tenant, Trunk (8) an existing trunk ID.',
      },
      { question: 'Two rules for the same Caller ID in one tenant.', choice: 'Refused.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.tenant.clirouting.edit',
    summary: 'Edit a CLI routing rule of a tenant (partial update)',
    kind: 'write',
    doc: [doc('8042-8065')],
    request: args({
      ...tenantSelector,
      cliroutingid: arg.id(),
      callerid: arg.required().optional(),
      dest_type: arg.oneOf(CLI_ROUTING_DEST_TYPES).optional(),
      destination: arg.optional(),
      matchexplicitly: arg.optionalFlag(),
    }),
    response: cliRoutingWritten,
    errors: ['tenantNotFound', 'notFound', 'referenceMissing', 'duplicate'],
    decisions: [tenantArgDecision, { question: 'A rule of another tenant.', choice: 'Not found.' }],
  }),
  pbxOperation({
    action: 'pbxware.tenant.clirouting.list',
    summary: "A tenant's CLI routing rules, wrapped in `success`",
    kind: 'read',
    doc: [doc('8067-8096')],
    request: args(tenantSelector),
    response: z.object({ success: keyedList(cliRoutingItem) }).strict(),
    errors: ['tenantNotFound'],
    tags: ['wrapped-in-success'],
    decisions: [
      tenantArgDecision,
      {
        question: 'How is `type` worded?',
        choice:
          'As the sample for Extension ("network user") and Multi User ("network user (Forward DID)"); the other types by their documented names in lower case (emulator wording).',
      },
      { question: 'No rules.', choice: '`{"success": []}`.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.tenant.clirouting.delete',
    summary: 'Delete a CLI routing rule of a tenant',
    kind: 'write',
    doc: [doc('8098-8118')],
    request: args({ ...tenantSelector, cliroutingid: arg.id() }),
    response: successOnly,
    errors: ['tenantNotFound', 'notFound'],
    decisions: [tenantArgDecision],
  }),
];
