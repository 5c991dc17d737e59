import { EXTENSION_FIELDS } from '../../../contracts/grandstream/extension-fields.ts';
import type { QuirkSettings } from '../../../contracts/core/index.ts';
import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

export type AccountTech = 'SIP' | 'IAX' | 'FXS';

export interface PresenceRow {
  presence_status: string;
  cfb: string | null;
  cfb_destination_type: string;
  cfb_timetype: number;
  cfn: string | null;
  cfn_destination_type: string;
  cfn_timetype: number;
  cfu: string | null;
  cfu_destination_type: string;
  cfu_timetype: number;
}

/**
 * An extension: the Table A fields (stored as getSIPAccount answers them) plus what the UCM keeps
 * beside them. `status`/`addr`/message counts are runtime facts the call simulator changes.
 */
export interface ExtensionRow {
  fields: Record<string, unknown>;
  tech: AccountTech;
  sip_presence_settings: PresenceRow[];
  voicemail: { vm_attach: string | null; vm_reserve: string | null };
  cti_feature_privilege: { active_call: string; callbarge: string; extension_status: string; hangup: string };
  status: 'Idle' | 'InUse' | 'Busy' | 'Unavailable' | 'Ringing' | '';
  addr: string;
  urgmsg: number;
  newmsg: number;
  oldmsg: number;
  wave_privilege_id: string | null;
}

export const extensions = (state: VendorState) => state.table<ExtensionRow>(TABLES.extensions);

/** The five statuses of the getSIPAccount example, in its order (doc 729-786). */
export const PRESENCE_STATUSES = ['available', 'away', 'chat', 'unavailable', 'userdef'] as const;

export function defaultPresence(status: string): PresenceRow {
  return {
    presence_status: status,
    cfb: null,
    cfb_destination_type: '0',
    cfb_timetype: 0,
    cfn: null,
    cfn_destination_type: '0',
    cfn_timetype: 0,
    cfu: null,
    cfu_destination_type: '0',
    cfu_timetype: 0,
  };
}

/** Replaces the presence list by `sent` (the whole list, doc 952), completing missing statuses with defaults. */
export function mergePresence(sent: ReadonlyArray<Partial<PresenceRow> & { presence_status: string }>): PresenceRow[] {
  const byStatus = new Map(sent.map((p) => [p.presence_status, p]));
  const statuses = [...PRESENCE_STATUSES, ...sent.map((p) => p.presence_status).filter((s) => !(PRESENCE_STATUSES as readonly string[]).includes(s))];
  return [...new Set(statuses)].map((status) => {
    const given = byStatus.get(status) ?? {};
    const row = defaultPresence(status);
    for (const key of Object.keys(row) as Array<keyof PresenceRow>) {
      const value = (given as Record<string, unknown>)[key];
      if (value !== undefined) (row as unknown as Record<string, unknown>)[key] = value;
    }
    return row;
  });
}

/** A new extension with Table A's defaults, `changes` applied. */
export function newExtension(extension: string, tech: AccountTech, changes: Record<string, unknown> = {}): ExtensionRow {
  const fields: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(EXTENSION_FIELDS)) fields[name] = spec.default;
  fields.extension = extension;
  fields.cidnumber = extension;
  Object.assign(fields, changes);
  return {
    fields,
    tech,
    sip_presence_settings: PRESENCE_STATUSES.map(defaultPresence),
    voicemail: { vm_attach: null, vm_reserve: null },
    cti_feature_privilege: { active_call: 'no', callbarge: 'no', extension_status: 'no', hangup: 'no' },
    status: 'Unavailable',
    addr: '-',
    urgmsg: 0,
    newmsg: 0,
    oldmsg: 0,
    wave_privilege_id: null,
  };
}

/** `account_type` as listAccount and getSIPAccount answer it (quirk account-type-trailing-space). */
export function accountType(row: ExtensionRow, quirks: QuirkSettings): string {
  if (row.tech !== 'SIP') return row.tech;
  if (row.fields.enable_webrtc !== 'yes') return 'SIP';
  return quirks['account-type-trailing-space'] ? 'SIP(WebRTC) ' : 'SIP(WebRTC)';
}
