import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { defineScenario } from '../harness/scenario.ts';
import { client, createUser } from './helpers.ts';

type Me = ReturnType<typeof client>;

async function prefsUser(t: ScenarioContext) {
  const user = await createUser(t);
  return { user, me: client(t).as(user.username, user.pin) };
}

/** Reads a preference document and restores it at cleanup (through its PUT, without read-only fields). */
async function remember(t: ScenarioContext, me: Me, get: string, put: string, root: string, readOnly: string[] = []) {
  const before = (await me.call(get, { accept: 'json' })).body[root] as Record<string, unknown>;
  const restore = Object.fromEntries(Object.entries(before).filter(([k]) => !readOnly.includes(k)));
  t.cleanup(() => me.raw(put, { body: { [root]: restore } }));
  return before;
}

export const preferenceScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.prefs.contact-information',
    title: 'Contact information round-trips (XML and JSON); names change the user; a bad e-mail is 400',
    doc: [doc('4861-4932')],
    operations: ['GET /my/contact-information', 'PUT /my/contact-information', 'GET /user/{id}'],
    mutates: true,
    async run(t) {
      const { user, me } = await prefsUser(t);
      await remember(t, me, 'GET /my/contact-information', 'PUT /my/contact-information', 'contact-information', ['branchAddress', 'timestamp', 'enabled', 'ldapManaged']);
      const city = t.name('City');
      const email = `${t.name('ci')}@example.com`.toLowerCase();
      await me.call('PUT /my/contact-information', {
        body: { 'contact-information': { jobTitle: 'Tester', emailAddress: email, officeAddress: { city, street: '1 Main St' }, firstName: 'Renamed' } },
      });
      const xml = await me.call('GET /my/contact-information', { accept: 'xml' });
      const info = xml.body['contact-information'];
      assert.equal(info.jobTitle, 'Tester');
      assert.equal(info.emailAddress, email);
      assert.equal(info.officeAddress.city, city);
      assert.equal(info.firstName, 'Renamed');
      const json = await me.call('GET /my/contact-information', { accept: 'json' });
      assert.deepEqual(json.body, xml.body, 'both representations carry the same data');
      const admin = await client(t).call('GET /user/{id}', { params: { id: user.id }, accept: 'json' });
      assert.equal(admin.body.user.firstName, 'Renamed', 'the user\'s first name changed');
      const bad = await me.refused('PUT /my/contact-information', [400], { body: { 'contact-information': { emailAddress: 'not an address' } } });
      assert.equal(bad.status, 400);
      assert.equal((await me.call('GET /my/contact-information', { accept: 'json' })).body['contact-information'].emailAddress, email, 'nothing changed');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.prefs.im-and-mybuddy',
    title: 'IM and My Buddy preferences round-trip; fields not sent stay',
    doc: [doc('4934-5026')],
    operations: ['GET /my/im/prefs', 'PUT /my/im/prefs', 'GET /my/imbot/prefs', 'PUT /my/imbot/prefs'],
    mutates: true,
    async run(t) {
      const { me } = await prefsUser(t);
      const im = await remember(t, me, 'GET /my/im/prefs', 'PUT /my/im/prefs', 'im-prefs');
      const bot = await remember(t, me, 'GET /my/imbot/prefs', 'PUT /my/imbot/prefs', 'imbot-prefs');
      const message = t.name('busy');
      await me.call('PUT /my/im/prefs', { body: { 'im-prefs': { otpMessage: message, statusCallInfo: !im.statusCallInfo } } });
      const imAfter = (await me.call('GET /my/im/prefs')).body['im-prefs'];
      assert.equal(imAfter.otpMessage, message);
      assert.equal(imAfter.statusCallInfo, !im.statusCallInfo);
      assert.equal(imAfter.voicemailonDnd, im.voicemailonDnd, 'fields not sent stay');
      await me.call('PUT /my/imbot/prefs', { body: `<imbot-prefs><vmBegin>${!bot.vmBegin}</vmBegin><confEnter>${!bot.confEnter}</confEnter></imbot-prefs>` });
      const botAfter = (await me.call('GET /my/imbot/prefs', { accept: 'json' })).body['imbot-prefs'];
      assert.equal(botAfter.vmBegin, !bot.vmBegin);
      assert.equal(botAfter.confEnter, !bot.confEnter);
      assert.equal(botAfter.confExit, bot.confExit);
      const post = await me.send('POST', me.path('GET /my/im/prefs'), { body: { x: 1 } });
      assert.equal(post.status, 405, 'POST is listed unsupported (doc 4979)');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.prefs.speeddial',
    title: 'Speed dial buttons are replaced by PUT and read back in order',
    doc: [doc('5028-5069')],
    operations: ['GET /my/speeddial', 'PUT /my/speeddial'],
    mutates: true,
    async run(t) {
      const { me } = await prefsUser(t);
      await remember(t, me, 'GET /my/speeddial', 'PUT /my/speeddial', 'speeddial', ['canSubscribeToPresence']);
      const [a, b] = [String(t.number()), String(t.number())];
      await me.call('PUT /my/speeddial', { body: { speeddial: { buttons: [{ number: a, label: 'first', blf: false }, { number: b, label: 'second', blf: false }] } } });
      const read = await me.call('GET /my/speeddial', { accept: 'xml' });
      assert.deepEqual(read.body.speeddial.buttons.map((x: { number: string; label: string }) => [x.number, x.label]), [[a, 'first'], [b, 'second']]);
      await me.call('PUT /my/speeddial', { body: { speeddial: { buttons: [{ number: b, label: 'only' }] } } });
      const again = await me.call('GET /my/speeddial', { accept: 'json' });
      assert.deepEqual(again.body.speeddial.buttons.map((x: { number: string }) => x.number), [b], 'the list is replaced');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.prefs.active-greeting',
    title: 'The active greeting is set by URI; an unknown greeting saves "none"; another user\'s mailbox is refused',
    doc: [doc('5071-5093'), doc('4449-4495')],
    operations: ['PUT /my/mailbox/{user}/preferences/activegreeting/{greeting}', 'GET /my/vmprefs'],
    mutates: true,
    async run(t) {
      const { user, me } = await prefsUser(t);
      const other = await createUser(t);
      const before = (await me.call('GET /my/vmprefs', { accept: 'json' })).body.vmprefs.greeting as string;
      t.cleanup(() => me.raw('PUT /my/mailbox/{user}/preferences/activegreeting/{greeting}', { params: { user: user.username, greeting: before }, body: 'x' }));
      const set = (greeting: string) => me.call('PUT /my/mailbox/{user}/preferences/activegreeting/{greeting}', { params: { user: user.username, greeting }, body: 'x' });
      const greeting = async () => (await me.call('GET /my/vmprefs', { accept: 'json' })).body.vmprefs.greeting;
      await set('outofoffice');
      assert.equal(await greeting(), 'outofoffice');
      await set('bogus');
      assert.equal(await greeting(), 'none', '"For other content the “none” greeting will be saved." (doc 5079)');
      const theirs = await me.refused('PUT /my/mailbox/{user}/preferences/activegreeting/{greeting}', [403], { params: { user: other.username, greeting: 'standard' }, body: 'x' });
      assert.equal(theirs.status, 403, 'another user\'s mailbox');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.prefs.isolation',
    title: 'Preferences are per user: one user\'s change is not another\'s; an IM id is unique',
    doc: [doc('4861-5069')],
    operations: ['PUT /my/contact-information', 'GET /my/contact-information', 'PUT /my/speeddial', 'GET /my/speeddial'],
    mutates: true,
    async run(t) {
      const a = await prefsUser(t);
      const b = await prefsUser(t);
      await remember(t, a.me, 'GET /my/contact-information', 'PUT /my/contact-information', 'contact-information', ['branchAddress', 'timestamp', 'enabled', 'ldapManaged']);
      await remember(t, b.me, 'GET /my/contact-information', 'PUT /my/contact-information', 'contact-information', ['branchAddress', 'timestamp', 'enabled', 'ldapManaged']);
      await remember(t, a.me, 'GET /my/speeddial', 'PUT /my/speeddial', 'speeddial', ['canSubscribeToPresence']);
      const imId = t.name('im').toLowerCase();
      const company = t.name('Company');
      await a.me.call('PUT /my/contact-information', { body: { 'contact-information': { imID: imId, companyName: company } } });
      const n = String(t.number());
      await a.me.call('PUT /my/speeddial', { body: { speeddial: { buttons: [{ number: n, label: 'a' }] } } });
      const bInfo = (await b.me.call('GET /my/contact-information', { accept: 'json' })).body['contact-information'];
      assert.notEqual(bInfo.companyName, company, 'another user\'s contact information is untouched');
      const bDial = (await b.me.call('GET /my/speeddial', { accept: 'json' })).body.speeddial;
      assert.ok(!bDial.buttons.some((x: { number: string }) => x.number === n), 'another user\'s speed dials are untouched');
      const clash = await b.me.refused('PUT /my/contact-information', [400], { body: { 'contact-information': { imID: imId } } });
      assert.equal(clash.status, 400, 'an IM id already used by another user');
    },
  }),
];
