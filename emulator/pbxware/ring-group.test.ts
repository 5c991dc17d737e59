import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExtension, ensureTenant, quirksOf } from './group-test-support.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware ring groups', () => {
  let pbx: PbxTestEmulator;
  const server = '43';
  beforeAll(async () => {
    pbx = await startPbxware();
    ensureTenant(pbx, server);
    for (const n of ['500', '501', '502']) ensureExtension(pbx, server, n);
  });
  afterAll(() => pbx.close());

  const add = (extra: Record<string, string> = {}) =>
    pbx.call({ action: 'pbxware.ring_group.add', server, name: 'Sales', ...extra });

  it('quirk ring-group-add-sucess: add answers the misspelt "sucess" key by default, "success" when switched off', async () => {
    const misspelt = await add({ ext: '650' });
    expect(misspelt).toEqual({ sucess: `Ring Group ID: ${misspelt.id}`, id: expect.any(Number) });
    quirksOf(pbx)['ring-group-add-sucess'] = false;
    try {
      const fixed = await add({ ext: '651' });
      expect(fixed).toEqual({ success: `Ring Group ID: ${fixed.id}`, id: expect.any(Number) });
    } finally {
      quirksOf(pbx)['ring-group-add-sucess'] = true;
    }
  });

  it('quirk ring-group-yes-no-read-as-flags: yes/no arguments (and the unnamed ones) read back as 1/0 in the configuration and yes/no in the list', async () => {
    const { id } = await add({
      ext: '652',
      extensions: '500,501',
      record: 'yes',
      last_dest: '502',
      last_dest_vm: 'yes',
      ring_strategy: 'round_memory',
      greeting: 'greeting-sales',
      confirm_msg: 'rg-announce-hello',
    });
    const config = await pbx.call({ action: 'pbxware.ring_group.configuration', server, id: String(id) });
    expect(Object.keys(config)).toEqual([String(id)]);
    expect(config[id]).toMatchObject({ name: 'Sales', ext: '652', destinations: '500,501' });
    expect(config[id].options).toMatchObject({
      record: '1',
      record_silent: '0',
      last_dest: '502',
      last_dest_vm: '1',
      ring_strategy: 'round_memory',
      greeting: 'greeting-sales',
      timeout: '30',
      max_limit: '1',
      dial_options: 'r',
      looping_mode: 'per_ext',
    });
    const list = await pbx.call({ action: 'pbxware.ring_group.list', server });
    expect(list[id]).toEqual({ name: 'Sales', ext: '652', destinations: '500,501', last_dest: '502', last_dest_vm: 'yes' });
  });

  it('quirk ring-group-edit-string-id: edit answers the id as a string and changes only what it is given', async () => {
    const { id } = await add({ ext: '653', extensions: '500' });
    expect(await pbx.call({ action: 'pbxware.ring_group.edit', server, id: String(id), timeout: '45' })).toEqual({
      success: `Ring Group ID: ${id}.`,
      id: String(id),
    });
    const config = await pbx.call({ action: 'pbxware.ring_group.configuration', server, id: String(id) });
    expect(config[id].options.timeout).toBe('45');
    expect(config[id].destinations).toBe('500');
  });

  it.each([
    ['a member that is not an extension', { ext: '660', extensions: '500,599' }],
    ['a greeting without the prefix', { ext: '660', greeting: 'sales' }],
    ['a timeout message without the prefix', { ext: '660', timeout_msg: 'bye' }],
    ['an unknown ring strategy', { ext: '660', ring_strategy: 'ringall' }],
    ['a yes/no argument with another value', { ext: '660', record: 'maybe' }],
    ['a number held by an extension', { ext: '501' }],
    ['a missing name', { ext: '660', name: '' }],
  ])('refuses %s', async (_label, extra) => {
    const before = await pbx.call({ action: 'pbxware.ring_group.list', server });
    expect((await add(extra as Record<string, string>)).error).toEqual(expect.any(String));
    expect(await pbx.call({ action: 'pbxware.ring_group.list', server })).toEqual(before);
  });

  it('deletes with the emulator-defined answer, and only in its own tenant', async () => {
    const { id } = await add({ ext: '654' });
    expect((await pbx.call({ action: 'pbxware.ring_group.delete', server: '1', id: String(id) })).error).toEqual(expect.any(String));
    expect(await pbx.call({ action: 'pbxware.ring_group.delete', server, id: String(id) })).toEqual({
      success: `Deleted Ring Group ID ${id} successfully.`,
    });
    expect((await pbx.call({ action: 'pbxware.ring_group.configuration', server, id: String(id) })).error).toMatch(/not found/);
  });
});
