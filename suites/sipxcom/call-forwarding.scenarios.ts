import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { defineScenario } from '../harness/scenario.ts';
import { client, createUser, notFoundStatuses } from './helpers.ts';

type Sequence = { rings: Array<Record<string, unknown>>; withVoicemail: boolean };

/** A user created for the scenario and a client acting as them; their forwarding is restored at cleanup. */
async function forwardingUser(t: ScenarioContext) {
  const user = await createUser(t);
  const me = client(t).as(user.username, user.pin);
  const before = (await me.call<{ 'call-sequence': Sequence }>('GET /my/callfwd', { accept: 'json' })).body['call-sequence'];
  t.cleanup(() => me.raw('PUT /my/callfwd', { body: { 'call-sequence': before } }));
  return { user, me };
}

/** Creates a schedule as `me` and deletes it at cleanup; answers its id. */
async function createSchedule(t: ScenarioContext, me: ReturnType<typeof client>, name: string) {
  const created = await me.call('PUT /my/callfwdschedule', {
    body: { schedule: { name, description: 'conformance', periods: [{ start: '08:00', end: '12:00' }] } },
    accept: 'json',
  });
  assert.equal(created.status, 201, 'a new schedule is created with 201');
  const id = created.body.response.data.id as number;
  t.cleanup(() => me.raw('DELETE /my/callfwdsched/{id}', { params: { id } }));
  return id;
}

