import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware destinations', () => {
  let pbx: PbxTestEmulator;
  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  it('lists the sample destination and filters by route and group', async () => {
    const list = await pbx.call({ action: 'pbxware.destination.list', route: '135', dgroup: '1' });
    expect(list).toEqual({
      '135': {
        route: '135',
        destination: 'GSM BiH',
        destination_group: '1',
        codes: [
          { code1: '38762', code2: '' },
          { code1: '38761', code2: '' },
        ],
      },
    });
    const all = await pbx.call({ action: 'pbxware.destination.list' });
    expect(Object.keys(all).length).toBeGreaterThan(1);
    expect(await pbx.call({ action: 'pbxware.destination.list', route: '1' })).toEqual([]);
    expect(await pbx.call({ action: 'pbxware.destination.list', dgroup: '1' })).toHaveProperty('error');
  });

  it('quirk destination-groups-map-to-scalar: group id → name, as the sample', async () => {
    const groups = await pbx.call({ action: 'pbxware.destination.groups' });
    expect(groups).toMatchObject({ '1': 'mobile', '2': 'proper', '827': 'Mobile - Orange' });
    for (const name of Object.values(groups)) expect(typeof name).toBe('string');
  });
});
