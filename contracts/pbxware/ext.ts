import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, numericString, successNumericId, successOnly } from './shapes.ts';
import { doc } from './source.ts';

/*
 * Extensions (doc 654-1951 and 3012-3207). The enhanced services (`ext.es.*`) have their own file.
 */

const optionalMatching = (pattern: RegExp, message: string) => z.string().regex(pattern, message).optional();

/** The one-of selector of most extension reads: Extension ID or number, never both (doc 866-870). */
const idOrExt = { id: arg.optionalId(), ext: arg.optionalId() };

const ID_OR_EXT_DECISION = {
  question: '`id` and `ext` are both marked Required (or "All of these arguments are required") while they may not be sent together.',
  choice: 'Exactly one of `id` (Extension ID) or `ext` (number in the tenant) is required; both, or neither, is an error (pbxware.md §7 A16).',
};

/**
 * `ext.add` arguments besides the twelve required ones (doc 1010-1548): each with the check its
 * description states ("Yes=1, No=0", "4 digits max", enumerations); the rest are free text.
 */
const extOptionalArgs = {
  title: arg.optional(),
  ext: arg.digits(),
  uad_sipheaders: arg.optional(),
  label: arg.optional(),
  user_location: arg.optional(),
  user_language: arg.optional(),
  authname: arg.optional(),
  auth: arg.optional(),
  password: arg.optional(),
  sso_enabled: arg.optionalFlag(),
  billing: arg.optionalFlag(),
  call_rating: arg.optionalFlag(),
  sms_rating: arg.optionalFlag(),
  creditlimit: optionalMatching(/^\d{1,12}(\.\d+)?$/, 'must be a number of at most 12 digits'),
  reminderbalance: optionalMatching(/^\d{1,5}(\.\d+)?$/, 'must be a number of at most 5 digits'),
  service_plan: arg.optionalId(),
  nat: arg.oneOf(['0', '1', '2']).optional(),
  canreinvite: arg.optionalFlag(),
  qualify: optionalMatching(/^\d{1,4}$/, 'must be a number of at most 4 digits'),
  ringtime: optionalMatching(/^\d{1,2}$/, 'must be a number of at most 2 digits'),
  incoming_dialoptions: arg.optional(),
  outgoing_dialoptions: arg.optional(),
  autoprovisioning: arg.optionalFlag(),
  dhcp: arg.optionalFlag(),
  staticip: arg.optional(),
  netmask: arg.optional(),
  gateway: arg.optional(),
  dns1: arg.optional(),
  dns2: arg.optional(),
  macaddress: arg.optional(),
  sn: arg.optional(),
  voicemail_timezone: arg.optional(),
  vm_greeting_message: arg.oneOf(['0', '1', '2']).optional(),
  setcallerid: arg.optionalFlag(),
  acodecs: arg.optional(),
  page_custom: arg.optional(),
  recordcalls: arg.optionalFlag(),
  recordsilent: arg.optionalFlag(),
  vmailsend: arg.optionalFlag(),
  vmailattach: arg.optionalFlag(),
  vmaildelete: arg.optionalFlag(),
  acc_slave: arg.optionalFlag(),
  slave_accountcode: arg.optional(),
  send_email: arg.optionalFlag(),
  service_plan_date: optionalMatching(/^\d{2}-\d{2}-\d{4}$/, 'must be a date like 01-09-2009 (dd-mm-YYYY)'),
  limitenable: arg.optionalFlag(),
  limittype: arg.oneOf(['Daily', 'Monthly']).optional(),
  softlimit: optionalMatching(/^\d{1,5}$/, 'must be a number of at most 5 digits'),
  hardlimit: optionalMatching(/^\d{1,5}$/, 'must be a number of at most 5 digits'),
  rating_info_osc: arg.optionalFlag(),
  notification_email: arg.optional(),
  cf_billing_disable: arg.optional(),
  cf_call_rating_disable: arg.optional(),
  webrtc: arg.optional(),
  defaultip: arg.optional(),
  max_contacts: arg.digits(),
  encryption: arg.optional(),
  directrtptimeout: arg.optional(),
  callingpres: arg.optional(),
  cid_anon: arg.optional(),
  ringtoneforlocalcalls: arg.optional(),
  ringtonefortransferredcalls: arg.optional(),
  cidmatchdid: arg.optional(),
  dropanonymous: arg.optional(),
  trustrpid: arg.optional(),
  sendrpid: arg.optional(),
  trust_id_outbound: arg.optional(),
  rpid_connectedline: arg.optional(),
  rpid_update: arg.optional(),
  pai_header: arg.optional(),
  callgroup: arg.optional(),
  pickupgroup: arg.optional(),
  primary_trunk: arg.optional(),
  secondary_trunk: arg.optional(),
  tertiary_trunk: arg.optional(),
  primary_emerg_trunk: arg.optional(),
  secondary_emerg_trunk: arg.optional(),
  tertiary_emerg_trunk: arg.optional(),
  busylevel: arg.optional(),
  limit_notify_play_sound: arg.optional(),
  limit_notify_send_email: arg.optional(),
  busyvoicemail: arg.optional(),
  mailboxes: arg.optional(),
  vmailpager: arg.optional(),
  vmailskipinst: arg.optional(),
  vmailskippin: arg.optional(),
  vmailsaycid: arg.optional(),
  vmailreview: arg.optional(),
  vmailoperator: arg.optional(),
  vmailenvelope: arg.optional(),
  vmailhidefromdir: arg.optional(),
  videosupport: arg.optional(),
  autoframing: arg.optional(),
  vmaildelay: arg.optional(),
  vmailopext: arg.optional(),
  vmailnrings: arg.optional(),
  force_codec: arg.optional(),
  hd_logout_time: arg.optional(),
  record_beep_ext: arg.optional(),
  pbd_pin: arg.optional(),
  areacode: arg.optional(),
  busylevel_incoming: arg.optionalFlag(),
  jbimpl: arg.oneOf(['inherit', 'disabled', 'fixed', 'adaptive']).optional(),
  jbmaxsize: arg.digits(),
  jbresyncthreshold: arg.optional(),
  jbtargetextra: arg.optional(),
  show_in_dir: arg.optionalFlag(),
  show_in_app: arg.optionalFlag(),
  disable_fax_for_app: arg.optionalFlag(),
  disable_my_dialer_for_app: arg.optionalFlag(),
  app_default_client_phone: arg.optional(),
  app_hide_meeting_icon: arg.optionalFlag(),
  max_connected_apps: arg.digits(),
  ms_teams_presence_sync: arg.optional(),
  additional_config: arg.optional(),
  ua_autoprov: arg.optional(),
  department: optionalMatching(/^(\d+(,\d+)*)?$/, 'must be a comma list of Department IDs'),
  override_lcr: arg.optional(),
  dtmfmode: arg.oneOf(['auto', 'inband', 'rfc2833', 'info']).optional(),
};

