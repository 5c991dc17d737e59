import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { client, createUser, notFoundStatuses } from './helpers.ts';

interface Schedule {
  scheduleId: number;
  name: string;
  description: string | null;
  periods: Array<{ day: string; start: string; end: string }>;
}

/** A personal schedule of `userId` created by POST (no body in the answer), found by its name in GET …/personal. */
async function createSchedule(t: ScenarioContext, userId: number, body: Record<string, unknown> = {}): Promise<Schedule> {
  const sipx = client(t);
  const name = t.name('sched');
  await sipx.call('POST /schedules/user/{userId}/personal', {
    params: { userId },
    body: { name, description: 'conformance schedule', periods: [{ day: 'Monday', start: '09:00', end: '12:00' }], ...body },
  });
  const personal = await sipx.call('GET /schedules/user/{userId}/personal', { params: { userId }, accept: 'json' });
  const created = (personal.body.schedules as Schedule[]).find((s) => s.name === name);
  assert.ok(created, 'the new schedule is listed among the user\'s personal schedules');
  t.cleanup(() => sipx.raw('DELETE /schedules/{scheduleId}', { params: { scheduleId: created.scheduleId } }));
  return created;
}

export const scheduleScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.schedule.round-trip',
    title: 'A personal schedule reads back, takes a new description (plain text), shows in the user\'s schedules, deletes, then is 404',
    doc: [doc('3434-3525')],
    operations: [
      'POST /schedules/user/{userId}/personal',
      'GET /schedules/user/{userId}/personal',
      'GET /schedules/{scheduleId}',
      'PUT /schedules/{scheduleId}',
      'GET /schedules/user/{userId}/all',
      'DELETE /schedules/{scheduleId}',
    ],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const user = await createUser(t);
      const schedule = await createSchedule(t, user.id);
      const read = await sipx.call('GET /schedules/{scheduleId}', { params: { scheduleId: schedule.scheduleId } });
      assert.match(read.response.contentType, /json/, '/api answers JSON by default');
      assert.equal(read.body.name, schedule.name);
      assert.deepEqual(read.body.periods, [{ day: 'Monday', start: '09:00', end: '12:00' }]);
      await sipx.call('PUT /schedules/{scheduleId}', { params: { scheduleId: schedule.scheduleId }, body: 'night shift', contentType: 'text/plain' });
      const xml = await sipx.call('GET /schedules/{scheduleId}', { params: { scheduleId: schedule.scheduleId }, accept: 'xml' });
      assert.equal(xml.body.description, 'night shift');
      assert.equal(xml.body.name, schedule.name, 'the name stays');
      await sipx.call('PUT /schedules/{scheduleId}', { params: { scheduleId: schedule.scheduleId }, body: { periods: [{ day: 'Weekend', start: '10:00', end: '11:30' }] } });
      const all = await sipx.call('GET /schedules/user/{userId}/all', { params: { userId: user.id }, accept: 'json' });
      const listed = (all.body.schedules as Schedule[]).find((s) => s.scheduleId === schedule.scheduleId);
      assert.deepEqual(listed?.periods, [{ day: 'Weekend', start: '10:00', end: '11:30' }], 'the user\'s schedules show the new periods');
      await sipx.call('DELETE /schedules/{scheduleId}', { params: { scheduleId: schedule.scheduleId } });
      const gone = await sipx.refused('GET /schedules/{scheduleId}', notFoundStatuses(t), { params: { scheduleId: schedule.scheduleId } });
      assert.ok(notFoundStatuses(t).includes(gone.status), `deleted schedule: ${gone.status}`);
      const personal = await sipx.call('GET /schedules/user/{userId}/personal', { params: { userId: user.id } });
      assert.ok(!(personal.body.schedules as Schedule[]).some((s) => s.scheduleId === schedule.scheduleId));
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.schedule.periods',
    title: 'Periods are inserted at an index and removed by index; an index past the end is refused',
    doc: [doc('3527-3550')],
    operations: ['POST /schedules/{scheduleId}/period/{index}', 'DELETE /schedules/{scheduleId}/period/{index}', 'GET /schedules/{scheduleId}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const user = await createUser(t);
      const { scheduleId } = await createSchedule(t, user.id);
      const periods = async () => (await sipx.call('GET /schedules/{scheduleId}', { params: { scheduleId }, accept: 'json' })).body.periods as Schedule['periods'];
      await sipx.call('POST /schedules/{scheduleId}/period/{index}', { params: { scheduleId, index: 0 }, body: { day: 'Sunday', start: '08:00', end: '09:00' } });
      await sipx.call('POST /schedules/{scheduleId}/period/{index}', { params: { scheduleId, index: 2 }, body: '<period><day>Friday</day><start>14:00</start><end>18:00</end></period>' });
      assert.deepEqual((await periods()).map((p) => p.day), ['Sunday', 'Monday', 'Friday']);
      await sipx.call('DELETE /schedules/{scheduleId}/period/{index}', { params: { scheduleId, index: 1 } });
      assert.deepEqual(await periods(), [
        { day: 'Sunday', start: '08:00', end: '09:00' },
        { day: 'Friday', start: '14:00', end: '18:00' },
      ]);
      const past = await sipx.refused('POST /schedules/{scheduleId}/period/{index}', [400], { params: { scheduleId, index: 9 }, body: { day: 'Monday', start: '08:00', end: '09:00' } });
      assert.equal(past.status, 400);
      const backwards = await sipx.refused('POST /schedules/{scheduleId}/period/{index}', [400], { params: { scheduleId, index: 0 }, body: { day: 'Monday', start: '18:00', end: '09:00' } });
      assert.equal(backwards.status, 400, 'a period ends after it starts');
      const missing = await sipx.refused('DELETE /schedules/{scheduleId}/period/{index}', notFoundStatuses(t), { params: { scheduleId, index: 7 } });
      assert.ok(notFoundStatuses(t).includes(missing.status));
      assert.equal((await periods()).length, 2, 'refused requests change nothing');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.schedule.scopes',
    title: 'General and group schedules list; a user\'s "all" holds their personal and the general ones; unknown owners are 404',
    doc: [doc('3386-3478')],
    operations: ['GET /schedules/general', 'GET /schedules/group/{groupId}', 'GET /schedules/user/{userId}/all', 'GET /schedules/user/{userId}/personal'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const general = await sipx.call('GET /schedules/general', { accept: 'xml' });
      const generalIds = (general.body.schedules as Schedule[]).map((s) => s.scheduleId);
      const created = await sipx.call('PUT /user-group', { body: { group: { name: t.name('ug') } } });
      const groupId = created.body.response.data.id as number;
      t.cleanup(() => sipx.raw('DELETE /user-group/{id}', { params: { id: groupId } }));
      const groupSchedules = await sipx.call('GET /schedules/group/{groupId}', { params: { groupId } });
      assert.deepEqual(groupSchedules.body.schedules, [], 'a new group has no schedules');
      const user = await createUser(t);
      const own = await createSchedule(t, user.id);
      const all = await sipx.call('GET /schedules/user/{userId}/all', { params: { userId: user.id }, accept: 'json' });
      const allIds = (all.body.schedules as Schedule[]).map((s) => s.scheduleId);
      assert.ok(allIds.includes(own.scheduleId), 'the personal schedule');
      for (const id of generalIds) assert.ok(allIds.includes(id), `the general schedule ${id}`);
      for (const operation of ['GET /schedules/user/{userId}/all', 'GET /schedules/user/{userId}/personal'] as const) {
        const r = await sipx.refused(operation, [404], { params: { userId: 999999999 } });
        assert.equal(r.status, 404, operation);
      }
      assert.equal((await sipx.refused('GET /schedules/group/{groupId}', [404], { params: { groupId: 999999999 } })).status, 404);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.schedule.owner-deleted',
    title: 'A deleted user takes their personal schedules along; a schedule name is unique per user',
    doc: [doc('3458-3509'), doc('3765-3767')],
    operations: ['POST /schedules/user/{userId}/personal', 'GET /schedules/{scheduleId}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const user = await createUser(t);
      const schedule = await createSchedule(t, user.id);
      const twice = await sipx.refused('POST /schedules/user/{userId}/personal', [400], { params: { userId: user.id }, body: { name: schedule.name } });
      assert.equal(twice.status, 400, 'the same name again');
      const nameless = await sipx.refused('POST /schedules/user/{userId}/personal', [400], { params: { userId: user.id }, body: { description: 'no name' } });
      assert.equal(nameless.status, 400, 'a schedule needs a name');
      await sipx.call('DELETE /user/{id}', { params: { id: user.id } });
      const gone = await sipx.refused('GET /schedules/{scheduleId}', notFoundStatuses(t), { params: { scheduleId: schedule.scheduleId } });
      assert.ok(notFoundStatuses(t).includes(gone.status), 'the deleted user\'s schedule is gone');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.schedule.methods',
    title: 'Methods the schedule sections list as unsupported are 405 (also on the literal /schedules/general)',
    doc: [doc('3408-3408'), doc('3432-3432'), doc('3456-3456'), doc('3487-3487'), doc('3525-3525'), doc('3550-3550')],
    operations: ['GET /schedules/general'],
    async run(t) {
      const sipx = client(t);
      const cases: Array<[string, string]> = [
        ['DELETE', sipx.path('GET /schedules/general')],
        ['PUT', sipx.path('GET /schedules/general')],
        ['POST', sipx.path('GET /schedules/group/{groupId}', { groupId: 1 })],
        ['DELETE', sipx.path('GET /schedules/user/{userId}/all', { userId: 1 })],
        ['PUT', sipx.path('GET /schedules/user/{userId}/personal', { userId: 1 })],
        ['POST', sipx.path('GET /schedules/{scheduleId}', { scheduleId: 1 })],
        ['GET', sipx.path('POST /schedules/{scheduleId}/period/{index}', { scheduleId: 1, index: 0 })],
        ['PUT', sipx.path('POST /schedules/{scheduleId}/period/{index}', { scheduleId: 1, index: 0 })],
      ];
      for (const [method, path] of cases) assert.equal((await sipx.send(method, path, method === 'GET' ? {} : { body: 'x' })).status, 405, `${method} ${path}`);
      await sipx.call('GET /schedules/general');
    },
  }),
];
