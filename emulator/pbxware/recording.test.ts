import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExtension, ensureTenant, stateOf } from './group-test-support.ts';
import { liveCalls } from './models/live-call.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware call recording', () => {
  let pbx: PbxTestEmulator;
  const server = '48';
  beforeAll(async () => {
    pbx = await startPbxware();
    ensureTenant(pbx, server);
    ensureExtension(pbx, server, '203');
    ensureExtension(pbx, server, '210');
    ensureExtension(pbx, server, '211');
  });
  afterAll(() => pbx.close());

  const control = (method: string, ext: string) => pbx.call({ action: `pbxware.recording.${method}`, server, ext });

  it('quirk recording-no-calls-is-success: an extension without live calls gets success with affected_calls 0', async () => {
    for (const method of ['start', 'pause', 'unpause', 'stop']) {
      const body = await control(method, '211');
      expect(body).toEqual({ success: expect.any(String), affected_calls: 0 });
    }
  });

  it('acts on the live calls of the extension, by the state each method changes', async () => {
    const calls = stateOf(pbx).table('live_calls');
    calls.set('1675644925.2', { server, from: 'User1 (203)', to: 'User2 (210)', timestamp: '12334' });
    calls.set('1675644925.3', { server, from: '210', to: '555123' });
    calls.set('1675644925.4', { server: '2', from: '203', to: '204' });
    expect(await control('start', '210')).toEqual({ success: 'Call status updated successfully.', affected_calls: 2 });
    expect((await control('start', '210')).affected_calls).toBe(0);
    expect((await control('pause', '203')).affected_calls).toBe(1);
    expect((await control('unpause', '210')).affected_calls).toBe(1);
    expect((await control('stop', '210')).affected_calls).toBe(2);
    expect((await control('unpause', '210')).affected_calls).toBe(0);
    expect((calls.get('1675644925.4') as { recording?: string }).recording).toBeUndefined();
  });

  it('acts on the fixture live calls through their bare extension numbers', async () => {
    const fixture = await startPbxware();
    try {
      const [, call] = liveCalls(stateOf(fixture)).entries()[0] ?? [];
      if (!call) return; // the monitor section seeds no live calls
      const body = await fixture.call({ action: 'pbxware.recording.start', server: call.server, ext: call.fromExt || call.toExt });
      expect(body.affected_calls).toBeGreaterThanOrEqual(1);
    } finally {
      await fixture.close();
    }
  });

  it.each([
    ['an extension that does not exist', { server, ext: '999' }],
    ['the Master tenant', { server: '1', ext: '203' }],
    ['no extension', { server }],
    ['no tenant', { ext: '203' }],
  ])('refuses %s', async (_label, params) => {
    expect((await pbx.call({ action: 'pbxware.recording.start', ...params })).error).toEqual(expect.any(String));
  });
});
