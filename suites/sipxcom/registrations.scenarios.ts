import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { client, createUser, notFoundStatuses, serialFor } from './helpers.ts';

type Registration = { uri: string; identity: string; contact: string; ip: string; instrument: string; regCallId: string; primary: string; expires: number };

const FIXTURE_ONLY = 'deletes registrations of phones the scenario did not create (registrations come from SIP, the API cannot make one)';

export const registrationScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.registration.list',
    title: 'Registrations list in JSON and XML; start/limit window the list; a server filter finds its own',
    doc: [doc('3112-3146'), doc('3296-3316')],
    operations: ['GET /registrations', 'GET /registrations/server/{serverId}'],
    async run(t) {
      const sipx = client(t);
      const all = (await sipx.call<{ registrations: Registration[] }>('GET /registrations', { accept: 'json' })).body.registrations;
      const xml = await sipx.call<{ registrations: Registration[] }>('GET /registrations', { accept: 'xml' });
      assert.match(xml.response.contentType, /xml/);
      assert.equal(xml.body.registrations.length, all.length, 'XML and JSON list the same registrations');
      const window = await sipx.call<{ registrations: Registration[] }>('GET /registrations', { query: { start: 0, limit: 1 }, accept: 'json' });
      assert.ok(window.body.registrations.length <= 1, 'limit=1 answers at most one');
      if (all.length === 0) return t.note('the target holds no registrations: the server filter was not checked');
      const server = all[0].primary;
      const onServer = await sipx.call<{ registrations: Registration[] }>('GET /registrations/server/{serverId}', { params: { serverId: server }, accept: 'json' });
      assert.ok(onServer.body.registrations.some((r) => r.regCallId === all[0].regCallId), `the registration is listed under its server ${server}`);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.registration.filters-empty',
    title: 'A new user, an unused MAC, IP and Call-ID have no registrations; unknown users and servers are not found',
    doc: [doc('3150-3323')],
    operations: [
      'GET /registrations/user/{userId}',
      'DELETE /registrations/user/{userId}',
      'GET /registrations/serialNo/{serialId}',
      'GET /registrations/ip/{ip}',
      'GET /registrations/callId/{callId}',
      'DELETE /registrations/callId/{callId}',
      'GET /registrations/server/{serverId}',
      'DELETE /registrations/server/{serverId}',
    ],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const user = await createUser(t);
      for (const key of [user.username, String(user.id)]) {
        const mine = await sipx.call<{ registrations: Registration[] }>('GET /registrations/user/{userId}', { params: { userId: key }, accept: 'json' });
        assert.deepEqual(mine.body.registrations, [], `a new user (${key}) has no registrations`);
      }
      await sipx.call('DELETE /registrations/user/{userId}', { params: { userId: user.id } });
      const callId = `${t.name('call')}@192.0.2.1`;
      for (const [operation, params] of [
        ['GET /registrations/serialNo/{serialId}', { serialId: serialFor(t.number()) }],
        ['GET /registrations/ip/{ip}', { ip: '192.0.2.77' }],
        ['GET /registrations/callId/{callId}', { callId }],
      ] as const) {
        const { body } = await sipx.call<{ registrations: Registration[] }>(operation, { params, accept: 'json' });
        assert.deepEqual(body.registrations, [], `${operation} of an unused key`);
      }
      await sipx.call('DELETE /registrations/callId/{callId}', { params: { callId } });
      const statuses = notFoundStatuses(t);
      for (const [operation, params] of [
        ['GET /registrations/user/{userId}', { userId: t.name('nobody') }],
        ['DELETE /registrations/user/{userId}', { userId: t.name('nobody') }],
        ['GET /registrations/server/{serverId}', { serverId: `${t.name('nohost')}.invalid` }],
        ['DELETE /registrations/server/{serverId}', { serverId: `${t.name('nohost')}.invalid` }],
      ] as const) {
        const r = await sipx.refused(operation, statuses, { params });
        assert.ok(statuses.includes(r.status), `${operation} of an unknown key: ${r.status}`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.registration.purge',
    title: 'DELETE by MAC, Call-ID, IP and user removes exactly the matching registrations',
    doc: [doc('3189-3195'), doc('3224-3230'), doc('3255-3261'), doc('3286-3292')],
    operations: [
      'GET /registrations',
      'GET /registrations/serialNo/{serialId}',
      'DELETE /registrations/serialNo/{serialId}',
      'GET /registrations/callId/{callId}',
      'DELETE /registrations/callId/{callId}',
      'GET /registrations/ip/{ip}',
      'DELETE /registrations/ip/{ip}',
      'GET /registrations/user/{userId}',
      'DELETE /registrations/user/{userId}',
    ],
    mutates: true,
    skipOn: { real: FIXTURE_ONLY },
    async run(t) {
      const sipx = client(t);
      const list = async () => (await sipx.call<{ registrations: Registration[] }>('GET /registrations', { accept: 'json' })).body.registrations;
      const before = await list();
      const phones = before.filter((r) => r.instrument !== '');
      assert.ok(phones.length >= 4, 'the fixtures register several phones');
      const [a, b, c, d] = phones;
      const byMac = await sipx.call<{ registrations: Registration[] }>('GET /registrations/serialNo/{serialId}', { params: { serialId: a.instrument.toUpperCase() } });
      assert.deepEqual(byMac.body.registrations.map((r) => r.regCallId), [a.regCallId], 'the MAC filter (any case) finds the phone');
      await sipx.call('DELETE /registrations/serialNo/{serialId}', { params: { serialId: a.instrument } });
      assert.deepEqual((await sipx.call('GET /registrations/serialNo/{serialId}', { params: { serialId: a.instrument } })).body.registrations, []);
      const byCallId = await sipx.call<{ registrations: Registration[] }>('GET /registrations/callId/{callId}', { params: { callId: b.regCallId }, accept: 'json' });
      assert.equal(byCallId.body.registrations[0]?.instrument, b.instrument);
      await sipx.call('DELETE /registrations/callId/{callId}', { params: { callId: b.regCallId } });
      assert.equal((await sipx.call('GET /registrations/ip/{ip}', { params: { ip: c.ip }, accept: 'json' })).body.registrations.length, 1);
      await sipx.call('DELETE /registrations/ip/{ip}', { params: { ip: c.ip } });
      await sipx.call('DELETE /registrations/user/{userId}', { params: { userId: d.identity } });
      assert.deepEqual((await sipx.call('GET /registrations/user/{userId}', { params: { userId: d.identity } })).body.registrations, []);
      const after = await list();
      const gone = new Set([a, b, c].map((r) => r.regCallId));
      const expected = before.filter((r) => !gone.has(r.regCallId) && r.identity !== d.identity).map((r) => r.regCallId);
      assert.deepEqual(after.map((r) => r.regCallId), expected, 'only the matching registrations are gone');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.registration.refresh',
    title: 'Emulated phones re-register each period: expires moves forward with the clock, the registration stays',
    doc: [doc('3112-3146')],
    operations: ['GET /registrations'],
    control: 'advances the emulator clock past a registration period',
    async run(t) {
      const sipx = client(t);
      const before = (await sipx.call<{ registrations: Registration[] }>('GET /registrations', { accept: 'json' })).body.registrations;
      assert.ok(before.length > 0);
      await t.control.advanceClock(3600);
      const after = (await sipx.call<{ registrations: Registration[] }>('GET /registrations', { accept: 'json' })).body.registrations;
      const now = Math.floor((await t.control.clock()).now / 1000);
      for (const r of before) {
        const again = after.find((x) => x.regCallId === r.regCallId);
        assert.ok(again, `${r.regCallId} is still registered`);
        assert.ok(again.expires > r.expires && again.expires > now - 1, 'the registration was refreshed');
      }
    },
  }),
];
