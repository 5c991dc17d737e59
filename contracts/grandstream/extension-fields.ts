import { z } from 'zod';
import { p, timeType } from './args.ts';

/*
 * Table A: the SIP extension's fields, shared by addSIPAccountAndUser / updateSIPAccount (request,
 * doc 816-1050) and getSIPAccount (`response.extension`, doc 648-729). One row per field: how it is
 * accepted, how it is answered, and its default — the getSIPAccount example's value unless a table
 * states one. Table-driven so add, update, get and the fixtures cannot drift apart.
 */

const ALERT_INFO = ['none', 'ring1', 'ring2', 'ring3', 'ring4', 'ring5', 'ring6', 'ring7', 'ring8', 'ring9', 'ring10', 'Bellcore-dr1', 'Bellcore-dr2', 'Bellcore-dr3', 'Bellcore-dr4', 'Bellcore-dr5', 'custom'] as const;
export const PERMISSIONS = ['internal', 'internal-local', 'internal-local-national', 'internal-local-national-international'] as const;
export const CODECS = ['ulaw', 'alaw', 'gsm', 'g726', 'g722', 'g729', 'h264', 'ilbc', 'g726aal2', 'adpcm', 'g723', 'h263', 'h263p', 'vp8', 'opus', 'h265', 'rtx'] as const;

const yes = 'yes' as const;
const no = 'no' as const;
const s = z.string();
const ns = z.string().nullable();
const ni = z.number().int().nullable();
const int = z.number().int();

const codecList = () =>
  p.str().refine(
    (v) => v.split(',').every((c) => (CODECS as readonly string[]).includes(c.trim().toLowerCase())),
    `must be a comma list of ${CODECS.join(', ')}`,
  );

export interface FieldSpec {
  /** Accepted on add/update; absent for read-only fields. */
  input?: z.ZodType;
  /** Shape in getSIPAccount's `extension{}`. */
  output: z.ZodType;
  default: unknown;
}

const yn = (def: 'yes' | 'no'): FieldSpec => ({ input: p.yesno(), output: s, default: def });
const nyn = (): FieldSpec => ({ input: p.yesno(), output: ns, default: null });
const free = (def: string | null): FieldSpec => ({ input: def === null ? p.nullableStr() : p.str(), output: def === null ? ns : s, default: def });
const tt = (): FieldSpec => ({ input: timeType(), output: int, default: 0 });

const localNetworks = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [`local_network${i + 1}`, free(null)]),
) as Record<string, FieldSpec>;

