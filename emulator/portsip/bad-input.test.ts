import { faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portsipContracts } from '../../contracts/portsip/index.ts';
import { startPortsip, type PortsipReply, type PortsipTestEmulator } from './test-support.ts';

/**
 * Whatever arrives, PortSIP answers JSON: data, nothing (writes), or a 4xx `{"error", "message"}` —
 * never a 5xx, a hang or a stack trace. Strict mode is on, so a success that breaks its contract fails too.
 */
const NASTY: unknown[] = ['', ' ', '0', '-1', 1, -1, 1.5, 99999999999999999999, 'x'.repeat(5000), '../../etc/passwd', 'ä€😀', '<b>', "'; DROP TABLE", null, true, [], ['1', '2'], {}, { a: 1 }, '1000', 'default.wav,'];

function argumentNames(schema: unknown): string[] {
  const s = schema as { shape?: Record<string, unknown>; options?: Array<{ shape?: Record<string, unknown> }> };
  const shape = s.shape ?? s.options?.[0]?.shape ?? {};
  return Object.keys(shape);
}

function expectJsonAnswer(reply: PortsipReply, label: string) {
  expect(reply.status, `${label}: ${reply.text.slice(0, 300)}`).toBeLessThan(500);
  expect(reply.text).not.toMatch(/at .+\.ts:\d+|stack/i);
  if (reply.status >= 400) {
    expect(reply.body, label).toMatchObject({ error: expect.any(String), message: expect.any(String) });
  } else if (reply.text !== '') {
    expect(reply.body, `${label}: a 2xx body is JSON`).toBeDefined();
  }
}

describe('PortSIP bad input', () => {
  let ps: PortsipTestEmulator;
  beforeAll(async () => {
    ps = await startPortsip();
  });
  afterAll(() => ps.close());

  it('every operation answers JSON and never a 5xx for no arguments and for seeded random arguments', async () => {
    faker.seed(20261123);
    for (const contract of portsipContracts) {
      if (contract.transport.kind !== 'rest') continue;
      const { method, path } = contract.transport;
      const names = argumentNames(contract.request).filter((n) => n !== 'access_token');
      const send = (params: Record<string, unknown>) =>
        method === 'GET'
          ? ps.get(path, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])))
          : ps.post(path, params);
      expectJsonAnswer(await send({}), `${contract.id} without arguments`);
      for (let variant = 0; variant < 8; variant++) {
        const params: Record<string, unknown> = {};
        for (const name of names) if (faker.number.int(3) !== 0) params[name] = faker.helpers.arrayElement(NASTY);
        if (faker.number.int(4) === 0) params[faker.string.alpha(6)] = 'stray';
        expectJsonAnswer(await send(params), `${contract.id} ${JSON.stringify(params).slice(0, 200)}`);
      }
    }
  }, 120_000);

  it('malformed JSON, wrong content types, non-object bodies and huge bodies get a 4xx JSON error', async () => {
    const token = await ps.login();
    const cases = [
      { method: 'POST' as const, url: '/api/extensions/create', headers: { 'content-type': 'application/json' }, payload: '{"extension_number": ' },
      { method: 'POST' as const, url: '/api/extensions/create', headers: { 'content-type': 'application/json' }, payload: '' },
      { method: 'POST' as const, url: `/api/extensions/create?access_token=${token}`, headers: { 'content-type': 'application/json' }, payload: '[1]' },
      { method: 'POST' as const, url: `/api/extensions/create?access_token=${token}`, headers: { 'content-type': 'application/json' }, payload: '"x"' },
      { method: 'POST' as const, url: '/api/extensions/create', headers: { 'content-type': 'text/xml' }, payload: '<a/>' },
      { method: 'POST' as const, url: '/api/extensions/status', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ access_token: token, extensions: ['1'.repeat(10)], x: 'y'.repeat(5 * 1024 * 1024) }) },
      { method: 'GET' as const, url: `/api/extensions/show?access_token=${token}&extension_number=%E0%A4%A` },
      { method: 'GET' as const, url: `/api/extensions/list?access_token=${token}&pagination=1&pagination=2` },
      { method: 'POST' as const, url: `/api/extensions/greeting_file/upload?access_token=${token}`, headers: { 'content-type': 'application/json' }, payload: '{}' },
      { method: 'POST' as const, url: `/api/extensions/remove?access_token=${token}`, headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--' },
      { method: 'POST' as const, url: `/api/extensions/greeting_file/upload?access_token=${token}`, headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x\r\nbroken' },
      { method: 'DELETE' as const, url: `/api/extensions/show?access_token=${token}` },
      { method: 'GET' as const, url: '/api/no/such/thing' },
    ];
    for (const request of cases) {
      const reply = await ps.inject(request);
      expect(reply.status, `${request.method} ${request.url} ${reply.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(reply.status, `${request.method} ${request.url} ${reply.text.slice(0, 200)}`).toBeLessThan(500);
      expect(reply.body).toMatchObject({ error: expect.any(String) });
    }
  });

  it('an oversized upload is refused with 413 and an unsupported type with 415', async () => {
    await ps.post('/api/extensions/create', { extension_number: '7990', password: 'pw1', web_access_password: 'pw2' });
    const token = await ps.login();
    const upload = async (name: string, type: string, bytes: number) => {
      const form = new FormData();
      form.append('access_token', token);
      form.append('extension_number', '7990');
      form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
      const request = new Request('http://x/api/extensions/greeting_file/upload', { method: 'POST', body: form });
      return ps.inject({ method: 'POST', url: '/api/extensions/greeting_file/upload', headers: Object.fromEntries(request.headers), payload: Buffer.from(await request.arrayBuffer()) });
    };
    const big = await upload('big.wav', 'audio/wav', 5 * 1024 * 1024 + 1);
    expect(big.status).toBe(413);
    expect(big.body.error).toBe('fileTooLarge');
    const text = await upload('a.txt', 'text/plain', 10);
    expect(text.status).toBe(415);
    expect((await upload('ok.wav', 'audio/wav', 10)).status).toBe(200);
  });
});
