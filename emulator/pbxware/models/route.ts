import type { VendorState } from '../../core/store.ts';

/** A route: a country with its dial code (`route.list`, doc 6396-6425). Its id is the `country` of tenants and trunks. */
export interface RouteRecord {
  code: string;
  name: string;
}

export const routes = (state: VendorState) => state.table<RouteRecord>('routes');
