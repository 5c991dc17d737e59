import type { PackContext } from '../../core/pack.ts';
import type { VendorState } from '../../core/store.ts';

/** CDR call status codes and the text the `Status` column shows (doc 5963-5967). */
export const CDR_STATUS = { 8: 'Answered', 4: 'Unanswered', 2: 'Busy', 1: 'Failed' } as const;
export type CdrStatus = keyof typeof CDR_STATUS;

/**
 * One call detail record. Keyed by its Unique ID (`"1368458822.12"`, doc 6053): the Asterisk form
 * `<epoch of channel creation>.<channel counter>`. The answering leg of the call has the next counter
 * (`.13`), so `cdr.mos` can list both channels of one Linked ID (doc 6139-6163).
 */
export interface CdrRecord {
  id: string;
  /** Tenant ID. */
  server: string;
  /** Start of the call, Unix epoch seconds. */
  start: number;
  /** `From`/`To` as shown: `"Name (ext)"` for an extension, the bare number otherwise (doc 6043-6068). */
  from: string;
  to: string;
  /** Extension numbers on either side (`''` when that side is not an extension): `ext`/`extdst` filters. */
  srcExt: string;
  dstExt: string;
  /** Trunk IDs on either side (`''` when that side is not a trunk): `trunk`/`trunkdst` filters. */
  srcTrunk: string;
  dstTrunk: string;
  /** Total duration and rated (billed) duration, seconds. */
  duration: number;
  billsec: number;
  /** Rating cost of the call. */
  cost: number;
  status: CdrStatus;
  /** Archived recording path, `''` when the call was not recorded. */
  recording: string;
  location: 'Local' | 'Remote';
  /** Mean opinion score; 0 = no MOS data (doc 6010). */
  mos: number;
}

export const CDR_TABLE = 'cdrs';
/** Channel counter sequence: each CDR takes two numbers (caller leg, answering leg). */
export const CDR_CHANNEL_SEQUENCE = 'cdr-channel';

export const cdrs = (state: VendorState) => state.table<CdrRecord>(CDR_TABLE);

/** The answering leg's Unique ID of a CDR (same epoch, next channel counter). */
export function answeringLegId(cdr: CdrRecord): string {
  const [epoch, counter] = cdr.id.split('.');
  return `${epoch}.${Number(counter) + 1}`;
}

/** Finds the CDR a channel Unique ID belongs to: its own id, or the caller leg of an answering leg. */
export function cdrOfChannel(state: VendorState, uniqueid: string): CdrRecord | undefined {
  const own = cdrs(state).get(uniqueid);
  if (own) return own;
  const match = /^(\d+)\.(\d+)$/.exec(uniqueid);
  if (!match) return undefined;
  const caller = cdrs(state).get(`${match[1]}.${Number(match[2]) - 1}`);
  return caller && answeringLegId(caller) === uniqueid ? caller : undefined;
}

/**
 * Appends a CDR. Ids come from the channel sequence, so the index cache below sees the change.
 * CDRs are stored in time order; one older than the newest forces the index to re-sort.
 */
export function addCdr(state: VendorState, record: Omit<CdrRecord, 'id'>): CdrRecord {
  const counter = state.nextId(CDR_CHANNEL_SEQUENCE);
  state.nextId(CDR_CHANNEL_SEQUENCE); // the answering leg's channel number
  const row: CdrRecord = { id: `${record.start}.${counter}`, ...record };
  return cdrs(state).set(row.id, row);
}

interface CdrIndexCache {
  version: number;
  sorted: CdrRecord[];
}

const indexCache = new WeakMap<object, CdrIndexCache>();

/**
 * All CDRs sorted by start time (then Unique ID), cached per table object and channel sequence value:
 * reading 100,000 rows out of the table on every request would cost more than answering it.
 * A reset or a loaded snapshot brings a new table object; `addCdr` moves the sequence.
 */
export function cdrIndex(context: PackContext): CdrRecord[] {
  const data = context.store.data.vendors[context.vendor];
  const rows = data?.tables[CDR_TABLE] as Record<string, CdrRecord> | undefined;
  if (!rows) return [];
  const version = data.sequences[CDR_CHANNEL_SEQUENCE] ?? 0;
  const cached = indexCache.get(rows);
  if (cached && cached.version === version) return cached.sorted;
  const sorted = Object.values(rows);
  if (!isSorted(sorted)) sorted.sort(compareCdr);
  indexCache.set(rows, { version, sorted });
  return sorted;
}

function compareCdr(a: CdrRecord, b: CdrRecord): number {
  return a.start - b.start || Number(a.id.split('.')[1]) - Number(b.id.split('.')[1]);
}

function isSorted(rows: CdrRecord[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i - 1].start > rows[i].start) return false;
  return true;
}

/** Index of the first CDR starting at or after `epoch` (binary search over the sorted index). */
export function firstAtOrAfter(sorted: readonly CdrRecord[], epoch: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].start < epoch) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The CDRs whose start lies in `[from, to]` (epoch seconds, inclusive), as an index range. */
export function cdrWindow(sorted: readonly CdrRecord[], from: number, to: number): [number, number] {
  return [firstAtOrAfter(sorted, from), firstAtOrAfter(sorted, to + 1)];
}
