import type { VendorState } from '../../core/store.ts';

export interface ErgMember {
  /** Extension number. */
  ext: string;
  penalty: string;
}

/** An Enhanced Ring Group of a tenant; `erg.add` takes its number as `ext`, `erg.list` shows it as `number`. */
export interface ErgRecord {
  server: string;
  name: string;
  number: string;
  /** `ring_strategy` as written, listed as `strategy` (doc 5803). */
  strategy: string;
  members: ErgMember[];
  /** Every other `erg.add`/`erg.edit` argument as sent. */
  settings: Record<string, string>;
}

export const ERG_TABLE = 'ergs';
export const ergs = (state: VendorState) => state.table<ErgRecord>(ERG_TABLE);
