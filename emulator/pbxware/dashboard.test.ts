import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../index.ts';
import { cdrs } from './models/cdr.ts';
import { extensions } from './models/extension.ts';
import { liveCalls } from './models/live-call.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

const NOW = Date.UTC(2025, 4, 15, 12, 0, 0);

describe('PBXware dashboard', () => {
  let pbx: PbxTestEmulator;
  const context = () => pbx.emulator.vendor('pbxware').context;
  beforeAll(async () => {
    pbx = await startPbxware({ clock: new Clock({ start: NOW, frozen: true }) });
  });
  afterAll(() => pbx.close());

  it('counts registered extensions, in all tenants or in one', async () => {
    const all = extensions(context().state).values();
    expect(await pbx.call({ action: 'pbxware.dashboard.ext_online' })).toEqual({
      type: 'Extensions Online',
      count: all.filter((e) => e.registered).length,
    });
    const server = all[0]?.server ?? '2';
    const body = await pbx.call({ action: 'pbxware.dashboard.ext_online', server });
    expect(body.count).toBe(all.filter((e) => e.server === server && e.registered).length);
    expect((await pbx.call({ action: 'pbxware.dashboard.ext_online', server: '999' })).error).toBeTypeOf('string');
  });

  it('follows registration changes', async () => {
    const table = extensions(context().state);
    const [id, ext] = table.entries()[0];
    const before = (await pbx.call({ action: 'pbxware.dashboard.ext_online' })).count;
    table.update(id, { registered: !ext.registered });
    try {
      const after = (await pbx.call({ action: 'pbxware.dashboard.ext_online' })).count;
      expect(after).toBe(before + (ext.registered ? -1 : 1));
    } finally {
      table.update(id, { registered: ext.registered });
    }
  });

  it('computes calls from live calls and CDRs relative to the clock', async () => {
    const now = NOW / 1000;
    const rows = cdrs(context().state).values();
    const midnight = Math.floor(now / 86_400) * 86_400;
    const today = rows.filter((r) => r.start >= midnight && r.start <= now);
    expect(await pbx.call({ action: 'pbxware.dashboard.calls' })).toEqual({
      now: liveCalls(context().state).size,
      'last hour': rows.filter((r) => r.start >= now - 3600 && r.start <= now).length,
      today: today.length,
      'answered calls': today.filter((r) => r.status === 8).length,
    });
    const body = await pbx.call({ action: 'pbxware.dashboard.calls' });
    expect(body['last hour']).toBeGreaterThan(0);
  });

  it('counts licensed objects against the license maxima', async () => {
    const body = await pbx.call({ action: 'pbxware.dashboard.licensing' });
    expect(body.ext).toEqual({ inuse: extensions(context().state).size, max: 100 });
    expect(body.ivr.max).toBe(200);
    expect(body.conference).toEqual({ inuse: 1, max: 200 });
    expect(body.queue).toEqual({ inuse: 0, max: 200 });
  });

  it('answers the host figures as the document shows them', async () => {
    expect(await pbx.call({ action: 'pbxware.dashboard.disk_usage' })).toEqual({ inuse: '45%' });
    expect(await pbx.call({ action: 'pbxware.dashboard.cpu' })).toEqual({ inuse: '7%' });
    expect(await pbx.call({ action: 'pbxware.dashboard.memory' })).toEqual({ inuse: '34%' });
    expect(await pbx.call({ action: 'pbxware.dashboard.glocom_users', server: '2' })).toEqual({ glocom_users: 0 });
  });

  it('quirk dashboard-answared-calls: on spells the key as real systems do', async () => {
    expect(await pbx.call({ action: 'pbxware.dashboard.calls' })).toHaveProperty(['answered calls']);
    context().quirks['dashboard-answared-calls'] = true;
    try {
      const body = await pbx.call({ action: 'pbxware.dashboard.calls' });
      expect(body).toHaveProperty(['answared calls']);
      expect(body).not.toHaveProperty(['answered calls']);
    } finally {
      context().quirks['dashboard-answared-calls'] = false;
    }
  });

  it('quirk dashboard-sip-registrations-nested: figures under "SIP Registrations", first named success', async () => {
    const body = await pbx.call({ action: 'pbxware.dashboard.sip_registrations' });
    expect(Object.keys(body)).toEqual(['SIP Registrations']);
    expect(Object.keys(body['SIP Registrations'])).toEqual(['success', 'failed', 'lagged']);
    const sip = extensions(context().state).values().filter((e) => e.protocol.toLowerCase() === 'sip');
    expect(body['SIP Registrations'].success).toBe(sip.filter((e) => e.registered).length);
  });

  it('quirk dashboard-services-singular-key: "PBXware service", not "PBXware services"', async () => {
    const body = await pbx.call({ action: 'pbxware.dashboard.services' });
    expect(body).toHaveProperty(['PBXware service'], 'running');
    expect(body).not.toHaveProperty(['PBXware services']);
  });

  it('quirk dashboard-mixed-number-types: counts are numbers, usage is a percent string', async () => {
    const online = await pbx.call({ action: 'pbxware.dashboard.ext_online' });
    expect(typeof online.count).toBe('number');
    expect(typeof (await pbx.call({ action: 'pbxware.dashboard.licensing' })).ext.inuse).toBe('number');
    expect((await pbx.call({ action: 'pbxware.dashboard.cpu' })).inuse).toMatch(/^\d+%$/);
  });
});
