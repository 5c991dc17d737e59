import assert from 'node:assert/strict';
import type { ScenarioContext } from '../harness/scenario.ts';
import { PbxwareClient } from './helpers.ts';

/**
 * Shared by the IVR, ring group, ERG, paging group, otimes and recording scenarios: the extensions
 * those objects point at, created (and removed) by the scenario itself.
 */

export interface CreatedExtension {
  id: string;
  /** The extension number, as a string. */
  ext: string;
}

/**
 * Creates an extension with the KB's example arguments (KB 113-131) and registers its removal. The
 * number is left to the PBX: a tenant's `ext_length` decides which numbers are valid (pbxware.md §7 A12),
 * and the run's number range (7900-7999) has four digits.
 */
export async function createExtension(t: ScenarioContext, pbx: PbxwareClient, server: string): Promise<CreatedExtension> {
  const name = t.name('ext');
  const created = await pbx.call<{ id: string; ext: number | string }>('pbxware.ext.add', {
    server,
    name,
    email: `${name}@example.com`,
    location: '2',
    ua: '50',
    status: '1',
    pin: '0000',
    incominglimit: '1',
    outgoinglimit: '1',
    voicemail: '1',
    prot: 'sip',
    secret: 'TestTest1234!!',
  });
  const id = String(created.id);
  assert.ok(created.ext !== undefined && created.ext !== '', 'ext.add answers the extension number');
  t.cleanup(() => pbx.call('pbxware.ext.delete', { server, id }));
  return { id, ext: String(created.ext) };
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
