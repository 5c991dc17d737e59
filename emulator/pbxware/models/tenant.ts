import type { VendorState } from '../../core/store.ts';
import type { PackContext } from '../../core/pack.ts';
import { fail } from '../call.ts';

/**
 * A tenant (the document's "server"). ID 1 is the Master tenant: it always exists and, in Tenant Mode,
 * "cannot be used" where the document says so (doc 4338-4343).
 */
export interface TenantRecord {
  id: string;
  name: string;
  tenantcode: string;
  package_id: string;
  ext_length: number;
  country_id: string;
  country_code: string;
  /** Every other configuration field, as strings, under the names `tenant.configuration` reads back. */
  config: Record<string, string>;
}

export const MASTER_TENANT_ID = '1';

export const tenants = (state: VendorState) => state.table<TenantRecord>('tenants');

/**
 * How an action treats its `server` argument, as the document states per action (pbxware.md §1.1):
 * - `tenant`: a valid Tenant ID; 1 (Master) refused in Tenant Mode;
 * - `any`: any existing tenant, Master included;
 * - `master`: "Always must be set to 1."
 */
export type ServerRule = 'tenant' | 'any' | 'master';

export function tenantMode(context: PackContext): boolean {
  return context.quirks['tenant-mode'] !== false;
}

export function resolveServer(context: PackContext, server: string | undefined, rule: ServerRule = 'tenant'): TenantRecord {
  if (!tenantMode(context) && (server === undefined || server === '')) server = MASTER_TENANT_ID;
  if (server === undefined || server === '') fail('missingArgument', 'Missing required argument: server.');
  if (rule === 'master') {
    if (server !== MASTER_TENANT_ID) fail('serverMustBeMaster');
  } else if (rule === 'tenant' && tenantMode(context) && server === MASTER_TENANT_ID) {
    fail('masterTenant');
  }
  const tenant = tenants(context.state).get(server);
  if (!tenant) fail('tenantNotFound', `Invalid Tenant ID '${server}'.`);
  return tenant;
}
