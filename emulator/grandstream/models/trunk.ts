import { defaultsOf } from '../../../contracts/grandstream/config-fields.ts';
import { ANALOG_TRUNK_FIELDS, DIGITAL_TRUNK_FIELDS, SIP_TRUNK_FIELDS } from '../../../contracts/grandstream/trunk-fields.ts';
import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/**
 * Trunks (doc 1232-2403): one table per kind, keyed by trunk index, every row holding its Table C/D/E
 * fields as the get actions answer them. SIP, analog and digital trunks share one index counter, so an
 * inbound route's `trunk_index` names exactly one trunk.
 */
export type TrunkKind = 'sip' | 'analog' | 'digital';

export type TrunkRow = Record<string, unknown> & { trunk_index: number; trunk_name: string };

/** An analog trunk in SLA mode also carries these (addSLATrunk, doc 2055-2061). */
export interface SlaSettings {
  device: string | null;
  bargeallowed: string;
  holdaccess: string;
}

export type AnalogTrunkRow = TrunkRow & { sla: SlaSettings | null };

const TABLE_OF: Record<TrunkKind, string> = { sip: TABLES.sipTrunks, analog: TABLES.analogTrunks, digital: TABLES.digitalTrunks };
const FIELDS_OF = { sip: SIP_TRUNK_FIELDS, analog: ANALOG_TRUNK_FIELDS, digital: DIGITAL_TRUNK_FIELDS };

export const TRUNK_INDEX_SEQUENCE = 'trunk_index';

export const trunks = (state: VendorState, kind: TrunkKind) => state.table<TrunkRow>(TABLE_OF[kind]);
export const analogTrunks = (state: VendorState) => state.table<AnalogTrunkRow>(TABLES.analogTrunks);
export const trunkTable = (kind: TrunkKind) => TABLE_OF[kind];

/** A new trunk of `kind` with the documented defaults, the next shared index and `changes` applied. */
export function newTrunk(state: VendorState, kind: TrunkKind, changes: Record<string, unknown>): TrunkRow {
  const index = state.nextId(TRUNK_INDEX_SEQUENCE);
  const row: Record<string, unknown> = { ...defaultsOf(FIELDS_OF[kind]), ...changes, trunk_index: index };
  if (kind === 'analog') Object.assign(row, { trunkgroup: index, tmp: index, sla: null });
  return row as TrunkRow;
}

/** The trunk with this index, whatever its kind. */
export function findTrunk(state: VendorState, index: number | string): { kind: TrunkKind; row: TrunkRow } | undefined {
  for (const kind of ['sip', 'analog', 'digital'] as const) {
    const row = trunks(state, kind).get(String(index));
    if (row) return { kind, row };
  }
  return undefined;
}

/** True when another trunk (any kind) is called `name` ("a unique label to identify the trunk", doc 1496). */
export function trunkNameTaken(state: VendorState, name: string, exceptIndex?: number): boolean {
  return (['sip', 'analog', 'digital'] as const).some((kind) =>
    trunks(state, kind)
      .values()
      .some((t) => t.trunk_name === name && t.trunk_index !== exceptIndex),
  );
}
