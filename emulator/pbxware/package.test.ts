import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware tenant packages', () => {
  let pbx: PbxTestEmulator;
  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  it('lists packages as an id → name map, the way the sample shows', async () => {
    expect(await pbx.call({ action: 'pbxware.package.list' })).toEqual({ '1': 'Package 1', '2': 'Package 2', '3': 'Package 3' });
  });

  it('refuses to delete a package a tenant still uses', async () => {
    const body = await pbx.call({ action: 'pbxware.package.delete', server: '1', id: '1' });
    expect(body.error).toMatch(/used by tenant/);
    expect(await pbx.call({ action: 'pbxware.package.configuration', id: '1' })).toHaveProperty('1');
  });

  it('refuses a duplicate package name', async () => {
    const args = {
      action: 'pbxware.package.add', name: 'Package 2', call_recordings: '1', monitoring: '1', call_screening: '1',
      extensions: '1', voicemails: '1', queues: '1', cfs: '1', rgroups: '1', hot_desking: '1', ivrs: '1',
    };
    expect((await pbx.call(args)).error).toMatch(/reserved/);
  });
});
