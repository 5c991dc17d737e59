import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/** A blacklisted caller number (doc 3432-3830), keyed by number; inbound_rt_index "0" = every inbound route. */
export interface BlacklistRow {
  number: string;
  inbound_rt_index: string;
}

export const blacklist = (state: VendorState) => state.table<BlacklistRow>(TABLES.blacklist);

/** The blacklist switch lives in the settings table, row `inbound_blacklist`; "yes" is the example's value (doc 3766-3768). */
const SETTINGS_ROW = 'inbound_blacklist';

export function blacklistEnabled(state: VendorState): 'yes' | 'no' {
  return state.table<{ enable?: 'yes' | 'no' }>(TABLES.settings).get(SETTINGS_ROW)?.enable ?? 'yes';
}

export function setBlacklistEnabled(state: VendorState, enable: 'yes' | 'no'): void {
  state.table<{ enable: 'yes' | 'no' }>(TABLES.settings).set(SETTINGS_ROW, { enable });
}
