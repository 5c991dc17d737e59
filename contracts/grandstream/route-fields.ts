import { z } from 'zod';
import { p } from './args.ts';
import { f, type FieldTable } from './config-fields.ts';

/*
 * Route fields. Table F (outbound, doc 2515-2690; defaults from the getOutboundRoute example 2574-2600)
 * and Table G (inbound, doc 3092-3390; defaults from the list/get examples 2917-3006, 3174-3237).
 */

const s = z.string();
const ns = z.string().nullable();
const int = z.number().int();

/**
 * Route permissions. The tables write "none, Internal, local, national, international" (doc 2524, 3101);
 * the examples answer "none", "internal" and "internal-local-national-international" (doc 2440, 2982),
 * the extension's spelling. Both forms are accepted and kept as sent.
 */
export const ROUTE_PERMISSIONS = [
  'none',
  'internal',
  'local',
  'national',
  'international',
  'internal-local',
  'internal-local-national',
  'internal-local-national-international',
] as const;

/** "All patterns are prefixed by "_" character, but please do not enter more than one "_" at the beginning" (doc 2521). */
export const PATTERN = /^_(?!_)[^,\s][^,]{0,63}$/;
export const patternText = () => p.str().pipe(z.string().trim().regex(PATTERN, 'must start with one "_" (e.g. "_1xxx")'));

