// A complete test of a fetch-based Grandstream UCM client, with no UCM and no server: msw answers
// from the emulator's Grandstream pack (HTTPS `POST /api`). Copy it into your project.
import { createHash } from 'node:crypto';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ControlClient } from 'pbx-emulator';
import { createMswHandlers, type MswEmulator } from 'pbx-emulator/msw';

let mock: MswEmulator;
let server: ReturnType<typeof setupServer>;
let ucm: string;
let control: ControlClient;

// Your client: every request is `{"request": {action, …}}`; challenge → MD5 token → login → cookie.
const api = async (request: Record<string, unknown>) =>
  (await fetch(`${ucm}/api`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ request }) })).json();
async function login(user = 'cdrapi', password = 'cdrapi123'): Promise<string> {
  const { response } = await api({ action: 'challenge', user, version: '1.0' });
  const token = createHash('md5').update(response.challenge + password).digest('hex');
  return (await api({ action: 'login', user, token })).response.cookie;
}

beforeAll(async () => {
  mock = await createMswHandlers({ vendor: 'grandstream' });
  server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  ucm = mock.urls.grandstream!; // https://grandstream.emulator.test
  control = new ControlClient(ucm);
});
afterEach(() => control.reset());
afterAll(async () => {
  server.close();
  await mock.close();
});

it('logs in and pages the extensions', async () => {
  const cookie = await login();
  const page = await api({ action: 'listAccount', cookie, item_num: '5', page: '1', sidx: 'extension', sord: 'asc' });
  expect(page.status).toBe(0);
  expect(page.response.account).toHaveLength(5);
  expect(page.response.total_item).toBeGreaterThan(5);
});

it('gets -37 for a wrong password and -6 once the cookie has idled out', async () => {
  expect((await api({ action: 'login', user: 'cdrapi', token: 'not-the-md5' })).status).toBe(-37);
  const cookie = await login();
  await control.advanceClock(11 * 60); // the documented 10-minute idle expiry, on the emulator's clock
  expect((await api({ action: 'listAccount', cookie })).status).toBe(-6);
});

it('retries when the UCM is busy (-45, "retry after 15 seconds")', async () => {
  const cookie = await login();
  await control.addFault({ operation: 'listAccount', when: { first: 1 }, effect: { error: 'tooFrequent45' } });
  const busy = await api({ action: 'listAccount', cookie });
  expect(busy.status).toBe(-45);
  expect(busy.response.error_msg).toMatch(/retry after 15 seconds/);
  expect((await api({ action: 'listAccount', cookie })).status).toBe(0);
});