/** The twelve arguments `ext.add` marks *(Required)* (doc 1014-1086), `server` aside. */
const extRequiredArgs = {
  name: arg.required(),
  email: arg.required().regex(/^[^@\s]+@[^@\s]+$/, 'must be an e-mail address'),
  location: arg.oneOf(['1', '2']),
  ua: arg.id(),
  status: arg.oneOf(['0', '1', '2']),
  pin: arg.required().regex(/^\d+$/, 'must be digits'),
  incominglimit: arg.count(),
  outgoinglimit: arg.count(),
  voicemail: arg.flag(),
  prot: arg.required().regex(/^(sip|iax)$/i, 'must be SIP or IAX'),
  secret: arg.required(),
};

/** Every argument `ext.add` takes, by its write name; `ext.edit` takes the same ones, all optional. */
export const EXT_WRITE_ARGS = [...Object.keys(extRequiredArgs), ...Object.keys(extOptionalArgs)];

const extAddRequest = args({ server: arg.id(), ...extRequiredArgs, ...extOptionalArgs });
const extEditRequest = args({
  server: arg.id(),
  id: arg.id(),
  ...Object.fromEntries(Object.entries(extRequiredArgs).map(([name, schema]) => [name, schema.optional()])),
  ...extOptionalArgs,
});

