import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, numericString } from './shapes.ts';
import { doc } from './source.ts';

/** SMS trunk providers and the arguments each one requires (doc 4094-4145). */
export const SMS_PROVIDER_FIELDS = {
  telnyx: ['api_key', 'public_key', 'messaging_profile_id'],
  bandwidth: ['username', 'password', 'user_id', 'app_id'],
  twilio: ['account_sid', 'auth_token'],
  vi: ['secret', 'login'],
} as const satisfies Record<string, readonly string[]>;

export type SmsProvider = keyof typeof SMS_PROVIDER_FIELDS;
export const SMS_PROVIDERS = Object.keys(SMS_PROVIDER_FIELDS) as [SmsProvider, ...SmsProvider[]];
export const SMS_PROVIDER_ARGS = [...new Set(Object.values(SMS_PROVIDER_FIELDS).flat())];

const providerFields = Object.fromEntries(SMS_PROVIDER_ARGS.map((name) => [name, arg.optional()]));

const smsTrunkFields = {
  enabled: arg.flag(),
  name: arg.required(),
  provider: arg.oneOf(SMS_PROVIDERS),
  national_prefix: arg.optional(),
  description: arg.optional(),
  ...providerFields,
};

const reportWindow = {
  start_date: arg.monthDate(),
  end_date: arg.monthDate(),
  start_time: arg.time(),
  end_time: arg.time(),
  server: arg.optionalId(),
};

const dateDecision = {
  question: 'How do `start_date`/`end_date` (mmm-dd-YYYY) and `start_time`/`end_time` combine?',
  choice:
    'One window from start_date start_time (default 00:00:00) to end_date end_time (default 23:59:59), in UTC. English month abbreviations, any case; an impossible date (Feb-30-2023) or an end before the start is an error (pbxware.md §7 A27).',
};

/** One SMS in `sms.reports.list` (doc 3841-3855). */
export const smsReportItem = z
  .object({
    server: numericString,
    provider: z.string(),
    from: z.string(),
    to: z.string(),
    direction: z.enum(['Inbound', 'Outbound']),
    'date/time': z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    status: z.string(),
    error: z.string(),
    type: z.enum(['SMS', 'MMS']),
  })
  .strict();

/** One campaign in `sms.reports.bulk_list` (doc 3947-3961). */
export const smsBulkItem = z
  .object({
    name: z.string(),
    sent: numericString,
    failed: numericString,
    time_start: z.string(),
    time_end: z.string(),
    from: z.string(),
    csv_file: z.string(),
    status: z.enum(['Active', 'Paused', 'Stopped', 'Completed']),
    message: z.string(),
  })
  .strict();

/** A tenant's SMS trunk (doc 4214-4247): strings, or all null when the tenant has none. */
export const tenantSmsTrunk = z.union([
  z.object({ id: numericString, enabled: z.enum(['0', '1']), name: z.string(), provider: z.string() }).strict(),
  z.object({ id: z.null(), enabled: z.null(), name: z.null(), provider: z.null() }).strict(),
]);

const providerDecision = {
  question: 'Which provider arguments are required?',
  choice:
    'Those marked "Required for <provider>" for the trunk\'s provider (telnyx: api_key, public_key, messaging_profile_id; bandwidth: username, password, user_id, app_id; twilio: account_sid, auth_token; vi: secret, login). Arguments of other providers are ignored.',
};

