import { faker } from '@faker-js/faker/locale/en';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sipxcomContracts } from '../../contracts/sipxcom/index.ts';
import { startSipx, type SipxReply, type SipxTestEmulator } from './test-support.ts';

/**
 * Whatever arrives, sipXcom answers a status below 500 with its envelope (or an empty body): never a
 * 5xx, a hang or a stack trace. Strict mode is on, so an answer breaking its contract fails too.
 */
const NASTY_SEGMENTS = ['0', '-1', '99999999999999999999', 'x'.repeat(300), '..%2F..%2Fetc', '%00', 'ä€😀', '%3Cb%3E', "'%3B DROP", 'null', '0004f280cc95', 'ZZZZZZZZZZZZ'];
const NASTY_BODIES: Array<[string, string]> = [
  ['', 'application/json'],
  ['{', 'application/json'],
  ['null', 'application/json'],
  ['[]', 'application/json'],
  ['"x"', 'application/json'],
  ['{"user": null}', 'application/json'],
  ['{"user": {"username": {"a": 1}, "groups": "x"}}', 'application/json'],
  ['{"phones": [1, null, "x", {"serialNo": 5}]}', 'application/json'],
  ['{"__proto__": {"polluted": true}, "username": "p"}', 'application/json'],
  ['<user>', 'application/xml'],
  ['<a/><b/>', 'application/xml'],
  ['<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><user><username>&lol2;</username></user>', 'application/xml'],
  ['<!DOCTYPE x SYSTEM "file:///etc/passwd"><user/>', 'text/xml'],
  ['<user><username>&unknown;</username></user>', 'application/xml'],
  ['<phones><phone><serialNo>zz</serialNo></phone></phones>', 'application/xml'],
  [`<user><username>${'a'.repeat(300_000)}</username></user>`, 'application/xml'],
  ['plain text', 'text/plain'],
  ['a=b&c=d', 'application/x-www-form-urlencoded'],
  ['\u0000\u0001', 'application/octet-stream'],
];

function expectSane(reply: SipxReply, label: string) {
  expect(reply.status, `${label}: ${reply.text.slice(0, 300)}`).toBeLessThan(500);
  expect(reply.text).not.toMatch(/at .+\.ts:\d+|stack|TypeError/i);
}

describe('sipXcom bad input', () => {
  let sipx: SipxTestEmulator;
  beforeAll(async () => {
    sipx = await startSipx();
  });
  afterAll(() => sipx.close());

  it('every operation answers sanely for nasty path values and bodies, as admin and as a user', async () => {
    faker.seed(20241114);
    for (const contract of sipxcomContracts) {
      if (contract.transport.kind !== 'rest') continue;
      const { method, path } = contract.transport;
      for (let variant = 0; variant < 5; variant++) {
        const url = path.replace(/\{[^}]+\}/g, () => faker.helpers.arrayElement(NASTY_SEGMENTS));
        const [body, type] = faker.helpers.arrayElement(NASTY_BODIES);
        const auth: [string, string] | null = faker.helpers.arrayElement([undefined, ['200', '11111111'], null]) ?? sipx.admin;
        const reply = await sipx.request(method, `${url}?page=${faker.helpers.arrayElement(NASTY_SEGMENTS)}&pagesize=-3`, {
          auth,
          ...(body ? { body, contentType: type } : {}),
          accept: faker.helpers.arrayElement(['json', 'xml', 'image/png', '*/*']),
        });
        expectSane(reply, `${method} ${url} ${type} ${body.slice(0, 60)}`);
      }
    }
  }, 120_000);

  it('malformed XML and JSON are 400 with the envelope; DTDs are refused; oversize bodies are 413', async () => {
    for (const [body, type] of NASTY_BODIES.slice(9, 14)) {
      const reply = await sipx.request('PUT', '/sipxconfig/rest/user', { body, contentType: type });
      expect(reply.status, body).toBe(400);
      expect(reply.text).toMatch(/<response><code>ERROR_VALIDATION_FAILED<\/code>/);
    }
    expect((await sipx.request('PUT', '/sipxconfig/rest/user', { body: '{', contentType: 'application/json' })).status).toBe(400);
    const big = await sipx.request('PUT', '/sipxconfig/rest/user', { body: `<user><username>${'a'.repeat(300_000)}</username></user>`, contentType: 'application/xml' });
    expect(big.status).toBe(413);
    const polluted = await sipx.request('PUT', '/sipxconfig/rest/user', { body: '{"__proto__": {"polluted": true}, "username": "proto1", "pin": "1234"}', contentType: 'application/json' });
    expect(polluted.status).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('unknown paths are 404 with the envelope, JSON when asked', async () => {
    for (const url of ['/', '/sipxconfig/rest/nothing', '/sipxconfig/api/phones/1/nothing', '/sipxconfig/api/1/up']) {
      const reply = await sipx.request('GET', url);
      expect(reply.status, url).toBe(404);
      expect(reply.text).toMatch(/ERROR_OBJECT_NOT_FOUND/);
    }
    const json = await sipx.request('GET', '/sipxconfig/rest/nothing', { accept: 'json' });
    expect(json.json.response.code).toBe('ERROR_OBJECT_NOT_FOUND');
  });
});
