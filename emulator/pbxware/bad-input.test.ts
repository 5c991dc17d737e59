import { faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pbxwareContracts } from '../../contracts/pbxware/index.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

/**
 * Whatever arrives, PBXware answers a body: data or `{"error": "…"}`, HTTP 200, never a 5xx, a hang or
 * a stack trace. The emulator runs in strict mode here, so an answer that breaks its contract fails too.
 */
const NASTY_VALUES = ['', ' ', '0', '-1', '1', '99999999999999999999', 'x'.repeat(5_000), '../../etc/passwd', 'ä€😀', '<b>', "'; DROP TABLE", '%', 'null', '1,2,,3', '::'];

function argumentNames(shape: unknown): string[] {
  return Object.keys((shape as { shape?: Record<string, unknown> }).shape ?? {}).filter((k) => !['apikey', 'action', 'apiformat'].includes(k));
}

describe('PBXware bad input', () => {
  let pbx: PbxTestEmulator;
  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  const expectVendorAnswer = (reply: { status: number; text: string }, label: string) => {
    expect(reply.status, `${label}: ${reply.text.slice(0, 300)}`).toBe(200);
    expect(reply.text).not.toMatch(/at .+\.ts:\d+|stack/i);
    const body = JSON.parse(reply.text);
    if (body && typeof body === 'object' && 'error' in body) expect(typeof body.error).toBe('string');
  };

  it('every action answers a body for no arguments and for seeded random nasty arguments', async () => {
    faker.seed(20261122);
    for (const contract of pbxwareContracts) {
      const names = argumentNames(contract.request);
      expectVendorAnswer(await pbx.raw({ action: contract.id }), `${contract.id} without arguments`);
      for (let variant = 0; variant < 4; variant++) {
        const params: Record<string, string | string[]> = { action: contract.id };
        for (const name of names) {
          if (faker.number.int(3) === 0) continue;
          params[name] = faker.number.int(6) === 0 ? [faker.helpers.arrayElement(NASTY_VALUES), '2'] : faker.helpers.arrayElement(NASTY_VALUES);
        }
        expectVendorAnswer(await pbx.raw(params), `${contract.id} ${JSON.stringify(params).slice(0, 200)}`);
      }
    }
  }, 120_000);

  it('very long values are refused with an error, not truncated or crashed on', async () => {
    const reply = await pbx.call({ action: 'pbxware.department.add', server: '2', name: 'n'.repeat(100_000) });
    expect(reply.error).toMatch(/longer than/);
  });

  it('broken percent-encodings, unknown content types and oversized bodies get an error body', async () => {
    const app = pbx.emulator.vendor('pbxware').app;
    const cases = [
      { method: 'GET' as const, url: '/?apikey=%E0%A4%A&action=%ZZ' },
      { method: 'GET' as const, url: `/?apikey=${pbx.apikey}&action=pbxware.ext.list&server=%C0%AF` },
      { method: 'POST' as const, url: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'apikey=%%%&action' },
      { method: 'POST' as const, url: '/', headers: { 'content-type': 'application/json' }, payload: '{"apikey": ' },
      { method: 'POST' as const, url: '/', headers: { 'content-type': 'text/xml' }, payload: '<a/>' },
      { method: 'POST' as const, url: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `apikey=${pbx.apikey}&action=pbxware.ext.list&x=${'y'.repeat(2 * 1024 * 1024)}` },
    ];
    for (const request of cases) {
      const reply = await app.inject(request);
      expect(reply.statusCode, `${request.method} ${request.url} ${reply.body.slice(0, 200)}`).toBeLessThan(500);
      expect(JSON.parse(reply.body)).toHaveProperty('error');
    }
  });

  it('an unknown action names the closest documented ones', async () => {
    const reply = await pbx.call({ action: 'pbxware.ext.lsit' });
    expect(reply.error).toContain('pbxware.ext.list');
  });

  it('a missing required enum argument is reported as missing, not as invalid', async () => {
    const reply = await pbx.call({ action: 'pbxware.ext.es.dnd.set', server: '2', id: '1' });
    expect(reply.error).toBe('Missing required argument: state.');
  });
});
