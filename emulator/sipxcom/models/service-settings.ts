import type { PackContext } from '../../core/pack.ts';
import { readSettings, type SettingDefinition, type SettingsTree } from './settings-tree.ts';

/**
 * The settings trees of the sipxconfig services (DNS, IVR, MWI, MOH, My Buddy, proxy, registrar,
 * REST server, SAA), one `SettingsTree` each, keyed by the first segment of the service's URI. Values
 * live in the one settings mechanism (settings-tree.ts) under the owner `SERVICE_OWNER`.
 *
 * DNS (doc 450) and MOH (doc 1447) are the document's examples, field for field. The document shows
 * no setting of the other services ("foo"/"bar" placeholders): their definitions are modelled on the
 * sipXecs service definitions (log level, ports, feature codes) so that every tree has a few settings
 * of each kind; scenarios never assume these paths on a real system.
 */
export const SERVICE_OWNER = 'system';

/** The system the examples describe (doc 449, 516-523, 1331). */
export const SYSTEM = {
  domain: 'home.mattkeys.net',
  host: 'sipxcom1',
  address: '192.168.1.31',
  /** The primary server (`/dns/advisor/server/1`, doc 516). */
  serverIds: [1],
} as const;

const LOG_LEVELS = {
  DEBUG: 'Debug',
  INFO: 'Info',
  NOTICE: 'Notice',
  WARNING: 'Warning',
  ERR: 'Error',
  CRIT: 'Critical',
  ALERT: 'Alert',
  EMERG: 'Emergency',
};

const logLevel = (path: string, label = 'Log Level'): SettingDefinition => ({
  path,
  type: 'enum',
  options: LOG_LEVELS,
  defaultValue: 'NOTICE',
  label,
  description: 'Amount of detail the service writes to its log file.',
});

const integer = (path: string, value: number, label: string, description: string | null = null): SettingDefinition => ({
  path,
  type: 'integer',
  defaultValue: String(value),
  label,
  description,
});

const forwarder = (n: number, label: string, description: string | null): SettingDefinition => ({
  path: `named-config/forwarders/forwarder_${n}`,
  type: 'string',
  defaultValue: null,
  label,
  description,
});

const unmanaged = (n: number, label: string, description: string | null): SettingDefinition => ({
  path: `sys/unmanaged_servers/unmanaged_${n}`,
  type: 'string',
  defaultValue: null,
  label,
  description,
});

const PRIMARY_DNS = 'DNS server in your company or your ITSP. Can also be a publicly available DNS server like 8.8.8.8.';
const SECONDARY_DNS = 'In the event the primary DNS server is unavailable, system will use this server.';

/** doc 450, in its order; forwarder_0's value "192.168.1.31" is fixture state (fixtures/sipxcom/service-settings.ts). */
const DNS: SettingDefinition[] = [
  forwarder(0, 'Primary External DNS server', PRIMARY_DNS),
  forwarder(1, 'Secondary External DNS server', SECONDARY_DNS),
  forwarder(2, 'Additional External DNS server', null),
  forwarder(3, 'Additional External DNS server', null),
  forwarder(4, 'Additional External DNS server', null),
  {
    path: 'acl/ips',
    type: 'string',
    defaultValue: `${SYSTEM.address},172.16.0.0/12,192.168.0.0/16,10.0.0.0/8,127.0.0.0/8`,
    label: 'Allow Recursion ACL',
    description:
      'Groups of hosts (comma separated values of IP addresses or subnet) allowed to make recursive queries on the nameserver. <br/>Leave empty for allowing all hosts to perform recursive queries on the nameserver.',
  },
  {
    path: 'sys/unmanaged',
    type: 'boolean',
    defaultValue: '0',
    label: 'Unmanaged Service',
    description: 'Company or ITSP DNS servers to resolve ALL names instead of local DNS servers.',
  },
  unmanaged(0, 'Primary Unmanaged DNS server', PRIMARY_DNS),
  unmanaged(1, 'Secondary Unmanaged DNS server', SECONDARY_DNS),
  unmanaged(2, 'Additional Unmanaged DNS server', null),
  unmanaged(3, 'Additional Unmanaged DNS server', null),
];

/** doc 1447. */
const MOH: SettingDefinition[] = [
  {
    path: 'moh-config/MOH_SOURCE',
    type: 'enum',
    options: { FILES_SRC: 'System Music Directory', NONE: 'None', SOUNDCARD_SRC: 'Sound Card' },
    defaultValue: 'FILES_SRC',
    label: 'Music On Hold Source',
    description:
      'Selects the source of the on hold music. If set to <em>System Music Directory</em> the server will play all the music files from the system directory on a continuous rotating basis. Setting it to <em>Sound Card</em> will stream audio from the local sound card. <em>None</em> option will disable music on hold.',
  },
];

const IVR: SettingDefinition[] = [
  logLevel('ivr/log.level'),
  {
    path: 'ivr/audio.format',
    type: 'enum',
    options: { wav: 'WAV', mp3: 'MP3' },
    defaultValue: 'wav',
    label: 'Voicemail audio format',
    description: 'Format voicemail messages are recorded in.',
  },
  integer('ivr/maxMessageLength', 300, 'Maximum message length', 'Longest voicemail message, in seconds.'),
  integer('ivr/httpPort', 8085, 'HTTP port'),
  { path: 'ivr/operatorAddr', type: 'string', defaultValue: 'operator', label: 'Operator address', description: 'Where "0" transfers a caller.' },
];