/** One `ext.list` item, fields in the sample's order, every value a string (doc 816-848). */
export const extListItem = z
  .object({
    name: z.string(),
    email: z.string(),
    protocol: z.enum(['sip', 'iax']),
    ext: numericString,
    location: z.enum(['local', 'remote']),
    ua_id: numericString,
    ua_name: z.string(),
    ua_fullname: z.string(),
    status: z.enum(['enabled', 'disabled']),
    macaddress: z.string(),
    sn: z.string(),
    linenum: z.string(),
    user_location: z.string(),
    department: z.string().regex(/^(\d+(,\d+)*)?$/),
  })
  .strict();

/** `ext.configuration` options as the sample lists them (doc 963-1000); `allow` is an array. */
const extOptions = z
  .object({
    type: z.string(),
    dtmfmode: z.string(),
    context: z.string(),
    canreinvite: z.string(),
    qualify: z.string(),
    host: z.string(),
    cid_enable: z.string(),
    callerid: z.string(),
    voicemail: z.string(),
    incominglimit: z.string(),
    outgoinglimit: z.string(),
    username: z.string(),
    secret: z.string(),
    disallow: z.string(),
    allow: z.array(z.string()),
    recordcalls: z.string(),
    mac: z.string(),
    autoprovisioning: z.string(),
    ringtime: z.string(),
    incoming_dialoptions: z.string(),
    page_header: z.string(),
    vmailsend: z.string(),
    vmailattach: z.string(),
    vmaildelete: z.string(),
    uad_sipheaders: z.string(),
  })
  .strict();

export const extConfiguration = z
  .object({
    name: z.string(),
    email: z.string().optional(),
    pin: z.string(),
    protocol: z.enum(['sip', 'iax']),
    ext: numericString,
    location: z.enum(['local', 'remote']),
    user_language: z.string(),
    ua_id: numericString,
    ua_name: z.string(),
    ua_fullname: z.string(),
    status: z.enum(['enabled', 'disabled']),
    linenum: z.string(),
    smuser: z.string(),
    service_plan: z.string().optional(),
    options: extOptions,
    options_raw: z.string(),
    ua_autoprov: z.string(),
    additional_macaddress: z.union([z.literal(''), z.array(z.string())]),
    additional_config: z.string(),
  })
  .strict();

/** `ext.slaves` items: the sample's subset of the list fields (doc 1824-1849). */
const extSlaveItem = extListItem.pick({
  name: true,
  protocol: true,
  ext: true,
  location: true,
  ua_id: true,
  ua_name: true,
  ua_fullname: true,
  status: true,
});

/** Five-decimal money strings, `"15.00000"` (doc 1700-1760). */
const money = z.string().regex(/^-?\d+\.\d{5}$/);

const extBilling = z
  .object({
    splan: z.string(),
    slave: z.enum(['yes', 'no']),
    master_code: z.string().nullable(),
    reminder_balance: money,
    credit_limit: money,
    splan_date: z.string(),
    limits: z.enum(['yes', 'no']),
    limit_type: z.string(),
    soft_limit: z.string(),
    hard_limit: z.string(),
    email: z.string(),
  })
  .strict();

const extBillingInfo = z
  .object({ account_balance: money, available_funds: money, inclusive_minutes: z.string() })
  .strict();

const billingEntry = z
  .object({
    entry_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    refno: z.string(),
    notes: z.string(),
    amount: z.string().regex(/^-?\d+(\.\d+)?$/),
    type: z.enum(['credit', 'debit']),
  })
  .strict();
const billingSum = z.object({ sum_credit: money, sum_debit: money }).strict();

const byExtensionId = <T extends z.ZodType>(item: T) => z.record(z.string().regex(/^\d+$/), item);

/** `{"success": "Extension ID: 10", "id": "10", "ext": 100}`: `id` a string, `ext` a number (doc 1552-1560). */
export const extWriteResponse = z.object({ success: z.string(), id: numericString, ext: z.number().int() }).strict();

