import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/** A PIN group (doc 2731-2891), keyed by its client-chosen pin_sets_id. */
export interface PinSetRow {
  pin_sets_id: string;
  pin_sets_name: string;
  record_in_cdr: 'yes' | 'no';
  members: Array<{ pin: string; pin_name: string }>;
}

export const pinSets = (state: VendorState) => state.table<PinSetRow>(TABLES.pinSets);
