// A complete test of a fetch-based PBXware client, with no PBX and no server: msw answers from the
// emulator's PBXware pack. Copy it into your project (vitest + msw 2 + pbx-emulator).
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ControlClient } from 'pbx-emulator';
import { createMswHandlers, type MswEmulator } from 'pbx-emulator/msw';

let mock: MswEmulator;
let server: ReturnType<typeof setupServer>;
let pbx: string;
let control: ControlClient;

// Your client: one GET per action, the API key in the query.
const pbxware = async (action: string, args: Record<string, string> = {}) =>
  (await fetch(`${pbx}/?${new URLSearchParams({ apikey: 'my.secret.apikey', action, ...args })}`)).json();

beforeAll(async () => {
  mock = await createMswHandlers({ vendor: 'pbxware' });
  server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  pbx = mock.urls.pbxware!;
  control = new ControlClient(pbx);
});
afterEach(() => control.reset()); // every test starts from the same seeded fixtures
afterAll(async () => {
  server.close();
  await mock.close();
});

it('creates a department that the list then shows', async () => {
  const added = await pbxware('pbxware.department.add', { server: '2', name: 'Support' });
  const list = await pbxware('pbxware.department.list', { server: '2' });
  expect(list[added.id]).toMatchObject({ name: 'Support' });
});

it('gets the vendor error for a wrong key', async () => {
  expect(await pbxware('pbxware.ext.list', { apikey: 'wrong.key' })).toEqual({ error: 'Invalid API key.' });
});

it('copes with a PBX that fails the first call', async () => {
  await control.addFault({ operation: 'pbxware.ext.list', when: { first: 1 }, effect: { error: 'badRequest', message: 'try again' } });
  expect(await pbxware('pbxware.ext.list', { server: '2' })).toEqual({ error: 'try again' });
  expect(Object.keys(await pbxware('pbxware.ext.list', { server: '2' })).length).toBeGreaterThan(0);
  expect(await control.verify({ operation: 'pbxware.ext.list', times: 2 })).toMatchObject({ ok: true });
});