const billingRead = (action: string, summary: string, lines: string, deprecated: boolean) =>
  pbxOperation({
    action,
    summary,
    kind: 'read',
    doc: [doc(lines)],
    request: args({ server: arg.optionalId(), ...idOrExt }),
    response: byExtensionId(extBilling),
    errors: ['idAndExt', 'notFound', 'tenantNotFound'],
    decisions: [
      ID_OR_EXT_DECISION,
      ...(deprecated ? [] : [{ question: '`call_rating` has no section of its own (method list only, doc 692-694).', choice: 'An alias of `ext.billing` (pbxware.md §7 A22).' }]),
      { question: 'Which argument feeds each field?', choice: '`splan`←service_plan, `slave`←acc_slave (yes/no), `master_code`←slave_accountcode (null when unset), `reminder_balance`←reminderbalance, `credit_limit`←creditlimit, `splan_date`←service_plan_date, `limits`←limitenable (yes/no), `limit_type`←limittype, `soft_limit`/`hard_limit`←softlimit/hardlimit, `email`←notification_email.' },
      { question: '`server` is optional.', choice: 'Without `server` an extension is found by `id` across tenants; by `ext` it needs `server` in Tenant Mode (numbers repeat across tenants).' },
    ],
  });

const billingInfoRead = (action: string, summary: string, lines: string, alias: boolean) =>
  pbxOperation({
    action,
    summary,
    kind: 'read',
    doc: [doc(lines)],
    request: args({ server: arg.optionalId(), ...idOrExt }),
    response: byExtensionId(extBillingInfo),
    errors: ['idAndExt', 'notFound', 'tenantNotFound'],
    decisions: [
      ID_OR_EXT_DECISION,
      ...(alias ? [{ question: '`call_rating_info` has no section of its own (method list only, doc 696-698).', choice: 'An alias of `ext.billing_info` (pbxware.md §7 A22).' }] : []),
      { question: 'How is `available_funds` computed? (the samples show balance 100 and available 15)', choice: 'Account balance plus the credit limit (`creditlimit`).' },
      { question: 'What does `inclusive_minutes` say?', choice: '"No Inclusives spent." while none are spent (the emulator rates no calls), as the sample shows.' },
    ],
  });

const billingHistoryRead = (action: string, summary: string, lines: string, alias: boolean) =>
  pbxOperation({
    action,
    summary,
    kind: 'read',
    doc: [doc(lines)],
    request: args({
      server: arg.optionalId(),
      ...idOrExt,
      start: arg.monthDate(),
      end: arg.monthDate(),
      starttime: arg.time(),
      endtime: arg.time(),
      type: arg.oneOf(['credit', 'debit']).optional(),
      refno: arg.optional(),
      rrefno: arg.optional(),
      sum: arg.optionalFlag(),
      timezone: arg.optional(),
    }),
    response: z.array(z.union([billingEntry, billingSum])),
    errors: ['idAndExt', 'notFound', 'tenantNotFound', 'invalidDate'],
    tags: ['array-list'],
    decisions: [
      ID_OR_EXT_DECISION,
      ...(alias ? [{ question: '`call_rating_history` has no section of its own (method list only, doc 712-714).', choice: 'An alias of `ext.billing_history` (pbxware.md §7 A22).' }] : []),
      { question: '`endtime` defaults to 00:00:00 (doc 1890-1895), unlike the CDR default 23:59:59.', choice: 'Applied literally: the window is [start starttime, end endtime], so by default nothing of the end day after midnight is included.', quirk: 'ext-billing-history-endtime-midnight' },
      { question: 'Order of the entries.', choice: 'Newest first, as the sample (2010-01-18 before 2009-09-29).' },
      { question: 'Dates and `timezone`.', choice: 'Dates are read in `timezone` (an IANA name; an unknown one is an error), UTC when absent; `entry_date` is printed in the same zone. An end before the start is an error (pbxware.md §7 A27).' },
      { question: '`rrefno` is a regular expression.', choice: 'Matched against `refno` (JavaScript syntax); an invalid expression is an error.' },
      { question: 'What `sum=1` adds up.', choice: 'One object `{sum_credit, sum_debit}` over the filtered entries, five decimals, debit negative.' },
    ],
  });

