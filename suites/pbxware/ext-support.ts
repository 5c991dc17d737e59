import type { ScenarioContext } from '../harness/scenario.ts';
import { createTenant, listIds, type PbxwareClient } from './helpers.ts';

export { addExtension, kbExtension, type CreatedExtension } from './helpers.ts';

/**
 * Helpers of the extension, department and apps scenarios. Extensions are created in a tenant the
 * scenario owns (ext_length 4, so the run's numbers 7900-7999 fit) or in the configured tenant.
 */

/** A tenant of the scenario's own, with four-digit extensions (removed afterwards). */
export function ownTenant(t: ScenarioContext, pbx: PbxwareClient): Promise<string> {
  return createTenant(t, pbx, { ext_length: '4' });
}

/** The configured tenant on a real system, else a tenant of the scenario's own. */
export async function extTenant(t: ScenarioContext, pbx: PbxwareClient): Promise<string> {
  return t.target.settings.server || ownTenant(t, pbx);
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
