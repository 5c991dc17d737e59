import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware routes', () => {
  let pbx: PbxTestEmulator;
  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  it('quirk route-list-tuples: id → [dial code, country], with the sample and KB routes', async () => {
    const list = await pbx.call({ action: 'pbxware.route.list' });
    expect(list['1']).toEqual(['93', 'Afghanistan']);
    expect(list['13']).toEqual(['376', 'Andorra (Principality of)']);
    expect(list['135']).toEqual(['387', 'Bosnia and Herzegovina']);
    expect(list['869']).toEqual(['1', 'United States of America']);
  });

  it('every tenant country is a listed route', async () => {
    const routes = await pbx.call({ action: 'pbxware.route.list' });
    const tenants = await pbx.call({ action: 'pbxware.tenant.list' });
    for (const t of Object.values<{ country_id: string; country_code: string }>(tenants)) {
      expect(routes[t.country_id][0]).toBe(t.country_code);
    }
  });
});
