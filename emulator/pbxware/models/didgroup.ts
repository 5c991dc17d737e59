import type { VendorState } from '../../core/store.ts';

/**
 * A DID group (doc 4797-4806): a number range mapped to a tenant. The tenant is kept as `server` (shown
 * as `tenant`) so the group goes with its tenant when the tenant is deleted.
 */
export interface DidGroupRecord {
  group_name: string;
  max_did: string;
  min_did: string;
  /** Tenant ID (`tenantid` on write, `tenant` in the list). */
  server: string;
}

export const didgroups = (state: VendorState) => state.table<DidGroupRecord>('didgroups');
