import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../index.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware license', () => {
  let pbx: PbxTestEmulator;
  let clock: Clock;
  beforeAll(async () => {
    clock = new Clock({ start: Date.UTC(2025, 4, 15, 12, 0, 0), frozen: true });
    pbx = await startPbxware({ clock });
  });
  afterAll(() => pbx.close());

  it('starts with the document\'s refresh time and moves it to the clock on refresh', async () => {
    expect(await pbx.call({ action: 'pbxware.license.last_refreshed' })).toEqual({ last_refreshed: '25 Jan 2022 16:53:32' });
    clock.set(Date.UTC(2025, 6, 4, 9, 5, 7));
    expect(await pbx.call({ action: 'pbxware.license.refresh' })).toEqual({ status: 'License refresh request processed' });
    expect(await pbx.call({ action: 'pbxware.license.last_refreshed' })).toEqual({ last_refreshed: '04 Jul 2025 09:05:07' });
  });

  it('feeds the Extensions limit to dashboard.licensing', async () => {
    const info = await pbx.call({ action: 'pbxware.license.info' });
    const licensing = await pbx.call({ action: 'pbxware.dashboard.licensing' });
    expect(licensing.ext.max).toBe(Number(info.Extensions));
  });

  it('quirk license-refresh-status-key: refresh answers status, no success', async () => {
    const body = await pbx.call({ action: 'pbxware.license.refresh' });
    expect(Object.keys(body)).toEqual(['status']);
  });

  it('quirk license-info-spaced-string-keys: Title Case keys with spaces, every value a string', async () => {
    const body = await pbx.call({ action: 'pbxware.license.info' });
    expect(body).toMatchObject({ Edition: 'Multi-Tenant', Version: '6.5.0.0', Channels: '512', 'Hot Desking': '9999', 'PSTN Trunks': '20' });
    expect(Object.values(body).every((v) => typeof v === 'string')).toBe(true);
  });
});
