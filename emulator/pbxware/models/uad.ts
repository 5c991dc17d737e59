import type { VendorState } from '../../core/store.ts';

/**
 * A UAD (user agent device type, doc 8744-8840). Extensions point at one with `ua` (`ua_id`, with
 * `ua_name`/`ua_fullname` taken from here). `enabled` is system-wide.
 */
export interface UadRecord {
  name: string;
  fullname: string;
  enabled: boolean;
}

export const uads = (state: VendorState) => state.table<UadRecord>('uads');
