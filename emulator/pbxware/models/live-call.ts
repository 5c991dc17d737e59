import type { VendorState } from '../../core/store.ts';

/**
 * A call in progress, keyed by its Unique ID (`"1675644925.2"`, doc 9213-9219). `from`/`to` are shown as
 * the document shows them, `"User1 (203)"` (extension name and number); `fromExt`/`toExt` carry the bare
 * extension numbers (`''` for an outside party) so other objects (monitor.list `on_call`, recording.*)
 * need not parse the display text.
 */
export interface LiveCallRecord {
  /** Tenant ID. */
  server: string;
  from: string;
  to: string;
  fromExt: string;
  toExt: string;
  /** When the call started, Unix epoch seconds as a string (the sample's `"12334"` is a string). */
  timestamp: string;
}

export const liveCalls = (state: VendorState) => state.table<LiveCallRecord>('live_calls');

/** Whether extension number `ext` of tenant `server` is in a live call. */
export function isOnCall(state: VendorState, server: string, ext: string): boolean {
  return liveCalls(state).find((c) => c.server === server && (c.fromExt === ext || c.toExt === ext)) !== undefined;
}
