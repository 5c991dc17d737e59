import assert from 'node:assert/strict';
import type { ScenarioContext } from '../harness/scenario.ts';
import { PbxwareClient, addExtension, type CreatedExtension } from './helpers.ts';

/**
 * Shared by the IVR, ring group, ERG, paging group, otimes and recording scenarios: the extensions
 * those objects point at, created (and removed) by the scenario itself.
 */

export type { CreatedExtension };

/** Creates an extension with the KB's example arguments and registers its removal (see `addExtension`). */
export async function createExtension(t: ScenarioContext, pbx: PbxwareClient, server: string): Promise<CreatedExtension> {
  const created = await addExtension(t, pbx, server);
  assert.ok(created.ext !== '' && created.ext !== 'undefined', 'ext.add answers the extension number');
  return created;
}

/** Object keys of a PBXware list, or of `[]`. */
export function keysOf(list: unknown): string[] {
  return Array.isArray(list) ? [] : Object.keys(list as object);
}

/**
 * Registers a cleanup that deletes whatever a list shows under names this scenario made, so a write
 * the target accepted although the scenario expected a refusal does not stay behind.
 */
export function cleanupByName(
  t: ScenarioContext,
  pbx: PbxwareClient,
  list: { action: string; params: Record<string, string> },
  deleteAction: string,
  server: string,
  names: readonly string[],
): void {
  t.cleanup(async () => {
    const rows = (await pbx.call<Record<string, { name?: string }> | []>(list.action, list.params)) as Record<string, { name?: string }>;
    for (const [id, row] of Object.entries(Array.isArray(rows) ? {} : rows)) {
      if (row.name !== undefined && names.includes(row.name)) await pbx.call(deleteAction, { server, id });
    }
  });
}
