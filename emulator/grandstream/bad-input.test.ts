import { faker } from '@faker-js/faker/locale/en';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grandstreamContracts } from '../../contracts/grandstream/index.ts';
import { paramNames } from '../../contracts/grandstream/operation.ts';
import { startUcm, type UcmReply, type UcmTestEmulator } from './test-support.ts';

/**
 * Whatever arrives at POST /api, the UCM answers HTTP 200 with a JSON body carrying a numeric `status`:
 * never a 5xx, a hang or a stack trace. Strict mode is on, so an answer breaking its contract fails too.
 */
const NASTY: unknown[] = ['', ' ', '0', '-1', '99999999999999999999', 'x'.repeat(5000), '../../etc/passwd', 'ä€😀', '<b>', "'; DROP", 'null', ',,', 0, -1, 1.5, 1e308, true, null, [], ['a'], {}, { a: { b: 1 } }];

function expectUcmAnswer(reply: UcmReply, label: string) {
  expect(reply.httpStatus, `${label}: ${reply.text.slice(0, 300)}`).toBe(200);
  expect(reply.text).not.toMatch(/at .+\.ts:\d+|stack/i);
  // Documented answers without the envelope: cdrapi's top-level cdr_root, CSV/XML listings, file bytes.
  if (Array.isArray(reply.body?.cdr_root) || !reply.contentType.startsWith('application/json')) return;
  expect(typeof reply.body?.status, `${label}: ${reply.text.slice(0, 300)}`).toBe('number');
  if (reply.body.status !== 0) expect(reply.body.status).toBeLessThan(0);
}

describe('Grandstream bad input', () => {
  let ucm: UcmTestEmulator;
  let cookie: string;
  beforeAll(async () => {
    ucm = await startUcm();
    cookie = await ucm.login();
  });
  afterAll(() => ucm.close());

  it('every operation answers for no parameters and for seeded random nasty parameters', async () => {
    faker.seed(20241114);
    for (const contract of grandstreamContracts) {
      const action = (contract.transport as { action: string }).action;
      const names = paramNames(contract).filter((n) => n !== 'cookie');
      expectUcmAnswer(await ucm.send(action, { cookie }), `${contract.id} without parameters`);
      for (let variant = 0; variant < 6; variant++) {
        const params: Record<string, unknown> = { cookie };
        for (const name of names) if (faker.number.int(2) > 0) params[name] = faker.helpers.arrayElement(NASTY);
        expectUcmAnswer(await ucm.send(action, params), `${contract.id} ${JSON.stringify(params).slice(0, 200)}`);
        // Logins may have spent the session (login with garbage) or banned the address: start again.
        if (contract.id === 'logout' || contract.id === 'login' || contract.id === 'challenge') cookie = await ucm.login();
      }
    }
  }, 120_000);

  it('malformed bodies, wrong envelopes, odd content types and unknown actions get a status, never a 5xx', async () => {
    const bodies: unknown[] = [
      '',
      '{',
      'null',
      '[]',
      '"request"',
      '{"request": null}',
      '{"request": []}',
      '{"request": "getSystemStatus"}',
      '{"request": {}}',
      '{"request": {"action": 5}}',
      '{"request": {"action": ""}}',
      { request: { action: 'noSuchAction', cookie } },
      { request: { action: 'x'.repeat(10_000) } },
      { request: { action: 'getSystemStatus', cookie: { nested: true } } },
      { request: { action: 'getSystemStatus', cookie: ['a'] } },
      { request: { action: 'getSystemStatus', cookie }, extra: 1 },
      `{"request": {"action": "getSystemStatus", "cookie": "${cookie}"}}`.repeat(2),
      '<?xml version="1.0"?><request/>',
    ];
    for (const body of bodies) expectUcmAnswer(await ucm.raw(body), JSON.stringify(body).slice(0, 80));
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expectUcmAnswer(await ucm.raw('{"request": {"action": "challenge", "user": "cdrapi"}}', { headers: { 'content-type': type } }), type);
    }
    expectUcmAnswer(await ucm.raw(`{"request": {"action": "challenge", "user": "${'y'.repeat(5 * 1024 * 1024)}"}}`), 'a body over the size limit');
  });

  it('an unknown action is -19 "Unsupported"; a malformed body or envelope is -1', async () => {
    expect((await ucm.send('noSuchAction', { cookie })).body.status).toBe(-19);
    expect((await ucm.raw('{')).body.status).toBe(-1);
    expect((await ucm.raw({ action: 'getSystemStatus', cookie })).body.status).toBe(-1);
  });

  it('paths other than POST /api are 404 with a hint', async () => {
    const app = ucm.emulator.vendor('grandstream').app;
    for (const [method, url] of [['GET', '/api'], ['POST', '/'], ['GET', '/cdrapi']] as const) {
      const reply = await app.inject({ method, url });
      expect(reply.statusCode).toBe(404);
      expect(JSON.parse(reply.body).error).toMatch(/POST \/api/);
    }
  });
});
