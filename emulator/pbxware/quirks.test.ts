import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pbxwareContracts } from '../../contracts/pbxware/index.ts';
import { pbxwareQuirks } from '../../contracts/pbxware/quirks.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the PBXware quirk registry', () => {
  it('lists each quirk once, with a citation or field evidence, and operations that exist', () => {
    const ids = pbxwareQuirks.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const actions = new Set(pbxwareContracts.map((c) => c.id));
    for (const quirk of pbxwareQuirks) {
      expect(quirk.doc ?? quirk.fieldEvidence, quirk.id).toBeTruthy();
      for (const op of quirk.operations) if (op !== '*') expect(actions.has(op), `${quirk.id} names ${op}`).toBe(true);
    }
  });

  it('proves every quirk with a test named after it', () => {
    for (const quirk of pbxwareQuirks) {
      const file = join(ROOT, quirk.test);
      expect(existsSync(file), `${quirk.id}: ${quirk.test}`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${quirk.id} has no test in ${quirk.test}`).toContain(`quirk ${quirk.id}`);
    }
  });
});

describe('PBXware transport quirks', () => {
  let pbx: PbxTestEmulator;
  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  it('quirk errors-http-200: errors come back with HTTP 200 and an {"error"} body', async () => {
    const reply = await pbx.raw({ apikey: 'wrong.key.123', action: 'pbxware.ext.list' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ error: 'Invalid API key.' });
  });

  it('quirk lists-keyed-by-id: lists are objects keyed by record id', async () => {
    const list = await pbx.call({ action: 'pbxware.did.list', server: '7' });
    expect(Array.isArray(list)).toBe(false);
    for (const [id, row] of Object.entries(list as Record<string, { server: string }>)) {
      expect(id).toMatch(/^\d+$/);
      expect(row.server).toBe('7');
    }
  });

  it('quirk empty-list-as-array: an empty list is [] not {}', async () => {
    const tenant = await pbx.call({
      action: 'pbxware.tenant.add', tenant_name: 'empty.example.com', tenant_code: '901', package: '1', ext_length: '3',
      country: '135', national: '1', international: '011',
    });
    expect(await pbx.call({ action: 'pbxware.ext.list', server: String(tenant.id) })).toEqual([]);
  });

  it('quirk double-slash-path: the KB\'s //?apikey=… URLs reach the API, as do / and /index.php', async () => {
    const expected = await pbx.call({ action: 'pbxware.package.list' });
    for (const path of ['//', '/index.php', '//index.php']) {
      expect(await pbx.call({ action: 'pbxware.package.list' }, { path })).toEqual(expected);
    }
    expect(await pbx.call({ action: 'pbxware.package.list' }, { method: 'POST' })).toEqual(expected);
  });

  it('quirk package-write-read-names: package.add names are read back under other names', async () => {
    const added = await pbx.call({
      action: 'pbxware.package.add', name: 'Quirky', call_recordings: '1', monitoring: '1', call_screening: '1',
      extensions: '7', voicemails: '6', queues: '5', cfs: '4', rgroups: '3', hot_desking: '2', ivrs: '1',
    });
    const config = (await pbx.call({ action: 'pbxware.package.configuration', id: String(added.id) }))[String(added.id)];
    expect(config).toMatchObject({ ext: '7', voicemail: '6', cf: '4', ivr: '1' });
    expect(config).not.toHaveProperty('extensions');
  });

  it('quirk package-delete-string-id: package.delete answers the id as a string, add as a number', async () => {
    const added = await pbx.call({
      action: 'pbxware.package.add', name: 'Doomed', call_recordings: '1', monitoring: '1', call_screening: '1',
      extensions: '1', voicemails: '1', queues: '1', cfs: '1', rgroups: '1', hot_desking: '1', ivrs: '1',
    });
    expect(typeof added.id).toBe('number');
    const removed = await pbx.call({ action: 'pbxware.package.delete', server: '1', id: String(added.id) });
    expect(removed).toEqual({ success: `Tenant package ID: ${added.id}.`, id: String(added.id) });
  });

  it('quirk tenant-mode: Master (1) is refused where the document says so; switched off, server defaults to 1', async () => {
    const refused = await pbx.call({ action: 'pbxware.ivr.list', server: '1' });
    expect(refused.error).toMatch(/Master tenant/);
    const single = await startPbxware({ vendors: { pbxware: { quirks: { 'tenant-mode': false } } } });
    try {
      const list = await single.call({ action: 'pbxware.ivr.list' });
      expect(list.error).toBeUndefined();
    } finally {
      await single.close();
    }
  });
});
