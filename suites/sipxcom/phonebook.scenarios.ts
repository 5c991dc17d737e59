import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { client, createUser, notFoundStatuses } from './helpers.ts';

export const phonebookScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phonebook.list-and-csv',
    title: 'Phone books list in XML and JSON; a phone book\'s entries are CSV with a header line',
    doc: [doc('2696-2760'), doc('73-75')],
    operations: ['GET /phonebook', 'GET /phonebook/{name}'],
    async run(t) {
      const sipx = client(t);
      const xml = await sipx.call('GET /phonebook');
      assert.match(xml.response.contentType, /xml/);
      const json = await sipx.call('GET /phonebook', { accept: 'json' });
      assert.deepEqual(json.body, xml.body, 'both representations carry the same data');
      const names = (json.body.phonebooks as Array<{ name: string }>).map((p) => p.name);
      if (t.target.kind !== 'real') assert.ok(names.includes('sales'), 'the emulator has the document\'s "sales" phone book (doc 75)');
      if (names.length === 0) {
        t.note('the target has no phone book: nothing to export');
        return;
      }
      const csv = await sipx.call<string>('GET /phonebook/{name}', { params: { name: names[0] } });
      assert.match(csv.response.contentType, /comma-separated-values|csv/, 'CSV (doc 73)');
      const lines = csv.body.split(/\r?\n/).filter(Boolean);
      assert.ok(lines.length >= 1, 'at least a header line');
      for (const line of lines.slice(1)) assert.ok(line.split(',').length >= 3, `a CSV row: ${line}`);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phonebook.members',
    title: 'A user who joins a member group of a phone book is listed in its CSV',
    doc: [doc('2726-2760')],
    operations: ['GET /phonebook/{name}', 'PUT /user'],
    mutates: true,
    skipOn: { real: 'phone book membership is set in the admin UI only: the scenario relies on the emulator\'s "sales" phone book, whose members are the "sales" user group' },
    async run(t) {
      const sipx = client(t);
      const last = t.name('Member');
      const user = await createUser(t, { lastName: last, groups: [{ name: 'sales' }] });
      const csv = await sipx.call<string>('GET /phonebook/{name}', { params: { name: 'sales' } });
      assert.ok(csv.body.split(/\r?\n/).includes(`Conformance,${last},${user.username}`), 'the new member is listed');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phonebook.refusals',
    title: 'An unknown phone book is not found; POST is 405; a regular user is refused',
    doc: [doc('2724-2724'), doc('2760-2760'), doc('557-557')],
    operations: ['GET /phonebook/{name}', 'GET /phonebook'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const unknown = await sipx.refused('GET /phonebook/{name}', notFoundStatuses(t), { params: { name: t.name('nobook') } });
      assert.ok(notFoundStatuses(t).includes(unknown.status), `unknown phone book: ${unknown.status}`);
      for (const operation of ['GET /phonebook', 'GET /phonebook/{name}']) {
        const post = await sipx.send('POST', sipx.path(operation, { name: 'sales' }), { body: { x: 1 } });
        assert.equal(post.status, 405, `POST ${operation.slice(4)} is listed unsupported`);
      }
      const user = await createUser(t);
      const asUser = await client(t).as(user.username, user.pin).refused('GET /phonebook', [403]);
      assert.equal(asUser.status, 403, 'phone books are an administrator resource');
    },
  }),
];
