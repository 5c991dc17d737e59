import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { client, createUser, notFoundStatuses } from './helpers.ts';

interface PermissionSetting {
  name: string;
  value: unknown;
  defaultValue: boolean;
}

/**
 * True, false or null (never changed) whatever words the target uses: ENABLE/DISABLE (the words of doc
 * 4120), true/false (4071), Enabled/Disabled (3847).
 */
function enabled(value: unknown): boolean | null {
  if (value === null || value === undefined || value === '') return null;
  return /^(true|enabled?|1)$/i.test(String(value));
}

const settingOf = (settings: PermissionSetting[], name: string) => settings.find((s) => s.name === name);

/** A custom permission created from the template of doc 2158-2163, deleted at cleanup. */
async function createPermission(t: ScenarioContext, defaultValue: boolean): Promise<string> {
  const sipx = client(t);
  const name = t.name('perm');
  const created = await sipx.call('PUT /permission', {
    body: `<permission><name>${name}</name><label>${name}label</label><description>Created through the api</description><defaultValue>${defaultValue}</defaultValue></permission>`,
  });
  assert.equal(created.status, 201, 'PUT /permission creates with 201');
  assert.equal(created.body.response.code, 'SUCCESS_CREATED');
  t.cleanup(() => sipx.raw('DELETE /permission/{name}', { params: { name } }));
  return name;
}

/** A user group created for the scenario, deleted at cleanup. */
async function createGroup(t: ScenarioContext): Promise<number> {
  const sipx = client(t);
  const created = await sipx.call('PUT /user-group', { body: { group: { name: t.name('ug'), description: 'conformance group' } } });
  const id = created.body.response.data.id as number;
  t.cleanup(() => sipx.raw('DELETE /user-group/{id}', { params: { id } }));
  return id;
}

