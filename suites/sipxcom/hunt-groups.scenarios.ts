import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import type { SipxRequestOptions } from '../harness/clients/sipxcom.ts';
import { client, createUser, notFoundStatuses } from './helpers.ts';

/** The create body of the example (doc 5119) with the scenario's name and extension. */
const exampleBody = (name: string, extension: string, extra: Record<string, unknown> = {}) => ({
  name,
  extension,
  description: '',
  enabled: true,
  did: null,
  ringBeans: [],
  fallbackDestination: null,
  voicemailFallback: true,
  userForward: true,
  useFwdTimers: false,
  ...extra,
});

/** A hunt group on a fresh extension of the run's range, deleted at cleanup. */
async function createHuntGroup(t: ScenarioContext, extra: Record<string, unknown> = {}): Promise<{ name: string; extension: string }> {
  const sipx = client(t);
  const extension = String(t.number());
  const name = t.name('hg');
  await sipx.call('POST /callgroups', { body: exampleBody(name, extension, extra) });
  t.cleanup(() => sipx.raw('DELETE /callgroups/{extension}', { params: { extension } }));
  return { name, extension };
}

const ringNames = (group: { ringBeans: Array<{ userName: string }> }) => group.ringBeans.map((r) => r.userName);

export const huntGroupScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.hunt-group.lifecycle',
    title: 'A hunt group created with the example JSON reads back, updates, duplicates, lists by prefix, deletes',
    doc: [doc('5095-5143')],
    operations: [
      'POST /callgroups',
      'GET /callgroups/{extension}',
      'PUT /callgroups/{extension}',
      'POST /callgroups/{extension}/duplicate/{newExtension}',
      'GET /callgroups/prefix/{prefix}',
      'GET /callgroups',
      'DELETE /callgroups/{extension}',
    ],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const group = await createHuntGroup(t);
      const read = await sipx.call('GET /callgroups/{extension}', { params: { extension: group.extension } });
      assert.match(read.response.contentType, /json/, 'the /api answer is JSON by default');
      assert.equal(read.body.name, group.name);
      assert.equal(read.body.extension, group.extension);
      assert.equal(read.body.voicemailFallback, true);
      await sipx.call('PUT /callgroups/{extension}', { params: { extension: group.extension }, body: exampleBody(group.name, group.extension, { description: 'kkkkk' }) });
      const updated = await sipx.call('GET /callgroups/{extension}', { params: { extension: group.extension }, accept: 'xml' });
      assert.equal(updated.body.description, 'kkkkk', 'doc 5137');
      const copyExtension = String(t.number());
      await sipx.call('POST /callgroups/{extension}/duplicate/{newExtension}', { params: { extension: group.extension, newExtension: copyExtension } });
      t.cleanup(() => sipx.raw('DELETE /callgroups/{extension}', { params: { extension: copyExtension } }));
      const copy = await sipx.call('GET /callgroups/{extension}', { params: { extension: copyExtension }, accept: 'json' });
      assert.equal(copy.body.extension, copyExtension);
      assert.equal(copy.body.description, 'kkkkk', 'the copy carries the settings');
      const prefix = group.extension.slice(0, 3);
      const byPrefix = await sipx.call('GET /callgroups/prefix/{prefix}', { params: { prefix }, accept: 'json' });
      const extensions = byPrefix.body.callGroups.map((g: { extension: string }) => g.extension);
      assert.ok(extensions.includes(group.extension) && extensions.includes(copyExtension), 'both are listed by prefix');
      assert.ok(extensions.every((e: string) => e.startsWith(prefix)), 'only extensions with the prefix');
      const all = await sipx.call('GET /callgroups');
      assert.ok(all.body.callGroups.some((g: { extension: string }) => g.extension === group.extension));
      for (const extension of [group.extension, copyExtension]) {
        await sipx.call('DELETE /callgroups/{extension}', { params: { extension } });
        const gone = await sipx.refused('GET /callgroups/{extension}', notFoundStatuses(t), { params: { extension } });
        assert.ok(notFoundStatuses(t).includes(gone.status), `deleted hunt group ${extension}: ${gone.status}`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.hunt-group.unique-extension',
    title: 'An extension already used by a hunt group or a user is refused, on create, update and duplicate',
    doc: [doc('5115-5137')],
    operations: ['POST /callgroups', 'POST /callgroups/{extension}/duplicate/{newExtension}', 'PUT /callgroups/{extension}', 'GET /callgroups'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const [a, b] = [await createHuntGroup(t), await createHuntGroup(t)];
      const user = await createUser(t);
      const again = await sipx.refused('POST /callgroups', [400], { body: exampleBody(t.name('hg'), a.extension) });
      assert.equal(again.status, 400, 'a second hunt group on the same extension');
      const onUser = await sipx.refused('POST /callgroups', [400], { body: exampleBody(t.name('hg'), user.username) });
      assert.equal(onUser.status, 400, 'a hunt group on a user\'s extension');
      const copy = await sipx.refused('POST /callgroups/{extension}/duplicate/{newExtension}', [400], { params: { extension: a.extension, newExtension: b.extension } });
      assert.equal(copy.status, 400, 'a copy onto a used extension');
      const moved = await sipx.refused('PUT /callgroups/{extension}', [400], { params: { extension: a.extension }, body: exampleBody(a.name, b.extension) });
      assert.equal(moved.status, 400, 'moving onto a used extension');
      const all = await sipx.call('GET /callgroups', { accept: 'json' });
      const mine = all.body.callGroups.filter((g: { extension: string }) => g.extension === a.extension || g.extension === b.extension);
      assert.equal(mine.length, 2, 'refused requests created nothing');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.hunt-group.ring',
    title: 'The ring list names users; rotate/{n} rings the members after n first; a deleted user leaves the list',
    doc: [doc('5127-5131'), doc('5115-5119')],
    operations: ['POST /callgroups', 'POST /callgroups/{extension}/rotate/{ringExtension}', 'GET /callgroups/{extension}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const [u1, u2, u3] = [await createUser(t), await createUser(t), await createUser(t)];
      const group = await createHuntGroup(t, { ringBeans: [u1, u2, u3].map((u) => ({ userName: u.username, expiration: 20, type: 'if no response' })) });
      const read = async () => (await sipx.call('GET /callgroups/{extension}', { params: { extension: group.extension }, accept: 'json' })).body;
      assert.deepEqual(ringNames(await read()), [u1.username, u2.username, u3.username]);
      await sipx.call('POST /callgroups/{extension}/rotate/{ringExtension}', { params: { extension: group.extension, ringExtension: u2.username } });
      assert.deepEqual(ringNames(await read()), [u3.username, u1.username, u2.username], '"1,2,3 where ringExtension = 2 will be 3,1,2" (index A23)');
      const notMember = await sipx.refused('POST /callgroups/{extension}/rotate/{ringExtension}', notFoundStatuses(t), { params: { extension: group.extension, ringExtension: t.name('nobody') } });
      assert.ok(notFoundStatuses(t).includes(notMember.status));
      const unknownUser = await sipx.refused('POST /callgroups', [400], { body: exampleBody(t.name('hg'), String(t.number()), { ringBeans: [{ userName: t.name('nobody') }] }) });
      assert.equal(unknownUser.status, 400, 'a ring member must be a user');
      await sipx.call('DELETE /user/{id}', { params: { id: u1.id } });
      assert.deepEqual(ringNames(await read()), [u3.username, u2.username], 'the deleted user left the ring list');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.hunt-group.not-found',
    title: 'An extension no hunt group has is not found for read, update, delete, duplicate and rotate',
    doc: [doc('5109-5143')],
    operations: [
      'GET /callgroups/{extension}',
      'PUT /callgroups/{extension}',
      'DELETE /callgroups/{extension}',
      'POST /callgroups/{extension}/duplicate/{newExtension}',
      'POST /callgroups/{extension}/rotate/{ringExtension}',
      'GET /callgroups/prefix/{prefix}',
    ],
    async run(t) {
      const sipx = client(t);
      const extension = String(t.number());
      const statuses = notFoundStatuses(t);
      const first = await sipx.refused('GET /callgroups/{extension}', statuses, { params: { extension } });
      if (!statuses.includes(first.status)) {
        t.note(`extension ${extension} is a hunt group on this target; the writes are not tried`);
        return;
      }
      const calls: Array<[string, SipxRequestOptions]> = [
        ['PUT /callgroups/{extension}', { params: { extension }, body: { description: 'x' } }],
        ['DELETE /callgroups/{extension}', { params: { extension } }],
        ['POST /callgroups/{extension}/duplicate/{newExtension}', { params: { extension, newExtension: String(t.number()) } }],
        ['POST /callgroups/{extension}/rotate/{ringExtension}', { params: { extension, ringExtension: '1' } }],
      ];
      for (const [operation, options] of calls) assert.ok(statuses.includes((await sipx.refused(operation, statuses, options)).status), operation);
      const none = await sipx.call('GET /callgroups/prefix/{prefix}', { params: { prefix: `${extension}99` } });
      assert.deepEqual(none.body.callGroups, [], 'no hunt group has that prefix');
    },
  }),
];
