import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { client, createUser } from './helpers.ts';

export const systemScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.system.portal-password',
    title: 'A portal password under 8 characters is 400; a valid one is saved and the PIN still authenticates',
    doc: [doc('5546-5564')],
    operations: ['PUT /my/portal/password/{password}', 'GET /my/keepalive'],
    mutates: true,
    async run(t) {
      const user = await createUser(t);
      const sipx = client(t).as(user.username, user.pin);
      for (const password of ['short', '1234567']) {
        const r = await sipx.refused('PUT /my/portal/password/{password}', [400], { params: { password }, body: 'x' });
        assert.equal(r.status, 400, `a ${password.length}-character password (doc 5554)`);
      }
      const saved = await sipx.call('PUT /my/portal/password/{password}', { params: { password: `Portal-${t.number()}-pw` }, body: 'x' });
      assert.equal(saved.status, 200);
      await sipx.call('GET /my/keepalive');
      const get = await sipx.send('GET', sipx.path('PUT /my/portal/password/{password}', { password: 'whatever123' }), { user: user.username, password: user.pin });
      assert.equal(get.status, 405, 'GET is unsupported (doc 5564)');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.system.user-reads',
    title: 'Login details, fax preferences, server time and keep-alive answer for the authenticated user; writes are 405',
    doc: [doc('5566-5717')],
    operations: ['GET /my/logindetails', 'GET /my/faxprefs', 'GET /my/time', 'GET /my/keepalive'],
    mutates: true,
    async run(t) {
      const user = await createUser(t);
      const sipx = client(t).as(user.username, user.pin);
      const login = await sipx.call('GET /my/logindetails', { accept: 'json' });
      assert.equal(login.body['login-details'].userName, user.username);
      const loginXml = await sipx.call('GET /my/logindetails', { accept: 'xml' });
      assert.deepEqual(loginXml.body, login.body, 'XML and JSON say the same');
      const fax = await sipx.call('GET /my/faxprefs', { accept: 'json' });
      assert.ok(fax.body.faxprefs ?? fax.body.logindetails, 'fax preferences (or the second section\'s login details)');
      const time = await sipx.call('GET /my/time', { accept: 'json' });
      assert.equal(Date.parse(time.body.time.date), time.body.time.epoch, 'the date and the epoch agree');
      const alive = await sipx.call('GET /my/keepalive');
      assert.equal(alive.response.text, '');
      for (const operation of ['GET /my/logindetails', 'GET /my/faxprefs', 'GET /my/time', 'GET /my/keepalive']) {
        for (const method of ['PUT', 'POST', 'DELETE']) {
          const r = await sipx.send(method, sipx.path(operation), { user: user.username, password: user.pin, body: 'x' });
          assert.equal(r.status, 405, `${method} ${sipx.path(operation)}`);
        }
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.system.time-follows-clock',
    title: 'The configuration server time follows the emulator clock',
    doc: [doc('5598-5614')],
    operations: ['GET /my/time'],
    control: 'advances the emulator clock by an hour',
    mutates: true,
    async run(t) {
      const user = await createUser(t);
      const sipx = client(t).as(user.username, user.pin);
      const before = (await sipx.call('GET /my/time', { accept: 'xml' })).body.time.epoch as number;
      await t.control.advanceClock(3600);
      const after = (await sipx.call('GET /my/time', { accept: 'json' })).body.time.epoch as number;
      const moved = (after - before) / 1000;
      assert.ok(moved >= 3600 && moved < 3660, `the time moved ${moved} s`);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.system.fixture-fax',
    title: 'The fixture user 200 has a fax extension and a DID',
    doc: [doc('5566-5596')],
    operations: ['GET /my/faxprefs'],
    skipOn: { real: 'reads the fixture user 200 (PIN 11111111)' },
    async run(t) {
      const { body } = await client(t).as('200', '11111111').call('GET /my/faxprefs', { accept: 'xml' });
      assert.match(body.faxprefs.extension, /^\d+$/);
      assert.match(body.faxprefs.did, /^\d+$/);
    },
  }),
];
