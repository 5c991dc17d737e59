// A complete test of a fetch-based sipXcom (sipxconfig) client, with no server: msw answers from the
// emulator's sipXcom pack (REST under /sipxconfig, HTTP Basic, XML or JSON). Copy it into your project.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ControlClient } from 'pbx-emulator';
import { createMswHandlers, type MswEmulator } from 'pbx-emulator/msw';

let mock: MswEmulator;
let server: ReturnType<typeof setupServer>;
let sipx: string;
let control: ControlClient;

// Your client: HTTP Basic on every request, JSON asked for with Accept.
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const admin = { authorization: basic('superadmin', 'password'), accept: 'application/json' };

beforeAll(async () => {
  mock = await createMswHandlers({ vendor: 'sipxcom' });
  server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  sipx = mock.urls.sipxcom!; // https://sipxcom.emulator.test
  control = new ControlClient(sipx);
});
afterEach(() => control.reset());
afterAll(async () => {
  server.close();
  await mock.close();
});

it('adds a phone that the list then shows, in JSON and in XML', async () => {
  const created = await fetch(`${sipx}/sipxconfig/api/phones`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ serialNumber: '0004f2a1b2c3', model: { modelId: 'polycomVVX500' }, description: 'lobby' }),
  });
  expect(created.ok).toBe(true);
  const json = await (await fetch(`${sipx}/sipxconfig/api/phones`, { headers: admin })).json();
  expect(json.phones.map((p: { serialNo: string }) => p.serialNo)).toContain('0004f2a1b2c3');
  const xml = await (await fetch(`${sipx}/sipxconfig/api/phones`, { headers: { ...admin, accept: 'application/xml' } })).text();
  expect(xml).toContain('<serialNo>0004f2a1b2c3</serialNo>');
});

it('answers 401 with a challenge to wrong credentials', async () => {
  const reply = await fetch(`${sipx}/sipxconfig/api/phones`, { headers: { authorization: basic('superadmin', 'wrong') } });
  expect(reply.status).toBe(401);
  expect(reply.headers.get('www-authenticate')).toMatch(/^(Basic|Digest) /);
});

it('copes with sipxconfig restarting (503)', async () => {
  await control.addFault({ operation: 'GET /phones', when: { first: 1 }, effect: { error: 'serviceUnavailable' } });
  const busy = await fetch(`${sipx}/sipxconfig/api/phones`, { headers: admin });
  expect(busy.status).toBe(503);
  expect(await busy.json()).toMatchObject({ response: { code: 'ERROR_SERVICE_UNAVAILABLE' } });
  expect((await fetch(`${sipx}/sipxconfig/api/phones`, { headers: admin })).status).toBe(200);
});