const resetInclusive = (what: 'minutes' | 'messages', lines: string) =>
  pbxOperation({
    action: `pbxware.ext.reset_inclusive_${what}`,
    summary: `Reset the inclusive ${what} of an extension`,
    kind: 'write',
    doc: [doc(lines)],
    request: args({ server: arg.id(), ...idOrExt }),
    response: successOnly,
    errors: ['idAndExt', 'notFound', 'tenantNotFound'],
    decisions: [ID_OR_EXT_DECISION],
  });

const editionsShape = z
  .object({
    all: z.union([z.literal(0), z.literal(1)]),
    office: z.union([z.literal(0), z.literal(1)]),
    business: z.union([z.literal(0), z.literal(1)]),
    agent: z.union([z.literal(0), z.literal(1)]),
    supervisor: z.union([z.literal(0), z.literal(1)]),
    mobile: z.union([z.literal(0), z.literal(1)]),
  })
  .catchall(z.union([z.literal(0), z.literal(1)]));
const modulesShape = z
  .object({
    all: z.union([z.literal(0), z.literal(1)]),
    crm: z.union([z.literal(0), z.literal(1)]),
    'call popup': z.union([z.literal(0), z.literal(1)]),
    skype: z.union([z.literal(0), z.literal(1)]),
  })
  .catchall(z.union([z.literal(0), z.literal(1)]));

