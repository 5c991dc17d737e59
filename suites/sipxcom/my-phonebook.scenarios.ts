import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { defineScenario } from '../harness/scenario.ts';
import { client, createUser, notFoundStatuses } from './helpers.ts';

/** The in-process target hands answers over as WHATWG Responses, which cannot carry statuses above 599. */
type Entry = { id: number | null; 'first-name': string | null; 'last-name': string | null; number: string | null };

async function phonebookUser(t: ScenarioContext) {
  const user = await createUser(t);
  return { user, me: client(t).as(user.username, user.pin) };
}

/** Creates a private entry `uid` as `me` from a vCard; deleted at cleanup. */
async function createEntry(t: ScenarioContext, me: ReturnType<typeof client>, uid: string, first: string, last: string, number: string) {
  const vcard = ['BEGIN:VCARD', 'VERSION:3.0', `N:${last};${first};;;`, `FN:${first} ${last}`, `TEL;TYPE=work:${number}`, 'END:VCARD'].join('\r\n');
  const created = await me.call('POST /my/phonebook/entry/{entryId}', { params: { entryId: uid }, body: vcard, contentType: 'text/plain' });
  t.cleanup(() => me.raw('DELETE /my/phonebook/entry/{entryId}', { params: { entryId: uid } }));
  return created;
}

const search = async (me: ReturnType<typeof client>, query: string) =>
  (await me.call<{ phonebook: { entries: Entry[] } }>('GET /my/search/phonebook', { query: { query }, accept: 'json' })).body.phonebook.entries;

