import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { client, createPhone, createUser, notFoundStatuses, serialFor, someModel } from './helpers.ts';

type Location = { location: string | null; elin: string; addressInfo: string | null; description: string | null };

/** An ELIN no real system is likely to use: 1555, the run's number, and digits of the run's unique name. */
function elinFor(t: ScenarioContext): string {
  const digest = createHash('sha1').update(t.name('elin')).digest();
  return `1555${t.number()}${String(digest.readUInt16BE(0) % 1000).padStart(3, '0')}`;
}

/** An ERL created with PUT /erl/elin/{elin}, deleted at cleanup. */
async function createErl(t: ScenarioContext, description = 'conformance ERL'): Promise<Location> {
  const sipx = client(t);
  const elin = elinFor(t);
  const fields = { location: `Floor ${elin.slice(-2)}, 1 Conformance Way`, addressInfo: '1 Conformance Way, Springfield', description };
  const created = await sipx.call('PUT /erl/elin/{elin}', { params: { elin }, body: { e911Location: fields } });
  assert.equal(created.status, 201, 'PUT of a new ELIN creates it');
  t.cleanup(() => sipx.raw('DELETE /erl/elin/{elin}', { params: { elin } }));
  return { elin, ...fields };
}

/** A user group created for the scenario, deleted at cleanup. */
async function createUserGroup(t: ScenarioContext): Promise<{ id: number; name: string }> {
  const sipx = client(t);
  const name = t.name('eg');
  const created = await sipx.call('PUT /user-group', { body: { group: { name } } });
  const id = created.body.response.data.id as number;
  t.cleanup(() => sipx.raw('DELETE /user-group/{id}', { params: { id } }));
  return { id, name };
}

/** A phone in a phone group of its own (created by adding the phone to it by name), both removed at cleanup. */
async function phoneInGroup(t: ScenarioContext) {
  const sipx = client(t);
  const phone = await createPhone(t, serialFor(t.number()), await someModel(t));
  const groupName = t.name('epg');
  await sipx.call('POST /phones/{phoneId}/groups/{groupName}', { params: { phoneId: phone.id, groupName }, body: 'x' });
  const groups = (await sipx.call('GET /phoneGroups', { accept: 'json' })).body.groups as Array<{ id: number; name: string }>;
  const group = groups.find((g) => g.name === groupName);
  assert.ok(group, 'the phone group exists');
  t.cleanup(() => sipx.raw('DELETE /phoneGroups/{phoneGroupId}', { params: { phoneGroupId: group.id } }));
  return { phone, group };
}

const elinsOf = (list: Location[]) => list.map((l) => l.elin);