const MWI: SettingDefinition[] = [
  logLevel('mwi-config/SIP_STATUS_LOG_LEVEL'),
  integer('mwi-config/SIP_STATUS_SIP_PORT', 5110, 'SIP port'),
  integer('mwi-config/SIP_STATUS_HTTP_PORT', 8100, 'HTTP port'),
  integer('mwi-config/SIP_STATUS_MAX_EXPIRES', 86400, 'Maximum subscription expiry', 'Longest time, in seconds, a phone may subscribe for message waiting notices.'),
];

const IMBOT: SettingDefinition[] = [
  logLevel('imbot/log.level'),
  { path: 'imbot/_imbot.paUserName', type: 'string', defaultValue: 'mybuddy', label: 'My Buddy user ID', description: 'XMPP user the My Buddy bot signs in as.' },
  integer('imbot/imbot.httpPort', 8086, 'HTTP port'),
  {
    path: 'imbot/imbot.locale',
    type: 'enum',
    options: { en: 'English', de: 'German', es: 'Spanish', fr: 'French' },
    defaultValue: 'en',
    label: 'Language',
    description: 'Language My Buddy answers in.',
  },
];

const PROXY: SettingDefinition[] = [
  logLevel('proxy-configuration/SIPX_PROXY_LOG_LEVEL'),
  integer('proxy-configuration/SIPX_PROXY_TCP_PORT', 5060, 'TCP port'),
  integer('proxy-configuration/SIPX_PROXY_UDP_PORT', 5060, 'UDP port'),
  integer('proxy-configuration/SIPX_PROXY_TLS_PORT', 5061, 'TLS port'),
  integer('proxy-configuration/SIPX_PROXY_DEFAULT_EXPIRES', 300, 'Default expiration', 'Seconds a transaction is kept when the request names none.'),
  integer('proxy-configuration/SIPX_PROXY_DEFAULT_SERIAL_EXPIRES', 20, 'Serial fork expiration', 'Seconds each branch of a serial fork rings.'),
];

const REGISTRAR: SettingDefinition[] = [
  logLevel('registrar-config/SIP_REGISTRAR_LOG_LEVEL'),
  integer('registrar-config/SIP_REGISTRAR_MIN_EXPIRES_NORMAL', 300, 'Minimum registration expiry'),
  integer('registrar-config/SIP_REGISTRAR_MAX_EXPIRES_NORMAL', 7200, 'Maximum registration expiry'),
  integer('registrar-config/SIP_REGISTRAR_TCP_PORT', 5070, 'TCP port'),
  { path: 'call-pick-up/SIP_REDIRECT.100-PICKUP.DIRECTED_CALL_PICKUP_CODE', type: 'string', defaultValue: '*78', label: 'Directed call pick-up code', description: null },
  { path: 'call-pick-up/SIP_REDIRECT.100-PICKUP.CALL_RETRIEVE_CODE', type: 'string', defaultValue: '*4', label: 'Call retrieve code', description: null },
];

const RESTSERVER: SettingDefinition[] = [
  logLevel('rest-config/log.level'),
  integer('rest-config/httpsPort', 6666, 'HTTPS port', 'Port of the call-control and CDR REST service.'),
  integer('rest-config/extHttpPort', 6667, 'External HTTP port'),
];

const SAA: SettingDefinition[] = [
  logLevel('saa-config/SIP_SAA_LOG_LEVEL'),
  integer('saa-config/SIP_SAA_UDP_PORT', 5170, 'UDP port'),
  integer('saa-config/SIP_SAA_TCP_PORT', 5170, 'TCP port'),
  integer('saa-config/SIP_SAA_SUBSCRIPTION_EXPIRES', 3600, 'Subscription expiry', 'Seconds a shared-line subscription lasts.'),
];

const tree = (key: string, definitions: SettingDefinition[]): SettingsTree => ({ key: `service:${key}`, definitions });

/** The tree of each service, by the first segment of its URI. */
export const SERVICE_TREES: Readonly<Record<string, SettingsTree>> = {
  dns: tree('dns', DNS),
  moh: tree('moh', MOH),
  ivr: tree('ivr', IVR),
  mwi: tree('mwi', MWI),
  imbot: tree('imbot', IMBOT),
  proxy: tree('proxy', PROXY),
  registrar: tree('registrar', REGISTRAR),
  restserver: tree('restserver', RESTSERVER),
  saa: tree('saa', SAA),
};

export function serviceTree(service: string): SettingsTree {
  const found = SERVICE_TREES[service];
  if (!found) throw new Error(`sipxcom: no settings tree for service ${service}`);
  return found;
}

/** The current value of one setting of a service (e.g. DNS `sys/unmanaged`). */
export function serviceSetting(context: Pick<PackContext, 'state'>, service: string, path: string): string | null {
  return readSettings(context, serviceTree(service), SERVICE_OWNER, path)[0].value;
}

/**
 * The DNS advisor's answer for a server (doc 510-523): nothing while sipXcom's own name server holds
 * the records (sys/unmanaged = 0); with unmanaged DNS, the NAPTR and A records the external servers
 * must carry, as zone-file lines.
 */
export function dnsAdvice(context: Pick<PackContext, 'state'>): string {
  if (serviceSetting(context, 'dns', 'sys/unmanaged') !== '1') return '';
  const { domain, host, address } = SYSTEM;
  return [
    ';; Missing naptr records',
    `${domain}. IN NAPTR 2 0 "s" "SIP+D2U" "" _sip._udp`,
    `${domain}. IN NAPTR 1 0 "s" "SIP+D2T" "" _sip._tcp`,
    '',
    ';; Missing a records',
    `${host}.${domain}  IN A ${address}`,
    '',
  ].join('\n');
}
