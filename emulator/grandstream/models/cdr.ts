import { CDR_FIELDS, type CdrField } from '../../../contracts/grandstream/cdr.ts';
import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/**
 * A CDR leg as cdrapi answers it: the 33 keys of the document's example (doc 6732-6768), every value a
 * string (field evidence: "every value a string, no nulls"). Keyed by `AcctId`; the legs of one call
 * share `session` and are answered together as main_cdr/sub_cdr_N.
 */
export type CdrRow = Record<CdrField, string>;

export const cdrs = (state: VendorState) => state.table<CdrRow>(TABLES.cdr);

/** AcctId sequence: "a monotonically increasing string" starting at "1". */
export const CDR_SEQUENCE = 'cdr_acctid';

/** A row with every field "" and `changes` applied. */
export function cdrRowOf(changes: Partial<CdrRow>): CdrRow {
  const row = Object.fromEntries(CDR_FIELDS.map((f) => [f, ''])) as CdrRow;
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) row[key as CdrField] = String(value);
  return row;
}

/** A recording file (recapi, getRecordInfosByCall), keyed by file name. */
export interface RecordingRow {
  filedir: 'monitor' | 'emergency' | 'meetme' | 'queue' | 'sca';
  filename: string;
  /** `YYYY-MM`, the folder getRecordInfosByCall prefixes (`2024-10/auto-….wav`). */
  month: string;
  /** The CDR leg it belongs to, or "". */
  acctid: string;
  /** Where it is kept: on the UCM, on the GDMS cloud or on a NAS (recapi path_type). */
  storage: 'local' | 'gdms' | 'netdisk';
  /** 32 hex digits (GDMS/NAS listings). */
  uniquecode: string;
  /** Length of the recorded call in seconds (the file served is a short sample). */
  seconds: number;
  /** Epoch ms on the emulator clock. */
  created: number;
}

export const recordings = (state: VendorState) => state.table<RecordingRow>(TABLES.recordings);
