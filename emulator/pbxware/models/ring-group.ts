import type { VendorState } from '../../core/store.ts';

/** The `options` of `ring_group.configuration`, every one stored as the string it reads back as (doc 5465-5495). */
export type RingGroupOptions = Record<string, string>;

/** A ring group of a tenant; `ext` is its dialable number, `destinations` the member extension numbers. */
export interface RingGroupRecord {
  server: string;
  name: string;
  ext: string;
  /** Comma list of extension numbers, as listed (`"100,101"`, doc 5258). */
  destinations: string;
  options: RingGroupOptions;
}

export const RING_GROUP_TABLE = 'ring_groups';
export const ringGroups = (state: VendorState) => state.table<RingGroupRecord>(RING_GROUP_TABLE);
