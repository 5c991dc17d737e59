import type { ScenarioContext } from '../harness/scenario.ts';
import { createTenant, listIds, type PbxwareClient } from './helpers.ts';

/**
 * Helpers of the extension, department and apps scenarios. Extensions are created in a tenant the
 * scenario owns (ext_length 4, so the run's numbers 7900-7999 fit) or in the configured tenant.
 */

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

/** A tenant of the scenario's own, with four-digit extensions (removed afterwards). */
export function ownTenant(t: ScenarioContext, pbx: PbxwareClient): Promise<string> {
  return createTenant(t, pbx, { ext_length: '4' });
}

/** The configured tenant on a real system, else a tenant of the scenario's own. */
export async function extTenant(t: ScenarioContext, pbx: PbxwareClient): Promise<string> {
  return t.target.settings.server || ownTenant(t, pbx);
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

/** Adds a department (removed afterwards unless the scenario deleted it). */
export async function addDepartment(t: ScenarioContext, pbx: PbxwareClient, server: string): Promise<{ id: string; name: string }> {
  const name = t.name('dept');
  const added = await pbx.call<{ id: number; name: string }>('pbxware.department.add', { server, name });
  const id = String(added.id);
  t.cleanup(async () => {
    if (listIds(await pbx.call('pbxware.department.list', { server })).includes(id)) {
      await pbx.call('pbxware.department.delete', { server, id });
    }
  });
  return { id, name };
}
