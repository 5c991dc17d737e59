import assert from 'node:assert/strict';
import { PbxwareClient } from '../harness/clients/pbxware.ts';
import type { ScenarioContext } from '../harness/scenario.ts';

export { PbxwareClient };

/**
 * The tenant a scenario works in. On a real system it is the one named by PBXWARE_SERVER; otherwise the
 * scenario creates its own tenant (removed afterwards), so nothing it did not create is touched.
 */
export async function workTenant(t: ScenarioContext, pbx = new PbxwareClient(t)): Promise<string> {
  const given = t.target.settings.server;
  if (given) return given;
  return createTenant(t, pbx);
}

/**
 * Creates a tenant with the KB's required arguments (KB 93-105) and registers its removal. The name
 * looks like an FQDN ("Should be a valid FQDN", doc 7451-7455); the 3-digit code is derived from the
 * run's numbers and moved on past codes the target already uses ("Unique 3-digit Tenant Code", doc 7459).
 * The cleanup deletes the tenant only if it still exists, so a scenario may delete it itself.
 */
export async function createTenant(t: ScenarioContext, pbx = new PbxwareClient(t), extra: Record<string, string> = {}): Promise<string> {
  const packages = await pbx.call<Record<string, string> | []>('pbxware.package.list');
  const packageId = Object.keys(packages)[0];
  assert.ok(packageId, 'the target has no tenant package to create a tenant with');
  const created = await pbx.call<{ id: number }>('pbxware.tenant.add', {
    tenant_name: `${t.name('tenant')}.example.com`,
    tenant_code: await unusedTenantCode(t, pbx),
    package: packageId,
    ext_length: '3',
    country: '135',
    national: '1',
    international: '011',
    ...extra,
  });
  const id = String(created.id);
  t.cleanup(async () => {
    if (listIds(await pbx.call('pbxware.tenant.list')).includes(id)) await pbx.call('pbxware.tenant.delete', { server: '1', id });
  });
  return id;
}

/** A 3-digit tenant code no tenant of the target uses, derived from the run's numbers. */
export async function unusedTenantCode(t: ScenarioContext, pbx = new PbxwareClient(t)): Promise<string> {
  const tenants = await pbx.call<Record<string, { tenantcode: string }> | []>('pbxware.tenant.list');
  const used = new Set(Object.values(tenants).map((tenant) => String(tenant.tenantcode)));
  let code = 100 + (t.number() % 900);
  for (let tries = 0; used.has(String(code)) && tries < 900; tries++) code = code === 999 ? 100 : code + 1;
  return String(code);
}

/** Keys of a PBXware list (an object keyed by id, or `[]` when empty). */
export function listIds(list: unknown): string[] {
  if (Array.isArray(list)) {
    assert.equal(list.length, 0, 'a non-empty PBXware list must be an object keyed by id');
    return [];
  }
  assert.ok(list && typeof list === 'object', 'a PBXware list is an object keyed by id');
  return Object.keys(list);
}

/** The KB's extension (KB 113-131): every argument `ext.add` marks required, `server` aside. */
export function kbExtension(name: string): Record<string, string> {
  return {
    name,
    email: `${name.toLowerCase().replace(/[^a-z0-9._-]/g, '')}@example.com`,
    location: '2',
    ua: '50',
    status: '1',
    pin: '0000',
    incominglimit: '1',
    outgoinglimit: '1',
    voicemail: '1',
    prot: 'sip',
    secret: 'TestTest1234!!',
  };
}

/** A number of the run's range when the tenant's extensions have four digits; otherwise the PBX picks one. */
async function numberFor(t: ScenarioContext, pbx: PbxwareClient, server: string): Promise<string | undefined> {
  const list = await pbx.call<Record<string, { ext_length: number | string }>>('pbxware.tenant.list');
  return Number(list[server]?.ext_length) === 4 ? String(t.number()) : undefined;
}

export interface CreatedExtension {
  id: string;
  /** The number, as a string (as `ext.list` shows it). */
  ext: string;
  name: string;
  email: string;
}

/** Adds an extension (removed afterwards unless the scenario deleted it) and answers its id and number. */
export async function addExtension(
  t: ScenarioContext,
  pbx: PbxwareClient,
  server: string,
  extra: Record<string, string> = {},
): Promise<CreatedExtension> {
  const name = t.name('ext');
  const number = extra.ext ?? (await numberFor(t, pbx, server));
  const request: Record<string, string> = { ...kbExtension(name), ...(number ? { ext: number } : {}), ...extra };
  const added = await pbx.call<{ id: string; ext: number }>('pbxware.ext.add', { server, ...request });
  const id = String(added.id);
  t.cleanup(async () => {
    if (listIds(await pbx.call('pbxware.ext.list', { server })).includes(id)) {
      await pbx.call('pbxware.ext.delete', { server, id });
    }
  });
  return { id, ext: String(added.ext), name: request.name, email: request.email };
}
