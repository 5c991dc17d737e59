import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExtension, ensureTenant, quirksOf, stateOf } from './group-test-support.ts';
import { ivrs } from './models/ivr.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware IVRs', () => {
  let pbx: PbxTestEmulator;
  const server = '41';
  beforeAll(async () => {
    pbx = await startPbxware();
    ensureTenant(pbx, server);
    ensureExtension(pbx, server, '500');
    ensureExtension(pbx, server, '501');
  });
  afterAll(() => pbx.close());

  const add = (extra: Record<string, string>) =>
    pbx.call({
      action: 'pbxware.ivr.add',
      server,
      name: 'MainMenu',
      greeting: 'greeting-main',
      'keymap[1][type]': 'ex',
      'keymap[1][destination]': '500',
      ...extra,
    });

  it('quirk ivr-keymap-write-read-names: an IVR written with type codes lists type names and `value`, keyed by key', async () => {
    const added = await add({ ext: '610', 'keymap[*][type]': 'dy' });
    expect(added).toEqual({ success: `IVR ID: ${added.id}.`, id: expect.any(Number) });
    const list = await pbx.call({ action: 'pbxware.ivr.list', server });
    expect(list[added.id]).toEqual({
      name: 'MainMenu',
      type: '0',
      ext: '610',
      keymap: { '1': { type: 'Extension', value: '500' }, '*': { type: 'Directory', value: '' } },
      status: 'enabled',
      operator: '',
    });
  });

  it('edits in part and replaces the keymap only when one is sent', async () => {
    const { id } = await add({ ext: '611' });
    expect(await pbx.call({ action: 'pbxware.ivr.edit', server, id: String(id), status: '0' })).toEqual({
      success: `IVR ID: ${id}.`,
      id,
    });
    let entry = (await pbx.call({ action: 'pbxware.ivr.list', server }))[id];
    expect(entry.status).toBe('disabled');
    expect(entry.keymap).toEqual({ '1': { type: 'Extension', value: '500' } });
    await pbx.call({ action: 'pbxware.ivr.edit', server, id: String(id), 'keymap[2][type]': 'vm', 'keymap[2][destination]': '501' });
    entry = (await pbx.call({ action: 'pbxware.ivr.list', server }))[id];
    expect(entry.keymap).toEqual({ '2': { type: 'Voicemail', value: '501' } });
    expect(entry.name).toBe('MainMenu');
  });

  it.each([
    ['a name with spaces', { ext: '620', name: 'Main Menu' }],
    ['a greeting without the greeting- prefix', { ext: '620', greeting: 'welcome' }],
    ['an unknown destination type', { ext: '620', 'keymap[1][type]': 'zz' }],
    ['a key outside 0-9 and *', { ext: '620', 'keymap[#][type]': 'dy' }],
    ['an extension destination that does not exist', { ext: '620', 'keymap[1][destination]': '599' }],
    ['a remote access destination outside the list', { ext: '620', 'keymap[2][type]': 'ra', 'keymap[2][destination]': 'x' }],
    ['a directory key with a destination', { ext: '620', 'keymap[2][type]': 'dy', 'keymap[2][destination]': '500' }],
    ['a destination without a type', { ext: '620', 'keymap[3][destination]': '500' }],
    ['the number of an extension', { ext: '500' }],
    ['the Master tenant', { ext: '620', server: '1' }],
  ])('refuses %s and stores nothing', async (_label, extra) => {
    const before = ivrs(stateOf(pbx)).entries().length;
    expect((await add(extra as Record<string, string>)).error).toEqual(expect.any(String));
    expect(ivrs(stateOf(pbx)).entries().length).toBe(before);
  });

  it('refuses an IVR without any keymap', async () => {
    const body = await pbx.call({ action: 'pbxware.ivr.add', server, name: 'NoKeys', ext: '621', greeting: 'greeting-x' });
    expect(body.error).toMatch(/keymap/);
  });

  it('requires a tenant to list in Tenant Mode, and lists all in single-tenant mode', async () => {
    expect((await pbx.call({ action: 'pbxware.ivr.list' })).error).toMatch(/server/);
    expect((await pbx.call({ action: 'pbxware.ivr.list', server: '1' })).error).toEqual(expect.any(String));
    quirksOf(pbx)['tenant-mode'] = false;
    try {
      expect(await pbx.call({ action: 'pbxware.ivr.list' })).toEqual([]);
    } finally {
      quirksOf(pbx)['tenant-mode'] = true;
    }
  });

  it('deletes an IVR of the tenant only, with its operation times', async () => {
    const { id } = await add({ ext: '612' });
    await pbx.call({ action: 'pbxware.otimes.ivr.set', id: String(id), status: 'on' });
    expect((await pbx.call({ action: 'pbxware.ivr.delete', server: '1', id: String(id) })).error).toEqual(expect.any(String));
    ensureTenant(pbx, '42');
    expect((await pbx.call({ action: 'pbxware.ivr.delete', server: '42', id: String(id) })).error).toMatch(/not found/);
    expect(await pbx.call({ action: 'pbxware.ivr.delete', server, id: String(id) })).toEqual({
      success: `Deleted IVR ID ${id} successfully.`,
    });
    expect((await pbx.call({ action: 'pbxware.otimes.ivr.list', id: String(id) })).error).toMatch(/not found/);
    expect(stateOf(pbx).table('otimes').entries().some(([k]) => k.startsWith('ivr:'))).toBe(false);
  });
});
