import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../index.ts';

/**
 * Read answers of REST packs are kept until the state changes (RestBinding.cacheReads, used by
 * sipXcom): a list of 1,000 phones is rendered once, not on every GET. What must never happen: an
 * answer outliving a write, a clock-dependent answer frozen, or a stale answer going unnoticed in strict mode.
 */
describe('REST read cache (sipXcom)', () => {
  let emulator: Emulator | undefined;
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });
  const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
  const admin = { authorization: basic('superadmin', 'password'), accept: 'application/json' };
  const start = async (strict: boolean) => {
    emulator = await startEmulator({ vendor: 'sipxcom', listen: false, strict });
    return emulator.vendor('sipxcom').app;
  };

  it('answers a repeated read from the cache, and a write makes the next read fresh', async () => {
    const app = await start(false);
    const list = async () => JSON.parse((await app.inject({ url: '/sipxconfig/api/phones', headers: admin })).body).phones as Array<{ serialNo: string }>;
    const first = await list();
    // A change behind the store's back (no set()) is not seen: the second answer came from the cache.
    const [, row] = emulator!.store.vendor('sipxcom').table<{ serialNo: string }>('phones').entries()[0];
    const serial = row.serialNo;
    row.serialNo = 'ffffffffffff';
    expect(await list()).toEqual(first);
    row.serialNo = serial;
    // Both reads reached the journal, cached or not.
    expect(emulator!.journal.list({ operation: 'GET /phones' }).length).toBe(2);
    const created = await app.inject({
      method: 'POST',
      url: '/sipxconfig/api/phones',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: { serialNumber: '0004f2cafe01', model: { modelId: 'polycomVVX500' } },
    });
    expect(created.statusCode).toBeLessThan(300);
    expect((await list()).map((p) => p.serialNo)).toContain('0004f2cafe01');
  });

  it('keeps answers apart by caller and representation', async () => {
    const app = await start(false);
    const json = await app.inject({ url: '/sipxconfig/api/phones', headers: admin });
    const xml = await app.inject({ url: '/sipxconfig/api/phones', headers: { ...admin, accept: 'application/xml' } });
    expect(json.headers['content-type']).toMatch(/json/);
    expect(xml.headers['content-type']).toMatch(/xml/);
    const user = { authorization: basic('200', '11111111'), accept: 'application/json' };
    expect((await app.inject({ url: '/sipxconfig/api/phones', headers: user })).statusCode).toBe(403);
    expect((await app.inject({ url: '/sipxconfig/api/phones', headers: { ...admin, authorization: basic('superadmin', 'wrong') } })).statusCode).toBe(401);
  });

  it('never keeps an answer that read the clock', async () => {
    const app = await start(false);
    const user = { authorization: basic('200', '11111111'), accept: 'application/json' };
    const time = async () => JSON.parse((await app.inject({ url: '/sipxconfig/rest/my/time', headers: user })).body).time.epoch as number;
    const before = await time();
    emulator!.clock.advance(3600);
    expect((await time()) - before).toBeGreaterThanOrEqual(3_600_000);
  });

  it('in strict mode recomputes every hit and fails loudly when a handler changed a row behind the store', async () => {
    const app = await start(true);
    const get = () => app.inject({ url: '/sipxconfig/api/phones', headers: admin });
    expect((await get()).statusCode).toBe(200);
    const phones = emulator!.store.vendor('sipxcom').table<{ description: string | null }>('phones');
    const [, row] = phones.entries()[0];
    row.description = 'changed in place, no set()';
    const stale = await get();
    expect(stale.statusCode).toBe(500);
    expect(stale.body).toMatch(/went stale/);
  });
});
