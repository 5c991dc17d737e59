import { strict as assert } from 'node:assert';
import { parseXml } from '../../contracts/sipxcom/representation.ts';
import { doc } from '../../contracts/sipxcom/source.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { defineScenario } from '../harness/scenario.ts';
import { client, createUser, notFoundStatuses } from './helpers.ts';

/** A user created for the scenario and a client acting as them. */
async function mailboxUser(t: ScenarioContext) {
  const user = await createUser(t);
  return { user, me: client(t).as(user.username, user.pin) };
}

/** Reads a voicemail folder feed (RSS, checked here: the client's XML decoding is for XML/JSON bodies). */
async function feed(t: ScenarioContext, me: ReturnType<typeof client>, folder: string) {
  const response = await me.raw('GET /my/feed/voicemail/{folder}', { params: { folder } });
  const operation = 'GET /my/feed/voicemail/{folder}';
  const fail = (expected: string, seen: string) => {
    t.observe({ operation, outcome: 'deviates', path: '(body)', expected, seen, request: response.request });
    throw new Error(`${operation}: ${expected}, seen ${seen}`);
  };
  if (response.status !== 200) fail('200', `${response.status} ${response.text.slice(0, 200)}`);
  if (!/rss|xml/.test(response.contentType)) fail('an RSS (XML) content type', response.contentType);
  let parsed: Record<string, unknown>;
  try {
    parsed = parseXml(response.text);
  } catch (error) {
    return fail('a well-formed RSS document', (error as Error).message);
  }
  const channel = (parsed.rss as { channel?: Record<string, unknown> } | undefined)?.channel;
  if (!channel || typeof channel !== 'object') return fail('<rss><channel>', Object.keys(parsed).join(','));
  t.observe({ operation, outcome: 'conforms' });
  const items = channel.item === undefined ? [] : ([] as unknown[]).concat(channel.item);
  return { response, channel, items: items as Array<Record<string, unknown>> };
}

