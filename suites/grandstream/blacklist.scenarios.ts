import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { addInboundRoute, addSipTrunk, removeLater } from './config-helpers.ts';
import { GrandstreamClient } from './helpers.ts';

type Entry = { number: string; inbound_rt_index: string };

/** A caller number of the run's range, unlikely to be blacklisted already. */
const callerNumber = (t: ScenarioContext) => `0049300${t.number()}`;

async function entries(ucm: GrandstreamClient): Promise<Entry[]> {
  return (await ucm.call('listInboundBlacklist', {})).response.number as Entry[];
}

/** Inbound Route Blacklist (doc 3432-3830). */
export const blacklistScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.blacklist.round-trip',
    title: 'addInboundBlacklist (all routes) → listInboundBlacklist → updateInboundBlacklist (one route) → deleteInboundBlacklist → gone',
    doc: [doc('3434-3717')],
    operations: ['addInboundBlacklist', 'listInboundBlacklist', 'updateInboundBlacklist', 'deleteInboundBlacklist'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const trunk = await addSipTrunk(t, ucm);
      const route = await addInboundRoute(t, ucm, trunk.index);
      const number = callerNumber(t);
      const before = (await ucm.call('listInboundBlacklist', {})).response.total_blacklist_item as number;
      assert.deepEqual(await ucm.call('addInboundBlacklist', { number, inbound_rt_index: '0' }), { response: { need_apply: 'yes' }, status: 0 });
      removeLater(t, ucm, 'deleteInboundBlacklist', { number });
      const list = (await ucm.call('listInboundBlacklist', {})).response;
      assert.equal(list.total_blacklist_item, before + 1);
      assert.deepEqual(list.number.find((e: Entry) => e.number === number), { number, inbound_rt_index: '0' });
      await ucm.call('updateInboundBlacklist', { number, inbound_rt_index: String(route.index) });
      assert.equal(String((await entries(ucm)).find((e) => e.number === number)?.inbound_rt_index), String(route.index));
      assert.equal((await ucm.call('deleteInboundBlacklist', { number })).response.need_apply, 'yes');
      assert.equal((await entries(ucm)).some((e) => e.number === number), false);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.blacklist.duplicate',
    title: 'blacklisting a number twice is refused',
    doc: [doc('3597-3656'), doc('7666')],
    operations: ['addInboundBlacklist'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const number = callerNumber(t);
      await ucm.call('addInboundBlacklist', { number, inbound_rt_index: '0' });
      removeLater(t, ucm, 'deleteInboundBlacklist', { number });
      assert.ok((await ucm.error('addInboundBlacklist', { number, inbound_rt_index: '0' })).status < 0);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.blacklist.settings',
    title: 'updateInboundBlacklistSettings toggles what getInboundBlacklistSettings answers (restored afterwards)',
    doc: [doc('3719-3830')],
    operations: ['getInboundBlacklistSettings', 'updateInboundBlacklistSettings'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const original = (await ucm.call('getInboundBlacklistSettings')).response.inbound_blacklist_settings.enable as 'yes' | 'no';
      t.cleanup(() => ucm.call('updateInboundBlacklistSettings', { enable: original }));
      const flipped = original === 'yes' ? 'no' : 'yes';
      assert.deepEqual(await ucm.call('updateInboundBlacklistSettings', { enable: flipped }), { response: { need_apply: 'yes' }, status: 0 });
      assert.equal((await ucm.call('getInboundBlacklistSettings')).response.inbound_blacklist_settings.enable, flipped);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.blacklist.paging',
    title: 'listInboundBlacklist pages with item_num/page and sorts "descending"',
    doc: [doc('3434-3498')],
    operations: ['listInboundBlacklist'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      for (let i = 0; i < 2; i++) {
        const number = callerNumber(t);
        await ucm.call('addInboundBlacklist', { number, inbound_rt_index: '0' });
        removeLater(t, ucm, 'deleteInboundBlacklist', { number });
      }
      const all = (await ucm.call('listInboundBlacklist', {})).response;
      const page = (await ucm.call('listInboundBlacklist', { item_num: '1', page: '2' })).response;
      assert.equal(page.number.length, 1);
      assert.equal(page.total_item, all.total_item);
      assert.equal(page.total_page, all.total_item);
      const desc = (await ucm.call('listInboundBlacklist', { sidx: 'number', sord: 'descending' })).response.number.map((e: Entry) => e.number);
      assert.deepEqual(desc, [...desc].sort((a: string, b: string) => Number(b) - Number(a)));
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.blacklist.delete-all',
    title: 'deleteAllInboundBlacklist empties the blacklist',
    doc: [doc('3500-3545')],
    operations: ['deleteAllInboundBlacklist', 'listInboundBlacklist'],
    mutates: true,
    skipOn: { real: 'deleteAllInboundBlacklist removes numbers this run did not add' },
    async run(t) {
      const ucm = new GrandstreamClient(t);
      await ucm.call('addInboundBlacklist', { number: callerNumber(t), inbound_rt_index: '0' });
      assert.equal((await ucm.call('deleteAllInboundBlacklist')).response.need_apply, 'yes');
      const list = (await ucm.call('listInboundBlacklist', {})).response;
      assert.deepEqual([list.number, list.total_blacklist_item], [[], 0]);
    },
  }),
];
