import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { client, createUser, notFoundStatuses } from './helpers.ts';

type Summary = { enabled: boolean; name: string; description: string | null; extension: string; accessCode: string | null };
type Member = { id: number; name: string; imID: string; uuid: string; volumeIn: number; energyLevel: number; canHear: boolean; canSpeak: boolean };
type Details = { conference: { extension: string; locked: boolean; members: Member[] } };

/** Conferences are made by the administrator (no create in the document): these use the fixture user 200's. */
const FIXTURE_ONLY = 'needs conferences owned by the fixture user 200 (PIN 11111111); the API cannot create a conference';
const COMMAND = 'PUT /my/conference/{conference-name}/{command}';

/** The fixture user 200 and their conferences: one running, one not (found by the details' 406). */
async function fixtureConferences(t: ScenarioContext) {
  const sipx = client(t).as('200', '11111111');
  const { body } = await sipx.call<{ conferences: Summary[] }>('GET /my/conferences', { accept: 'json' });
  let idle: string | undefined;
  let running: string | undefined;
  for (const c of body.conferences) {
    const r = await sipx.raw('GET /my/conferencedetails/{confName}', { params: { confName: c.name } });
    if (r.status === 406) idle ??= c.name;
    else if (r.status === 200) running ??= c.name;
  }
  assert.ok(idle && running, 'user 200 owns a running and an idle conference');
  return { sipx, idle, running };
}

