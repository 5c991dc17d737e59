import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { addExtension, GrandstreamClient } from './helpers.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Wave (doc 1133-1230), Extension Groups (doc 6570-6644), addMessageBroadcast (doc 7550-7609). */
export const waveScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.wave.clean-chat',
    title: 'cleanTerminalChatInformation answers need_apply "no"; an extension that does not exist is refused',
    doc: [doc('1135-1179')],
    operations: ['cleanTerminalChatInformation'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const extension = await addExtension(t, ucm);
      assert.deepEqual((await ucm.call('cleanTerminalChatInformation', { extension })).response, { need_apply: 'no' });
      assert.ok((await ucm.error('cleanTerminalChatInformation', { extension: String(t.number()) })).status < 0);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.wave.qr',
    title: 'getSIPAccountQR answers base64 PNG data for an extension',
    doc: [doc('1181-1230')],
    operations: ['getSIPAccountQR'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const extension = await addExtension(t, ucm);
      const qr = (await ucm.call('getSIPAccountQR', { extension })).response.qr_base as string;
      const png = Buffer.from(qr.replace(/\s+/g, ''), 'base64');
      assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE);
      assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR');
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.misc.extension-groups',
    title: 'listExtensionGroup: group-N ids, members a comma list of extensions, paging that adds up',
    doc: [doc('6572-6644')],
    operations: ['listExtensionGroup', 'listAccount'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const all = await ucm.call('listExtensionGroup', {});
      const groups = all.response.extension_group as Array<{ group_id: string; members: string | null }>;
      assert.equal(all.response.total_item, groups.length);
      const accounts = new Set((await ucm.call('listAccount', { options: 'extension' })).response.account.map((a: { extension: string }) => a.extension));
      for (const g of groups) {
        assert.match(g.group_id, /^group-\d+$/);
        for (const m of (g.members ?? '').split(',').filter(Boolean)) assert.ok(accounts.has(m), `${g.group_id} member ${m} is an extension`);
      }
      if (groups.length >= 2) {
        const first = await ucm.call('listExtensionGroup', { item_num: '1', page: '2', sidx: 'group_id' });
        assert.equal(first.response.extension_group.length, 1);
        assert.equal(first.response.page, 2);
        assert.equal(first.response.total_page, groups.length);
      }
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.misc.broadcast',
    title: 'addMessageBroadcast to an extension succeeds; to an extension that does not exist it is refused',
    doc: [doc('7550-7609')],
    operations: ['addMessageBroadcast'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const extension = await addExtension(t, ucm);
      const recipient = JSON.stringify({ extension, department: '', extension_group: '', department_extension: [] });
      const subject = t.name('broadcast');
      assert.equal((await ucm.call('addMessageBroadcast', { subject, source: 'conformance', content: 'hello', recipient })).status, 0);
      t.leaves(`message broadcast "${subject}" sent to extension ${extension} (the API has no way to delete a broadcast)`);
      const missing = JSON.stringify({ extension: String(t.number()) });
      assert.ok((await ucm.error('addMessageBroadcast', { subject: t.name('broadcast'), recipient: missing })).status < 0);
    },
  }),
];
