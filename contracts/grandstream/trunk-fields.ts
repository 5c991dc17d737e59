import { z } from 'zod';
import { p } from './args.ts';
import { f, type FieldTable } from './config-fields.ts';
import { CODECS } from './extension-fields.ts';

/*
 * Trunk fields. Table C (SIP, doc 1436-1596; defaults from the getSIPTrunk example 1376-1432), Table D
 * (analog, doc 1763-1904; defaults from the getAnalogTrunk example 1822-1866) and Table E (digital, doc
 * 2218-2359; defaults from the getDigitalTrunk example 2259-2282).
 */

const s = z.string();
const int = z.number().int();

/** "ulaw, alaw, … rtx" (doc 1537): a comma list of codecs. */
const codecs = () =>
  p.str().refine(
    (v) => v.split(',').every((c) => (CODECS as readonly string[]).includes(c.trim().toLowerCase())),
    `must be a comma list of ${CODECS.join(', ')}`,
  );

/** dtmfmode: "Null, rfc4733, info, inband, auto" (update table) / "null, rfc2833, …" (get table), example null. */
const dtmfmode = () => z.union([z.custom<null>((v) => v === null || (typeof v === 'string' && v.trim().toLowerCase() === 'null')).transform(() => null), p.choice(['rfc4733', 'rfc2833', 'info', 'inband', 'auto'])]);

export const SIP_TRUNK_FIELDS: FieldTable = {
  allow: { input: codecs(), output: s, default: 'ulaw,alaw,gsm,g726,g729,ilbc' },
  allow_outgoing_calls_if_reg_failed: f.yn('yes'),
  auth_trunk: f.yn('no'),
  authid: f.text(null, 0, 64),
  auto_recording: f.yn('no'),
  cc_agent_policy: f.choice(['native', 'never'], 'never'),
  cc_max_agents: f.int(5, 1, 999),
  cc_max_monitors: f.int(5, 1, 999),
  cc_monitor_policy: f.choice(['native', 'never'], 'never'),
  cidname: f.text(null, 2, 64),
  cidnumber: f.text(null, 2, 64),
  dialin_direct: f.yn('no'),
  did_mode: f.choice(['request-line', 'to-header'], 'request-line'),
  dtmfmode: { input: dtmfmode(), output: s.nullable(), default: null },
  enable_qualify: f.yn('no'),
  encryption: f.choice(['no', 'yes', 'support'], 'no'),
  fax_intelligent_route: f.extra(f.text('no', 0, 64)),
  fax_intelligent_route_destination: f.extra(f.text(null, 0, 64)),
  faxdetect: f.extra(f.yn('no')),
  fromdomain: f.text(null, 0, 60),
  fromuser: f.text(null, 0, 64),
  host: f.text('', 1, 60),
  keepcid: f.yn('no'),
  keeporgcid: f.yn('no'),
  ldap_custom_prefix: f.text(null, 1, 14),
  ldap_default_outrt: f.int(null, 1),
  ldap_default_outrt_prefix: f.text(null, 0, 64),
  ldap_sync_enable: f.yn('no'),
  ldap_sync_passwd: f.text(null, 4, 64, /^\w+$/, 'must be 4-64 letters, digits or _'),
  ldap_sync_port: f.int(null, 1, 65534),
  nat: f.yn('no'),
  need_register: f.yn('no'),
  out_maxchans: f.int(0, 0, 999),
  out_of_service: f.yn('no'),
  outboundproxy: f.text(null, 0, 255, /^[\w.:\-[\]]*$/, 'must be a domain name or IP address'),
  pai_number: f.text(null, 0, 60),
  passthrough_pai: f.yn('yes'),
  qualifyfreq: f.int(60, 1, 3600),
  rmv_obp_from_route: f.yn('no'),
  secret: f.text(null, 0, 64),
  send_ppi: f.yn('no'),
  status: f.ro(s, 'Unmonitored'),
  tel_uri: f.choice(['disabled', 'user_phone', 'enabled'], 'disabled'),
  transport: f.choice(['udp', 'tcp', 'tls'], 'udp'),
  trunk_index: f.ro(int, 0),
  trunk_name: f.text('', 2, 64),
  trunk_type: f.choice(['peer', 'register'], 'peer'),
  uri_sip_or_sips: f.int(0, 0, 1),
  use_dod_as_from_name: f.yn('no'),
  use_dod_in_ppi: f.yn('no'),
  use_for_sfu_conf: f.yn('no'),
  use_origcid_in_ppi: f.yn('no'),
  username: f.text(null, 0, 64),
};

