import type { VendorState } from '../../core/store.ts';
import type { IvrDestinationType } from '../../../contracts/pbxware/ivr.ts';

/** One key of an IVR keymap: `keymap[1][type]=ex&keymap[1][destination]=100` (doc 4998-5030). */
export interface IvrKeyAction {
  type: IvrDestinationType;
  /** Empty for Directory (`dy`), which takes no destination. */
  destination: string;
}

/** An IVR ("auto attendant") of a tenant; `ext` is its dialable number. */
export interface IvrRecord {
  server: string;
  name: string;
  ext: string;
  greeting: string;
  /** 0 Standard, 1 PIN-based, 2 Multi-digit (doc 4937-4943). */
  type: '0' | '1' | '2';
  status: 'enabled' | 'disabled';
  operator: string;
  /** Keyed by key: `0`-`9` or `*`. */
  keymap: Record<string, IvrKeyAction>;
  /** Every other `ivr.add`/`ivr.edit` argument as sent (tresponse, ringtype, …). */
  settings: Record<string, string>;
}

export const IVR_TABLE = 'ivrs';
export const ivrs = (state: VendorState) => state.table<IvrRecord>(IVR_TABLE);
