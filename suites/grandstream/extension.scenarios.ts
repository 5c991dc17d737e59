import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { addExtension, GrandstreamClient } from './helpers.ts';

const PRESENCE = ['available', 'away', 'chat', 'unavailable', 'userdef'];

/** Extension (doc 400-1131). */
export const extensionScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.extension.round-trip',
    title: 'add → listAccount → getSIPAccount → updateSIPAccount → deleteUser → gone (-16)',
    doc: [doc('402-1052')],
    operations: ['addSIPAccountAndUser', 'listAccount', 'getSIPAccount', 'updateSIPAccount', 'deleteUser'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const extension = await addExtension(t, ucm, { permission: 'internal' });
      const list = await ucm.call('listAccount', { options: 'extension,status' });
      const item = list.response.account.find((a: { extension: string }) => a.extension === extension);
      assert.ok(item, `listAccount shows ${extension}`);
      assert.deepEqual(Object.keys(item).sort(), ['extension', 'status']);
      const got = await ucm.call('getSIPAccount', { extension });
      assert.equal(got.response.extension.extension, extension);
      assert.equal(got.response.extension.permission, 'internal');
      const updated = await ucm.call('updateSIPAccount', { extension, permission: 'internal-local', nat: 'no' });
      assert.equal(updated.response.extension.extension, extension);
      const again = await ucm.call('getSIPAccount', { extension });
      assert.equal(again.response.extension.permission, 'internal-local');
      assert.equal(again.response.extension.nat, 'no');
      const deleted = await ucm.call('deleteUser', { user_name: extension });
      assert.equal(deleted.response.need_apply, 'yes');
      assert.equal((await ucm.error('getSIPAccount', { extension })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.extension.duplicate',
    title: 'adding an extension number twice is refused with -44',
    doc: [doc('402-494'), doc('7666')],
    operations: ['addSIPAccountAndUser'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const extension = await addExtension(t, ucm);
      assert.equal((await ucm.error('addSIPAccountAndUser', { extension, secret: 'Another1!' })).status, -44);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.extension.defaults',
    title: 'an extension added with only its number has the documented defaults and every getSIPAccount group',
    doc: [doc('621-920')],
    operations: ['addSIPAccountAndUser', 'getSIPAccount'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const extension = await addExtension(t, ucm);
      const got = await ucm.call('getSIPAccount', { extension });
      // "The default is “no”" (faxdetect, doc 818); "Default is Available" (presence_status, doc 1006).
      assert.equal(got.response.extension.faxdetect, 'no');
      assert.equal(got.response.extension.presence_status, 'available');
      assert.deepEqual(Object.keys(got.response).sort(), ['cti_feature_privilege', 'extension', 'sip_presence_settings', 'voicemail']);
      assert.deepEqual(got.response.sip_presence_settings.map((p: { presence_status: string }) => p.presence_status).sort(), [...PRESENCE].sort());
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.extension.presence-list',
    title: 'updateSIPAccount with the whole sip_presence_settings list is echoed by getSIPAccount',
    doc: [doc('952'), doc('1001-1003')],
    operations: ['updateSIPAccount', 'getSIPAccount'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const extension = await addExtension(t, ucm);
      const list = PRESENCE.map((status) => ({
        presence_status: status,
        cfu: status === 'available' ? '6000' : null,
        cfu_destination_type: status === 'available' ? '2' : '0',
        cfu_timetype: 0,
        cfb: null,
        cfb_destination_type: '0',
        cfb_timetype: 0,
        cfn: status === 'unavailable' ? '12345' : null,
        cfn_destination_type: status === 'unavailable' ? '2' : '0',
        cfn_timetype: status === 'unavailable' ? 2 : 0,
      }));
      await ucm.call('updateSIPAccount', { extension, sip_presence_settings: list });
      const got = await ucm.call('getSIPAccount', { extension });
      const available = got.response.sip_presence_settings.find((p: { presence_status: string }) => p.presence_status === 'available');
      assert.equal(available.cfu, '6000');
      assert.equal(available.cfu_destination_type, '2');
      const unavailable = got.response.sip_presence_settings.find((p: { presence_status: string }) => p.presence_status === 'unavailable');
      assert.equal(unavailable.cfn, '12345');
      assert.equal(Number(unavailable.cfn_timetype), 2);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.extension.paging',
    title: 'listAccount pages with item_num/page, sorts with sidx/sord, and puts everything on page 1 without item_num',
    doc: [doc('545-602')],
    operations: ['listAccount'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const all = (await ucm.call('listAccount', { options: 'extension' })).response;
      assert.equal(all.page, 1);
      assert.equal(all.total_page, 1);
      assert.equal(all.account.length, all.total_item);
      assert.ok(all.total_item >= 2, 'needs at least two extensions');
      const size = Math.max(1, Math.floor(all.total_item / 2));
      const last = Math.ceil(all.total_item / size);
      const page = (await ucm.call('listAccount', { options: 'extension', item_num: String(size), page: String(last), sidx: 'extension', sord: 'desc' })).response;
      assert.equal(page.page, last);
      assert.equal(page.total_item, all.total_item);
      assert.equal(page.total_page, last);
      assert.equal(page.account.length, all.total_item - size * (last - 1));
      const first = (await ucm.call('listAccount', { options: 'extension', item_num: String(size), page: '1', sidx: 'extension', sord: 'desc' })).response;
      const numbers = first.account.map((a: { extension: string }) => Number(a.extension));
      assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a), 'descending by extension');
      assert.equal(Math.max(...all.account.map((a: { extension: string }) => Number(a.extension))), numbers[0]);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.extension.missing',
    title: 'getSIPAccount, updateSIPAccount and deleteUser on an extension that does not exist answer -16',
    doc: [doc('621-1052'), doc('7659')],
    operations: ['getSIPAccount', 'updateSIPAccount', 'deleteUser'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const extension = String(t.number());
      const list = (await ucm.call('listAccount', { options: 'extension' })).response.account as Array<{ extension: string }>;
      if (list.some((a) => a.extension === extension)) return t.note(`${extension} exists on the target; skipped`);
      assert.equal((await ucm.error('getSIPAccount', { extension })).status, -16);
      assert.equal((await ucm.error('updateSIPAccount', { extension, permission: 'internal' })).status, -16);
      assert.equal((await ucm.error('deleteUser', { user_name: extension })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.extension.missing-parameter',
    title: 'getSIPAccount without extension, or with an invalid permission on update, is refused (-1 / -15)',
    doc: [doc('7651'), doc('7658'), doc('1018-1020')],
    operations: ['getSIPAccount', 'updateSIPAccount'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      assert.equal((await ucm.error('getSIPAccount', {})).status, -1);
      const [first] = (await ucm.call('listAccount', { options: 'extension,account_type' })).response.account as Array<{ extension: string; account_type: string }>;
      assert.ok(first, 'needs an extension');
      assert.equal((await ucm.error('updateSIPAccount', { extension: first.extension, permission: 'everything' })).status, -15);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.extension.apply-changes',
    title: 'a write answers need_apply "yes"; applyChanges answers {"settings":"0"}, again with nothing pending',
    doc: [doc('486-493'), doc('7611-7645')],
    operations: ['addSIPAccountAndUser', 'applyChanges'],
    mutates: true,
    skipOn: {
      real: "applyChanges applies every pending change on the UCM, other administrators' unapplied edits included: it is only checked on the emulator",
    },
    async run(t) {
      const ucm = new GrandstreamClient(t);
      await addExtension(t, ucm);
      assert.deepEqual(await ucm.call('applyChanges'), { response: { settings: '0' }, status: 0 });
      assert.deepEqual(await ucm.call('applyChanges'), { response: { settings: '0' }, status: 0 });
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.extension.departments',
    title: 'listDepartment answers the department tree (root father_id 0)',
    doc: [doc('1054-1131')],
    operations: ['listDepartment'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const list = (await ucm.call('listDepartment')).response.local_department_info as Array<{ department_id: number; father_id: number }>;
      const ids = new Set(list.map((d) => d.department_id));
      for (const d of list) assert.ok(d.father_id === 0 || ids.has(d.father_id), `father ${d.father_id} of ${d.department_id} exists`);
    },
  }),
];
