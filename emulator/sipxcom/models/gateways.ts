import type { PackContext } from '../../core/pack.ts';
import { branches } from './branches.ts';
import { dropSettingsOf, type SettingDefinition } from './settings-tree.ts';
import type { SettingsTree } from './settings-tree.ts';
import { TABLES } from './tables.ts';

type State = Pick<PackContext, 'state'>;

const AUDIOCODES_VERSIONS = ['audiocodes6.0', 'audiocodes5.8', 'audiocodes5.6', 'audiocodes5.4', 'audiocodes5.2', 'audiocodes5.0'];

/** Port families: FXO lines or digital trunks (PRI/BRI); `ports` is how many a gateway of the model has. */
type PortFamily = 'fxo' | 'trunk';

interface GatewayModelEntry {
  modelId: string;
  label: string;
  vendor: string | null;
  versions: string[] | null;
  /** Which settings tree the gateway has (none for unmanaged gateways). */
  settings: 'sip-trunk' | 'audiocodes' | null;
  ports: number;
  portFamily: PortFamily | null;
}

const audiocodes = (modelId: string, label: string, ports: number, portFamily: PortFamily): GatewayModelEntry => ({
  modelId,
  label,
  vendor: 'AudioCodes',
  versions: AUDIOCODES_VERSIONS,
  settings: 'audiocodes',
  ports,
  portFamily,
});

/** The gateway model catalogue, as GET /gateways/models prints it (doc 1019), in its order. */
export const GATEWAY_MODELS: readonly GatewayModelEntry[] = [
  { modelId: 'acmeGatewayStandard', label: 'Acme 1000', vendor: 'acme', versions: null, settings: null, ports: 0, portFamily: null },
  audiocodes('audiocodesMP1X4_4_FXO', 'AudioCodes MP114 FXO', 4, 'fxo'),
  audiocodes('audiocodesMP1X8_8_FXO', 'AudioCodes MP118 FXO', 8, 'fxo'),
  audiocodes('audiocodesMediant1000', 'AudioCodes Mediant 1000 PRI', 4, 'trunk'),
  audiocodes('audiocodesMediant2000', 'AudioCodes Mediant 2000 PRI', 16, 'trunk'),
  audiocodes('audiocodesMediant3000', 'AudioCodes Mediant 3000 PRI', 16, 'trunk'),
  audiocodes('audiocodesMediantBRI', 'AudioCodes Mediant 1000 BRI', 4, 'trunk'),
  audiocodes('audiocodesTP260', 'AudioCodes TP260', 8, 'trunk'),
  { modelId: 'genericGatewayStandard', label: 'Unmanaged gateway', vendor: null, versions: null, settings: null, ports: 0, portFamily: null },
  { modelId: 'sipTrunkStandard', label: 'SIP trunk', vendor: null, versions: null, settings: 'sip-trunk', ports: 0, portFamily: null },
];

export const gatewayModelEntry = (modelId: string) => GATEWAY_MODELS.find((m) => m.modelId === modelId);

export const gatewayModelView = (m: GatewayModelEntry) => ({ modelId: m.modelId, label: m.label, vendor: m.vendor, versions: m.versions ? [...m.versions] : null });

export interface CallerAliasRow {
  defaultCallerAlias: string | null;
  anonymous: boolean;
  ignoreUserInfo: boolean;
  transformUserExtension: boolean;
  addPrefix: string | null;
  keepDigits: number;
  displayName: string | null;
  urlParameters: string | null;
}

/** A gateway (doc 901-1071); `id` is the one the create named (POST /gateways/{gatewayId}). */
export interface GatewayRow {
  id: number;
  name: string;
  serialNo: string | null;
  deviceVersion: string | null;
  description: string | null;
  modelId: string;
  enabled: boolean;
  address: string | null;
  addressPort: number;
  outboundAddress: string | null;
  outboundPort: number;
  addressTransport: string;
  prefix: string | null;
  shared: boolean;
  useInternalBridge: boolean;
  branchId: number | null;
  callerAliasInfo: CallerAliasRow;
}

export const gateways = (context: State) => context.state.table<GatewayRow>(TABLES.gateways);

export function gatewayView(context: State, row: GatewayRow) {
  const branch = row.branchId === null ? undefined : branches(context).get(row.branchId);
  const model = gatewayModelEntry(row.modelId);
  return {
    id: row.id,
    name: row.name,
    serialNo: row.serialNo,
    deviceVersion: row.deviceVersion,
    description: row.description,
    model: model ? gatewayModelView(model) : { modelId: row.modelId, label: row.modelId, vendor: null, versions: null },
    enabled: row.enabled,
    address: row.address,
    addressPort: row.addressPort,
    outboundAddress: row.outboundAddress,
    outboundPort: row.outboundPort,
    addressTransport: row.addressTransport,
    prefix: row.prefix,
    shared: row.shared,
    useInternalBridge: row.useInternalBridge,
    branch: branch ? { id: branch.id, name: branch.name } : null,
    callerAliasInfo: { ...row.callerAliasInfo },
  };
}

// ---- settings trees -------------------------------------------------------------------------------

const d = (path: string, type: string, defaultValue: string | null = null, extra: Partial<SettingDefinition> = {}): SettingDefinition => ({
  path,
  type,
  defaultValue,
  ...extra,
});
const options = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, null]));