export const smsContracts = [
  pbxOperation({
    action: 'pbxware.sms.reports.list',
    summary: 'List SMS (keyed by SMS ID)',
    kind: 'read',
    doc: [doc('3741-3857')],
    request: args({
      ...reportWindow,
      direction: arg.optional(),
      from_number: arg.optional(),
      to_number: arg.optional(),
      type: arg.optional(),
    }),
    response: keyedList(smsReportItem),
    errors: ['invalidDate', 'tenantNotFound'],
    decisions: [
      dateDecision,
      {
        question: 'Filter matching.',
        choice:
          '`direction` (Inbound, Outbound) and `type` (SMS, MMS) ignore case, other values are refused; `from_number`/`to_number` match the whole number, with or without its leading +; `server` must be an existing tenant.',
      },
      {
        question: '`provider` is the "Provider Name" and the sample shows "Test Name".',
        choice: 'The name of the SMS trunk the message went through.',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.sms.reports.bulk_list',
    summary: 'List bulk SMS campaigns (keyed by Bulk SMS ID)',
    kind: 'read',
    doc: [doc('3859-3963')],
    request: args({ ...reportWindow, status: arg.optional(), name: arg.optional() }),
    response: keyedList(smsBulkItem),
    errors: ['invalidDate', 'tenantNotFound'],
    decisions: [
      dateDecision,
      { question: 'Which campaigns fall in the window?', choice: 'Those whose `time_start` lies in it.' },
      { question: '`name` is described as "Server ID" (copy error).', choice: 'It is the campaign name; the `name` filter matches it exactly. `status` filters ignore case.' },
      { question: 'Nothing in the API creates bulk campaigns.', choice: 'They come from the fixtures only.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.sms.trunks.list',
    summary: 'List SMS trunks (keyed by SMS Trunk ID)',
    kind: 'read',
    doc: [doc('3989-4016')],
    request: args({}),
    response: keyedList(z.object({ name: z.string(), provider: z.enum(SMS_PROVIDERS) }).strict()),
  }),
  pbxOperation({
    action: 'pbxware.sms.trunks.configuration',
    summary: 'SMS trunk configuration (not wrapped; id and enabled are numbers)',
    kind: 'read',
    doc: [doc('4018-4068')],
    request: args({ id: arg.id() }),
    response: z
      .object({
        id: z.number().int(),
        enabled: z.union([z.literal(0), z.literal(1)]),
        name: z.string(),
        provider: z.enum(SMS_PROVIDERS),
        national_prefix: z.string(),
        description: z.string(),
      })
      .catchall(z.string()),
    errors: ['notFound'],
    decisions: [
      {
        question: '`national_prefix` is sent "without + prefix" but read back as "+49".',
        choice: 'Stored without +, read back with a leading + (empty stays empty); quirk `sms-national-prefix-plus`.',
      },
      { question: 'Which provider fields are shown?', choice: 'Exactly the current provider\'s fields, as sent.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.sms.trunks.add',
    summary: 'Add an SMS trunk',
    kind: 'write',
    doc: [doc('4070-4155')],
    request: args(smsTrunkFields),
    response: z.object({ success: z.string().regex(/^SMS Trunk ID: \d+$/), id: z.number().int() }).strict(),
    errors: ['duplicate'],
    decisions: [
      providerDecision,
      { question: 'Are SMS trunk names unique?', choice: 'Yes: a second SMS trunk with the same name is refused.' },
      { question: '`national_prefix` "(without + prefix)".', choice: 'Digits; a leading + is tolerated and dropped.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.sms.trunks.edit',
    summary: 'Edit an SMS trunk (partial update)',
    kind: 'write',
    doc: [doc('4157-4174')],
    request: args({
      id: arg.id(),
      ...Object.fromEntries(Object.entries(smsTrunkFields).map(([k, v]) => [k, v.optional()])),
    }),
    response: z.object({ success: z.string().regex(/^(Extension|SMS Trunk) ID: \d+$/), id: z.number().int() }).strict(),
    errors: ['notFound', 'duplicate'],
    decisions: [
      providerDecision,
      {
        question: '"In case when value for parameter provider is changed, required fields are all fields for newly selected provider".',
        choice: 'A new provider needs all its fields in the same call; the old provider\'s fields are dropped.',
      },
      {
        question: 'The answer says "Extension ID: 10" (copy error in the document).',
        choice: 'Reproduced by default (quirk `sms-trunk-edit-says-extension`, switchable to "SMS Trunk ID: 10").',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.sms.trunks.delete',
    summary: 'Delete an SMS trunk',
    kind: 'write',
    doc: [doc('4176-4192')],
    request: args({ id: arg.id() }),
    response: z.object({ success: z.string().regex(/^Deleted SMS Trunk ID '\d+' successfully\.$/) }).strict(),
    errors: ['notFound', 'inUse'],
    decisions: [{ question: 'Deleting an SMS trunk a tenant uses.', choice: 'Refused while any tenant is set to it (sms.trunks.tenants.set).' }],
  }),
  pbxOperation({
    action: 'pbxware.sms.trunks.tenants.list',
    summary: 'Every tenant with its SMS trunk (nulls when it has none)',
    kind: 'read',
    doc: [doc('4210-4229')],
    request: args({}),
    response: keyedList(tenantSmsTrunk),
    decisions: [
      {
        question: 'All tenants, or only those with a trunk? (pbxware.md §7 A36)',
        choice: 'Every tenant except Master (in Tenant Mode), with all-null fields when unassigned, as the sample.',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.sms.trunks.tenants.get',
    summary: "A tenant's SMS trunk",
    kind: 'read',
    doc: [doc('4231-4248')],
    request: args({ tenant: arg.id() }),
    response: tenantSmsTrunk,
    errors: ['tenantNotFound'],
    decisions: [{ question: 'A tenant without an SMS trunk.', choice: 'The same object with all-null fields, as in `tenants.list`.' }],
  }),
  pbxOperation({
    action: 'pbxware.sms.trunks.tenants.set',
    summary: "Set (or, without id, clear) a tenant's SMS trunk",
    kind: 'write',
    doc: [doc('4250-4268')],
    request: args({ tenant: arg.id(), id: arg.digits() }),
    response: z.object({ success: z.literal('Success.') }).strict(),
    errors: ['tenantNotFound', 'referenceMissing'],
    decisions: [
      { question: '`id` (SMS Trunk ID) is optional.', choice: 'Without it (or empty/0) the tenant\'s SMS trunk is cleared; otherwise it must exist.' },
      { question: 'Master tenant.', choice: 'Refused in Tenant Mode, as tenants.list does not show it.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.sms.send_message',
    summary: "Send an SMS from the tenant's SMS number",
    kind: 'write',
    doc: [doc('4270-4294')],
    request: args({ server: arg.id(), to_number: arg.required(), body: arg.required() }),
    response: z.object({ success: z.literal('Success.') }).strict(),
    errors: ['tenantNotFound', 'masterTenant', 'referenceMissing'],
    decisions: [
      {
        question: 'Side effects of sending (pbxware.md §7 A32).',
        choice:
          'The tenant must have an enabled SMS trunk (else error). The message is recorded as an Outbound SMS with status COMPLETED, visible in `sms.reports.list` for that tenant, dated by the emulator clock; `from` is the tenant\'s first SMS-enabled DID (with +), or empty.',
      },
      {
        question: '`to_number` "+E164" and `body` "base64 encoded".',
        choice:
          '`to_number` must be + and 2-15 digits (send + as %2B). `body` must be valid base64 of a non-empty text; spaces in it are read as + (a raw + decoded as a space).',
      },
    ],
  }),
];
