import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { client, createPhone, createUser, serialFor, someModel } from './helpers.ts';

export const phoneScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phone.round-trip',
    title: 'A phone reads back by id and by MAC, updates, deletes, then is 404',
    doc: [doc('2223-2450')],
    operations: ['GET /phones/models', 'POST /phones', 'GET /phones/{phoneId}', 'PUT /phones/{phoneId}', 'DELETE /phones/{phoneId}', 'GET /phones'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const model = await someModel(t);
      const serial = serialFor(t.number());
      const phone = await createPhone(t, serial, model);
      const byId = await sipx.call('GET /phones/{phoneId}', { params: { phoneId: phone.id } });
      assert.equal(byId.body.serialNo, serial);
      const byMac = await sipx.call('GET /phones/{phoneId}', { params: { phoneId: serial.toUpperCase() }, accept: 'xml' });
      assert.equal(byMac.body.id, phone.id, 'the MAC names the same phone (doc 2436)');
      await sipx.call('PUT /phones/{phoneId}', { params: { phoneId: phone.id }, body: { description: 'moved to lobby' } });
      const updated = await sipx.call('GET /phones/{phoneId}', { params: { phoneId: serial } });
      assert.equal(updated.body.description, 'moved to lobby');
      const list = await sipx.call('GET /phones', { accept: 'json' });
      assert.ok(list.body.phones.some((p: { id: number }) => p.id === phone.id));
      await sipx.call('DELETE /phones/{phoneId}', { params: { phoneId: phone.id } });
      for (const key of [String(phone.id), serial]) {
        const gone = await sipx.refused('GET /phones/{phoneId}', [404], { params: { phoneId: key } });
        assert.equal(gone.status, 404);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phone.batch',
    title: 'A batch POST of phones skips the unknown model and the duplicate serial',
    doc: [doc('2254-2260')],
    operations: ['POST /phones', 'GET /phones'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const model = await someModel(t);
      const n = t.number();
      const [good, badModel] = [serialFor(n, 1), serialFor(n, 2)];
      t.cleanup(async () => {
        for (const s of [good, badModel]) await sipx.raw('DELETE /phones/{phoneId}', { params: { phoneId: s } });
      });
      const batch = `<phones><phone><serialNo>${good}</serialNo><model>${model}</model></phone><phone><serialNo>${good}</serialNo><model>${model}</model></phone><phone><serialNo>${badModel}</serialNo><model>noSuchModel${n}</model></phone></phones>`;
      await sipx.call('POST /phones', { body: batch, contentType: 'application/xml' });
      const list = await sipx.call('GET /phones', { accept: 'json' });
      const serials = list.body.phones.map((p: { serialNo: string }) => p.serialNo);
      assert.equal(serials.filter((s: string) => s === good).length, 1, 'the valid phone is created once');
      assert.ok(!serials.includes(badModel), 'the phone with an unknown model is skipped');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phone.groups',
    title: 'A phone joins a group by name; deleting the group removes it from the phone',
    doc: [doc('2452-2516'), doc('2762-2836')],
    operations: [
      'POST /phones/{phoneId}/groups/{groupName}',
      'GET /phones/{phoneId}/groups',
      'GET /phoneGroups',
      'GET /phoneGroups/{phoneGroupId}',
      'PUT /phoneGroups/{phoneGroupId}',
      'DELETE /phones/{phoneId}/groups/{groupName}',
      'DELETE /phones/{phoneId}/groups',
      'DELETE /phoneGroups/{phoneGroupId}',
    ],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const phone = await createPhone(t, serialFor(t.number()), await someModel(t));
      const name = t.name('pg');
      await sipx.call('POST /phones/{phoneId}/groups/{groupName}', { params: { phoneId: phone.id, groupName: name }, body: 'x' });
      const groups = await sipx.call('GET /phoneGroups', { accept: 'json' });
      const group = groups.body.groups.find((g: { name: string }) => g.name === name);
      assert.ok(group, 'the group exists');
      t.cleanup(() => sipx.raw('DELETE /phoneGroups/{phoneGroupId}', { params: { phoneGroupId: group.id } }));
      const mine = await sipx.call('GET /phones/{phoneId}/groups', { params: { phoneId: phone.id } });
      assert.deepEqual(mine.body.groups.map((g: { name: string }) => g.name), [name]);
      await sipx.call('PUT /phoneGroups/{phoneGroupId}', { params: { phoneGroupId: group.id }, body: 'front desk phones', contentType: 'text/plain' });
      const read = await sipx.call('GET /phoneGroups/{phoneGroupId}', { params: { phoneGroupId: group.id }, accept: 'xml' });
      assert.equal(read.body.description, 'front desk phones');
      await sipx.call('DELETE /phones/{phoneId}/groups/{groupName}', { params: { phoneId: phone.id, groupName: name } });
      assert.deepEqual((await sipx.call('GET /phones/{phoneId}/groups', { params: { phoneId: phone.id } })).body.groups, []);
      await sipx.call('POST /phones/{phoneId}/groups/{groupName}', { params: { phoneId: phone.id, groupName: name }, body: 'x' });
      await sipx.call('DELETE /phones/{phoneId}/groups', { params: { phoneId: phone.id } });
      assert.deepEqual((await sipx.call('GET /phones/{phoneId}/groups', { params: { phoneId: phone.id } })).body.groups, [], 'the phone left all groups');
      const still = await sipx.call('GET /phoneGroups/{phoneGroupId}', { params: { phoneGroupId: group.id } });
      assert.equal(still.body.name, name, 'the groups themselves stay');
      await sipx.call('POST /phones/{phoneId}/groups/{groupName}', { params: { phoneId: phone.id, groupName: name }, body: 'x' });
      await sipx.call('DELETE /phoneGroups/{phoneGroupId}', { params: { phoneGroupId: group.id } });
      const after = await sipx.call('GET /phones/{phoneId}/groups', { params: { phoneId: phone.id } });
      assert.deepEqual(after.body.groups, [], 'the deleted group left its member');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phone-group.order',
    title: 'PUT /{groupId}/down and /up move a phone group in the order',
    doc: [doc('2838-2872')],
    operations: ['PUT /{groupId}/up', 'PUT /{groupId}/down', 'GET /phoneGroups', 'GET /{groupId}/models'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const model = await someModel(t);
      const phone = await createPhone(t, serialFor(t.number()), model);
      const [a, b] = [t.name('oa'), t.name('ob')];
      for (const name of [a, b]) await sipx.call('POST /phones/{phoneId}/groups/{groupName}', { params: { phoneId: phone.id, groupName: name }, body: 'x' });
      const ids = async () => (await sipx.call('GET /phoneGroups', { accept: 'json' })).body.groups.map((g: { id: number; name: string }) => g.name).filter((n: string) => n === a || n === b);
      const all = (await sipx.call('GET /phoneGroups', { accept: 'json' })).body.groups as Array<{ id: number; name: string }>;
      const ga = all.find((g) => g.name === a)!;
      const gb = all.find((g) => g.name === b)!;
      for (const g of [ga, gb]) t.cleanup(() => sipx.raw('DELETE /phoneGroups/{phoneGroupId}', { params: { phoneGroupId: g.id } }));
      assert.deepEqual(await ids(), [a, b]);
      await sipx.call('PUT /{groupId}/down', { params: { groupId: ga.id }, body: 'x' });
      assert.deepEqual(await ids(), [b, a]);
      await sipx.call('PUT /{groupId}/up', { params: { groupId: ga.id }, body: 'x' });
      assert.deepEqual(await ids(), [a, b]);
      const models = await sipx.call('GET /{groupId}/models', { params: { groupId: ga.id }, accept: 'json' });
      assert.deepEqual(models.body.models.map((m: { modelId: string }) => m.modelId), [model]);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phone.lines',
    title: 'A line names its user; deleting the user removes the line',
    doc: [doc('2580-2642'), doc('3765-3767')],
    operations: ['POST /phones/{phoneId}/lines', 'GET /phones/{phoneId}/lines', 'DELETE /phones/{phoneId}/lines'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const phone = await createPhone(t, serialFor(t.number()), await someModel(t));
      const user = await createUser(t);
      await sipx.call('POST /phones/{phoneId}/lines', { params: { phoneId: phone.id }, body: { line: { user: user.username } } });
      const lines = await sipx.call('GET /phones/{phoneId}/lines', { params: { phoneId: phone.id }, accept: 'xml' });
      assert.deepEqual(lines.body.lines.map((l: { user: string; userId: number }) => [l.user, l.userId]), [[user.username, user.id]]);
      await sipx.call('DELETE /phones/{phoneId}/lines', { params: { phoneId: phone.id } });
      assert.deepEqual((await sipx.call('GET /phones/{phoneId}/lines', { params: { phoneId: phone.id } })).body.lines, []);
      await sipx.call('POST /phones/{phoneId}/lines', { params: { phoneId: phone.id }, body: `<line><user>${user.username}</user></line>` });
      await sipx.call('DELETE /user/{id}', { params: { id: user.id } });
      assert.deepEqual((await sipx.call('GET /phones/{phoneId}/lines', { params: { phoneId: phone.id } })).body.lines, [], 'the deleted user\'s line is gone');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phone.methods',
    title: 'Undocumented methods on phone resources are 405; phones answer JSON by default',
    doc: [doc('2258-2260', 'Unsupported HTTP Methods: PUT, DELETE'), doc('2331-2337')],
    operations: ['GET /phones', 'GET /phones/models'],
    async run(t) {
      const sipx = client(t);
      const list = await sipx.call('GET /phones');
      assert.match(list.response.contentType, /json/, '/api answers JSON by default');
      for (const [method, operation] of [['PUT', 'GET /phones'], ['DELETE', 'GET /phones'], ['POST', 'GET /phones/models'], ['DELETE', 'GET /phones/models']] as const) {
        const r = await sipx.send(method, sipx.path(operation), {});
        assert.equal(r.status, 405, `${method} ${sipx.path(operation)}`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phone.profile',
    title: 'A phone profile of an unknown serial or name is 404; the device profile is text',
    doc: [doc('2262-2278')],
    operations: ['GET /phones/{serialNumber}/profile/{name}', 'PUT /phones/{serialNumber}/sendProfile/restart'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const missing = await sipx.refused('GET /phones/{serialNumber}/profile/{name}', [404], { params: { serialNumber: 'ffffffffffff', name: 'x.cfg' } });
      assert.equal(missing.status, 404, 'doc 2272');
      const phone = await createPhone(t, serialFor(t.number()), await someModel(t));
      const noName = await sipx.refused('GET /phones/{serialNumber}/profile/{name}', [404], { params: { serialNumber: phone.serialNo, name: `nope${t.number()}.cfg` } });
      assert.equal(noName.status, 404);
      await sipx.call('PUT /phones/{serialNumber}/sendProfile/restart', { params: { serialNumber: phone.serialNo }, body: 'x' });
    },
  }),
];