export const conferenceScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.conference.unknown',
    title: 'A new user owns no conferences; an unknown conference is 404 for details, settings and commands',
    doc: [doc('5147-5179'), doc('5218-5224'), doc('5490-5496')],
    operations: ['GET /my/conferences', 'GET /my/conferencedetails/{confName}', 'GET /my/conferences/{name}', 'PUT /my/conferences/{name}', COMMAND],
    mutates: true,
    async run(t) {
      const user = await createUser(t);
      const sipx = client(t).as(user.username, user.pin);
      const list = await sipx.call<{ conferences: Summary[] }>('GET /my/conferences');
      assert.deepEqual(list.body.conferences, [], 'a new user owns no conferences');
      const name = t.name('conf');
      const statuses = notFoundStatuses(t);
      for (const [operation, params, body] of [
        ['GET /my/conferencedetails/{confName}', { confName: name }, undefined],
        ['GET /my/conferences/{name}', { name }, undefined],
        ['PUT /my/conferences/{name}', { name }, { conference: { video: false } }],
        [COMMAND, { confName: name, command: 'lock' }, undefined],
      ] as const) {
        const r = await sipx.refused(operation, statuses, { params, ...(body ? { body } : {}) });
        assert.ok(statuses.includes(r.status), `${operation} of an unknown conference: ${r.status} (doc 5220, 5492)`);
      }
      for (const method of ['PUT', 'POST', 'DELETE']) {
        const r = await sipx.send(method, sipx.path('GET /my/conferences'), { user: user.username, password: user.pin, body: '<conference/>' });
        assert.equal(r.status, 405, `${method} /my/conferences (doc 5181, 5268)`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.conference.details',
    title: 'Details list the participants of a running conference; an idle one is 406; another user\'s is 403',
    doc: [doc('5183-5234')],
    operations: ['GET /my/conferences', 'GET /my/conferencedetails/{confName}', 'GET /my/conferences/{name}', COMMAND],
    mutates: true,
    skipOn: { real: FIXTURE_ONLY },
    async run(t) {
      const { sipx, idle, running } = await fixtureConferences(t);
      const list = await sipx.call<{ conferences: Summary[] }>('GET /my/conferences', { accept: 'xml' });
      const summary = list.body.conferences.find((c) => c.name === running)!;
      const details = await sipx.call<Details>('GET /my/conferencedetails/{confName}', { params: { confName: running }, accept: 'xml' });
      assert.equal(details.body.conference.extension, summary.extension, 'the details carry the conference extension');
      assert.ok(details.body.conference.members.length > 0);
      for (const m of details.body.conference.members) assert.match(m.uuid, /^[0-9a-f-]{36}$/);
      const idleDetails = await sipx.refused('GET /my/conferencedetails/{confName}', [406], { params: { confName: idle } });
      assert.equal(idleDetails.status, 406, 'found but not active (doc 5224)');
      // The second fixture user's conference (conf201) belongs to someone else.
      for (const [operation, params] of [
        ['GET /my/conferencedetails/{confName}', { confName: 'conf201' }],
        ['GET /my/conferences/{name}', { name: 'conf201' }],
        [COMMAND, { confName: 'conf201', command: 'lock' }],
      ] as const) {
        const r = await sipx.refused(operation, [403], { params });
        assert.equal(r.status, 403, `${operation} of another user's conference (doc 5222, 5494)`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.conference.settings',
    title: 'Conference settings (with `named`) round-trip through PUT; fields left out keep their value',
    doc: [doc('5270-5319')],
    operations: ['GET /my/conferences/{name}', 'PUT /my/conferences/{name}'],
    mutates: true,
    skipOn: { real: FIXTURE_ONLY },
    async run(t) {
      const { sipx, idle } = await fixtureConferences(t);
      const before = (await sipx.call('GET /my/conferences/{name}', { params: { name: idle }, accept: 'json' })).body.conference;
      assert.equal(before.named, idle, 'the settings name the conference `named` (doc 5284)');
      t.cleanup(() => sipx.raw('PUT /my/conferences/{name}', { params: { name: idle }, body: { conference: before } }));
      const put = await sipx.call('PUT /my/conferences/{name}', {
        params: { name: idle },
        body: `<conference><maxMembers>${before.maxMembers + 3}</maxMembers><video>${!before.video}</video><moh>NONE</moh></conference>`,
      });
      assert.equal(put.body.response.code, 'SUCCESS_UPDATED');
      const after = (await sipx.call('GET /my/conferences/{name}', { params: { name: idle }, accept: 'xml' })).body.conference;
      assert.deepEqual(after, { ...before, maxMembers: before.maxMembers + 3, video: !before.video, moh: 'NONE' });
      const bad = await sipx.refused('PUT /my/conferences/{name}', [400], { params: { name: idle }, body: { conference: { maxMembers: -1 } } });
      assert.equal(bad.status, 400);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.conference.commands',
    title: 'FreeSWITCH commands dial members in, mute, deafen, lock, list, transfer and kick them; unknown commands are 400',
    doc: [doc('5321-5542')],
    operations: [COMMAND, 'GET /my/conferencedetails/{confName}'],
    mutates: true,
    skipOn: { real: FIXTURE_ONLY },
    async run(t) {
      const { sipx, idle, running } = await fixtureConferences(t);
      const command = async (confName: string, text: string) => (await sipx.call<string>(COMMAND, { params: { confName, command: text } })).body;
      const details = async (confName: string) => (await sipx.call<Details>('GET /my/conferencedetails/{confName}', { params: { confName }, accept: 'json' })).body.conference;
      t.cleanup(() => sipx.raw(COMMAND, { params: { confName: idle, command: 'kick&all' } }));
      const [n1, n2, n3] = [t.number(), t.number(), t.number()];
      assert.equal(await command(idle, `dial&sofia/default/${n1}@softswitch&1234567890&FreeSWITCH_Conference`), 'Call Requested: result: [SUCCESS]');
      assert.match(await command(idle, `bgdial&sofia/default/${n2}@softswitch`), /^OK Job-UUID: /);
      let conf = await details(idle);
      assert.deepEqual(conf.members.map((m) => m.name), [String(n1), String(n2)], 'both destinations joined');
      const [first, second] = conf.members;
      await command(idle, 'mute&last');
      await command(idle, `deaf&${first.id}`);
      await command(idle, `volume_in&${first.id}&2`);
      await command(idle, `energy&all&500`);
      await command(idle, 'lock');
      conf = await details(idle);
      assert.equal(conf.locked, true);
      assert.deepEqual(
        conf.members.map((m) => [m.id, m.canSpeak, m.canHear, m.volumeIn, m.energyLevel]),
        [[first.id, true, false, 2, 500], [second.id, false, true, 0, 500]],
      );
      assert.equal(await command(idle, `dial&sofia/default/${n3}@softswitch`), 'Call Requested: result: [CONFERENCE_LOCKED]');
      assert.equal((await details(idle)).members.length, 2, 'nobody enters a locked conference');
      const listing = (await command(idle, 'list')).split('\n');
      assert.equal(listing[0], `${idle} (2 members locked),`, 'the list header (doc 5516)');
      assert.equal(listing[1].split(',').length, 8, 'one CSV line per leg with 8 items (doc 5520-5542)');
      await command(idle, 'unlock');
      for (const text of ['invite&1', 'mute', 'kick&999', 'volume_in&1&9', '&lock']) {
        const r = await sipx.refused(COMMAND, [400], { params: { confName: idle, command: text } });
        assert.equal(r.status, 400, `${text}: no or an incorrect command (doc 5496)`);
      }
      const runningBefore = (await details(running)).members.length;
      assert.equal(await command(idle, `transfer&${running}&${second.id}`), `OK Member '${second.id}' sent to conference ${running}.`);
      const moved = (await details(running)).members;
      assert.equal(moved.length, runningBefore + 1, 'the member joined the other conference');
      t.cleanup(() => sipx.raw(COMMAND, { params: { confName: running, command: `kick&${moved.at(-1)!.id}` } }));
      assert.equal(await command(idle, `kick&${first.id}`), `OK kicked ${first.id}`);
      const ended = await sipx.refused('GET /my/conferencedetails/{confName}', [406], { params: { confName: idle } });
      assert.equal(ended.status, 406, 'the last member left: the conference is no longer active');
      const r = await sipx.refused(COMMAND, [406], { params: { confName: idle, command: 'lock' } });
      assert.equal(r.status, 406);
    },
  }),
];
