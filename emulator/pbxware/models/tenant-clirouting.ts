import type { VendorState } from '../../core/store.ts';

/** A CLI routing rule of a tenant (`tenant.clirouting.*`, doc 7991-8118). Deleted with its tenant (`server`). */
export interface TenantCliRoutingRecord {
  /** Tenant ID. */
  server: string;
  callerid: string;
  /** 0-11 (doc 8005-8019). */
  dest_type: string;
  destination: string;
  /** "0" or "1"; read back as `matchtype`. */
  matchexplicitly: string;
}

export const tenantCliRoutes = (state: VendorState) => state.table<TenantCliRoutingRecord>('tenant_clirouting');

/**
 * Trunks belong to the `trunk` section (table `trunks`); only `name` and `server` are read here, defensively.
 */
export const trunkRows = (state: VendorState) => state.table<{ name?: unknown; server?: unknown }>('trunks');
