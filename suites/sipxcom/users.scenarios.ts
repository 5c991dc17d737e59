import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { client, createUser, notFoundStatuses } from './helpers.ts';

export const userScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.user.round-trip',
    title: 'A user created with XML reads back, updates, deletes, then is not found',
    doc: [doc('3636-3767')],
    operations: ['PUT /user', 'GET /user/{id}', 'PUT /user/{id}', 'DELETE /user/{id}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const username = t.name('xu');
      const created = await sipx.call('PUT /user', {
        body: `<user><id>999999</id><username>${username}</username><firstName>Ada</firstName><lastName>Lovelace</lastName><pin>12345678</pin><aliases><alias>${username}a</alias></aliases></user>`,
      });
      assert.equal(created.status, 201);
      assert.match(created.response.contentType, /xml/, 'the /rest answer is XML by default');
      const id = created.body.response.data.id as number;
      assert.notEqual(id, 999999, 'the id sent is ignored (doc 3725)');
      t.cleanup(() => sipx.raw('DELETE /user/{id}', { params: { id } }));
      const read = await sipx.call('GET /user/{id}', { params: { id } });
      assert.equal(read.body.user.username, username);
      assert.equal(read.body.user.lastName, 'Lovelace');
      assert.deepEqual(read.body.user.aliases, [`${username}a`]);
      await sipx.call('PUT /user/{id}', { params: { id }, body: { user: { username, lastName: 'Byron' } } });
      const again = await sipx.call('GET /user/{id}', { params: { id }, accept: 'json' });
      assert.equal(again.body.user.lastName, 'Byron');
      assert.equal(again.body.user.firstName, 'Ada', 'fields not sent stay');
      const deleted = await sipx.call('DELETE /user/{id}', { params: { id } });
      assert.equal(deleted.body.response.code, 'SUCCESS_DELETED');
      const gone = await sipx.refused('GET /user/{id}', notFoundStatuses(t), { params: { id } });
      assert.ok(notFoundStatuses(t).includes(gone.status), `deleted user: ${gone.status}`);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.user.duplicate',
    title: 'A second user with the same user name is refused with 400',
    doc: [doc('3715-3729')],
    operations: ['PUT /user'],
    mutates: true,
    async run(t) {
      const user = await createUser(t);
      const again = await client(t).refused('PUT /user', [400], { body: { user: { username: user.username, pin: '1234' } } });
      assert.equal(again.status, 400);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.user.negotiation',
    title: 'Users answer XML by default and JSON with one named root on Accept: application/json',
    doc: [doc('305-334', 'the /rest list shape'), doc('3708-3714')],
    operations: ['GET /user'],
    async run(t) {
      const sipx = client(t);
      const xml = await sipx.call('GET /user');
      assert.match(xml.response.contentType, /xml/);
      assert.match(xml.response.text, /<user><metadata>/);
      const json = await sipx.call('GET /user', { accept: 'json' });
      assert.match(json.response.contentType, /json/);
      assert.deepEqual(Object.keys(JSON.parse(json.response.text)), ['user']);
      assert.deepEqual(json.body, xml.body, 'both representations carry the same data');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.user.paging',
    title: 'GET /user?page&pagesize pages with metadata; sortdir=reverse reverses the name order',
    doc: [doc('3690-3714')],
    operations: ['GET /user'],
    async run(t) {
      const sipx = client(t);
      const all = await sipx.call('GET /user', { accept: 'json' });
      const total = all.body.user.metadata.totalResults as number;
      const page = await sipx.call('GET /user', { accept: 'json', query: { page: 1, pagesize: 1 } });
      assert.equal(page.body.user.metadata.currentPage, 1);
      assert.equal(page.body.user.metadata.resultsPerPage, 1);
      assert.equal(page.body.user.metadata.totalPages, total);
      assert.equal(page.body.user.users.length, Math.min(1, total));
      const forward = await sipx.call('GET /user', { accept: 'json', query: { sortby: 'name', sortdir: 'forward' } });
      const reverse = await sipx.call('GET /user', { accept: 'json', query: { sortby: 'name', sortdir: 'reverse' } });
      const names = (b: any) => b.user.users.map((u: { username: string }) => u.username);
      assert.deepEqual(names(reverse.body), [...names(forward.body)].reverse());
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.user.unknown',
    title: 'Unknown user and user-group ids are not found; an undocumented method is 405',
    doc: [doc('3733-3769'), doc('3728-3731', 'Unsupported HTTP Method: POST, DELETE')],
    operations: ['GET /user/{id}', 'GET /user-group/{id}'],
    async run(t) {
      const sipx = client(t);
      for (const operation of ['GET /user/{id}', 'GET /user-group/{id}']) {
        const r = await sipx.refused(operation, notFoundStatuses(t), { params: { id: 987654321 } });
        assert.ok(notFoundStatuses(t).includes(r.status), `${operation}: ${r.status}`);
      }
      const post = await sipx.send('POST', sipx.path('GET /user'), { body: '<user/>' });
      assert.equal(post.status, 405, 'POST /user is listed unsupported (doc 3731)');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.user-group.membership',
    title: 'A user group round-trips; deleting it removes it from its members',
    doc: [doc('3874-4001')],
    operations: ['PUT /user-group', 'GET /user-group/{id}', 'PUT /user-group/{id}', 'GET /user-group', 'DELETE /user-group/{id}', 'GET /user/{id}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const name = t.name('g');
      const created = await sipx.call('PUT /user-group', { body: `<group><name>${name}</name><description>first</description></group>` });
      const id = created.body.response.data.id as number;
      t.cleanup(() => sipx.raw('DELETE /user-group/{id}', { params: { id } }));
      await sipx.call('PUT /user-group/{id}', { params: { id }, body: { group: { name, description: 'second' } } });
      const read = await sipx.call('GET /user-group/{id}', { params: { id } });
      assert.equal(read.body.group.description, 'second');
      const list = await sipx.call('GET /user-group', { accept: 'json' });
      assert.ok(list.body.group.groups.some((g: { id: number }) => g.id === id), 'the list shows the new group');
      const user = await createUser(t, { groups: [{ name }] });
      const member = await sipx.call('GET /user/{id}', { params: { id: user.id } });
      assert.deepEqual(member.body.user.groups.map((g: { name: string }) => g.name), [name]);
      await sipx.call('DELETE /user-group/{id}', { params: { id } });
      const after = await sipx.call('GET /user/{id}', { params: { id: user.id } });
      assert.deepEqual(after.body.user.groups, [], 'the member left the deleted group');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.bad-xml',
    title: 'Malformed XML, a DTD and malformed JSON are refused with 4xx and nothing is created',
    doc: [doc('3715-3721')],
    operations: ['PUT /user', 'GET /user'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const name = t.name('bad');
      const before = await sipx.call('GET /user', { accept: 'json' });
      for (const body of [
        `<user><username>${name}</username>`,
        `<?xml version="1.0"?><!DOCTYPE user [<!ENTITY x "${name}">]><user><username>&x;</username><pin>1234</pin></user>`,
      ]) {
        const r = await sipx.send('PUT', sipx.path('PUT /user'), { body, contentType: 'application/xml' });
        assert.ok(r.status >= 400 && r.status < 500, `bad XML answered ${r.status}`);
      }
      const json = await sipx.send('PUT', sipx.path('PUT /user'), { body: `{"user": {"username": "${name}"`, contentType: 'application/json' });
      assert.ok(json.status >= 400 && json.status < 500, `bad JSON answered ${json.status}`);
      const after = await sipx.call('GET /user', { accept: 'json' });
      assert.equal(after.body.user.metadata.totalResults, before.body.user.metadata.totalResults);
    },
  }),
];