/** Table C's other spellings (get table: `enable_quality`, `use_for_sf_u_conf`, doc 1461, 1501). */
export const SIP_TRUNK_ALIASES = { enable_quality: 'enable_qualify', use_for_sf_u_conf: 'use_for_sfu_conf' };

/** Used ports, "1" or "1,2" (the add example sends the number 2, the get example the string "1"). */
const ports = () =>
  z
    .union([z.number().int().min(1).max(32).transform(String), z.string().trim()])
    .pipe(z.string().regex(/^([1-9]|[12]\d|3[0-2])(,([1-9]|[12]\d|3[0-2]))*$/, 'must be port numbers 1-32, comma separated'));

export const ANALOG_TRUNK_FIELDS: FieldTable = {
  auto_record: f.yn('no'),
  busy: f.text('f1=480@-50,f2=620@-50,c=500/500', 0, 128),
  busycount: f.int(2, 1, 99),
  busydetect: f.yn('yes'),
  callerid: f.ro(s, 'asreceived'),
  chans: { input: ports(), output: s, default: '1' },
  cidmode: f.int(0, 0, 99),
  cidsignalling: f.text('bell', 1, 32),
  cidstart: f.text('ring', 1, 32),
  congestion: f.text('f1=480@-50,f2=620@-50,c=250/250', 0, 128),
  congestioncount: f.int(2, 1, 99),
  congestiondetect: f.yn('yes'),
  countrytone: f.text('us', 1, 32),
  currentdisconnectthreshold: f.int(200, 50, 3000),
  dahdilineselectmode: f.choice(['ascend', 'poll', 'descend'], 'ascend'),
  dialin_direct: f.yn('no'),
  echocancel: f.ro(int, 128),
  enablecurrentdisconnectthreshold: f.yn('yes'),
  fax_gateway: f.yn('no'),
  fax_intelligent_route: f.text('no', 0, 64),
  fax_intelligent_route_destination: f.text(null, 0, 64),
  faxdetect: f.text('incoming', 1, 32),
  fxooutbandcalldialdelay: f.int(0, 0, 3000),
  lectype: f.int(0, 0, 99),
  out_maxchans: f.int(0, 0, 999),
  out_of_service: f.yn('no'),
  polarityonanswerdelay: f.int(600, 100, 2000),
  polarityswitch: f.yn('no'),
  ringtimeout: f.int(8000, 4000, 20000),
  rxgain: f.real(0, -13, 12),
  tmp: f.ro(int, 0),
  trunk_index: f.ro(int, 0),
  trunk_name: f.text('', 1, 64),
  trunkgroup: f.ro(int, 0),
  trunkmode: f.choice(['normal', 'sla'], 'normal'),
  txgain: f.real(0, -13, 12),
  usecallerid: f.yn('yes'),
};

/** Table D's other spellings: `Cidsignaling`, `Dahdlineselectmode`, `out_maxcalls` (doc 1785, 1795, 1886). */
export const ANALOG_TRUNK_ALIASES = { cidsignaling: 'cidsignalling', dahdlineselectmode: 'dahdilineselectmode', out_maxcalls: 'out_maxchans' };

/** SLA settings of an analog trunk in SLA mode (addSLATrunk, doc 2055-2061). */
export const SLA_FIELDS: FieldTable = {
  device: f.text(null, 1, 32, /^DAHDI\/\d{1,2}$/, 'must be a port id such as DAHDI/1'),
  bargeallowed: f.yn('yes'),
  holdaccess: f.choice(['open', 'private'], 'open'),
};

export const DIGITAL_TRUNK_FIELDS: FieldTable = {
  auto_recording: f.yn('no'),
  callerid: f.text(null, 0, 64),
  cidname: f.text(null, 0, 64),
  dahdilineselectmode: f.choice(['ascend', 'poll', 'descend'], 'ascend'),
  dialin_direct: f.yn('no'),
  fax_intelligent_route: f.text('no', 0, 64),
  fax_intelligent_route_destination: f.text(null, 0, 64),
  faxdetect: f.yn('yes'),
  group_index: f.int(1, 0, 999),
  hidecallerid: f.yn('no'),
  keepcid: f.yn('no'),
  out_of_service: f.yn('no'),
  pulsedial: f.yn('no'),
  status: f.ro(s, 'Unavailable'),
  technology: f.hidden(p.choice(['PRI', 'SS7', 'MFC/R2', 'EM', 'EM_W']), 'PRI'),
  trunk_index: f.ro(int, 0),
  trunk_name: f.text('', 1, 64),
};

/** Table E's other spelling: `Dahdilineselectionmode` (add table, doc 2229). */
export const DIGITAL_TRUNK_ALIASES = { dahdilineselectionmode: 'dahdilineselectmode' };
