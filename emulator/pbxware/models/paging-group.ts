import type { VendorState } from '../../core/store.ts';

/** A paging group of a tenant; stored as strings, listed with integers (doc 9468-9490). */
export interface PagingGroupRecord {
  server: string;
  name: string;
  number: string;
  quiet: '0' | '1';
  /** Extension numbers. */
  destinations: string[];
}

export const PAGING_GROUP_TABLE = 'paging_groups';
export const pagingGroups = (state: VendorState) => state.table<PagingGroupRecord>(PAGING_GROUP_TABLE);