export const OUTBOUND_ROUTE_FIELDS: FieldTable = {
  custom_member: f.text(null, 0, 1024),
  default_trunk_index: f.int(0, 1),
  enable_wlist: f.yn('no'),
  limitime: f.text(null, 0, 64),
  members: f.text(null, 0, 4096, /^[\w-]+(,[\w-]+)*$|^$/, 'must be extension numbers or group ids separated by commas'),
  out_of_service: f.yn('no'),
  outbound_rt_index: f.ro(int, 0),
  outbound_rt_name: f.text('', 2, 24, /^[A-Za-z0-9_.-]+$/, 'must be 2-24 letters, digits or _-.'),
  password: f.text(null, 4, 10, /^\d+$/, 'must be 4-10 digits'),
  permission: f.choice(ROUTE_PERMISSIONS, 'none'),
  pin_sets_id: f.text(null, 1, 64),
  prepend: f.text(null, 0, 20, /^[A-Za-z0-9+_*#]*$/, 'must be up to 20 letters, digits or +_*#'),
  strip: f.int(0, 0, 32),
  time_mode: f.int(0, 0, 9),
};

/** One element of `pattern` as add/update take it (`[{"match": "_1xxx"}]`) or a bare string. */
export const patternInput = z.union([z.object({ match: patternText(), allow: p.nullableStr().optional(), strip_prefix: p.nullableStr().optional() }), patternText().transform((match) => ({ match }))]);

export const patternOutput = z.object({ allow: ns, match: s, outbound_rt_index: int, strip_prefix: ns }).strict();

/** One failover trunk (doc 2626-2628). */
export const failoverInput = z.object({
  failover_trunk_index: p.int(1),
  failover_strip: p.int(0, 32).optional(),
  failover_prepend: p.nullableStr().optional(),
  failover_trunk_sequence: p.int(1, 99).optional(),
});

export const failoverOutput = z
  .object({ failover_prepend: ns, failover_strip: int, failover_trunk_index: int, failover_trunk_sequence: int, outbound_rt_index: int })
  .strict();

/** Default destinations of an inbound route (Table G, doc 3114-3129). */
export const INBOUND_DESTINATIONS = [
  'account',
  'voicemail',
  'conference',
  'vmgroup',
  'ivr',
  'ringgroup',
  'queue',
  'paginggroup',
  'fax',
  'disa',
  'directory',
  'external_number',
  'callback',
  'announcement',
  'multimedia_conference',
] as const;

const dest = () => f.text(null, 0, 64);

export const INBOUND_ROUTE_FIELDS: FieldTable = {
  account: dest(),
  accout_voicemail_out_of_service: f.yn('no'),
  alertinfo: f.text(null, 0, 64),
  announcement: dest(),
  blocking_did_collect_calls: f.yn('no'),
  callback: dest(),
  conference: dest(),
  destination_type: f.choice(['byDID', ...INBOUND_DESTINATIONS], 'byDID'),
  dialdirect: f.yn('no'),
  did_pattern_allow: f.text('', 0, 1024),
  did_pattern_match: f.ro(s, '_'),
  did_strip: f.int(0, 0, 64),
  directory: dest(),
  disa: dest(),
  en_multi_mode: f.yn('no'),
  enable_fax_detect: f.yn('no'),
  enable_inbound_muti_mode: f.yn('no'),
  enable_wlist: f.hidden(p.yesno(), 'no'),
  external_number: dest(),
  fax: dest(),
  fax_intelligent_route: f.text('email', 0, 64),
  fax_intelligent_route_destination: f.text(null, 0, 64),
  inbound_mode: f.int(0, 0, 99),
  inbound_muti_mode: f.int(0, 0, 99),
  inbound_rt_index: f.ro(int, 0),
  inbound_suffix: f.text(null, 0, 32),
  incoming_prepend: f.text(null, 0, 32),
  ivr: dest(),
  multimedia_conference: dest(),
  out_of_service: f.yn('no'),
  paginggroup: dest(),
  permission: f.choice(ROUTE_PERMISSIONS, 'internal-local-national-international'),
  prepend_inbound_name: f.text(null, 0, 64),
  prepend_inbound_name_enable: { input: z.union([z.null(), p.yesno()]), output: ns, default: null },
  prepend_trunk_name: f.yn('no'),
  queue: dest(),
  ringgroup: dest(),
  seamless_transfer_did_whitelist: f.extra(f.text('', 0, 1024)),
  set_callerid_enable: f.yn('no'),
  set_callerid_name: f.text('${CALLERID(name)}', 0, 128),
  set_callerid_number: f.text('${CALLERID(num)}', 0, 128),
  trunk_index: f.ro(int, 0),
  vmgroup: dest(),
  voicemail: dest(),
};

/**
 * Table G's other spellings (doc 3100-3111, 3250-3252): the tables say `inbound_multi_mode`,
 * `enable_inbound_multi_mode`, `set_callerid_enabled`, `prepend`; the examples and answers
 * `inbound_muti_mode`, `enable_inbound_muti_mode`, `set_callerid_enable`, `incoming_prepend`.
 */
export const INBOUND_ROUTE_ALIASES = {
  inbound_multi_mode: 'inbound_muti_mode',
  enable_inbound_multi_mode: 'enable_inbound_muti_mode',
  set_callerid_enabled: 'set_callerid_enable',
  prepend: 'incoming_prepend',
  'seamless_transfer _did_whitelist': 'seamless_transfer_did_whitelist',
};

/** "Allowed DID Destination" flags (doc 3135-3145, 3284-3295), answered as `inbound_did_destination{}`. */
export const DID_DESTINATIONS = ['dial_trunk', 'ext_conference', 'ext_directory', 'ext_fax', 'ext_group', 'ext_local', 'ext_multimedia_conference', 'ext_paging', 'ext_queues', 'voicemailgroups', 'voicemenus'] as const;

/** A time-condition row of `members[]` (list example doc 2947-2978): every value a string or null. */
export const INBOUND_MEMBER_KEYS = [
  'account',
  'announcement',
  'callback',
  'conference',
  'destination_type',
  'did_strip',
  'directory',
  'disa',
  'en_multi_mode',
  'end_hour',
  'end_min',
  'external_number',
  'fax',
  'inbound_mode',
  'ivr',
  'mode',
  'multimedia_conference',
  'paginggroup',
  'queue',
  'ringgroup',
  'sequence',
  'start_hour',
  'start_min',
  'tc',
  'timetype',
  'vmgroup',
  'voicemail',
] as const;

export const inboundMemberOutput = z
  .object(Object.fromEntries(INBOUND_MEMBER_KEYS.map((k) => [k, k === 'did_strip' ? int : ns])) as Record<string, z.ZodType>)
  .strict();