export const myPhonebookScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.my-phonebook.entry-round-trip',
    title: 'A private entry created from a vCard reads back, shows in the phone book and search, updates, deletes',
    doc: [doc('4606-4789')],
    operations: [
      'POST /my/phonebook/entry/{entryId}',
      'GET /my/phonebook/entry/{entryId}',
      'PUT /my/phonebook/entry/{entryId}',
      'DELETE /my/phonebook/entry/{entryId}',
      'GET /my/phonebook',
      'GET /my/search/phonebook',
    ],
    mutates: true,
    async run(t) {
      const { user, me } = await phonebookUser(t);
      const uid = t.name('pb');
      const last = t.name('Last');
      const number = String(t.number());
      const created = await createEntry(t, me, uid, 'Ada', last, number);
      assert.equal(created.status, 201, 'POST creates (doc 4748)');
      const read = await me.call('GET /my/phonebook/entry/{entryId}', { params: { entryId: uid } });
      assert.equal(read.body.entry.uid, uid);
      assert.equal(read.body.entry.username, user.username, 'the owner');
      assert.match(read.body.entry.vcard, new RegExp(`N:${last};Ada`), 'the vCard carries the name');
      const book = await me.call<{ phonebook: { entries: Entry[] } }>('GET /my/phonebook', { accept: 'xml' });
      assert.ok(book.body.phonebook.entries.some((e) => e['last-name'] === last && e.number === number), 'the phone book shows the entry');
      assert.equal((await search(me, last)).length, 1, 'search finds it by last name');
      await me.call('PUT /my/phonebook/entry/{entryId}', { params: { entryId: uid }, body: { entry: { 'first-name': 'Grace', number: `${number}9` } } });
      const found = await search(me, last);
      assert.deepEqual(found.map((e) => [e['first-name'], e.number]), [['Grace', `${number}9`]], 'the update is seen');
      await me.call('DELETE /my/phonebook/entry/{entryId}', { params: { entryId: uid } });
      const gone = await me.refused('GET /my/phonebook/entry/{entryId}', notFoundStatuses(t), { params: { entryId: uid } });
      assert.ok(notFoundStatuses(t).includes(gone.status), `deleted entry: ${gone.status}`);
      assert.equal((await search(me, last)).length, 0, 'search no longer finds it');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.my-phonebook.duplicate',
    title: 'POSTing an entry id twice is 747; an entry deletes by its internal id; unknown ids are 404',
    doc: [doc('4730-4730'), doc('4791-4816')],
    operations: ['POST /my/phonebook/entry/{entryId}', 'GET /my/phonebook/entry/{entryId}', 'DELETE /my/phonebookentry/{internalid}'],
    mutates: true,
    async run(t) {
      const { me } = await phonebookUser(t);
      const uid = t.name('dup');
      await createEntry(t, me, uid, 'Dup', t.name('Entry'), String(t.number()));
      const again = await me.refused('POST /my/phonebook/entry/{entryId}', [747], { params: { entryId: uid }, body: { entry: { 'first-name': 'Other', number: '1' } } });
      assert.equal(again.status, 747, 'the duplicated entry id (doc 4730)');
      const read = await me.call('GET /my/phonebook/entry/{entryId}', { params: { entryId: uid }, accept: 'json' });
      assert.match(read.body.entry.vcard, /FN:Dup /, 'the first entry is unchanged');
      const unknown = await me.refused('DELETE /my/phonebookentry/{internalid}', [404], { params: { internalid: 987654321 } });
      assert.equal(unknown.status, 404, 'unknown internal id (doc 4799)');
      await me.call('DELETE /my/phonebookentry/{internalid}', { params: { internalid: read.body.entry.internalID } });
      const gone = await me.refused('GET /my/phonebook/entry/{entryId}', notFoundStatuses(t), { params: { entryId: uid } });
      assert.ok(notFoundStatuses(t).includes(gone.status), 'deleted by its internal id (DELETE works although listed unsupported, doc 4808/4816)');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.my-phonebook.isolation',
    title: 'One user\'s private entries are invisible to another user, who may reuse the entry id',
    doc: [doc('4706-4789')],
    operations: ['POST /my/phonebook/entry/{entryId}', 'GET /my/phonebook/entry/{entryId}', 'GET /my/search/phonebook', 'GET /my/phonebook', 'DELETE /my/phonebook/entry/{entryId}'],
    mutates: true,
    async run(t) {
      const a = await phonebookUser(t);
      const b = await phonebookUser(t);
      const uid = t.name('iso');
      const last = t.name('Private');
      await createEntry(t, a.me, uid, 'Secret', last, String(t.number()));
      const theirs = await b.me.refused('GET /my/phonebook/entry/{entryId}', notFoundStatuses(t), { params: { entryId: uid } });
      assert.ok(notFoundStatuses(t).includes(theirs.status), `another user's entry: ${theirs.status}`);
      assert.equal((await search(b.me, last)).length, 0, 'search does not find another user\'s entry');
      const book = await b.me.call<{ phonebook: { entries: Entry[] } }>('GET /my/phonebook', { accept: 'json' });
      assert.ok(!book.body.phonebook.entries.some((e) => e['last-name'] === last), 'nor does the phone book');
      const del = await b.me.refused('DELETE /my/phonebook/entry/{entryId}', notFoundStatuses(t), { params: { entryId: uid } });
      assert.ok(notFoundStatuses(t).includes(del.status), 'another user cannot delete it');
      const reuse = await createEntry(t, b.me, uid, 'Mine', t.name('Own'), String(t.number()));
      assert.equal(reuse.status, 201, 'the same entry id in another user\'s phone book is no duplicate');
      assert.equal((await search(a.me, last)).length, 1, 'the owner still has it');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.my-phonebook.paged',
    title: 'The paged phone book answers rows start..end with its sizes and the show-on-phone flag',
    doc: [doc('4660-4704'), doc('4818-4834')],
    operations: ['GET /my/pagedphonebook', 'PUT /my/phonebook/showContactsOnPhone/{value}', 'GET /my/phonebook'],
    mutates: true,
    async run(t) {
      const { me } = await phonebookUser(t);
      const all = (await me.call('GET /my/phonebook', { accept: 'json' })).body.phonebook.entries as Entry[];
      const page = await me.call('GET /my/pagedphonebook', { query: { start: 0, end: 1 }, accept: 'json' });
      const p = page.body.phonebook;
      assert.equal(p.size, all.length, 'size = all entries');
      assert.equal(p['filtered-size'], Math.min(1, all.length));
      assert.equal(p.entries.length, p['filtered-size']);
      const flag = p['show-on-phone'] as boolean;
      t.cleanup(() => me.raw('PUT /my/phonebook/showContactsOnPhone/{value}', { params: { value: String(flag) }, body: 'x' }));
      await me.call('PUT /my/phonebook/showContactsOnPhone/{value}', { params: { value: String(!flag) }, body: 'x' });
      const flipped = await me.call('GET /my/pagedphonebook', { query: { start: 0, end: 1 }, accept: 'xml' });
      assert.equal(flipped.body.phonebook['show-on-phone'], !flag, 'the flag is saved');
      const bad = await me.refused('PUT /my/phonebook/showContactsOnPhone/{value}', [400], { params: { value: 'maybe' }, body: 'x' });
      assert.equal(bad.status, 400, 'a value that is neither true nor false');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.my-phonebook.copy-shared',
    title: 'PUT /my/phonebookentry/{internalid} copies a shared entry into the private phone book once',
    doc: [doc('4791-4816')],
    operations: ['GET /my/phonebook', 'PUT /my/phonebookentry/{internalid}', 'DELETE /my/phonebookentry/{internalid}'],
    mutates: true,
    async run(t) {
      const { me } = await phonebookUser(t);
      const unknown = await me.refused('PUT /my/phonebookentry/{internalid}', [404], { params: { internalid: 987654321 }, body: 'x' });
      assert.equal(unknown.status, 404, 'unknown internal id (doc 4799)');
      // A new user has no private entries: entries with an id come from shared phone books.
      const shared = ((await me.call('GET /my/phonebook', { accept: 'json' })).body.phonebook.entries as Entry[]).find((e) => e.id !== null);
      if (!shared) {
        t.note('the target shows the new user no shared phone book entry: nothing to copy');
        return;
      }
      const copy = await me.call('PUT /my/phonebookentry/{internalid}', { params: { internalid: shared.id! }, body: 'x' });
      assert.equal(copy.status, 201);
      const copyId = copy.body.response.data.id as number;
      t.cleanup(() => me.raw('DELETE /my/phonebookentry/{internalid}', { params: { internalid: copyId } }));
      const entries = (await me.call('GET /my/phonebook', { accept: 'json' })).body.phonebook.entries as Entry[];
      assert.ok(entries.some((e) => e.id === copyId && e.number === shared.number), 'the copy is in the phone book');
      const twice = await me.refused('PUT /my/phonebookentry/{internalid}', [747], { params: { internalid: shared.id! }, body: 'x' });
      assert.equal(twice.status, 747, 'copying the same entry twice');
      await me.call('DELETE /my/phonebookentry/{internalid}', { params: { internalid: copyId } });
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.my-phonebook.google-import',
    title: 'Google import without an account is 400; with one it answers a documented Google error (743-745)',
    doc: [doc('4836-4857')],
    operations: ['POST /my/phonebook/googleImport', 'GET /my/search/phonebook'],
    mutates: true,
    async run(t) {
      const { me } = await phonebookUser(t);
      const none = await me.refused('POST /my/phonebook/googleImport', [400], { body: { googleImport: {} } });
      assert.equal(none.status, 400);
      const google = await me.refused('POST /my/phonebook/googleImport', [743, 744, 745], {
        body: { googleImport: { account: `${t.name('g')}@example.invalid`, password: 'not-a-password' } },
      });
      assert.ok([743, 744, 745].includes(google.status), `a Google error: ${google.status}`);
      const blank = await me.refused('GET /my/search/phonebook', [400], { query: { query: '' } });
      assert.equal(blank.status, 400, 'a search needs a term');
    },
  }),
];