export const extContracts = [
  pbxOperation({
    action: 'pbxware.ext.list',
    summary: 'List extensions (id → fields), optionally of one tenant',
    kind: 'read',
    doc: [doc('742-850')],
    request: args({ server: arg.optionalId() }),
    response: keyedList(extListItem),
    errors: ['tenantNotFound'],
    decisions: [
      { question: '`server` is optional ("Filter extensions by tenant/server").', choice: 'Without it every tenant\'s extensions are listed; an unknown tenant is an error.' },
      { question: 'The sample lacks a comma after `"user_location": "Location"` (doc 846).', choice: 'Valid JSON is emitted, fields in the sample order.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ext.configuration',
    summary: 'Configuration of one extension, by id or number',
    kind: 'read',
    doc: [doc('852-1008')],
    request: args({ server: arg.id(), ...idOrExt }),
    response: byExtensionId(extConfiguration),
    errors: ['idAndExt', 'notFound', 'tenantNotFound'],
    decisions: [
      ID_OR_EXT_DECISION,
      { question: 'The field table lists `email` and `service_plan`, the sample has neither (and puts `uad_sipheaders` inside `options`).', choice: 'Both are emitted (after `name` and `smuser`); the contract accepts their absence. `uad_sipheaders` stays in `options` as the sample shows.' },
      { question: 'How are `context`, `username` and `callerid` formed?', choice: '`t-<tenantcode>`, `<tenantcode><ext>` and `<name> <<ext>>`, as the sample pairs them for tenant 344 and extension 530 (doc 969-978).' },
      { question: 'What is `additional_macaddress` ("Array of additional MAC Addresses"; the sample shows "")?', choice: '"" while there are none, else the array of MAC addresses set with `ext.additional_macs`.' },
      { question: '`options.allow` source.', choice: 'The `acodecs` list (split on `:`), `["ulaw", "alaw"]` by default as in the sample.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ext.add',
    summary: 'Add an extension',
    kind: 'write',
    doc: [doc('1010-1548'), doc('1086-1092', 'prot: "SIP and IAX only!"')],
    request: extAddRequest,
    response: extWriteResponse,
    errors: ['tenantNotFound', 'duplicate', 'referenceMissing'],
    decisions: [
      { question: '`ext` (the number) is optional.', choice: 'When absent the lowest free number with the tenant\'s `ext_length` digits is allocated, from 10^(len-1); a supplied number must have `ext_length` digits and be free in the tenant (pbxware.md §7 A12, A13).' },
      { question: '`status`: "Active=1, Not Active=0" (doc) vs "1 - Active; 2 - Not Active" (KB 122).', choice: '1 = enabled; 0 and 2 = disabled (pbxware.md §7 A24).' },
      { question: '`prot` case.', choice: 'SIP or IAX in any case (the KB sends `sip`); stored and shown lower case.' },
      { question: 'creditlimit, reminderbalance and service_plan are "required if Billing/Call_Rating=1".', choice: 'Refused when `billing` or `call_rating` is 1 and any of them is missing.' },
      { question: 'References.', choice: '`ua` must be a UAD of `uads.list` (any id while the catalogue is empty); `department` must list departments of the same tenant.' },
      { question: 'Answer types.', choice: '`id` a string and `ext` a number, as the sample shows.', quirk: 'ext-write-id-string-ext-number' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ext.edit',
    summary: 'Edit an extension (partial update)',
    kind: 'write',
    doc: [doc('1550-1570')],
    request: extEditRequest,
    response: extWriteResponse,
    errors: ['notFound', 'tenantNotFound', 'duplicate', 'referenceMissing'],
    decisions: [
      { question: 'Edit semantics ("All of them are optional, except server, id").', choice: 'Partial update: only the arguments sent change; the merged extension is checked as `ext.add` checks a new one.' },
      { question: 'A new `ext` number.', choice: 'Must have the tenant\'s `ext_length` digits and be free in the tenant.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ext.delete',
    summary: 'Delete an extension',
    kind: 'write',
    doc: [doc('1572-1592')],
    request: args({ server: arg.id(), id: arg.id() }),
    response: successOnly,
    errors: ['notFound', 'tenantNotFound'],
    decisions: [
      { question: 'What else goes with the extension?', choice: 'Its billing state, apps and additional MACs. References by number (DIDs, groups) stay (pbxware.md §7 A19).' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ext.balance',
    summary: 'Credit or debit an extension\'s balance',
    kind: 'write',
    doc: [doc('1594-1634')],
    request: args({
      server: arg.id(),
      ...idOrExt,
      mode: arg.oneOf(['credit', 'debit']),
      amount: arg.required().regex(/^\d{1,10}(\.\d{1,5})?$/, 'must be a positive decimal number (at most 10 digits, 5 decimals)'),
      notes: arg.required(),
      refno: arg.required(),
    }),
    response: successOnly,
    errors: ['idAndExt', 'notFound', 'tenantNotFound'],
    decisions: [
      ID_OR_EXT_DECISION,
      { question: 'Effect of a balance update.', choice: '`credit` adds, `debit` subtracts; each call appends a billing-history entry (amount negative for a debit) dated by the emulator clock (pbxware.md §7 A28).' },
      { question: 'A zero, negative or huge amount.', choice: 'A zero amount is refused; the sign comes from `mode` only, so a signed amount is refused; at most 10 digits and 5 decimals (the precision balances are shown with).' },
    ],
  }),
  billingRead('pbxware.ext.billing', 'Billing settings of an extension (deprecated for call_rating)', '1636-1720', true),
  billingInfoRead('pbxware.ext.billing_info', 'Balance and inclusive minutes of an extension (deprecated for call_rating_info)', '1722-1766', false),
  billingRead('pbxware.ext.call_rating', 'Call-rating settings of an extension (alias of billing)', '692-694', false),
  billingInfoRead('pbxware.ext.call_rating_info', 'Call-rating balance of an extension (alias of billing_info)', '696-698', true),
  pbxOperation({
    action: 'pbxware.ext.sms_rating_info',
    summary: 'Inclusive SMS messages left of an extension',
    kind: 'read',
    doc: [doc('1768-1802')],
    request: args({ server: arg.optionalId(), ...idOrExt }),
    response: byExtensionId(
      z.union([
        z.object({ inclusive_minutes: z.string() }).strict(),
        z.object({ inclusive_messages_left: z.string() }).strict(),
      ]),
    ),
    errors: ['idAndExt', 'notFound', 'tenantNotFound'],
    decisions: [
      ID_OR_EXT_DECISION,
      { question: 'The field table names `inclusive_messages_left`, the sample shows `inclusive_minutes`.', choice: 'The sample key by default; the quirk switched off gives the table\'s key. The contract accepts either.', quirk: 'ext-sms-rating-info-minutes-key' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ext.slaves',
    summary: 'Slave extensions of a master extension',
    kind: 'read',
    doc: [doc('1804-1851')],
    request: args({ server: arg.optionalId(), ...idOrExt }),
    response: keyedList(extSlaveItem),
    errors: ['idAndExt', 'notFound', 'tenantNotFound'],
    decisions: [
      ID_OR_EXT_DECISION,
      { question: 'Which extensions are slaves of a master?', choice: 'Those of the same tenant with `acc_slave=1` whose `slave_accountcode` ("Master Account Code") is the master\'s number or its SIP username (tenant code + number).' },
      { question: '"Response fields are identical to the ones in Listing Extensions" but the sample shows eight of them.', choice: 'The sample\'s eight fields.' },
    ],
  }),
  billingHistoryRead('pbxware.ext.billing_history', 'Billing history of an extension (deprecated for call_rating_history)', '1853-1951', false),
  billingHistoryRead('pbxware.ext.call_rating_history', 'Call-rating history of an extension (alias of billing_history)', '712-714', true),
  resetInclusive('minutes', '3012-3036'),
  resetInclusive('messages', '3038-3062'),
  pbxOperation({
    action: 'pbxware.ext.voicemail.delete',
    summary: 'Delete all voicemails of an extension (by number)',
    kind: 'write',
    doc: [doc('3064-3086')],
    request: args({ server: arg.id(), ext: arg.id() }),
    response: successOnly,
    errors: ['notFound', 'tenantNotFound'],
    decisions: [{ question: 'An extension with no voicemails.', choice: 'Succeeds all the same (there is nothing left to delete).' }],
  }),
  pbxOperation({
    action: 'pbxware.ext.additional_macs',
    summary: 'Set the additional devices (MAC addresses) of an extension',
    kind: 'write',
    doc: [doc('3088-3127')],
    request: args({
      server: arg.id(),
      id: arg.id(),
      values: arg.required(),
      sn: arg.optional(),
      devices: arg.required(),
      locations: arg.required(),
      device_addresses: arg.optional(),
    }),
    response: successNumericId,
    errors: ['notFound', 'tenantNotFound', 'sizeMismatch', 'referenceMissing'],
    decisions: [
      { question: 'Add to or replace the additional MACs?', choice: 'Replace: the lists given are the extension\'s whole set (pbxware.md §7 A20).' },
      { question: 'List sizes.', choice: '`values`, `devices`, `locations` (and `sn`, `device_addresses` when sent) must match in size, else an error.' },
      { question: 'Values.', choice: 'MAC addresses are 12 hex digits (":" or "-" separators allowed, stored bare, lower case); locations 1 or 2; devices UADs of `uads.list`.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ext.editions_modules.set',
    summary: 'Set the GloCOM editions and modules of an extension',
    kind: 'write',
    doc: [doc('3141-3172')],
    request: args({
      server: arg.id(),
      id: arg.id(),
      editions: arg.optional(),
      modules: arg.optional(),
      use_department_templates: arg.optionalFlag(),
    }),
    response: successNumericId,
    errors: ['notFound', 'tenantNotFound'],
    decisions: [
      { question: 'The list separator is printed as „ (U+201E).', choice: 'An extraction artefact for ","; both are accepted.' },
      { question: 'Values.', choice: 'Case-insensitive names from the documented lists; `all` selects every one, `none` clears; `none` with others, or an unknown name, is an error. A list sent replaces the previous one; one not sent is kept.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ext.editions_modules.configuration',
    summary: 'Editions and modules of an extension',
    kind: 'read',
    doc: [doc('3174-3207')],
    request: args({ server: arg.id(), id: arg.id() }),
    response: z
      .object({
        id: numericString,
        use_department_templates: z.enum(['0', '1']),
        editions: editionsShape,
        modules: modulesShape,
      })
      .strict(),
    errors: ['notFound', 'tenantNotFound'],
    decisions: [
      { question: 'The sample shows six editions and four modules, the set call accepts more (operator, web; omni channel, customer survey).', choice: 'The sample\'s keys first, then the other accepted ones, each 0 or 1; `all` is 1 only when `all` was chosen.' },
      { question: 'With `use_department_templates=1`.', choice: 'The extension\'s own choice is shown here; `apps.list` counts the department templates instead.' },
    ],
  }),
];
