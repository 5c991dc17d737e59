import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { API_USER_CONTROL, GrandstreamClient, loginSettingsOf, md5, seedApiUser } from './helpers.ts';

const SESSION_TTL = 600;

/** Establishing Connection and User Authentication (doc 159-271). */
export const authScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.auth.login',
    title: 'challenge gives 16 digits, login a sid cookie carried in the body, which opens getSystemStatus',
    doc: [doc('163-238'), doc('304-346')],
    operations: ['challenge', 'login', 'getSystemStatus'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const challenge = await ucm.send('challenge', { user: t.target.credentials.user, version: '1.0' });
      const c = ucm.accept('challenge', challenge) as { response: { challenge: string } };
      assert.match(c.response.challenge, /^\d{16}$/);
      const login = ucm.accept('login', await ucm.send('login', { user: t.target.credentials.user, token: md5(c.response.challenge + t.target.credentials.password) })) as {
        response: { cookie: string };
      };
      assert.match(login.response.cookie, /^sid\d+-\d+$/);
      const status = await ucm.send('getSystemStatus', { cookie: login.response.cookie });
      const body = ucm.accept('getSystemStatus', status) as { response: Record<string, string> };
      for (const key of ['idle-time', 'part-number', 'system-time', 'up-time']) assert.equal(typeof body.response[key], 'string', key);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.auth.version-optional',
    title: 'challenge works without version and with any version string',
    doc: [doc('183-186')],
    operations: ['challenge', 'login'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      await ucm.login(undefined, undefined, undefined);
      await ucm.login(undefined, undefined, '1.0.20.23');
      await ucm.call('getSystemGeneralStatus');
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.auth.cookie-required',
    title: 'no cookie, an unknown cookie, or a cookie sent only as an HTTP header → -6',
    doc: [doc('232'), doc('7653')],
    operations: ['getSystemGeneralStatus'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      assert.equal((await ucm.error('getSystemGeneralStatus', {}, { cookie: null })).status, -6);
      assert.equal((await ucm.error('getSystemGeneralStatus', {}, { cookie: 'sid1-1' })).status, -6);
      const cookie = await ucm.login();
      const viaHeader = await ucm.raw({ request: { action: 'getSystemGeneralStatus' } }, { cookie: `session=${cookie}; cookie=${cookie}` });
      assert.equal(ucm.refusal('getSystemGeneralStatus', viaHeader).status, -6);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.auth.wrong-password',
    title: 'a wrong token is -37 with remain_num counting down; a right login afterwards still works',
    doc: [doc('223-236'), doc('7664')],
    operations: ['challenge', 'login'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const user = t.target.credentials.user;
      const remains: number[] = [];
      for (let i = 0; i < 2; i++) {
        const challenge = ucm.accept('challenge', await ucm.send('challenge', { user })) as { response: { challenge: string } };
        const refused = ucm.refusal('login', await ucm.send('login', { user, token: md5(`${challenge.response.challenge}not-the-password`) }));
        assert.equal(refused.status, -37);
        assert.equal(typeof refused.response.remain_num, 'number', 'remain_num (login spelling)');
        remains.push(refused.response.remain_num as number);
      }
      assert.equal(remains[1], remains[0] - 1, `remain_num counts down: ${remains.join(', ')}`);
      await ucm.login();
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.auth.unknown-user',
    title: 'a challenge for a user that does not exist is refused (-37, or -71) with remain_number',
    doc: [doc('183-196'), doc('7664-7676')],
    operations: ['challenge'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const refused = ucm.refusal('challenge', await ucm.send('challenge', { user: t.name('nosuch'), version: '1.0' }));
      assert.ok([-37, -71].includes(refused.status), `status ${refused.status}`);
      if ('remain_number' in refused.response) assert.equal(typeof refused.response.remain_number, 'number');
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.auth.challenge-single-use',
    title: 'a challenge serves one login: replaying the same token fails',
    doc: [doc('200-236')],
    operations: ['challenge', 'login'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const { user, password } = t.target.credentials;
      const challenge = ucm.accept('challenge', await ucm.send('challenge', { user })) as { response: { challenge: string } };
      const token = md5(challenge.response.challenge + password);
      ucm.accept('login', await ucm.send('login', { user, token }));
      assert.equal(ucm.refusal('login', await ucm.send('login', { user, token })).status, -37);
      await ucm.login();
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.auth.logout',
    title: 'logout answers {"response":{},"status":0} and the cookie is dead afterwards (-6)',
    doc: [doc('240-271')],
    operations: ['logout', 'getSystemStatus'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const cookie = await ucm.login();
      const reply = await ucm.send('logout', { cookie });
      assert.deepEqual(ucm.accept('logout', reply), { response: {}, status: 0 });
      assert.equal((await ucm.error('getSystemStatus', {}, { cookie })).status, -6);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.auth.idle-expiry',
    title: 'a cookie lives 10 minutes from its last use on the clock, then answers -6',
    doc: [doc('232')],
    operations: ['getSystemStatus'],
    control: 'moves the emulator clock past the 10-minute cookie timeout',
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const cookie = await ucm.login();
      await t.control.advanceClock(SESSION_TTL - 5);
      ucm.accept('getSystemStatus', await ucm.send('getSystemStatus', { cookie }));
      await t.control.advanceClock(SESSION_TTL - 5);
      ucm.accept('getSystemStatus', await ucm.send('getSystemStatus', { cookie }));
      await t.control.advanceClock(SESSION_TTL + 1);
      assert.equal((await ucm.error('getSystemStatus', {}, { cookie })).status, -6);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.auth.lockout',
    title: 'after the allowed failures the address and user are banned (-68 with remain_time), then freed on the clock',
    doc: [doc('194-196'), doc('234-236'), doc('7673')],
    operations: ['challenge', 'login'],
    control: `${API_USER_CONTROL}, and moves the clock past the ban`,
    async run(t) {
      const { user, password } = await seedApiUser(t);
      const ucm = new GrandstreamClient(t, { user, password });
      const settings = await loginSettingsOf(t);
      const attempts = Number(settings.max_attempts ?? 5);
      let last = -1;
      for (let i = 0; i < attempts; i++) {
        const challenge = ucm.accept('challenge', await ucm.send('challenge', { user })) as { response: { challenge: string } };
        const refused = ucm.refusal('login', await ucm.send('login', { user, token: md5(`${challenge.response.challenge}x`) }));
        assert.equal(refused.status, -37);
        last = refused.response.remain_num as number;
      }
      assert.equal(last, 0, 'remain_num reaches 0');
      const banned = ucm.refusal('challenge', await ucm.send('challenge', { user }));
      assert.equal(banned.status, -68);
      assert.ok((banned.response.remain_time as number) > 0, 'remain_time > 0');
      // Even a login with the right password is refused while banned.
      assert.equal(ucm.refusal('login', await ucm.send('login', { user, token: md5(`0000000000000000${password}`) })).status, -68);
      // Other users from the same address are not banned.
      await new GrandstreamClient(t).login();
      await t.control.advanceClock(Number(settings.ban_seconds ?? 600) + 1);
      await ucm.login(user, password);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.auth.whitelist',
    title: 'a whitelisted address is never banned, however many failures',
    doc: [doc('55-57')],
    operations: ['challenge', 'login'],
    control: `${API_USER_CONTROL}, and whitelists the test client's address`,
    async run(t) {
      const before = await loginSettingsOf(t);
      await t.control.seed({ tables: { api_settings: { login: { ...before, whitelist: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] } } } });
      t.cleanup(() => t.control.seed({ tables: { api_settings: { login: before } } }));
      const { user, password } = await seedApiUser(t);
      const ucm = new GrandstreamClient(t, { user, password });
      for (let i = 0; i < Number(before.max_attempts ?? 5) + 2; i++) {
        ucm.accept('challenge', await ucm.send('challenge', { user }));
        assert.equal(ucm.refusal('login', await ucm.send('login', { user, token: 'wrong' })).status, -37);
      }
      await ucm.login(user, password);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.auth.permissions',
    title: 'an API user limited to some sections gets -47 elsewhere; a disabled one cannot log in (-70)',
    doc: [doc('44'), doc('7669'), doc('7675')],
    operations: ['getSystemStatus', 'listAccount', 'challenge'],
    control: API_USER_CONTROL,
    async run(t) {
      const limited = await seedApiUser(t, { sections: ['system'] });
      const ucm = new GrandstreamClient(t, limited);
      await ucm.call('getSystemStatus');
      assert.equal((await ucm.error('listAccount')).status, -47);
      const disabled = await seedApiUser(t, { enable: 'no' });
      const refused = ucm.refusal('challenge', await ucm.send('challenge', { user: disabled.user }));
      assert.equal(refused.status, -70);
    },
  }),
];
