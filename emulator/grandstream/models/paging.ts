import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/** A paging/intercom group as getPaginggroup answers it (doc 5640-5656), keyed by its number. */
export interface PagingGroupRow {
  custom_date: string | null;
  custom_prompt: string | null;
  enable: string;
  extension: string;
  holiday: string | null;
  limitime: number;
  members: string | null;
  multicast_ip: string | null;
  multicast_port: number | null;
  number_allowed: string | null;
  paginggroup_name: string;
  paginggroup_type: '3way' | '2way' | '1way' | 'announcement';
  replace_caller_id: string;
  time: string | null;
  tmp: string | null;
  /** Kept for the UI's "changed from" fields (doc 5524-5525); not answered. */
  old_multicast_ip?: string | null;
  old_multicast_port?: string | null;
}

export const pagingGroups = (state: VendorState) => state.table<PagingGroupRow>(TABLES.pagingGroups);

export function newPagingGroup(extension: string, name: string, type: PagingGroupRow['paginggroup_type']): PagingGroupRow {
  return {
    custom_date: null,
    custom_prompt: null,
    enable: 'yes',
    extension,
    holiday: null,
    limitime: 0,
    members: null,
    multicast_ip: null,
    multicast_port: null,
    number_allowed: null,
    paginggroup_name: name,
    paginggroup_type: type,
    replace_caller_id: 'no',
    time: '00:00',
    tmp: extension,
  };
}
