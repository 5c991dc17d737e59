import { z } from 'zod';
import { p } from './args.ts';
import type { FieldSpec } from './extension-fields.ts';

/*
 * Table H: a call queue's fields, shared by addQueue / updateQueue (request, doc 5160-5272, 5043-5158)
 * and getQueue (`response.queue`, doc 4854-4960). One row per field: how it is accepted, how it is
 * answered, and its default — the getQueue example's value. The fields only the example shows
 * (createid, tmp, tmp2, hasvoicemail …) are answered and never written.
 */

/** Alert-info values (doc 5003): the same list as the extension's. */
export const ALERT_INFO = ['none', 'ring1', 'ring2', 'ring3', 'ring4', 'ring5', 'ring6', 'ring7', 'ring8', 'ring9', 'ring10', 'Bellcore-dr1', 'Bellcore-dr2', 'Bellcore-dr3', 'Bellcore-dr4', 'Bellcore-dr5', 'custom'] as const;

export const QUEUE_STRATEGIES = ['ringall', 'linear', 'leastrecent', 'fewestcalls', 'random', 'memory'] as const;

/** Destination kinds of the timeout (`_t`), prompt-cycle (`_v`) and failover (`_el`) destinations; "hangup" is the example's (doc 4871). */
const DESTINATIONS = ['playsound', 'account', 'voicemail', 'queue', 'ringgroup', 'vmgroup', 'ivr', 'external_number', 'hangup'] as const;
/** The destination-value fields each of those three families has (doc 5011-5040). */
const DESTINATION_VALUES = ['account', 'announcement', 'directory', 'external_number', 'ivr', 'queue_dest', 'ringgroup', 'vm_extension', 'vmgroup'] as const;

const s = z.string();
const ns = z.string().nullable();
const int = z.number().int();

const yn = (def: 'yes' | 'no'): FieldSpec => ({ input: p.yesno(), output: s, default: def });
const free = (def: string | null): FieldSpec => ({ input: def === null ? p.nullableStr() : p.str(), output: def === null ? ns : s, default: def });
const num = (def: number, min = 0, max = 100_000): FieldSpec => ({ input: p.int(min, max), output: int, default: def });
const choice = <const T extends readonly [string, ...string[]]>(values: T, def: T[number]): FieldSpec => ({ input: p.choice(values), output: s, default: def });
const readOnly = (def: string | null): FieldSpec => ({ output: def === null ? ns : s, default: def });

const destinationValues: Record<string, FieldSpec> = {};
for (const field of DESTINATION_VALUES) {
  destinationValues[field] = readOnly(null);
  for (const suffix of ['_el', '_t', '_v']) destinationValues[`${field}${suffix}`] = free(null);
}

/** Fields of `response.queue` (and what add/update take), in the example's alphabetical order. */
export const QUEUE_FIELDS: Record<string, FieldSpec> = {
  ...destinationValues,
  alertinfo: { input: z.union([p.choice(ALERT_INFO), z.null()]), output: ns, default: null },
  announce_frequency: num(20, 0, 3600),
  announce_holdtime: yn('no'),
  announce_position: yn('no'),
  auto_record: choice(['all', 'external', 'internal', 'off'], 'off'),
  autofill: yn('yes'),
  createid: readOnly('0'),
  custom_dates: free(null),
  custom_months: free(null),
  custom_prompt: free(null),
  custom_welcome_prompt: free(null),
  destination_type: readOnly('voicemail'),
  destination_type_el: choice(DESTINATIONS, 'playsound'),
  destination_type_t: choice(DESTINATIONS, 'hangup'),
  destination_type_v: choice(DESTINATIONS, 'account'),
  destination_voice_enable: yn('no'),
  email: readOnly(null),
  enable_agent_login: yn('no'),
  enable_destination: readOnly('D'),
  enable_feature: yn('no'),
  enable_welcome: yn('no'),
  extension: { output: s, default: '' },
  hasvoicemail: readOnly('no'),
  joinempty: choice(['yes', 'no', 'strict'], 'no'),
  leavewhenempty: choice(['yes', 'no', 'strict'], 'strict'),
  maxlen: num(0),
  members: free(null),
  musicclass: free('default'),
  pagingtype: choice(['once', 'daily', 'week', 'month'], 'once'),
  permission: readOnly('internal'),
  pin: free(null),
  queue_chairman: readOnly(null),
  queue_chairmans: free(null),
  queue_name: free(''),
  queue_timeout: num(60, 0, 100_000),
  queuesasvm: readOnly('no'),
  replace_caller_id: yn('no'),
  reporholdtime: yn('no'),
  retry: num(5, 1, 3600),
  ringtime: num(30, 5, 3600),
  schedule_clean_enable: choice(['yes', 'no', 'once', 'daily', 'week', 'month'], 'no'),
  starttime: free(null),
  strategy: choice(QUEUE_STRATEGIES, 'ringall'),
  tmp: readOnly(null),
  tmp2: { output: s, default: '' },
  vmsecret: readOnly(null),
  voice_prompt_time: num(60, 20, 200),
  vq_callback_enable_timeout: yn('no'),
  vq_callback_timeout: num(60, 0, 100_000),
  vq_mode: choice(['periodic', 'dtmf', 'timeout', 'yes', 'no'], 'periodic'),
  vq_outprefix: free(null),
  vq_periodic: num(20, 0, 100_000),
  vq_switch: yn('no'),
  waittime: readOnly(null),
  week_date: free(null),
  wrapuptime: num(10, 0, 3600),
};

/** Other spellings of Table H (doc 4999 `reportholdtime` vs the example's `reporholdtime`; `schedule_clear_enable` vs `schedule_clean_enable`). */
export const QUEUE_ALIASES: Record<string, string> = {
  reportholdtime: 'reporholdtime',
  schedule_clear_enable: 'schedule_clean_enable',
};

/** Accepted by addQueue only; stored, not answered by getQueue (its example does not show them, doc 5266-5271). */
export const QUEUE_ADD_ONLY = {
  notification_prompt: p.nullableStr().optional(),
  notification_frequency: p.int(20, 600).optional(),
  enable_vq_notification: p.yesno().optional(),
};

/** Writable fields as optional request parameters. */
export function queueParams(): Record<string, z.ZodType> {
  const out: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(QUEUE_FIELDS)) if (spec.input) out[name] = spec.input.optional();
  return out;
}

export const queueOutput = z
  .object(Object.fromEntries(Object.entries(QUEUE_FIELDS).map(([k, v]) => [k, v.output])) as Record<string, z.ZodType>)
  .strict();