export const permissionScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.permission.round-trip',
    title: 'A permission created from the XML template reads back, updates, deletes, then is 400',
    doc: [doc('2154-2211'), doc('2189-2189', 'Error 400 when {name} is not found or invalid')],
    operations: ['PUT /permission', 'GET /permission/{name}', 'PUT /permission/{name}', 'GET /permission', 'DELETE /permission/{name}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const name = await createPermission(t, true);
      const read = await sipx.call('GET /permission/{name}', { params: { name } });
      assert.match(read.response.contentType, /xml/, 'the /rest answer is XML by default');
      assert.equal(read.body.permission.name, name);
      assert.equal(read.body.permission.label, `${name}label`);
      assert.equal(read.body.permission.defaultValue, true);
      assert.equal(read.body.permission.builtIn, false, 'a created permission is not built in');
      await sipx.call('PUT /permission/{name}', { params: { name }, body: { permission: { name, label: 'renamed label', defaultValue: false } } });
      const updated = await sipx.call('GET /permission/{name}', { params: { name }, accept: 'json' });
      assert.equal(updated.body.permission.label, 'renamed label');
      assert.equal(updated.body.permission.defaultValue, false);
      const list = await sipx.call('GET /permission', { accept: 'json' });
      assert.ok(list.body.permission.permissions.some((p: { name: string }) => p.name === name), 'the list names the new permission');
      const deleted = await sipx.call('DELETE /permission/{name}', { params: { name } });
      assert.equal(deleted.body.response.code, 'SUCCESS_DELETED');
      const gone = await sipx.refused('GET /permission/{name}', [400], { params: { name } });
      assert.equal(gone.status, 400, 'doc 2189');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.permission.paging',
    title: 'GET /permission?page=1&pagesize=2 pages with metadata; sortdir=reverse reverses the name order',
    doc: [doc('2089-2143')],
    operations: ['GET /permission'],
    async run(t) {
      const sipx = client(t);
      const page = await sipx.call('GET /permission', { accept: 'json', query: { page: 1, pagesize: 2 } });
      const { metadata, permissions } = page.body.permission;
      assert.equal(metadata.currentPage, 1);
      assert.equal(metadata.resultsPerPage, 2);
      assert.equal(metadata.totalPages, Math.ceil(metadata.totalResults / 2));
      assert.equal(permissions.length, Math.min(2, metadata.totalResults));
      const forward = await sipx.call('GET /permission', { query: { sortby: 'name', sortdir: 'forward' } });
      const reverse = await sipx.call('GET /permission', { query: { sortby: 'name', sortdir: 'reverse' } });
      const names = (r: typeof forward) => r.body.permission.permissions.map((p: { name: string }) => p.name);
      assert.deepEqual(names(reverse), [...names(forward)].reverse());
      assert.ok(page.body.permission.permissions.every((p: { builtIn: boolean }) => typeof p.builtIn === 'boolean'));
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.permission.duplicate-and-builtin',
    title: 'A permission name already in use is refused; a built-in permission cannot be deleted or changed',
    doc: [doc('2154-2213')],
    operations: ['PUT /permission', 'DELETE /permission/{name}', 'PUT /permission/{name}', 'GET /permission/{name}'],
    mutates: true,
    skipOn: { real: 'if the real system allowed it, the scenario would change or delete a built-in permission it did not create' },
    async run(t) {
      const sipx = client(t);
      const name = await createPermission(t, false);
      const again = await sipx.refused('PUT /permission', [400], { body: { permission: { name, label: 'x' } } });
      assert.equal(again.status, 400, 'a second permission with the same name');
      const list = await sipx.call('GET /permission', { accept: 'json' });
      const builtIn = list.body.permission.permissions.find((p: { builtIn: boolean }) => p.builtIn);
      assert.ok(builtIn, 'the system has built-in permissions');
      assert.equal((await sipx.refused('DELETE /permission/{name}', [400], { params: { name: builtIn.name } })).status, 400);
      assert.equal((await sipx.refused('PUT /permission/{name}', [400], { params: { name: builtIn.name }, body: { permission: { label: 'x' } } })).status, 400);
      const still = await sipx.call('GET /permission/{name}', { params: { name: builtIn.name }, accept: 'json' });
      assert.equal(still.body.permission.label, builtIn.label, 'the built-in permission is unchanged');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.user-permission.view',
    title: 'A user\'s permission view follows PUT (printed and corrected URI), the permission\'s default, and its deletion',
    doc: [doc('3809-3870'), doc('2198-2211')],
    operations: ['GET /user-permission{id}', 'PUT /user-permission{id}', 'GET /user-permission', 'PUT /permission/{name}', 'DELETE /permission/{name}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const user = await createUser(t);
      const name = await createPermission(t, true);
      const view = async (form: 'slash' | 'printed') => {
        const r = await sipx.call('GET /user-permission{id}', { params: { '*': form === 'slash' ? `/${user.id}` : String(user.id) }, accept: 'json' });
        assert.equal(r.body.user.id, user.id);
        return r.body.user.permissions as PermissionSetting[];
      };
      const fresh = settingOf(await view('slash'), name);
      assert.ok(fresh, 'a new permission shows in every user\'s view');
      assert.equal(enabled(fresh.value), null, 'never changed: no value (3847)');
      assert.equal(fresh.defaultValue, true);
      await sipx.call('PUT /user-permission{id}', {
        params: { '*': String(user.id) },
        body: `<user><id>${user.id}</id><permissions><setting><name>${name}</name><value>disable</value></setting></permissions></user>`,
      });
      assert.equal(enabled(settingOf(await view('printed'), name)?.value), false, 'the value set is shown, by either URI form');
      await sipx.call('PUT /user-permission{id}', { params: { '*': `/${user.id}` }, body: { user: { permissions: [{ name, value: 'enable' }] } } });
      assert.equal(enabled(settingOf(await view('slash'), name)?.value), true);
      await sipx.call('PUT /permission/{name}', { params: { name }, body: { permission: { defaultValue: false } } });
      assert.equal(settingOf(await view('slash'), name)?.defaultValue, false, 'the permission\'s new default shows in the user\'s view');
      const all = await sipx.call('GET /user-permission', { accept: 'json' });
      const listed = all.body.user.users.find((u: { id: number }) => u.id === user.id);
      assert.equal(enabled(settingOf(listed.permissions, name)?.value), true, 'the list shows the same values');
      await sipx.call('DELETE /permission/{name}', { params: { name } });
      assert.equal(settingOf(await view('slash'), name), undefined, 'a deleted permission leaves the user\'s view');
      const unknown = await sipx.refused('GET /user-permission{id}', notFoundStatuses(t), { params: { '*': '/999999999' } });
      assert.ok(notFoundStatuses(t).includes(unknown.status));
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.user-group-permission.view',
    title: 'A user group\'s permissions follow PUT and the permission\'s deletion; an unknown group is 400',
    doc: [doc('4005-4126')],
    operations: ['GET /user-group-permission/{id}', 'PUT /user-group-permission/{id}', 'GET /user-group-permission', 'DELETE /permission/{name}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const groupId = await createGroup(t);
      const name = await createPermission(t, false);
      const view = async () => {
        const r = await sipx.call('GET /user-group-permission/{id}', { params: { id: groupId }, accept: 'json' });
        assert.equal(r.body.group.id, groupId);
        return r.body.group.permissions as PermissionSetting[];
      };
      assert.equal(enabled(settingOf(await view(), name)?.value), null, 'never changed: blank (4120)');
      await sipx.call('PUT /user-group-permission/{id}', {
        params: { id: groupId },
        body: `<group><permissions><setting><name>${name}</name><value>enable</value><defaultValue>false</defaultValue></setting></permissions></group>`,
      });
      const set = settingOf(await view(), name);
      assert.equal(enabled(set?.value), true);
      assert.equal(set?.defaultValue, false, 'defaultValue is information only (4122)');
      const xml = await sipx.call('GET /user-group-permission', { accept: 'xml' });
      const listed = xml.body.group.groups.find((g: { id: number }) => g.id === groupId);
      assert.equal(enabled(settingOf(listed.permissions, name)?.value), true, 'the list shows the same values');
      const missingValue = await sipx.refused('PUT /user-group-permission/{id}', [400], { params: { id: groupId }, body: `<group><permissions><setting><name>${name}</name></setting></permissions></group>` });
      assert.equal(missingValue.status, 400, '"The setting element must contain a value element." (4118)');
      await sipx.call('DELETE /permission/{name}', { params: { name } });
      assert.equal(settingOf(await view(), name), undefined, 'a deleted permission leaves the group\'s view');
      const unknown = await sipx.refused('GET /user-group-permission/{id}', [400], { params: { id: 999999999 } });
      assert.equal(unknown.status, 400, 'doc 4101');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.avatar',
    title: 'A user\'s avatar is an image, for the superadmin and the user; another user is refused; unknown is 404',
    doc: [doc('3618-3634')],
    operations: ['GET /avatar/{user}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const [user, other] = [await createUser(t), await createUser(t)];
      const fetchAvatar = async (name: string, credentials?: { user: string; password: string }) => {
        const { user: login, password } = credentials ?? t.target.credentials;
        const response = await t.target.fetch(`${t.target.baseUrl}${sipx.path('GET /avatar/{user}', { user: name })}`, {
          headers: { authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}` },
        });
        return { status: response.status, type: response.headers.get('content-type') ?? '', bytes: new Uint8Array(await response.arrayBuffer()) };
      };
      const admin = await fetchAvatar(user.username);
      assert.equal(admin.status, 200);
      assert.match(admin.type, /^image\//, 'avatar content is an image');
      assert.ok(admin.bytes.length > 0);
      if (admin.type.startsWith('image/png')) assert.deepEqual([...admin.bytes.slice(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
      t.observe({ operation: 'GET /avatar/{user}', outcome: 'conforms' });
      const own = await fetchAvatar(user.username, { user: user.username, password: user.pin });
      assert.equal(own.status, 200, 'a user reads their own avatar (index A10)');
      assert.deepEqual(own.bytes, admin.bytes, 'the same image');
      const theirs = await sipx.as(user.username, user.pin).refused('GET /avatar/{user}', [403], { params: { user: other.username } });
      assert.equal(theirs.status, 403, 'another user\'s avatar');
      const unknown = await sipx.refused('GET /avatar/{user}', notFoundStatuses(t), { params: { user: t.name('nobody') } });
      assert.ok(notFoundStatuses(t).includes(unknown.status));
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.permission.methods',
    title: 'Methods the permission sections list as unsupported are 405',
    doc: [doc('2169-2169'), doc('2213-2213'), doc('3807-3807'), doc('3870-3870'), doc('4039-4039'), doc('4126-4126'), doc('3634-3634')],
    operations: ['GET /permission', 'GET /user-permission', 'GET /user-group-permission'],
    async run(t) {
      const sipx = client(t);
      const cases: Array<[string, string]> = [
        ['POST', sipx.path('GET /permission')],
        ['DELETE', sipx.path('GET /permission')],
        ['POST', sipx.path('GET /permission/{name}', { name: 'LocalDialing' })],
        ['PUT', sipx.path('GET /user-permission')],
        ['DELETE', sipx.path('GET /user-permission{id}', { '*': '/1' })],
        ['POST', sipx.path('GET /user-group-permission')],
        ['DELETE', sipx.path('GET /user-group-permission/{id}', { id: 1 })],
        ['PUT', sipx.path('GET /avatar/{user}', { user: 'superadmin' })],
      ];
      for (const [method, path] of cases) assert.equal((await sipx.send(method, path, { body: method === 'GET' ? undefined : 'x' })).status, 405, `${method} ${path}`);
      for (const operation of ['GET /permission', 'GET /user-permission', 'GET /user-group-permission']) await sipx.call(operation, { query: { page: 1, pagesize: 1 } });
    },
  }),
];