/** Fields of `response.extension` (and what add/update take), in the example's alphabetical order. */
export const EXTENSION_FIELDS: Record<string, FieldSpec> = {
  account_type: { output: s, default: 'SIP(WebRTC) ' },
  alertinfo: { input: z.union([p.choice(ALERT_INFO), z.null()]), output: ns, default: null },
  allow: { input: codecList(), output: s, default: 'ulaw,alaw,gsm,g726,g722,g729,h264,ilbc' },
  authid: { input: z.union([p.str().pipe(z.string().max(32).regex(/^[^\s,;:?"()<>@[\]={}]*$/, 'has a character authid may not hold')), z.null()]), output: ns, default: null },
  auto_record: { input: p.choice(['all', 'external', 'internal', 'off']), output: s, default: 'off' },
  bypass_outrt_auth: { input: p.choice(['no', 'yes', 'bytime']), output: s, default: 'no' },
  call_waiting: yn(yes),
  callbarging_monitor: free(''),
  cc_agent_policy: { output: s, default: 'never' },
  cc_max_agents: { output: int, default: 1 },
  cc_max_monitors: { output: int, default: 2 },
  cc_monitor_policy: { output: s, default: 'never' },
  cidnumber: free(null),
  custom_autoanswer: yn(no),
  directmedia: yn(no),
  dnd: yn(no),
  dnd_timetype: tt(),
  dndwhitelist: free(''),
  // The enum says rfc4733, the example answers "rfc2833" (doc 672, 835): both accepted (quirk dtmfmode-rfc2833).
  dtmfmode: { input: p.choice(['rfc4733', 'rfc2833', 'info', 'inband', 'auto']), output: s, default: 'rfc2833' },
  emergcidnumber: { input: z.union([p.str().pipe(z.string().regex(/^[0-9A-Za-z]{2,32}$/, 'must be 2-32 alphanumeric characters')), z.null()]), output: ns, default: null },
  en_ringboth: yn(no),
  enable_ldap: yn(yes),
  enable_qualify: yn(no),
  enable_webrtc: yn(yes),
  enablehotdesk: yn(no),
  encryption: { input: p.choice(['no', 'yes', 'support']), output: s, default: 'no' },
  extension: { output: s, default: '' },
  external_number: { input: z.union([p.str().pipe(z.string().regex(/^[0-9A-Za-z+*#-]{0,32}$/, 'must be up to 32 alphanumeric characters or +-*#')), z.null()]), output: ns, default: null },
  fax_gateway: { output: s, default: 'no' },
  faxdetect: yn(no),
  fullname: { output: ns, default: null },
  fwdwhitelist: free(null),
  hasvoicemail: yn(yes),
  ice_support: { output: s, default: 'yes' },
  intranet_ip_filter: { output: s, default: 'no' },
  limitime: { input: p.nullableInt(0, 86400), output: ni, default: null },
  ...localNetworks,
  max_contacts: { input: p.int(1, 10), output: int, default: 1 },
  media_encryption: { output: s, default: 'auto_dtls' },
  missed_call: { output: s, default: 'no' },
  mohsuggest: free('default'),
  nat: yn(yes),
  out_of_service: yn(no),
  permission: { input: p.choice(PERMISSIONS), output: s, default: 'internal' },
  presence_def_script: { output: ns, default: null },
  presence_status: { input: p.choice(['available', 'away', 'chat', 'dnd', 'userdef', 'unavailable']), output: s, default: 'available' },
  qualify: { output: int, default: 1000 },
  qualifyfreq: { input: p.int(1, 3600), output: int, default: 60 },
  ring_timeout: { input: p.nullableInt(3, 600), output: ni, default: null },
  ringboth_timetype: tt(),
  sca_enable: yn(no),
  seamless_transfer_members: free(''),
  secret: free(null),
  sendtofax: nyn(),
  skip_auth_timetype: tt(),
  skip_vmsecret: yn(no),
  specific_ip: free(null),
  strategy_ipacl: { input: p.int(0, 2), output: int, default: 0 },
  t38_udptl: yn(no),
  tel_uri: { input: p.choice(['disabled', 'user_phone', 'enabled']), output: s, default: 'disabled' },
  use_avpf: { output: s, default: 'yes' },
  use_callee_dod_on_fm: yn(no),
  use_callee_dod_on_fwd_rb: yn(no),
  user_outrt_passwd: { input: z.union([p.str().pipe(z.string().regex(/^(\d{4,10})?$/, 'must be 4-10 digits')), z.null()]), output: ns, default: null },
  vmsecret: free(null),
};

/** Spellings the tables and examples use for Table A fields (ucm.md §7.3 #17-18). */
export const EXTENSION_ALIASES: Record<string, string> = {
  local_networkk1: 'local_network1',
  ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`local_network ${i + 1}`, `local_network${i + 1}`])),
  dnd_time_type: 'dnd_timetype',
  skip_auth_time_type: 'skip_auth_timetype',
  custom_auto_answer: 'custom_autoanswer',
  external_numbr: 'external_number',
  user_outrt_password: 'user_outrt_passwd',
  'user_outrt_pas swd': 'user_outrt_passwd',
  presence_settings: 'sip_presence_settings',
};

const destType = () => p.choice(['0', '1', '2', '3', '4', '5', '6', '8']);

/** Table B: one presence-status element (doc 885-920). Timetypes come back as ints, destination types as strings. */
export const presenceInput = z.object({
  presence_status: p.choice(['available', 'away', 'chat', 'dnd', 'userdef', 'unavailable']),
  cfb: p.nullableStr().optional(),
  cfn: p.nullableStr().optional(),
  cfu: p.nullableStr().optional(),
  cfb_timetype: timeType().optional(),
  cfn_timetype: timeType().optional(),
  cfu_timetype: timeType().optional(),
  cfb_destination_type: destType().optional(),
  cfn_destination_type: destType().optional(),
  cfu_destination_type: destType().optional(),
});

export const presenceOutput = z
  .object({
    cfb: ns,
    cfb_destination_type: s,
    cfb_timetype: int,
    cfn: ns,
    cfn_destination_type: s,
    cfn_timetype: int,
    cfu: ns,
    cfu_destination_type: s,
    cfu_timetype: int,
    presence_status: s,
  })
  .strict();

/** Add/update parameters: every writable Table A field, the presence list and the voicemail pair. */
export function extensionParams() {
  const out: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(EXTENSION_FIELDS)) if (spec.input) out[name] = spec.input.optional();
  out.sip_presence_settings = p.jsonArray(presenceInput).optional();
  out.vm_attach = z.union([p.yesno(), z.null()]).optional();
  out.vm_reserve = z.union([p.yesno(), z.null()]).optional();
  return out;
}

export const extensionOutput = z
  .object(Object.fromEntries(Object.entries(EXTENSION_FIELDS).map(([k, v]) => [k, v.output])) as Record<string, z.ZodType>)
  .strict();
