import { strict as assert } from 'node:assert';
import { toneWav } from '../../emulator/core/media.ts';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { client, createUser } from './helpers.ts';
import { uploadPrompt } from './prompts.scenarios.ts';

interface PageGroup {
  id: number;
  enabled: boolean;
  groupNumber: string;
  timeout: number;
  sound: string;
  description: string | null;
  users: string[];
}

/** Creates a page group (POST answers no id): found again by its number, deleted at cleanup. */
async function createPageGroup(t: ScenarioContext, fields: Record<string, unknown>): Promise<PageGroup> {
  const sipx = client(t);
  await sipx.call('POST /pagegroups', { body: { pageGroup: fields } });
  const list = await sipx.call<{ pageGroups: PageGroup[] }>('GET /pagegroups', { accept: 'json' });
  const group = list.body.pageGroups.find((g) => g.groupNumber === String(fields.groupNumber));
  assert.ok(group, `the page group numbered ${String(fields.groupNumber)} is listed`);
  t.cleanup(() => sipx.raw('DELETE /pagegroups/{pagegroupId}', { params: { pagegroupId: group.id } }));
  return group;
}

const settingAt = (t: ScenarioContext, path: string) => `${client(t).path('GET /pagegroups/settings')}/${path}`;

export const pageGroupScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.pagegroups.round-trip',
    title: 'A page group with a member creates, reads back by id (JSON and XML), updates, deletes, then is 404',
    doc: [doc('1637-1752')],
    operations: ['POST /pagegroups', 'GET /pagegroups', 'GET /pagegroups/{pagegroupId}', 'PUT /pagegroups/{pagegroupId}', 'DELETE /pagegroups/{pagegroupId}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const user = await createUser(t);
      const number = String(t.number());
      const group = await createPageGroup(t, { groupNumber: number, description: 'conformance page', users: [user.username], timeout: 30 });
      assert.deepEqual(group.users, [user.username]);
      assert.equal(group.timeout, 30);
      const params = { pagegroupId: group.id };
      const xml = await sipx.call<PageGroup>('GET /pagegroups/{pagegroupId}', { params, accept: 'xml' });
      assert.equal(xml.body.groupNumber, number);
      assert.equal(xml.body.description, 'conformance page');
      await sipx.call('PUT /pagegroups/{pagegroupId}', { params, body: { pageGroup: { description: 'changed', enabled: false, users: [] } } });
      const read = await sipx.call<PageGroup>('GET /pagegroups/{pagegroupId}', { params, accept: 'json' });
      assert.equal(read.body.description, 'changed');
      assert.equal(read.body.enabled, false);
      assert.deepEqual(read.body.users, []);
      assert.equal(read.body.timeout, 30, 'fields not given stay');
      await sipx.call('DELETE /pagegroups/{pagegroupId}', { params });
      const gone = await sipx.refused('GET /pagegroups/{pagegroupId}', [404], { params });
      assert.equal(gone.status, 404);
      const list = await sipx.call<{ pageGroups: PageGroup[] }>('GET /pagegroups', { accept: 'json' });
      assert.ok(!list.body.pageGroups.some((g) => g.id === group.id), 'gone from the list');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.pagegroups.refusals',
    title: 'A duplicate page group number, an unknown member or sound, and an unknown id are refused',
    doc: [doc('1650-1690'), doc('1730-1752')],
    operations: ['POST /pagegroups', 'GET /pagegroups/{pagegroupId}', 'PUT /pagegroups/{pagegroupId}', 'DELETE /pagegroups/{pagegroupId}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const number = String(t.number());
      const group = await createPageGroup(t, { groupNumber: number });
      const dup = await sipx.refused('POST /pagegroups', [400], { body: { pageGroup: { groupNumber: number } } });
      assert.equal(dup.status, 400, 'a page group number is unique');
      const other = await createPageGroup(t, { groupNumber: String(t.number()) });
      const clash = await sipx.refused('PUT /pagegroups/{pagegroupId}', [400], { params: { pagegroupId: other.id }, body: { pageGroup: { groupNumber: number } } });
      assert.equal(clash.status, 400, 'nor can an update take a used number');
      const ghost = await sipx.refused('POST /pagegroups', [400], { body: { pageGroup: { groupNumber: String(t.number()), users: [t.name('nobody')] } } });
      assert.equal(ghost.status, 400, 'members must be users');
      const noSound = await sipx.refused('PUT /pagegroups/{pagegroupId}', [400], { params: { pagegroupId: group.id }, body: { pageGroup: { sound: `${t.name('none')}.wav` } } });
      assert.equal(noSound.status, 400, 'the sound must be a page group prompt');
      for (const op of ['GET /pagegroups/{pagegroupId}', 'DELETE /pagegroups/{pagegroupId}']) {
        const r = await sipx.refused(op, [404], { params: { pagegroupId: 987654321 } });
        assert.equal(r.status, 404, op);
      }
      const post = await sipx.send('POST', sipx.path('GET /pagegroups/{pagegroupId}', { pagegroupId: group.id }), { body: {} });
      assert.equal(post.status, 405, '"Unsupported HTTP Method: PUT, POST" (doc 1752)');
      const del = await sipx.send('DELETE', sipx.path('GET /pagegroups'));
      assert.equal(del.status, 405, '"Unsupported HTTP Method: PUT, DELETE" (doc 1690)');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.pagegroups.references',
    title: 'A page group sounds an uploaded page group prompt; a deleted member leaves the group',
    doc: [doc('1650-1671'), doc('1808-1851')],
    operations: ['POST /pagegroups', 'POST /pagegroups/prompts', 'GET /pagegroups/{pagegroupId}', 'PUT /pagegroups/{pagegroupId}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const [kept, leaving] = [await createUser(t), await createUser(t)];
      const sound = `${t.name('beep')}.wav`;
      await uploadPrompt(t, 'pagegroups', sound, toneWav(1000, 100));
      const group = await createPageGroup(t, { groupNumber: String(t.number()), sound, users: [kept.username, leaving.username] });
      assert.equal(group.sound, sound);
      assert.deepEqual([...group.users].sort(), [kept.username, leaving.username].sort());
      await sipx.call('DELETE /user/{id}', { params: { id: leaving.id } });
      const read = await sipx.call<PageGroup>('GET /pagegroups/{pagegroupId}', { params: { pagegroupId: group.id }, accept: 'json' });
      assert.deepEqual(read.body.users, [kept.username], 'the deleted user left the group');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.pagegroups.settings',
    title: 'A paging service option set by path reads back, reverts to its default by path; the bare URI lists them all',
    doc: [doc('1754-1806')],
    operations: ['GET /pagegroups/settings', 'PUT /pagegroups/settings', 'DELETE /pagegroups/settings'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      type Setting = { path: string; type: string; value: string | null; defaultValue: string | null };
      const all = (await sipx.call<{ settings: Setting[] }>('GET /pagegroups/settings', { accept: 'json' })).body.settings;
      assert.ok(all.length > 0, 'the paging service has options');
      const target = all.find((s) => s.type === 'string');
      if (!target) return t.note('no string option to change on this target');
      const original = target.value;
      t.cleanup(() =>
        original === target.defaultValue
          ? sipx.send('DELETE', settingAt(t, target.path))
          : sipx.send('PUT', settingAt(t, target.path), { body: original ?? '', contentType: 'text/plain' }),
      );
      const value = `${t.number()}`;
      const put = await sipx.send('PUT', settingAt(t, target.path), { body: value, contentType: 'text/plain' });
      assert.equal(put.status, 200, `PUT ${target.path}`);
      t.observe({ operation: 'PUT /pagegroups/settings', outcome: 'conforms' });
      const leaf = await sipx.send('GET', settingAt(t, target.path), { accept: 'json' });
      assert.equal(JSON.parse(leaf.text).value, value, 'the leaf reads back the value');
      const listed = (await sipx.call<{ settings: Setting[] }>('GET /pagegroups/settings', { accept: 'json' })).body.settings;
      assert.equal(listed.find((s) => s.path === target.path)?.value, value);
      const revert = await sipx.send('DELETE', settingAt(t, target.path));
      assert.equal(revert.status, 200, `DELETE ${target.path}`);
      t.observe({ operation: 'DELETE /pagegroups/settings', outcome: 'conforms' });
      const after = (await sipx.call<{ settings: Setting[] }>('GET /pagegroups/settings', { accept: 'json' })).body.settings;
      assert.equal(after.find((s) => s.path === target.path)?.value, target.defaultValue, 'back to its default');
      const unknown = await sipx.send('PUT', settingAt(t, `${target.path}-${t.name('none')}`), { body: 'x', contentType: 'text/plain' });
      assert.equal(unknown.status, 404, 'a path no setting has');
    },
  }),
];
