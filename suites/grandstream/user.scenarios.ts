import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { addExtension, GrandstreamClient } from './helpers.ts';

/** User Information (doc 6317-6568). */
export const userScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.user.round-trip',
    title: 'a new extension has a user: getUser, updateUser with every field, listUser (array keyed user_id)',
    doc: [doc('6319-6568')],
    operations: ['getUser', 'updateUser', 'listUser'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const extension = await addExtension(t, ucm);
      const before = (await ucm.call('getUser', { user_name: extension })).response.user_name;
      assert.equal(typeof before.user_id, 'number');
      const changes = {
        user_name: extension,
        department: 'R&D department 2',
        fax: '123',
        email: `${t.name('mail')}@example.invalid`,
        first_name: 'aaa',
        last_name: 'bbb',
        family_number: '8888',
        phone_number: '18373710740',
        privilege: '3',
        user_id: String(before.user_id),
      };
      assert.deepEqual(await ucm.call('updateUser', changes), { response: { need_apply: 'yes' }, status: 0 });
      const after = (await ucm.call('getUser', { user_name: extension })).response.user_name;
      for (const key of ['department', 'fax', 'email', 'first_name', 'last_name', 'family_number', 'phone_number'] as const) assert.equal(after[key], changes[key], key);
      const list = (await ucm.call('listUser', {})).response;
      assert.ok(Array.isArray(list.user_id), 'listUser answers an array keyed user_id');
      const mine = list.user_id.find((u: { user_name: string }) => u.user_name === extension);
      assert.equal(mine?.user_id, before.user_id);
      const account = (await ucm.call('listAccount', { options: 'extension,fullname' })).response.account.find((a: { extension: string }) => a.extension === extension);
      assert.equal(account.fullname, 'aaa bbb', 'fullname is first_name, space, last name');
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.user.paging',
    title: 'listUser honours item_num and page, with total_item and total_page',
    doc: [doc('6319-6444')],
    operations: ['listUser'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const all = (await ucm.call('listUser', {})).response;
      const page = (await ucm.call('listUser', { item_num: '1', page: '1' })).response;
      assert.equal(page.user_id.length, Math.min(1, all.total_item));
      assert.equal(page.total_item, all.total_item);
      assert.equal(page.total_page, Math.max(1, all.total_item));
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.user.missing',
    title: 'getUser of a user that does not exist answers -16',
    doc: [doc('6446-6511'), doc('7659')],
    operations: ['getUser'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      assert.equal((await ucm.error('getUser', { user_name: t.name('nobody') })).status, -16);
    },
  }),
];
