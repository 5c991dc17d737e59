import { strict as assert } from 'node:assert';
import { CLICK_TO_CALL } from '../../contracts/sipxcom/calls.ts';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { client, createUser } from './helpers.ts';

type Cdr = {
  from: string;
  'from-aor': string;
  to: string;
  'to-aor': string;
  direction: 'INCOMING' | 'OUTBOUND';
  recipient: string;
  internal: boolean;
  type: string;
  'start-time': string;
  duration: number;
};

export const callScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.call.click-to-call',
    title: 'A click-to-call rings the caller, connects the callee, shows in both users\' active calls and ends on the clock',
    doc: [doc('77-81'), doc('4132-4148'), doc('4327-4389')],
    operations: ['PUT /my/call/{to}', 'GET /my/activecdrs'],
    mutates: true,
    control: 'advances the emulator clock through ringing, talking and hang-up',
    async run(t) {
      const [caller, callee] = [await createUser(t), await createUser(t)];
      const asCaller = client(t).as(caller.username, caller.pin);
      const asCallee = client(t).as(callee.username, callee.pin);
      const cdrs = async (who: typeof asCaller, accept: 'json' | 'xml' = 'json') => (await who.call<{ cdrs: Cdr[] }>('GET /my/activecdrs', { accept })).body.cdrs;
      assert.deepEqual(await cdrs(asCaller), [], 'a new user has no active calls');
      await asCaller.call('PUT /my/call/{to}', { params: { to: callee.username }, body: 'x' });
      const ringing = await cdrs(asCaller, 'xml');
      assert.equal(ringing.length, 1);
      assert.deepEqual(
        { from: ringing[0].from, to: ringing[0].to, direction: ringing[0].direction, internal: ringing[0].internal, recipient: ringing[0].recipient },
        { from: caller.username, to: callee.username, direction: 'OUTBOUND', internal: true, recipient: '' },
        'the caller\'s own phone rings first: nobody has answered',
      );
      assert.match(ringing[0]['from-aor'], new RegExp(`^sip:${caller.username}@`));
      assert.deepEqual(await cdrs(asCallee), [], 'the callee is not called before the caller answers');
      await t.control.advanceClock(CLICK_TO_CALL.ringSeconds + 1);
      const [connected] = await cdrs(asCaller);
      assert.equal(connected.recipient, callee.username, 'connected: the callee answered');
      assert.ok(connected.duration >= CLICK_TO_CALL.ringSeconds, `duration ${connected.duration} counts from the start`);
      const incoming = await cdrs(asCallee);
      assert.deepEqual(incoming.map((c) => [c.direction, c.from, c.to]), [['INCOMING', caller.username, callee.username]]);
      assert.equal(incoming[0]['start-time'], connected['start-time']);
      await t.control.advanceClock(CLICK_TO_CALL.talkSeconds);
      assert.deepEqual(await cdrs(asCaller), [], 'the call ended');
      assert.deepEqual(await cdrs(asCallee), []);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.call.alternate-uris',
    title: '/call/{to} places the call like /my/call/{to}, with or without a body, and by GET; an outside SIP URI is not internal',
    doc: [doc('77-81'), doc('4134-4150')],
    operations: ['PUT /call/{to}', 'GET /my/call/{to}', 'GET /call/{to}', 'GET /my/activecdrs'],
    mutates: true,
    async run(t) {
      const user = await createUser(t);
      const sipx = client(t).as(user.username, user.pin);
      const numbers = [String(t.number()), String(t.number()), String(t.number())];
      await sipx.call('PUT /call/{to}', { params: { to: numbers[0] } });
      await sipx.call('GET /my/call/{to}', { params: { to: `sip:${numbers[1]}@example.com` } });
      await sipx.call('GET /call/{to}', { params: { to: numbers[2] } });
      const { body } = await sipx.call<{ cdrs: Cdr[] }>('GET /my/activecdrs', { accept: 'json' });
      const byTo = new Map(body.cdrs.map((c) => [c.to, c]));
      for (const n of numbers) assert.equal(byTo.get(n)?.direction, 'OUTBOUND', `the call to ${n} is active`);
      assert.equal(byTo.get(numbers[1])?.['to-aor'], `sip:${numbers[1]}@example.com`, 'the whole To URI');
      assert.equal(byTo.get(numbers[1])?.internal, false, 'a call off the system is not internal');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.call.invalid',
    title: 'A {to} that is not a valid SIP URI is 400; other methods are 405; the superadmin has no phone to ring',
    doc: [doc('4140-4150'), doc('4389-4389')],
    operations: ['PUT /my/call/{to}', 'PUT /call/{to}', 'GET /my/activecdrs'],
    mutates: true,
    async run(t) {
      const user = await createUser(t);
      const sipx = client(t).as(user.username, user.pin);
      for (const [operation, to] of [
        ['PUT /my/call/{to}', '<bad uri'],
        ['PUT /call/{to}', 'sip:@example.com'],
        ['PUT /my/call/{to}', 'two words'],
      ] as const) {
        const r = await sipx.refused(operation, [400], { params: { to }, body: 'x' });
        assert.equal(r.status, 400, `${operation} to ${JSON.stringify(to)} (doc 4140)`);
      }
      assert.deepEqual((await sipx.call('GET /my/activecdrs', { accept: 'json' })).body.cdrs, [], 'no call was placed');
      for (const [method, operation] of [['POST', 'PUT /my/call/{to}'], ['DELETE', 'PUT /call/{to}']] as const) {
        const r = await sipx.send(method, sipx.path(operation, { to: String(t.number()) }), { user: user.username, password: user.pin, body: 'x' });
        assert.equal(r.status, 405, `${method} ${operation}`);
      }
      for (const method of ['POST', 'PUT', 'DELETE']) {
        const r = await sipx.send(method, sipx.path('GET /my/activecdrs'), { user: user.username, password: user.pin, body: 'x' });
        assert.equal(r.status, 405, `${method} /my/activecdrs (doc 4389)`);
      }
      if (t.target.kind !== 'real') {
        const admin = await client(t).refused('PUT /call/{to}', [403], { params: { to: String(t.number()) }, body: 'x' });
        assert.equal(admin.status, 403, 'the superadmin credential is not a user with a phone');
      }
    },
  }),
];
