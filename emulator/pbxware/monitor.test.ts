import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensions } from './models/extension.ts';
import { liveCalls } from './models/live-call.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware monitor', () => {
  let pbx: PbxTestEmulator;
  const state = () => pbx.emulator.vendor('pbxware').context.state;
  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  it('lists every extension by id with its registration state, filtered by tenant', async () => {
    const body = await pbx.call({ action: 'pbxware.monitor.list' });
    const all = extensions(state()).entries();
    expect(Object.keys(body).sort()).toEqual(all.map(([id]) => id).sort());
    for (const [id, e] of all) {
      expect(body[id]).toMatchObject({ name: e.name, ext: e.ext, status: e.registered ? 'online' : 'offline' });
      expect(body[id].ip === '').toBe(!e.registered);
    }
    const server = all[0][1].server;
    const one = await pbx.call({ action: 'pbxware.monitor.list', server });
    expect(Object.keys(one).sort()).toEqual(all.filter(([, e]) => e.server === server).map(([id]) => id).sort());
    expect((await pbx.call({ action: 'pbxware.monitor.list', server: '999' })).error).toBeTypeOf('string');
  });

  it('seeds live calls between registered extensions, which show as on call', async () => {
    const calls = liveCalls(state()).values();
    expect(calls.length).toBeGreaterThan(0);
    const list = await pbx.call({ action: 'pbxware.monitor.list' });
    for (const call of calls) {
      const caller = Object.values<{ ext: string; on_call: string; status: string }>(list).filter((m) => m.ext === call.fromExt);
      expect(caller.some((m) => m.on_call === 'true')).toBe(true);
    }
    const server = calls[0].server;
    const body = await pbx.call({ action: 'pbxware.monitor.live_calls', server });
    expect(Object.keys(body)).toEqual(liveCalls(state()).filter((c) => c.server === server).map(([id]) => id));
  });

  it('answers [] when there are no live calls', async () => {
    const saved = liveCalls(state()).entries();
    liveCalls(state()).clear();
    try {
      expect(await pbx.call({ action: 'pbxware.monitor.live_calls' })).toEqual([]);
    } finally {
      for (const [id, row] of saved) liveCalls(state()).set(id, row);
    }
  });

  it('lists trunks by id with name, address and state', async () => {
    const body = await pbx.call({ action: 'pbxware.monitor.trunks' });
    const ids = state().table('trunks').ids();
    expect(Array.isArray(body) ? [] : Object.keys(body)).toEqual(ids);
    for (const row of Object.values<{ ip: string; status: string }>(Array.isArray(body) ? {} : body)) {
      expect(row.ip).toMatch(/:\d+$/);
      expect(['online', 'offline']).toContain(row.status);
    }
  });

  it('shows DND from the extension\'s enhanced-service state', async () => {
    const [id, e] = extensions(state()).entries()[0];
    const set = await pbx.call({ action: 'pbxware.ext.es.dnd.set', server: e.server, id, state: 'yes' });
    expect(set.error).toBeUndefined();
    try {
      expect((await pbx.call({ action: 'pbxware.monitor.list', server: e.server }))[id].dnd).toBe('true');
    } finally {
      await pbx.call({ action: 'pbxware.ext.es.dnd.set', server: e.server, id, state: 'no' });
    }
    expect((await pbx.call({ action: 'pbxware.monitor.list', server: e.server }))[id].dnd).toBe('false');
  });

  it('quirk monitor-boolean-strings: dnd and on_call are "true"/"false" strings', async () => {
    const body = await pbx.call({ action: 'pbxware.monitor.list' });
    for (const row of Object.values<{ dnd: unknown; on_call: unknown }>(body)) {
      expect(['true', 'false']).toContain(row.dnd);
      expect(['true', 'false']).toContain(row.on_call);
    }
  });

  it('quirk monitor-live-calls-keyed-by-uniqueid: keys are call Unique IDs, timestamps strings', async () => {
    const body = await pbx.call({ action: 'pbxware.monitor.live_calls' });
    for (const [key, call] of Object.entries<{ timestamp: unknown; from: string }>(body)) {
      expect(key).toMatch(/^\d+\.\d+$/);
      expect(typeof call.timestamp).toBe('string');
      expect(call.from).toMatch(/\(\d+\)$/);
    }
  });
});
