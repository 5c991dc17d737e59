import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/** An IVR (Table J), keyed by its index `ivr-N`; `members` are its key-press events. */
export interface IvrRow {
  fields: Record<string, unknown>;
  members: Array<Record<string, string | null>>;
}

export const ivrs = (state: VendorState) => state.table<IvrRow>(TABLES.ivrs);

export const IVR_SEQUENCE = 'ivr';

/** Defaults of an IVR's optional fields: the getIVR example's (doc 6089-6117), dial_trunk off. */
export const IVR_DEFAULTS: Record<string, unknown> = {
  alertinfo: null,
  dial_conference: 'no',
  dial_directory: 'no',
  dial_extension: 'no',
  dial_failed_back2menu: 'no',
  dial_fax: 'no',
  dial_multimedia_conference: 'no',
  dial_paginggroup: 'no',
  dial_queue: 'no',
  dial_ringgroup: 'no',
  dial_trunk: 'no',
  dial_vmgroup: 'no',
  ivr_blackwhite_list: '',
  ivr_out_blackwhite_list: '',
  language: null,
  permission: 'internal',
  replace_caller_id: 'no',
  switch: 'no',
};

/** The IVR whose number (extension) is `number`: for dialIVR / dialIVROutbound. */
export function ivrByNumber(state: VendorState, number: string): [string, IvrRow] | undefined {
  return ivrs(state).find((row) => row.fields.extension === number);
}
