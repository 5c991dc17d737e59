import type { VendorState } from '../../core/store.ts';
import { fail } from '../call.ts';

/**
 * Dialable numbers are unique within a tenant across every kind of destination that has one
 * (pbxware.md §7 A13). Each table below stores rows with `server` and the named number field.
 */
const NUMBER_OWNERS: ReadonlyArray<{ table: string; field: string; label: string }> = [
  { table: 'extensions', field: 'ext', label: 'extension' },
  { table: 'ivrs', field: 'ext', label: 'IVR' },
  { table: 'ring_groups', field: 'ext', label: 'ring group' },
  { table: 'ergs', field: 'number', label: 'ERG' },
  { table: 'paging_groups', field: 'number', label: 'paging group' },
];

export interface NumberOwner {
  label: string;
  table: string;
  id: string;
}

/** Who holds `number` in tenant `server`, ignoring the row `self` (the one being edited). */
export function numberOwner(
  state: VendorState,
  server: string,
  number: string,
  self?: { table: string; id: string },
): NumberOwner | undefined {
  for (const owner of NUMBER_OWNERS) {
    const hit = state
      .table<Record<string, unknown>>(owner.table)
      .find((row, id) => row.server === server && String(row[owner.field]) === number && !(self?.table === owner.table && self.id === id));
    if (hit) return { label: owner.label, table: owner.table, id: hit[0] };
  }
  return undefined;
}

/** Refuses a number already used in the tenant, the way a real PBXware says it is "reserved by …". */
export function assertNumberFree(
  state: VendorState,
  server: string,
  number: string,
  self?: { table: string; id: string },
): void {
  const owner = numberOwner(state, server, number, self);
  if (owner) fail('duplicate', `Number ${number} is already reserved by ${owner.label} ID ${owner.id}.`);
}

/** Every number held in tenant `server`, gathered in one pass over the owning tables. */
export function numbersInUse(state: VendorState, server: string): Set<string> {
  const used = new Set<string>();
  for (const owner of NUMBER_OWNERS) {
    for (const row of state.table<Record<string, unknown>>(owner.table).values()) {
      if (row.server === server) used.add(String(row[owner.field]));
    }
  }
  return used;
}

/** The lowest number from `from` to `to` that nobody in the tenant holds, or undefined when all are taken. */
export function lowestFreeNumber(state: VendorState, server: string, from: number, to = Number.MAX_SAFE_INTEGER): string | undefined {
  const used = numbersInUse(state, server);
  for (let n = from; n <= to; n++) if (!used.has(String(n))) return String(n);
  return undefined;
}
