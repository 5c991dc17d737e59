import type { PackContext } from '../../core/pack.ts';
import { TABLES } from './tables.ts';
import { users } from './users.ts';

/** The phone model catalogue (read-only; `GET /phones/models`). Ids and labels are the emulator's own. */
export const PHONE_MODELS = [
  { modelId: 'polycom335', label: 'Polycom SoundPoint IP 335', vendor: 'Polycom', versions: ['4.0.X', '4.1.X'] },
  { modelId: 'polycomVVX500', label: 'Polycom VVX 500', vendor: 'Polycom', versions: ['4.1.X', '5.0.X'] },
  { modelId: 'yealinkPhoneT46G', label: 'Yealink SIP-T46G', vendor: 'Yealink', versions: ['V72', 'V73'] },
  { modelId: 'ciscospa504g', label: 'Cisco SPA504G', vendor: 'Cisco', versions: null },
  { modelId: 'grandstreamGXP2140', label: 'Grandstream GXP2140', vendor: 'Grandstream', versions: null },
] as const satisfies ReadonlyArray<{ modelId: string; label: string; vendor: string | null; versions: readonly string[] | null }>;

export type PhoneModel = { modelId: string; label: string; vendor: string | null; versions: string[] | null };

export function phoneModel(modelId: string): PhoneModel | undefined {
  const m = PHONE_MODELS.find((x) => x.modelId === modelId);
  return m ? { ...m, versions: m.versions ? [...m.versions] : null } : undefined;
}

export interface LineRow {
  id: number;
  userId: number;
  displayName: string | null;
}

/** A phone (doc 2215-2692): serial = MAC (12 hex digits, lower case). */
export interface PhoneRow {
  id: number;
  serialNo: string;
  description: string | null;
  modelId: string;
  groupIds: number[];
  lines: LineRow[];
  /** How many times a profile was sent (PUT …/sendProfile/restart). */
  profileSent: number;
}

export const phones = (context: Pick<PackContext, 'state'>) => context.state.table<PhoneRow>(TABLES.phones);

export const MAC = /^[0-9a-f]{12}$/;

/** Normalises a serial as sipXcom stores it (lower case, separators dropped); undefined when not a MAC. */
export function normaliseSerial(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const serial = text.trim().toLowerCase().replace(/[:.-]/g, '');
  return MAC.test(serial) ? serial : undefined;
}

/** A phone by internal id or MAC address (doc 2436). */
export function findPhone(context: Pick<PackContext, 'state'>, key: string): PhoneRow | undefined {
  const table = phones(context);
  if (/^\d{1,11}$/.test(key) && table.get(key)) return table.get(key);
  const serial = normaliseSerial(key);
  return serial ? table.values().find((p) => p.serialNo === serial) : undefined;
}

export const REGISTRAR = 'sipxcom.example.org';
export const REGISTRAR_PORT = 5060;

export function lineView(context: Pick<PackContext, 'state'>, line: LineRow) {
  const user = users(context).get(line.userId);
  return {
    id: line.id,
    uri: `"${line.displayName ?? user?.username ?? ''}"<sip:${user?.username ?? ''}@${REGISTRAR}>`,
    user: user?.username ?? '',
    userId: line.userId,
    displayName: line.displayName,
    password: user?.sipPassword ?? '',
    registrationServer: REGISTRAR,
    registrationServerPort: REGISTRAR_PORT,
  };
}

export function phoneView(context: Pick<PackContext, 'state'>, row: PhoneRow) {
  return {
    id: row.id,
    serialNo: row.serialNo,
    description: row.description,
    model: phoneModel(row.modelId) ?? { modelId: row.modelId, label: row.modelId, vendor: null, versions: null },
    lines: row.lines.map((l) => lineView(context, l)),
  };
}
