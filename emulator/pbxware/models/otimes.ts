import type { z } from 'zod';
import type { OtimesKind, otimesState } from '../../../contracts/pbxware/otimes.ts';
import type { VendorState } from '../../core/store.ts';

/** The Operation Times state as `otimes.*.list` reads it back. */
export type OtimesState = z.infer<typeof otimesState>;

/** One destination's Operation Times, stored under `<kind>:<server>:<target>`. */
export interface OtimesRecord {
  kind: OtimesKind;
  /** Tenant of the destination ('' when the destination is not tenant-bound, e.g. routes). */
  server: string;
  /** The destination ID (or queue number), which also keys the list answer. */
  target: string;
  state: OtimesState;
}

export const otimes = (state: VendorState) => state.table<OtimesRecord>('otimes');

export const otimesKey = (kind: OtimesKind, server: string, target: string) => `${kind}:${server}:${target}`;

export function defaultOtimesState(): OtimesState {
  return {
    status: 'off',
    greeting: '',
    default_dest_ext: '',
    default_dest_is_vm: 'no',
    closed_dates: [],
    custom_destinations: [],
    open_days: [],
  };
}

/** Drops the Operation Times of a deleted destination (an ERG, an IVR, …). */
export function removeOperationTimesOf(state: VendorState, kind: OtimesKind, target: string): void {
  const table = otimes(state);
  for (const [key] of table.filter((row) => row.kind === kind && row.target === target)) table.delete(key);
}
