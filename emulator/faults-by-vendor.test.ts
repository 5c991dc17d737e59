import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorDefinition } from '../contracts/core/index.ts';
import { startEmulator, type Emulator } from './index.ts';
import { loadPack } from './packs.ts';
import { insecureFetch } from '../suites/harness/target.ts';
import type { VendorId } from '../contracts/core/index.ts';

/**
 * Every error of every vendor's catalogue can be set as a fault, and the answer is that vendor's own
 * rendering of it: PBXware `{"error": message}` with HTTP 200, Grandstream `{"status": code,
 * "response": {"error_msg"}}` with HTTP 200, PortSIP `{"error": id, "message"}` with the error's
 * status, sipXcom the `<response><code/><message/></response>` envelope (JSON on Accept) with its status.
 */
interface Probe {
  operation: string;
  /** Sends the probed request (logging in first where the vendor needs it). */
  send: (base: string) => Promise<Response>;
  expectRendered: (error: ErrorDefinition, status: number, body: string) => void;
}

const json = (body: string) => JSON.parse(body) as Record<string, any>;
const md5 = (text: string) => createHash('md5').update(text).digest('hex');
// The vendors' HTTPS listeners use the emulator's self-signed certificate.
let http: typeof fetch;
const post = (url: string, body: unknown) => http(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const PROBES: Record<VendorId, Probe> = {
  pbxware: {
    operation: 'pbxware.package.list',
    send: (base) => http(`${base}/?apikey=my.secret.apikey&action=pbxware.package.list`),
    expectRendered: (error, status, body) => {
      expect(status).toBe(200);
      expect(json(body)).toEqual({ error: error.message });
    },
  },
  grandstream: {
    operation: 'listAccount',
    async send(base) {
      const challenge = json(await (await post(`${base}/api`, { request: { action: 'challenge', user: 'cdrapi', version: '1.0' } })).text());
      const login = json(await (await post(`${base}/api`, { request: { action: 'login', user: 'cdrapi', token: md5(challenge.response.challenge + 'cdrapi123') } })).text());
      return post(`${base}/api`, { request: { action: 'listAccount', cookie: login.response.cookie } });
    },
    expectRendered: (error, status, body) => {
      expect(status).toBe(200);
      expect(json(body).status).toBe(error.code);
    },
  },
  portsip: {
    operation: 'GET /api/extensions/list',
    async send(base) {
      const { access_token } = json(await (await post(`${base}/api/account/credentials/verify`, { name: 'admin', password: 'admin123' })).text());
      return http(`${base}/api/extensions/list?access_token=${access_token}`);
    },
    expectRendered: (error, status, body) => {
      expect(status).toBe(error.httpStatus);
      expect(json(body)).toMatchObject({ error: error.id, message: error.message });
    },
  },
  sipxcom: {
    operation: 'GET /phones',
    send: (base) =>
      http(`${base}/sipxconfig/api/phones`, {
        headers: { authorization: `Basic ${Buffer.from('superadmin:password').toString('base64')}`, accept: 'application/json' },
      }),
    expectRendered: (error, status, body) => {
      expect(status).toBe(error.httpStatus);
      expect(json(body).response).toMatchObject({ code: error.code, message: error.message });
    },
  },
};

describe.each(Object.keys(PROBES) as VendorId[])('faults rendered in the %s format', (vendor) => {
  let emulator: Emulator;
  let base: string;
  let errors: ErrorDefinition[];
  const probe = PROBES[vendor];

  beforeAll(async () => {
    emulator = await startEmulator({ vendor, vendors: { [vendor]: { port: 0 } }, tls: undefined });
    base = emulator.vendor(vendor).url;
    errors = Object.values((await loadPack(vendor)).errors);
  });
  afterAll(() => emulator.close());

  it('answers every error of the catalogue, as that vendor renders it, when a fault names it', async () => {
    http = await insecureFetch();
    expect(errors.length).toBeGreaterThan(3);
    for (const error of errors) {
      const control = `${base}/__emulator/faults`;
      const set = await post(control, { operation: probe.operation, when: { first: 1 }, effect: { error: error.id } });
      expect(set.status, `${vendor} fault ${error.id}`).toBe(201);
      const reply = await probe.send(base);
      probe.expectRendered(error, reply.status, await reply.text());
      await http(control, { method: 'DELETE' });
    }
  });
});
