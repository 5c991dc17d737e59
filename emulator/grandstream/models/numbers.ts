import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/**
 * What a local number is: an extension, a queue, an IVR, a ring group, a paging group. Queue and IVR rows
 * belong to other sections, so they are read by their number wherever it is kept (key, `extension`,
 * or `fields.extension`).
 */
export type NumberKind = 'extension' | 'queue' | 'ivr' | 'ringgroup' | 'paginggroup';

const TABLE_OF: Record<NumberKind, string> = {
  extension: TABLES.extensions,
  queue: TABLES.queues,
  ivr: TABLES.ivrs,
  ringgroup: TABLES.ringGroups,
  paginggroup: TABLES.pagingGroups,
};

type Loose = Record<string, unknown> & { fields?: Record<string, unknown> };

const numberOf = (id: string, row: Loose): string => String(row.extension ?? row.fields?.extension ?? id);

/** The row of `kind` numbered `number`, if any. */
export function findNumber(state: VendorState, kind: NumberKind, number: string): Loose | undefined {
  const table = state.table<Loose>(TABLE_OF[kind]);
  const direct = table.get(number);
  if (direct && numberOf(number, direct) === number) return direct;
  for (const [id, row] of table.entries()) if (numberOf(id, row) === number) return row;
  return undefined;
}

/** A field of a loosely known row (`members`, `queue_name`, `group_name` …). */
export function fieldOf(row: Loose | undefined, name: string): string {
  const value = row?.[name] ?? row?.fields?.[name];
  return value === undefined || value === null ? '' : String(value);
}

/** The kind of a local number, or undefined for an unknown (external) number. */
export function kindOf(state: VendorState, number: string): NumberKind | undefined {
  return (Object.keys(TABLE_OF) as NumberKind[]).find((kind) => findNumber(state, kind, number) !== undefined);
}

/** Extension group (`group-3`) by id or name (playPromptByOrg `extension_group`). */
export function findExtensionGroup(state: VendorState, idOrName: string): Loose | undefined {
  const table = state.table<Loose>(TABLES.extensionGroups);
  return table.get(idOrName) ?? table.find((row) => fieldOf(row, 'group_name') === idOrName || fieldOf(row, 'group_id') === idOrName)?.[1];
}

/** The first SIP trunk (lowest index), for calls to external numbers: its index and name. */
export function firstTrunk(state: VendorState): { index: string; name: string } {
  const entries = state.table<Loose>(TABLES.sipTrunks).entries();
  entries.sort((a, b) => Number(a[0]) - Number(b[0]) || a[0].localeCompare(b[0]));
  const first = entries[0];
  if (!first) return { index: '1', name: '' };
  return { index: first[0], name: fieldOf(first[1], 'trunk_name') };
}
