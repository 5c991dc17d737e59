// A complete test of a fetch-based PortSIP PBX client, with no PBX and no server: msw answers from
// the emulator's PortSIP pack. Copy it into your project.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ControlClient } from 'pbx-emulator';
import { createMswHandlers, type MswEmulator } from 'pbx-emulator/msw';

let mock: MswEmulator;
let server: ReturnType<typeof setupServer>;
let pbx: string;
let control: ControlClient;

// Your client: a short-lived access token from the credentials, then JSON in and out.
async function token(): Promise<string> {
  const reply = await fetch(`${pbx}/api/account/credentials/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'admin', password: 'admin123' }),
  });
  return (await reply.json()).access_token;
}
const listExtensions = async (access_token: string) => fetch(`${pbx}/api/extensions/list?${new URLSearchParams({ access_token, pagination: '1', pagesize: '5' })}`);

beforeAll(async () => {
  mock = await createMswHandlers({ vendor: 'portsip' });
  server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  pbx = mock.urls.portsip!;
  control = new ControlClient(pbx);
});
afterEach(() => control.reset());
afterAll(async () => {
  server.close();
  await mock.close();
});

it('pages the extensions with a fresh token', async () => {
  const reply = await listExtensions(await token());
  expect(reply.status).toBe(200);
  const page = await reply.json();
  expect(page.extensions.length).toBeLessThanOrEqual(5);
  expect(page.extensions[0]).toHaveProperty('extension_number');
});

it('sees the token expire on the emulator clock', async () => {
  const access_token = await token();
  await control.advanceClock(31 * 60);
  expect((await listExtensions(access_token)).status).toBe(401);
});

it('copes with a PBX that is restarting (503)', async () => {
  const access_token = await token();
  await control.addFault({ operation: 'GET /api/extensions/list', when: { first: 1 }, effect: { error: 'serviceUnavailable' } });
  const busy = await listExtensions(access_token);
  expect(busy.status).toBe(503);
  expect(await busy.json()).toMatchObject({ error: 'serviceUnavailable' });
  expect((await listExtensions(access_token)).status).toBe(200);
});
