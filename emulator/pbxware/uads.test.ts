import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware UADs', () => {
  let pbx: PbxTestEmulator;
  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  it('seeds the list sample (135-137) and the KB devices', async () => {
    const list = await pbx.call({ action: 'pbxware.uads.list' });
    expect(list['135']).toEqual({ name: 'yealinkt41', fullname: 'Yealink T41', enabled: true });
    expect(list['136']).toEqual({ name: 'yealinkt42g', fullname: 'Yealink T42G', enabled: false });
    expect(Object.keys(list)).toEqual(expect.arrayContaining(['50', '89', '196', '318']));
  });

  it('activates and deactivates system-wide, idempotently', async () => {
    expect(await pbx.call({ action: 'pbxware.uads.activate', id: '137' })).toEqual({ success: 'UAD: 137.', id: '137' });
    expect(await pbx.call({ action: 'pbxware.uads.activate', id: '137', server: '2' })).toEqual({ success: 'UAD: 137.', id: '137' });
    expect((await pbx.call({ action: 'pbxware.uads.list' }))['137'].enabled).toBe(true);
    expect(await pbx.call({ action: 'pbxware.uads.deactivate', id: '137' })).toEqual({ success: 'UAD: 137.', id: '137' });
    expect((await pbx.call({ action: 'pbxware.uads.list' }))['137'].enabled).toBe(false);
  });

  it('refuses an unknown UAD, a missing id and an unknown server, changing nothing', async () => {
    const before = await pbx.call({ action: 'pbxware.uads.list' });
    expect(await pbx.call({ action: 'pbxware.uads.activate', id: '99999' })).toHaveProperty('error');
    expect(await pbx.call({ action: 'pbxware.uads.activate' })).toHaveProperty('error');
    expect(await pbx.call({ action: 'pbxware.uads.deactivate', id: '135', server: '4040' })).toHaveProperty('error');
    expect(await pbx.call({ action: 'pbxware.uads.list' })).toEqual(before);
  });

  it('quirk uads-enabled-boolean: enabled is a JSON boolean', async () => {
    const list = await pbx.call({ action: 'pbxware.uads.list' });
    for (const uad of Object.values<{ enabled: unknown }>(list)) expect(typeof uad.enabled).toBe('boolean');
  });

  it('quirk uads-string-id: activate and deactivate answer the id as a string', async () => {
    expect((await pbx.call({ action: 'pbxware.uads.activate', id: '89' })).id).toBe('89');
    expect((await pbx.call({ action: 'pbxware.uads.deactivate', id: '89' })).id).toBe('89');
  });
});
