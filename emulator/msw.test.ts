import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMswHandlers, type MswEmulator } from './msw.ts';

/** What an integrator writes: their fetch-based client, msw, and the emulator's handlers — no server. */
describe('pbx-emulator/msw', () => {
  let mock: MswEmulator;
  let server: ReturnType<typeof setupServer>;

  beforeAll(async () => {
    mock = await createMswHandlers({ vendor: 'pbxware' });
    server = setupServer(...mock.handlers);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(async () => {
    server.close();
    await mock.close();
  });

  it('answers a fetch-based PBXware client from the real vendor pack, with state', async () => {
    const base = mock.urls.pbxware!;
    const call = async (params: Record<string, string>) =>
      (await fetch(`${base}/?${new URLSearchParams({ apikey: 'my.secret.apikey', ...params })}`)).json();
    const added = await call({ action: 'pbxware.department.add', server: '2', name: 'From msw' });
    const list = await call({ action: 'pbxware.department.list', server: '2' });
    expect(list[String(added.id)]).toMatchObject({ name: 'From msw' });
    expect(await call({ action: 'pbxware.ext.list', apikey: 'wrong.key.000' })).toEqual({ error: 'Invalid API key.' });
  });

  it('exposes the control API and the emulator itself', async () => {
    const health = await (await fetch(`${mock.urls.pbxware}/__emulator/health`)).json();
    expect(health.vendor).toBe('pbxware');
    mock.emulator.reset('pbxware');
    const list = await (await fetch(`${mock.urls.pbxware}/?apikey=my.secret.apikey&action=pbxware.department.list&server=2`)).json();
    expect(Object.values(list).map((d) => (d as { name: string }).name)).not.toContain('From msw');
  });

  it('POST form bodies reach the pack too', async () => {
    const reply = await fetch(`${mock.urls.pbxware}/index.php`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'apikey=my.secret.apikey&action=pbxware.package.list',
    });
    expect(await reply.json()).toHaveProperty('1');
  });
});
