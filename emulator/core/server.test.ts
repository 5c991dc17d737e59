import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Clock } from './clock.ts';
import { startEmulator, type Emulator } from './server.ts';
import { echoPack } from './testdata/echo-pack.ts';

let running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.map((e) => e.close()));
  running = [];
});

async function start(options: Partial<Parameters<typeof startEmulator>[0]> = {}) {
  const emulator = await startEmulator({ packs: [echoPack], vendors: { portsip: { port: 0 } }, ...options });
  running.push(emulator);
  const base = emulator.vendor('portsip').url;
  const json = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${base}${path}`, init);
    return { status: response.status, body: await response.json() };
  };
  const post = (path: string, body: unknown) =>
    json(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { emulator, base, json, post };
}

describe('emulator core: server and control API', () => {
  it('seeds fixtures, serves operations and reports health on the control API', async () => {
    const { json, post } = await start();
    expect((await json('/__emulator/health')).body).toMatchObject({ status: 'ok', vendor: 'portsip' });
    expect((await post('/put', { key: 'a', value: '1' })).body).toEqual({ stored: 'a' });
    const state = (await json('/__emulator/state')).body;
    expect(state.tables.values).toEqual({ seeded: { value: 'yes' }, a: { value: '1' } });
  });

  it('reset drops what clients wrote and seeds the fixtures again', async () => {
    const { json, post } = await start();
    await post('/put', { key: 'a', value: '1' });
    expect((await post('/__emulator/reset', {})).body).toEqual({ reset: 'portsip' });
    expect((await json('/__emulator/state')).body.tables.values).toEqual({ seeded: { value: 'yes' } });
  });

  it('reports coverage: served and declined operations with the reason', async () => {
    const { json } = await start();
    const rows = (await json('/__emulator/operations')).body as Array<{ operation: string; status: string; reason?: string }>;
    expect(rows.map((r) => [r.operation, r.status])).toEqual([
      ['echo.put', 'served'],
      ['echo.broken', 'served'],
      ['echo.declined', 'declined'],
    ]);
    expect(rows[2].reason).toBe('needs hardware');
  });

  it('moves the one clock forward and sets it, refusing bad input with a 400', async () => {
    const clock = new Clock({ start: Date.parse('2026-01-01T00:00:00Z'), frozen: true });
    const { post, json } = await start({ clock });
    expect((await post('/__emulator/clock/advance', { seconds: 90 })).body.iso).toBe('2026-01-01T00:01:30.000Z');
    expect((await post('/__emulator/clock/set', { time: '2027-05-01T10:00:00Z' })).body.iso).toBe('2027-05-01T10:00:00.000Z');
    expect((await json('/__emulator/clock')).body.now).toBe(clock.now());
    for (const bad of [{ seconds: -1 }, { seconds: 'soon' }, {}, { seconds: 1, extra: true }]) {
      const reply = await post('/__emulator/clock/advance', bad);
      expect(reply.status).toBe(400);
      expect(reply.body.error.message).toMatch(/seconds/);
    }
    const broken = await fetch(`${(await start()).base}/__emulator/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"seconds": ',
    });
    expect(broken.status).toBe(400);
  });

  it('journals requests with their operation and error, newest last, filterable', async () => {
    const { json, post } = await start();
    await post('/put', { key: 'a', value: '1' });
    await post('/put', { key: 'a' });
    const all = (await json('/__emulator/journal')).body as Array<{ operation: string; status: number; error?: string }>;
    expect(all.map((e) => [e.operation, e.status, e.error])).toEqual([
      ['echo.put', 200, undefined],
      ['echo.put', 400, 'bad'],
    ]);
    expect((await json('/__emulator/journal?limit=1')).body).toHaveLength(1);
    expect((await json('/__emulator/journal?limit=zero')).status).toBe(400);
  });

  it('names the control endpoints when asked for one that does not exist', async () => {
    const { json } = await start();
    const reply = await json('/__emulator/nope');
    expect(reply.status).toBe(404);
    expect(reply.body.error.endpoints).toContain('POST clock/advance');
  });

  it('in strict mode a handler that breaks its contract fails loudly', async () => {
    const { json } = await start({ strict: true });
    const reply = await json('/broken');
    expect(reply.status).toBe(500);
    expect(reply.body.error).toMatch(/echo.broken: response breaks its contract: ok/);
  });

  it('takes credentials from settings, then the environment, then the documented default', async () => {
    const fromDefault = await start();
    expect(fromDefault.emulator.vendor('portsip').credentials.token).toBe('default-token');
    const fromEnv = await start({ env: { ECHO_TOKEN: 'env-token' } });
    expect(fromEnv.emulator.vendor('portsip').credentials.token).toBe('env-token');
    const fromFlag = await start({ env: { ECHO_TOKEN: 'env-token' }, vendors: { portsip: { port: 0, credentials: { token: 'flag' } } } });
    expect(fromFlag.emulator.vendor('portsip').credentials.token).toBe('flag');
  });

  it('falls back to a free port when the vendor port is taken, and says so', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen({ host: '127.0.0.1', port: 0 }, () => r()));
    const busy = (blocker.address() as { port: number }).port;
    try {
      const emulator = await startEmulator({ packs: [{ ...echoPack, defaultPort: busy }] });
      running.push(emulator);
      expect(emulator.vendor('portsip').url).not.toContain(`:${busy}`);
      expect(emulator.vendor('portsip').portNote).toBe(`port ${busy} was busy; using ${new URL(emulator.vendor('portsip').url).port}`);
    } finally {
      blocker.close();
    }
  });

  it('keeps instances apart: two emulators in one process share no state', async () => {
    const one = await start();
    const two = await start();
    await one.post('/put', { key: 'only-one', value: '1' });
    expect((await two.json('/__emulator/state')).body.tables.values).not.toHaveProperty('only-one');
  });
});

describe('emulator core: listeners and TLS', () => {
  it('serves HTTPS with a self-signed certificate, and extra listeners sharing one state', async () => {
    const { Agent } = await import('undici');
    const emulator = await startEmulator({
      packs: [{ ...echoPack, scheme: 'https', extraListeners: [{ name: 'plain', scheme: 'http', defaultPort: 0 }] }],
      vendors: { portsip: { port: 0 } },
    });
    running.push(emulator);
    const [secure, plain] = emulator.vendor('portsip').listeners;
    expect(secure.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(plain.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(fetch(`${secure.url}/__emulator/health`)).rejects.toThrow();
    const insecure = new Agent({ connect: { rejectUnauthorized: false } });
    const put = await fetch(`${secure.url}/put`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'over-tls', value: '1' }),
      dispatcher: insecure,
    } as RequestInit);
    expect(await put.json()).toEqual({ stored: 'over-tls' });
    const state = await (await fetch(`${plain.url}/__emulator/state`)).json();
    expect(state.tables.values).toHaveProperty('over-tls');
    await insecure.close();
  });
});
