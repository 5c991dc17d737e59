import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../index.ts';

/** Faults through the control API, rendered in PBXware's own format, over real HTTP. */
describe('PBXware faults', () => {
  let emulator: Emulator;
  let base: string;
  const list = () => fetch(`${base}/?apikey=my.secret.apikey&action=pbxware.package.list`);
  const setFault = (rule: unknown) =>
    fetch(`${base}/__emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rule) });
  const clear = () => fetch(`${base}/__emulator/faults`, { method: 'DELETE' });

  beforeAll(async () => {
    emulator = await startEmulator({ vendor: 'pbxware', vendors: { pbxware: { port: 0 } } });
    base = emulator.vendor('pbxware').url;
  });
  afterAll(() => emulator.close());

  it('fails the first N calls with a documented error in the vendor format, then answers again', async () => {
    expect((await setFault({ operation: 'pbxware.package.list', when: { first: 2 }, effect: { error: 'invalidApiKey' } })).status).toBe(201);
    const bodies = [];
    for (let i = 0; i < 3; i++) {
      const reply = await list();
      expect(reply.status).toBe(200);
      bodies.push(await reply.json());
    }
    expect(bodies[0]).toEqual({ error: 'Invalid API key.' });
    expect(bodies[1]).toEqual({ error: 'Invalid API key.' });
    expect(bodies[2]).toHaveProperty('1');
    const [rule] = await (await fetch(`${base}/__emulator/faults`)).json();
    expect(rule).toMatchObject({ calls: 3, fired: 2 });
    await clear();
  });

  it('fails exactly the Nth call, with a custom message', async () => {
    await setFault({ operation: 'pbxware.package.list', when: { nth: 2 }, effect: { error: 'notFound', message: 'gone for now' } });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await (await list()).json());
    expect(answers.map((a) => 'error' in a)).toEqual([false, true, false]);
    expect(answers[1]).toEqual({ error: 'gone for now' });
    await clear();
  });

  it('a seeded fraction fails the same calls every time', async () => {
    const pattern = async () => {
      await setFault({ operation: 'pbxware.package.list', when: { fraction: 0.5, seed: 7 }, effect: { error: 'badRequest' } });
      const out = [];
      for (let i = 0; i < 20; i++) out.push('error' in (await (await list()).json()));
      await clear();
      return out;
    };
    const first = await pattern();
    expect(await pattern()).toEqual(first);
    expect(first.filter(Boolean).length).toBeGreaterThan(3);
    expect(first.filter(Boolean).length).toBeLessThan(17);
  });

  it('refuses a rule naming an unknown operation or error, with the closest names', async () => {
    const badOp = await setFault({ operation: 'pbxware.package.lst', effect: { error: 'notFound' } });
    expect(badOp.status).toBe(400);
    expect((await badOp.json()).error.message).toContain('pbxware.package.list');
    const badError = await setFault({ operation: 'pbxware.package.list', effect: { error: 'notfound' } });
    expect(badError.status).toBe(400);
    expect((await badError.json()).error.message).toContain('notFound');
    expect((await setFault({ operation: 'pbxware.package.list', effect: { transport: 'hang', ms: 999_999 } })).status).toBe(400);
  });

  it('transport faults: reset drops the connection; hang holds it (bounded) then drops it', async () => {
    await setFault({ operation: 'pbxware.package.list', when: { first: 1 }, effect: { transport: 'reset' } });
    await expect(list()).rejects.toThrow();
    expect((await list()).status).toBe(200);
    await setFault({ operation: 'pbxware.package.list', when: { first: 1 }, effect: { transport: 'hang', ms: 300 } });
    const started = performance.now();
    await expect(list()).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    await clear();
  });

  it('a truncated body announces its full length and stops half-way', async () => {
    await setFault({ operation: 'pbxware.package.list', when: { first: 1 }, effect: { transport: 'truncate' } });
    await expect(list().then((r) => r.text())).rejects.toThrow();
    await clear();
  });

  it('slow answers and added latency deliver the real body late', async () => {
    await setFault({ operation: 'pbxware.package.list', when: { first: 1 }, effect: { transport: 'slow', ms: 300 } });
    let started = performance.now();
    expect(await (await list()).json()).toHaveProperty('1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    await setFault({ operation: 'pbxware.package.list', when: { first: 1 }, effect: { latencyMs: 200 } });
    started = performance.now();
    expect(await (await list()).json()).toHaveProperty('1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(180);
    await clear();
  });

  it('a reset clears the fault rules', async () => {
    await setFault({ operation: 'pbxware.package.list', effect: { error: 'badRequest' } });
    await fetch(`${base}/__emulator/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await (await fetch(`${base}/__emulator/faults`)).json()).toEqual([]);
  });
});