export const e911Scenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.erl.round-trip',
    title: 'An ERL created by ELIN reads back by ELIN and in the list, updates, deletes, then is 404',
    doc: [doc('587-684')],
    operations: ['PUT /erl/elin/{elin}', 'GET /erl/elin/{elin}', 'GET /erls', 'DELETE /erl/elin/{elin}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const erl = await createErl(t);
      const read = await sipx.call('GET /erl/elin/{elin}', { params: { elin: erl.elin } });
      assert.deepEqual(read.body.e911Location, erl);
      const xml = await sipx.call('GET /erls');
      assert.match(xml.response.text, /<e911Locations>(<e911Location>.*<\/e911Location>)+<\/e911Locations>/, 'the list shape of doc 625');
      assert.deepEqual(xml.body.e911Locations.find((l: Location) => l.elin === erl.elin), erl);
      const updated = await sipx.call('PUT /erl/elin/{elin}', { params: { elin: erl.elin }, body: `<e911Location><description>moved</description></e911Location>` });
      assert.equal(updated.body.response.code, 'SUCCESS_UPDATED', 'an existing ELIN is updated');
      const again = await sipx.call('GET /erl/elin/{elin}', { params: { elin: erl.elin }, accept: 'json' });
      assert.deepEqual(again.body.e911Location, { ...erl, description: 'moved' }, 'fields not sent stay');
      await sipx.call('DELETE /erl/elin/{elin}', { params: { elin: erl.elin } });
      const gone = await sipx.refused('GET /erl/elin/{elin}', notFoundStatuses(t), { params: { elin: erl.elin } });
      assert.ok(notFoundStatuses(t).includes(gone.status), String(gone.status));
      assert.ok(!elinsOf((await sipx.call('GET /erls', { accept: 'json' })).body.e911Locations).includes(erl.elin), 'gone from the list');
      const twice = await sipx.refused('DELETE /erl/elin/{elin}', notFoundStatuses(t), { params: { elin: erl.elin } });
      assert.ok(notFoundStatuses(t).includes(twice.status), String(twice.status));
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.erl.save-list',
    title: 'PUT /erls saves a list (creating and updating by ELIN); DELETE /erls?elin= deletes the one named',
    doc: [doc('626-637')],
    operations: ['PUT /erls', 'GET /erls', 'DELETE /erls'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const existing = await createErl(t, 'before');
      const fresh = elinFor(t);
      t.cleanup(() => sipx.raw('DELETE /erl/elin/{elin}', { params: { elin: fresh } }));
      const body = `<e911Locations><e911Location><elin>${existing.elin}</elin><description>after</description></e911Location><e911Location><elin>${fresh}</elin><location>Annex</location><addressInfo>2 Conformance Way</addressInfo></e911Location></e911Locations>`;
      await sipx.call('PUT /erls', { body });
      const list = (await sipx.call('GET /erls', { accept: 'json' })).body.e911Locations as Location[];
      assert.deepEqual(list.find((l) => l.elin === existing.elin), { ...existing, description: 'after' }, 'the existing ERL is updated');
      assert.deepEqual(list.find((l) => l.elin === fresh), { elin: fresh, location: 'Annex', addressInfo: '2 Conformance Way', description: null }, 'the new ERL is created');
      await sipx.call('DELETE /erls', { query: { elin: fresh } });
      const after = elinsOf((await sipx.call('GET /erls', { accept: 'json' })).body.e911Locations);
      assert.ok(!after.includes(fresh), 'the ERL named is deleted');
      assert.ok(after.includes(existing.elin), 'the others stay');
      const nameless = await sipx.refused('PUT /erls', [400], { body: { e911Locations: [{ location: 'no elin' }] } });
      assert.equal(nameless.status, 400, 'every ERL needs an ELIN');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.erl.delete-needs-elin',
    title: 'DELETE /erls naming no ELIN is refused with 400 and deletes nothing',
    doc: [doc('633-637')],
    operations: ['DELETE /erls', 'GET /erls'],
    skipOn: { real: 'the document names no ELIN for DELETE /erls (633-635): a real system might delete every ERL' },
    async run(t) {
      const sipx = client(t);
      const before = (await sipx.call('GET /erls', { accept: 'json' })).body.e911Locations;
      const r = await sipx.refused('DELETE /erls', [400]);
      assert.equal(r.status, 400);
      assert.deepEqual((await sipx.call('GET /erls', { accept: 'json' })).body.e911Locations, before, 'nothing was deleted');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.erl.user',
    title: 'A user\'s ERL is set as plain text, read back as the ELIN, set to none; deleting the ERL clears it',
    doc: [doc('686-738')],
    operations: ['PUT /erl/user/{username}', 'GET /erl/user/{username}', 'DELETE /erl/user/{username}', 'DELETE /erl/elin/{elin}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const erl = await createErl(t);
      const user = await createUser(t);
      const params = { username: user.username };
      await sipx.call('PUT /erl/user/{username}', { params, body: erl.elin, contentType: 'text/plain' });
      const read = await sipx.call('GET /erl/user/{username}', { params });
      assert.match(read.response.contentType, /text\/plain/, '"Data is plain text" (718)');
      assert.equal(read.body, erl.elin, 'the ELIN of the ERL');
      await sipx.call('DELETE /erl/user/{username}', { params });
      assert.equal((await sipx.call('GET /erl/user/{username}', { params })).response.text, '', 'set to none (732)');
      const wrong = await sipx.refused('PUT /erl/user/{username}', [400], { params, body: '1555000000', contentType: 'text/plain' });
      assert.equal(wrong.status, 400, 'an ELIN that names no ERL');
      const nobody = await sipx.refused('PUT /erl/user/{username}', notFoundStatuses(t), { params: { username: t.name('nouser') }, body: erl.elin, contentType: 'text/plain' });
      assert.ok(notFoundStatuses(t).includes(nobody.status), String(nobody.status));
      await sipx.call('PUT /erl/user/{username}', { params, body: { elin: erl.elin } });
      assert.equal((await sipx.call('GET /erl/user/{username}', { params })).body, erl.elin);
      await sipx.call('DELETE /erl/elin/{elin}', { params: { elin: erl.elin } });
      assert.equal((await sipx.call('GET /erl/user/{username}', { params })).response.text, '', 'deleting the ERL cleared the user\'s');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.erl.user-group',
    title: 'A user group\'s ERL reads back as an e911Location; unknown groups are 404; DELETE is 405',
    doc: [doc('740-785')],
    operations: ['PUT /erl/group/{groupName}', 'GET /erl/group/{groupName}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const erl = await createErl(t);
      const group = await createUserGroup(t);
      const params = { groupName: group.name };
      const none = await sipx.call('GET /erl/group/{groupName}', { params });
      assert.equal(none.response.text, '', 'no ERL yet');
      await sipx.call('PUT /erl/group/{groupName}', { params, body: erl.elin, contentType: 'text/plain' });
      const read = await sipx.call('GET /erl/group/{groupName}', { params, accept: 'json' });
      assert.deepEqual(read.body.e911Location, erl);
      const unknown = await sipx.refused('GET /erl/group/{groupName}', notFoundStatuses(t), { params: { groupName: t.name('nogroup') } });
      assert.ok(notFoundStatuses(t).includes(unknown.status), String(unknown.status));
      const del = await sipx.send('DELETE', sipx.path('GET /erl/group/{groupName}', params));
      assert.equal(del.status, 405, 'DELETE is not documented here (785)');
      await sipx.call('DELETE /user-group/{id}', { params: { id: group.id } });
      const gone = await sipx.refused('GET /erl/group/{groupName}', notFoundStatuses(t), { params });
      assert.ok(notFoundStatuses(t).includes(gone.status), 'the deleted group has no ERL to show');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.erl.phones',
    title: 'A phone lists its own ERL and its phone group\'s; wrong serials and ELINs are 400; deleting the group\'s ERL removes it',
    doc: [doc('787-899')],
    operations: [
      'PUT /erl/phones',
      'GET /erl/phone/{serial_number}',
      'PUT /erl/phonegroup/{groupName}',
      'GET /erl/phonegroup/{groupName}',
      'DELETE /erl/phonegroup/{groupName}',
    ],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const own = await createErl(t, 'desk');
      const shared = await createErl(t, 'floor');
      const { phone, group } = await phoneInGroup(t);
      const serial = { serial_number: phone.serialNo };
      assert.deepEqual((await sipx.call('GET /erl/phone/{serial_number}', { params: serial, accept: 'json' })).body.e911Locations, [], 'no location yet');
      await sipx.call('PUT /erl/phonegroup/{groupName}', { params: { groupName: group.name }, body: shared.elin, contentType: 'text/plain' });
      assert.deepEqual((await sipx.call('GET /erl/phonegroup/{groupName}', { params: { groupName: group.name } })).body.e911Location, shared);
      await sipx.call('PUT /erl/phones', { body: { e911Locations: [{ serial: phone.serialNo, elin: own.elin }] } });
      const both = await sipx.call('GET /erl/phone/{serial_number}', { params: serial });
      assert.deepEqual(both.body.e911Locations, [{ ...own, serial: phone.serialNo }, { ...shared, serial: phone.serialNo }], 'its own ERL, then its group\'s');
      const wrongSerial = await sipx.refused('PUT /erl/phones', [400], { body: { e911Locations: [{ serial: serialFor(t.number()), elin: own.elin }] } });
      assert.equal(wrongSerial.status, 400, 'wrong serial (839)');
      const wrongElin = await sipx.refused('PUT /erl/phones', [400], { body: `<e911Locations><e911Location><serial>${phone.serialNo}</serial><elin>1555000000</elin></e911Location></e911Locations>` });
      assert.equal(wrongElin.status, 400, 'wrong ELIN (839)');
      await sipx.call('DELETE /erl/phonegroup/{groupName}', { params: { groupName: group.name } });
      assert.equal((await sipx.call('GET /erl/phonegroup/{groupName}', { params: { groupName: group.name } })).response.text, '');
      const ownOnly = await sipx.call('GET /erl/phone/{serial_number}', { params: serial, accept: 'json' });
      assert.deepEqual(elinsOf(ownOnly.body.e911Locations), [own.elin], 'the refused writes changed nothing; the group\'s ERL is gone');
      await sipx.call('PUT /erl/phones', { body: { e911Locations: [{ serial: phone.serialNo, elin: '' }] } });
      assert.deepEqual((await sipx.call('GET /erl/phone/{serial_number}', { params: serial, accept: 'json' })).body.e911Locations, [], 'an empty ELIN clears it');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.erl.delete-clears',
    title: 'Deleting an ERL clears it from the user, user group, phone and phone group it was assigned to',
    doc: [doc('680-684'), doc('557-557')],
    operations: ['DELETE /erl/elin/{elin}', 'GET /erl/user/{username}', 'GET /erl/group/{groupName}', 'GET /erl/phone/{serial_number}', 'GET /erl/phonegroup/{groupName}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const erl = await createErl(t);
      const user = await createUser(t);
      const group = await createUserGroup(t);
      const { phone, group: phoneGroup } = await phoneInGroup(t);
      await sipx.call('PUT /erl/user/{username}', { params: { username: user.username }, body: erl.elin, contentType: 'text/plain' });
      await sipx.call('PUT /erl/group/{groupName}', { params: { groupName: group.name }, body: erl.elin, contentType: 'text/plain' });
      await sipx.call('PUT /erl/phonegroup/{groupName}', { params: { groupName: phoneGroup.name }, body: erl.elin, contentType: 'text/plain' });
      await sipx.call('PUT /erl/phones', { body: { e911Locations: [{ serial: phone.serialNo, elin: erl.elin }] } });
      assert.deepEqual(elinsOf((await sipx.call('GET /erl/phone/{serial_number}', { params: { serial_number: phone.serialNo } })).body.e911Locations), [erl.elin], 'one location, listed once');
      await sipx.call('DELETE /erl/elin/{elin}', { params: { elin: erl.elin } });
      assert.equal((await sipx.call('GET /erl/user/{username}', { params: { username: user.username } })).response.text, '');
      assert.equal((await sipx.call('GET /erl/group/{groupName}', { params: { groupName: group.name } })).response.text, '');
      assert.equal((await sipx.call('GET /erl/phonegroup/{groupName}', { params: { groupName: phoneGroup.name } })).response.text, '');
      assert.deepEqual((await sipx.call('GET /erl/phone/{serial_number}', { params: { serial_number: phone.serialNo }, accept: 'json' })).body.e911Locations, []);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.erl.admin-only',
    title: 'E911 resources refuse a regular user with 403, even for their own ERL',
    doc: [doc('555-557')],
    operations: ['GET /erls', 'GET /erl/user/{username}', 'PUT /erl/elin/{elin}', 'PUT /erl/phones'],
    mutates: true,
    async run(t) {
      const user = await createUser(t);
      const regular = client(t).as(user.username, user.pin);
      const cases: Array<[string, Record<string, unknown>]> = [
        ['GET /erls', {}],
        ['GET /erl/user/{username}', { params: { username: user.username } }],
        ['PUT /erl/elin/{elin}', { params: { elin: elinFor(t) }, body: { e911Location: { location: 'x' } } }],
        ['PUT /erl/phones', { body: { e911Locations: [{ serial: '0004f280cc95', elin: '4235551212' }] } }],
      ];
      for (const [op, options] of cases) {
        const r = await regular.refused(op, [403], options);
        assert.equal(r.status, 403, `${op} as a regular user (557)`);
      }
      await client(t).call('GET /erls');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.erl.methods',
    title: 'Methods the E911 sections list unsupported answer 405',
    doc: [doc('637-637'), doc('829-829'), doc('849-849'), doc('899-899')],
    operations: ['GET /erls'],
    async run(t) {
      const sipx = client(t);
      const cases: Array<[string, string]> = [
        ['POST', sipx.path('GET /erls')],
        ['POST', sipx.path('GET /erl/elin/{elin}', { elin: '4235551212' })],
        ['PUT', sipx.path('GET /erl/phone/{serial_number}', { serial_number: '0004f280cc95' })],
        ['DELETE', sipx.path('GET /erl/phone/{serial_number}', { serial_number: '0004f280cc95' })],
        ['GET', sipx.path('PUT /erl/phones')],
        ['DELETE', sipx.path('PUT /erl/phones')],
        ['POST', sipx.path('GET /erl/phonegroup/{groupName}', { groupName: 'headquarters' })],
      ];
      for (const [method, path] of cases) {
        const r = await sipx.send(method, path, method === 'GET' || method === 'DELETE' ? {} : { body: 'x' });
        assert.equal(r.status, 405, `${method} ${path}`);
      }
      await sipx.call('GET /erls');
    },
  }),
];
