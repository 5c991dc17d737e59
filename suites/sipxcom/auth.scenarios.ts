import { strict as assert } from 'node:assert';
import { defineScenario } from '../harness/scenario.ts';
import { doc } from '../../contracts/sipxcom/source.ts';
import { client, createUser } from './helpers.ts';

export const authScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.auth.no-credentials',
    title: 'No or wrong credentials get 401 with a WWW-Authenticate challenge',
    doc: [doc('75-81')],
    operations: ['GET /user', 'GET /phones'],
    async run(t) {
      const sipx = client(t);
      for (const [operation, options] of [
        ['GET /user', { auth: 'none' as const }],
        ['GET /phones', { auth: 'none' as const }],
        ['GET /user', { password: `${t.target.credentials.password}-wrong` }],
      ] as const) {
        const response = await sipx.refused(operation, [401], options);
        assert.equal(response.status, 401, `${operation} without valid credentials`);
        assert.match(response.headers.get('www-authenticate') ?? '', /Basic|Digest/i, 'a challenge is sent');
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.auth.digest',
    title: 'HTTP Digest authenticates the superadmin as Basic does',
    doc: [doc('75-75')],
    operations: ['GET /phoneGroups'],
    async run(t) {
      const sipx = client(t);
      const basic = await sipx.call('GET /phoneGroups', { accept: 'json' });
      const digest = await sipx.call('GET /phoneGroups', { accept: 'json', auth: 'digest' });
      assert.deepEqual(digest.body, basic.body);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.auth.user-role',
    title: 'A regular user (name + PIN) is refused admin resources',
    doc: [doc('557-557'), doc('4558-4566')],
    operations: ['PUT /user', 'GET /user', 'GET /phones', 'DELETE /user/{id}'],
    mutates: true,
    async run(t) {
      const user = await createUser(t);
      const asUser = client(t).as(user.username, user.pin);
      const users = await asUser.refused('GET /user', [403]);
      assert.equal(users.status, 403, 'GET /user as a regular user');
      const phones = await asUser.refused('GET /phones', [403]);
      assert.equal(phones.status, 403, 'GET /phones as a regular user');
      const wrong = await client(t).as(user.username, `${user.pin}9`).refused('GET /user', [401]);
      assert.equal(wrong.status, 401, 'a wrong PIN is refused');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.auth.pin-change',
    title: 'PUT /my/voicemail/pin/{pin} changes what the user authenticates with',
    doc: [doc('4393-4438')],
    operations: ['PUT /my/voicemail/pin/{pin}', 'GET /user/{id}'],
    mutates: true,
    async run(t) {
      const user = await createUser(t);
      const asUser = client(t).as(user.username, user.pin);
      const newPin = String(20000000 + t.number());
      await asUser.call('PUT /my/voicemail/pin/{pin}', { params: { pin: newPin }, body: 'x' });
      const old = await asUser.refused('PUT /my/voicemail/pin/{pin}', [401], { params: { pin: newPin }, body: 'x' });
      assert.equal(old.status, 401, 'the old PIN no longer authenticates');
      await client(t).as(user.username, newPin).call('PUT /my/voicemail/pin/{pin}', { params: { pin: newPin }, body: 'x' });
      const bad = await client(t).as(user.username, newPin).refused('PUT /my/voicemail/pin/{pin}', [400], { params: { pin: 'abc' }, body: 'x' });
      assert.equal(bad.status, 400, 'a PIN that cannot be saved is 400 (doc 4423)');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.auth.admin-sets-pin',
    title: 'A PIN set by the admin through PUT /user/{id} is the user\'s credential; an empty PIN keeps it',
    doc: [doc('3725-3729'), doc('3758-3764')],
    operations: ['PUT /user/{id}', 'GET /user/{id}'],
    mutates: true,
    async run(t) {
      const user = await createUser(t);
      const sipx = client(t);
      const pin = String(30000000 + t.number());
      const updated = await sipx.call('PUT /user/{id}', { params: { id: user.id }, body: `<user><username>${user.username}</username><pin>${pin}</pin></user>` });
      assert.equal(updated.body.response.data.id, user.id, 'the update answers the id affected (doc 3760)');
      await sipx.call('PUT /user/{id}', { params: { id: user.id }, body: { user: { username: user.username, pin: '', firstName: 'Renamed' } } });
      const { body } = await sipx.call('GET /user/{id}', { params: { id: user.id }, accept: 'json' });
      assert.equal(body.user.firstName, 'Renamed');
      assert.equal(body.user.pin, pin, 'an empty PIN keeps the PIN (doc 3727)');
      await client(t).as(user.username, pin).call('PUT /my/voicemail/pin/{pin}', { params: { pin }, body: 'x' });
      const old = await client(t).as(user.username, user.pin).refused('PUT /my/voicemail/pin/{pin}', [401], { params: { pin }, body: 'x' });
      assert.equal(old.status, 401);
    },
  }),
];
