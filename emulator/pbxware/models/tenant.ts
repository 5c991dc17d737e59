import type { VendorState } from '../../core/store.ts';
import type { PackContext } from '../../core/pack.ts';
import { TENANT_CONFIGURATION_FIELDS, TENANT_IDENTITY_FIELDS } from '../../../contracts/pbxware/tenant.ts';
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
  /** Not Active=0, Active=1, Suspended=2 (`tenant.edit` `status`, doc 7879-7881); new tenants are Active. */
  status?: string;
  /** `tenant.add` arguments the configuration never reads back (`ldap_*`, `es_*`, `jb*`, …), by write name. */
  settings?: Record<string, string>;
  /** The tenant's trunks (`tenant.trunks.*`), held as trunk IDs and shown by name. */
  trunkSet?: TenantTrunkSet;
}

/** Trunk assignment of a tenant: `trunks` plus the six slots, each a trunk ID or '' (doc 7947-7981). */
export interface TenantTrunkSet {
  trunks: string[];
  slots: Record<string, string>;
  /** Not settable through the API (doc 7941-7943); fixture data only. */
  cids: { primary_trunk_cid: string; secondary_trunk_cid: string; tertiary_trunk_cid: string };
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

/** The tenant whose code is `code`, if any ("Unique 3-digit Tenant Code", doc 7459). */
export function findTenantByCode(state: VendorState, code: string): [string, TenantRecord] | undefined {
  return tenants(state).find((t) => t.tenantcode === code);
}

/**
 * Removes a tenant and everything it owns: every row of every table whose `server` is the tenant
 * (extensions, DIDs, IVRs, CLI routes, …; pbxware.md §7 A19) and the tenant record itself, which holds
 * its trunk assignment. Returns how many owned rows went.
 */
export function deleteTenantCascade(state: VendorState, id: string): number {
  let removed = 0;
  for (const name of state.tableNames()) {
    const table = state.table<unknown>(name);
    for (const [rowId, row] of table.entries()) {
      if (row !== null && typeof row === 'object' && String((row as { server?: unknown }).server) === id) {
        table.delete(rowId);
        removed++;
      }
    }
  }
  tenants(state).delete(id);
  return removed;
}

/**
 * Values a tenant's configuration starts with: those the document (recordlimit "Default: 10", doc 7577-7579)
 * or the server configuration sample (doc 8320-8371) gives, empty strings for the rest.
 */
const CONFIG_DEFAULTS: Record<string, string> = {
  absolutetimeout: '86400',
  cdrvoicemail: '0',
  faxformat: 'letter',
  recordformat: 'gsm',
  recordlimit: '10',
};

/** A full `config` map (every configuration field but the identity ones), defaults applied, then `values`. */
export function tenantConfig(values: Record<string, string> = {}): Record<string, string> {
  const identity = new Set<string>(TENANT_IDENTITY_FIELDS);
  const config: Record<string, string> = {};
  for (const field of TENANT_CONFIGURATION_FIELDS) {
    if (!identity.has(field)) config[field] = CONFIG_DEFAULTS[field] ?? '';
  }
  return Object.assign(config, values);
}