export const voicemailScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.vm.prefs-round-trip',
    title: 'Voicemail preferences written with PUT /my/vmprefs read back; fields not sent stay',
    doc: [doc('4449-4504')],
    operations: ['GET /my/vmprefs', 'PUT /my/vmprefs'],
    mutates: true,
    async run(t) {
      const { me } = await mailboxUser(t);
      const before = (await me.call('GET /my/vmprefs', { accept: 'json' })).body.vmprefs;
      t.cleanup(() => me.raw('PUT /my/vmprefs', { body: { vmprefs: before } }));
      const email = `${t.name('vm')}@example.com`.toLowerCase();
      await me.call('PUT /my/vmprefs', { body: { vmprefs: { email, emailformat: 'medium', emailAttachType: 'yes' } } });
      const xml = await me.call('GET /my/vmprefs', { accept: 'xml' });
      assert.match(xml.response.contentType, /xml/);
      assert.equal(xml.body.vmprefs.email, email);
      assert.equal(xml.body.vmprefs.emailformat, 'medium');
      assert.equal(xml.body.vmprefs.emailAttachType, 'yes');
      assert.equal(xml.body.vmprefs.greeting, before.greeting, 'fields not sent stay');
      await me.call('PUT /my/vmprefs', { body: { vmprefs: { emailformat: null } } });
      const json = await me.call('GET /my/vmprefs', { accept: 'json' });
      assert.equal(json.body.vmprefs.emailformat, null, 'null: no e-mail is sent (doc 4465)');
      const bad = await me.refused('PUT /my/vmprefs', [400], { body: { vmprefs: { emailformat: 'loud' } } });
      assert.equal(bad.status, 400, 'an unknown e-mail format');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.vm.attendant',
    title: 'The personal attendant (JSON, doc 4559/4566) round-trips; the operator is set and reset by URI',
    doc: [doc('4524-4604')],
    operations: ['GET /my/voicemail/attendant', 'PUT /my/voicemail/attendant', 'PUT /my/voicemail/operator/{operator}', 'PUT /my/voicemail/operator'],
    mutates: true,
    async run(t) {
      const { me } = await mailboxUser(t);
      const before = (await me.call('GET /my/voicemail/attendant')).body;
      assert.equal(typeof before.personalAttendantPermission, 'boolean');
      t.cleanup(() => {
        const { personalAttendantPermission: _p, ...restore } = before;
        return me.raw('PUT /my/voicemail/attendant', { body: restore });
      });
      const operator = String(t.number());
      // The document's example body (4566) with this run's operator.
      await me.call('PUT /my/voicemail/attendant', {
        body: { operator, overrideLanguage: true, menu: { 5: '255', 7: '999' }, language: 'en', depositVM: true, forwardDeleteVM: true, playVMDefaultOptions: true },
      });
      const read = await me.call('GET /my/voicemail/attendant', { accept: 'json' });
      assert.match(read.response.contentType, /json/);
      assert.equal(read.body.operator, operator);
      assert.deepEqual(read.body.menu, { 5: '255', 7: '999' });
      assert.equal(read.body.overrideLanguage, true);
      const other = String(t.number());
      await me.call('PUT /my/voicemail/operator/{operator}', { params: { operator: other }, body: 'x' });
      assert.equal((await me.call('GET /my/voicemail/attendant')).body.operator, other, 'PUT …/operator/{operator} sets it');
      await me.call('PUT /my/voicemail/operator', { body: 'x' });
      const reset = (await me.call('GET /my/voicemail/attendant')).body.operator;
      assert.ok(reset === null || reset === '', `PUT …/operator resets it (seen ${reset})`);
      assert.deepEqual((await me.call('GET /my/voicemail/attendant')).body.menu, { 5: '255', 7: '999' }, 'the menu stays');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.vm.feed',
    title: 'A voicemail folder is an RSS feed; an unknown folder is not found',
    doc: [doc('4506-4522')],
    operations: ['GET /my/feed/voicemail/{folder}'],
    mutates: true,
    async run(t) {
      const { me } = await mailboxUser(t);
      const inbox = await feed(t, me, 'inbox');
      assert.equal(inbox.items.length, 0, 'a new mailbox has no messages');
      const unknown = await me.refused('GET /my/feed/voicemail/{folder}', notFoundStatuses(t), { params: { folder: t.name('nofolder') } });
      assert.ok(notFoundStatuses(t).includes(unknown.status), `unknown folder: ${unknown.status}`);
      if (t.target.kind !== 'real') {
        // The emulator's fixture user 200 (PIN 11111111, doc 4558) has messages.
        const seeded = await feed(t, client(t).as('200', '11111111'), 'inbox');
        assert.ok(seeded.items.length > 0, 'the fixture inbox has messages');
        for (const item of seeded.items) assert.ok(item.title && item.pubDate && item.guid, 'items carry title, pubDate and guid');
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.vm.unsupported',
    title: 'Methods the voicemail sections list unsupported answer 405; bad attendant values are 400',
    doc: [doc('4504-4504'), doc('4568-4568'), doc('4584-4584'), doc('4522-4522')],
    operations: ['PUT /my/voicemail/attendant', 'GET /my/voicemail/attendant'],
    mutates: true,
    async run(t) {
      const { me } = await mailboxUser(t);
      for (const [method, operation, params] of [
        ['POST', 'GET /my/vmprefs', {}],
        ['DELETE', 'GET /my/voicemail/attendant', {}],
        ['GET', 'PUT /my/voicemail/operator/{operator}', { operator: '201' }],
        ['DELETE', 'GET /my/feed/voicemail/{folder}', { folder: 'inbox' }],
      ] as const) {
        const r = await me.send(method, me.path(operation, params), method === 'POST' ? { body: { x: 1 } } : {});
        assert.equal(r.status, 405, `${method} ${operation.slice(operation.indexOf(' ') + 1)}`);
      }
      const before = (await me.call('GET /my/voicemail/attendant')).body;
      const bad = await me.refused('PUT /my/voicemail/attendant', [400], { body: { menu: { 55: '255' } } });
      assert.equal(bad.status, 400, 'a menu key that is not one dial-pad key');
      assert.deepEqual((await me.call('GET /my/voicemail/attendant')).body, before, 'nothing changed');
    },
  }),
];