export const callForwardingScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.callfwd.round-trip',
    title: 'A user\'s call forwarding written with PUT /my/forward reads back from /my/forward and /my/callfwd',
    doc: [doc('4152-4222')],
    operations: ['GET /my/forward', 'PUT /my/forward', 'GET /my/callfwd', 'PUT /my/callfwd'],
    mutates: true,
    async run(t) {
      const { me } = await forwardingUser(t);
      const target = String(t.number());
      await me.call('PUT /my/forward', {
        body: {
          'call-sequence': {
            rings: [
              { number: target, expiration: 15, type: 'if no response', enabled: true },
              { number: `${target}1`, expiration: 40, type: 'at the same time', enabled: false },
            ],
            withVoicemail: true,
          },
        },
      });
      const xml = await me.call<{ 'call-sequence': Sequence }>('GET /my/forward', { accept: 'xml' });
      assert.match(xml.response.contentType, /xml/);
      assert.deepEqual(
        xml.body['call-sequence'].rings.map((r) => [r.number, r.expiration, r.type, r.enabled]),
        [
          [target, 15, 'if no response', true],
          [`${target}1`, 40, 'at the same time', false],
        ],
      );
      const json = await me.call<{ 'call-sequence': Sequence }>('GET /my/callfwd', { accept: 'json' });
      assert.deepEqual(json.body['call-sequence'].rings.map((r) => r.number), [target, `${target}1`], 'the same rings, with their schedules');
      await me.call('PUT /my/callfwd', { body: { 'call-sequence': { rings: [] } } });
      const cleared = await me.call<{ 'call-sequence': Sequence }>('GET /my/forward', { accept: 'json' });
      assert.deepEqual(cleared.body['call-sequence'].rings, [], 'an empty list clears the rings');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.callfwd.schedules',
    title: 'A schedule is created, read, updated, used by a ring, listed, deleted, then not found',
    doc: [doc('4224-4325')],
    operations: ['PUT /my/callfwdschedule', 'GET /my/callfwdsched/{id}', 'PUT /my/callfwdsched/{id}', 'GET /my/callfwdschedule', 'PUT /my/callfwd', 'GET /my/callfwd', 'DELETE /my/callfwdsched/{id}'],
    mutates: true,
    async run(t) {
      const { me } = await forwardingUser(t);
      const name = t.name('sched');
      const id = await createSchedule(t, me, name);
      const read = await me.call('GET /my/callfwdsched/{id}', { params: { id } });
      assert.equal(read.body.schedule.name, name);
      assert.deepEqual(read.body.schedule.periods, [{ start: '08:00', end: '12:00' }]);
      await me.call('PUT /my/callfwdsched/{id}', { params: { id }, body: { schedule: { description: 'mornings' } } });
      const updated = await me.call('GET /my/callfwdsched/{id}', { params: { id }, accept: 'json' });
      assert.equal(updated.body.schedule.description, 'mornings');
      assert.equal(updated.body.schedule.name, name, 'fields not sent stay');
      const list = await me.call('GET /my/callfwdschedule', { accept: 'json' });
      assert.ok(list.body.schedules.some((s: { scheduleId: number }) => s.scheduleId === id), 'the list shows the schedule');
      await me.call('PUT /my/callfwd', { body: { 'call-sequence': { rings: [{ number: String(t.number()), expiration: 20, type: 'if no response', enabled: true, scheduleId: id }] } } });
      const withSchedule = await me.call('GET /my/callfwd', { accept: 'json' });
      assert.equal(withSchedule.body['call-sequence'].rings[0].scheduleId, id, 'the ring uses the schedule');
      await me.call('DELETE /my/callfwdsched/{id}', { params: { id } });
      const gone = await me.refused('GET /my/callfwdsched/{id}', notFoundStatuses(t), { params: { id } });
      assert.ok(notFoundStatuses(t).includes(gone.status), `deleted schedule: ${gone.status}`);
      const after = await me.call('GET /my/callfwd', { accept: 'json' });
      assert.notEqual(after.body['call-sequence'].rings[0]?.scheduleId, id, 'no ring keeps the deleted schedule');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.callfwd.schedule-errors',
    title: 'A schedule that cannot be saved is 422; PUT/DELETE without a schedule id is 403; POST is 405',
    doc: [doc('4254-4254'), doc('4271-4271'), doc('4175-4175')],
    operations: ['PUT /my/callfwdschedule', 'PUT /my/callfwdsched/{id}', 'DELETE /my/callfwdsched/{id}', 'GET /my/callfwdsched/{id}'],
    mutates: true,
    async run(t) {
      const { me } = await forwardingUser(t);
      const bad = await me.refused('PUT /my/callfwdschedule', [422], { body: { schedule: { name: t.name('bad'), periods: [{ start: '17:00', end: '09:00' }] } } });
      assert.equal(bad.status, 422, 'a period ending before it starts cannot be saved');
      const list = await me.call('GET /my/callfwdschedule', { accept: 'json' });
      assert.equal(list.body.schedules.length, 0, 'nothing was saved');
      const id = await createSchedule(t, me, t.name('ok'));
      const badUpdate = await me.refused('PUT /my/callfwdsched/{id}', [422], { params: { id }, body: { schedule: { periods: [{ start: '25:00', end: '26:00' }] } } });
      assert.equal(badUpdate.status, 422, 'an update that cannot be saved');
      for (const method of ['PUT', 'DELETE']) {
        const r = await me.send(method, me.path('GET /my/callfwdsched/{id}', { id: '' }), method === 'PUT' ? { body: { schedule: { name: 'x' } } } : {});
        assert.equal(r.status, 403, `${method} without a schedule id (doc 4254)`);
      }
      const unknown = await me.refused('GET /my/callfwdsched/{id}', notFoundStatuses(t), { params: { id: 987654321 } });
      assert.ok(notFoundStatuses(t).includes(unknown.status));
      for (const operation of ['GET /my/forward', 'GET /my/callfwdschedule']) {
        const post = await me.send('POST', me.path(operation), { body: { x: 1 } });
        assert.equal(post.status, 405, `POST ${operation.slice(4)} is listed unsupported`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.callfwd.isolation',
    title: 'One user\'s schedules and rings are invisible to another user',
    doc: [doc('4224-4325')],
    operations: ['PUT /my/callfwdschedule', 'GET /my/callfwdschedule', 'GET /my/callfwdsched/{id}', 'DELETE /my/callfwdsched/{id}', 'PUT /my/forward', 'GET /my/forward'],
    mutates: true,
    async run(t) {
      const a = await forwardingUser(t);
      const b = await forwardingUser(t);
      const id = await createSchedule(t, a.me, t.name('mine'));
      const number = String(t.number());
      await a.me.call('PUT /my/forward', { body: { 'call-sequence': { rings: [{ number, expiration: 20, type: 'if no response', enabled: true }] } } });
      const theirs = await b.me.refused('GET /my/callfwdsched/{id}', notFoundStatuses(t).concat(403), { params: { id } });
      assert.ok([...notFoundStatuses(t), 403].includes(theirs.status), `another user's schedule: ${theirs.status}`);
      const del = await b.me.refused('DELETE /my/callfwdsched/{id}', notFoundStatuses(t).concat(403), { params: { id } });
      assert.ok([...notFoundStatuses(t), 403].includes(del.status), 'another user cannot delete it');
      const list = await b.me.call('GET /my/callfwdschedule', { accept: 'json' });
      assert.ok(!list.body.schedules.some((s: { scheduleId: number }) => s.scheduleId === id), 'not in the other user\'s list');
      const forward = await b.me.call('GET /my/forward', { accept: 'json' });
      assert.ok(!forward.body['call-sequence'].rings.some((r: { number: string }) => r.number === number), 'not in the other user\'s rings');
      const still = await a.me.call('GET /my/callfwdsched/{id}', { params: { id } });
      assert.equal(still.body.schedule.scheduleId, id, 'the owner still has it');
    },
  }),
];
