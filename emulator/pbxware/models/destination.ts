import type { VendorState } from '../../core/store.ts';
import { fail } from '../call.ts';

/** A destination of a route (doc 8662-8716): a named set of dial codes in a destination group. */
export interface DestinationRecord {
  route: string;
  destination: string;
  destination_group: string;
  codes: Array<{ code1: string; code2: string }>;
}

export const destinations = (state: VendorState) => state.table<DestinationRecord>('destinations');

/** Destination groups: id → name (doc 8718-8742). */
export const destinationGroups = (state: VendorState) => state.table<string>('destination_groups');

/** `dgroup` filters "Only if `route` is supplied" (doc 8670-8674, 8467-8471); shared with splan.rates. */
export function routeFilter(args: { route?: string; dgroup?: string }) {
  if (args.dgroup !== undefined && args.route === undefined) {
    fail('invalidArgument', 'dgroup can only be used together with route.');
  }
  return (row: { route: string; dgroup: string }) =>
    (args.route === undefined || row.route === args.route) && (args.dgroup === undefined || row.dgroup === args.dgroup);
}