/** The SIP trunk's settings as the example prints them (doc 1118): paths, types, options, defaults. */
function sipTrunkDefinitions(row: GatewayRow): SettingDefinition[] {
  const a = (name: string, type: string, def: string | null = null, extra: Partial<SettingDefinition> = {}) => d(`itsp-account/${name}`, type, def, extra);
  return [
    a('user-name', 'string'),
    a('authentication-user-name', 'string'),
    a('password', 'string'),
    a('register-on-initialization', 'boolean', 'false'),
    a('itsp-proxy-address', 'string', row.address),
    a('use-global-addressing', 'boolean', 'true'),
    a('strip-private-headers', 'boolean', 'false'),
    a('default-asserted-identity', 'boolean', 'true'),
    a('asserted-identity', 'string'),
    a('is-from-itsp', 'boolean'),
    a('default-preferred-identity', 'boolean', 'false'),
    a('preferred-identity', 'string'),
    a('is-user-phone', 'boolean', 'true'),
    a('itsp-registrar-address', 'string'),
    a('itsp-registrar-listening-port', 'integer'),
    a('registration-interval', 'integer', '600'),
    a('sip-session-timer-interval-seconds', 'integer', '1800'),
    a('sip-keepalive-method', 'enum', 'CR-LF', { options: options('CR-LF', 'NONE') }),
    a('rtp-keepalive-method', 'enum', 'NONE', { options: options('REPLAY-LAST-SENT-PACKET', 'USE-DUMMY-RTP-PAYLOAD', 'USE-EMPTY-PACKET', 'NONE') }),
    a('route-by-to-header', 'boolean', 'false'),
    a('always-relay-media', 'boolean', 'true'),
  ];
}

/** AudioCodes gateway settings: the emulator's own short tree (the document prints none). */
const AUDIOCODES_DEFINITIONS: SettingDefinition[] = [
  d('Network/NTPServerIP', 'string', null, { label: 'NTP server' }),
  d('Network/DNSPriServerIP', 'string', null, { label: 'Primary DNS server' }),
  d('SIP_general/SIPTransportType', 'enum', 'UDP', { options: { UDP: 'UDP', TCP: 'TCP', TLS: 'TLS' }, label: 'SIP transport' }),
  d('SIP_coders/CoderName_1', 'enum', 'g711Ulaw64k', {
    options: { g711Ulaw64k: 'G.711 u-law', g711Alaw64k: 'G.711 A-law', g729: 'G.729', g723: 'G.723.1' },
    label: 'First coder',
  }),
  d('advanced_general/EnableSyslog', 'boolean', '0', { label: 'Send syslog' }),
];

/** The settings of a gateway: its model's tree (SIP trunk booleans are written "true"/"false", doc 1118). */
export function gatewayTree(row: GatewayRow): SettingsTree {
  const model = gatewayModelEntry(row.modelId);
  if (model?.settings === 'sip-trunk') return { key: 'gateway:sip-trunk', definitions: sipTrunkDefinitions(row), booleans: 'true-false' };
  if (model?.settings === 'audiocodes') return { key: 'gateway:audiocodes', definitions: AUDIOCODES_DEFINITIONS, booleans: '0-1' };
  return { key: 'gateway:none', definitions: [], booleans: '0-1' };
}

const PORT_DEFINITIONS: Record<PortFamily, SettingDefinition[]> = {
  fxo: [
    d('fxo-line/extension', 'string', null, { label: 'Extension the line rings' }),
    d('fxo-line/caller-id-enabled', 'boolean', '1', { label: 'Caller ID' }),
    d('fxo-line/disconnect-on-busy-tone', 'boolean', '1', { label: 'Disconnect on busy tone' }),
    d('fxo-line/rings-before-answer', 'integer', '2', { label: 'Rings before answer' }),
  ],
  trunk: [
    d('trunk/protocol-type', 'enum', 'T1_NI2_ISDN', {
      options: { T1_NI2_ISDN: 'T1 NI-2 ISDN', T1_DMS100_ISDN: 'T1 DMS-100 ISDN', E1_EURO_ISDN: 'E1 Euro ISDN', BRI_EURO_ISDN: 'BRI Euro ISDN' },
      label: 'Protocol',
    }),
    d('trunk/line-code', 'enum', 'B8ZS', { options: { B8ZS: 'B8ZS', AMI: 'AMI', HDB3: 'HDB3' }, label: 'Line code' }),
    d('trunk/framing', 'enum', 'ESF', { options: { ESF: 'Extended super frame', SF: 'Super frame', CRC4: 'E1 CRC-4 multiframe' }, label: 'Framing' }),
    d('trunk/clock-master', 'boolean', '0', { label: 'Clock master' }),
  ],
};

/** The ports of a gateway: 1..n by model (none for SIP trunks and unmanaged gateways). */
export function gatewayPortIds(row: GatewayRow): number[] {
  const n = gatewayModelEntry(row.modelId)?.ports ?? 0;
  return Array.from({ length: n }, (_, i) => i + 1);
}

export function portTree(row: GatewayRow): SettingsTree {
  const family = gatewayModelEntry(row.modelId)?.portFamily ?? 'fxo';
  return { key: `gateway-port:${family}`, definitions: PORT_DEFINITIONS[family], booleans: '0-1' };
}

export const portOwner = (gatewayId: number, portId: number) => `${gatewayId}:${portId}`;

/** Forgets a gateway's settings and its ports' (on delete). */
export function dropGatewaySettings(context: State, row: GatewayRow): void {
  dropSettingsOf(context, gatewayTree(row), row.id);
  for (const port of gatewayPortIds(row)) dropSettingsOf(context, portTree(row), portOwner(row.id, port));
}
