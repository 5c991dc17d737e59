import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { bridged, callsUnavailable, cdrSince, channelsOf, clockIso, eventually, hangUpAfter, unbridged } from './call-helpers.ts';
import { addExtension, GrandstreamClient } from './helpers.ts';
import type { ScenarioContext } from '../harness/scenario.ts';

/** Paging/Intercom (doc 5469-5858) and playPromptByOrg (doc 3832-3924). */

async function addGroup(t: ScenarioContext, ucm: GrandstreamClient, params: Record<string, unknown>): Promise<string> {
  const number = String(t.number());
  const reply = await ucm.call('addPaginggroup', { extension: number, paginggroup_name: t.name('page'), ...params });
  assert.deepEqual(reply.response, { need_apply: 'yes' });
  t.cleanup(async () => {
    const gone = await ucm.send('deletePaginggroup', { cookie: ucm.currentCookie ?? (await ucm.login()), paginggroup: number });
    if (gone.body?.status !== 0 && gone.body?.status !== -16) throw new Error(`could not delete paging group ${number}: ${gone.text}`);
  });
  return number;
}

export const pagingScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.paging.round-trip',
    title: 'addPaginggroup → listPaginggroup → getPaginggroup → updatePaginggroup → deletePaginggroup → -16; duplicates -44',
    doc: [doc('5471-5776')],
    operations: ['addPaginggroup', 'listPaginggroup', 'getPaginggroup', 'updatePaginggroup', 'deletePaginggroup'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const member = await addExtension(t, ucm);
      const other = await addExtension(t, ucm);
      const group = await addGroup(t, ucm, { paginggroup_type: '1way', members: member, number_allowed: member });
      assert.equal((await ucm.error('addPaginggroup', { extension: group, paginggroup_name: t.name('dup'), paginggroup_type: '1way' })).status, -44);
      const list = (await ucm.call('listPaginggroup', { options: 'extension,paginggroup_type,members' })).response.paginggroup;
      assert.deepEqual(list.find((g: { extension: string }) => g.extension === group), { extension: group, paginggroup_type: '1way', members: member });
      const got = (await ucm.call('getPaginggroup', { paginggroup: group })).response.paginggroup;
      assert.equal(got.paginggroup_type, '1way');
      assert.equal(got.number_allowed, member);
      assert.deepEqual((await ucm.call('updatePaginggroup', { paginggroup: group, paginggroup_type: '2way', members: `${member},${other}` })).response, { need_apply: 'yes' });
      const updated = (await ucm.call('getPaginggroup', { paginggroup: group })).response.paginggroup;
      assert.equal(updated.paginggroup_type, '2way');
      assert.equal(updated.members, `${member},${other}`);
      assert.deepEqual((await ucm.call('deletePaginggroup', { paginggroup: group })).response, { need_apply: 'yes' });
      assert.equal((await ucm.error('getPaginggroup', { paginggroup: group })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.paging.multicast',
    title: 'MulticastPaging starts a page (bridged), MulticastPagingHangup ends it, the CDR says PAGE[<group>]',
    doc: [doc('5778-5858'), doc('6730-6770')],
    operations: ['addPaginggroup', 'MulticastPaging', 'listBridgedChannels', 'MulticastPagingHangup', 'cdrapi'],
    mutates: true,
    unavailable: callsUnavailable,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const since = await clockIso(t);
      const caller = await addExtension(t, ucm);
      const member = await addExtension(t, ucm);
      hangUpAfter(t, ucm, [caller, member]);
      const group = await addGroup(t, ucm, { paginggroup_type: '3way', members: member, multicast_ip: '224.0.1.20', multicast_port: 6000 });
      assert.deepEqual((await ucm.call('MulticastPaging', { pagingnum: group, caller })).response, { need_apply: 'yes' });
      await eventually(async () => ((await channelsOf(ucm, [caller])).length ? true : undefined), 'the page to start');
      assert.deepEqual((await ucm.call('MulticastPagingHangup', { pagingnum: group })).response, { need_apply: 'yes' });
      assert.deepEqual(await channelsOf(ucm, [caller]), []);
      const row = (await cdrSince(ucm, since)).filter((r) => r.src === caller && r.dst === group).at(-1);
      assert.ok(row, 'a CDR of the page');
      assert.equal(row.action_type, `PAGE[${group}]`);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.paging.play-prompt',
    title: 'playPromptByOrg rings the extension (need_apply "yes"); `Variable` is accepted; unknown targets -16',
    doc: [doc('3832-3924')],
    operations: ['playPromptByOrg', 'listUnBridgedChannels', 'Hangup'],
    mutates: true,
    unavailable: callsUnavailable,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const target = await addExtension(t, ucm);
      hangUpAfter(t, ucm, [target]);
      assert.deepEqual((await ucm.call('playPromptByOrg', { type: 'moh', Variable: 'macroform-cold_day', class: '', channel: target })).response, { need_apply: 'yes' });
      const leg = await eventually(async () => (await unbridged(ucm)).find((c) => c.callernum === target), `${target} to ring`);
      await ucm.call('Hangup', { channel: leg.channel });
      assert.equal((await ucm.error('playPromptByOrg', { type: 'ivr', variable: 'prompt1', channel: String(t.number()) })).status, -16);
      assert.deepEqual((await bridged(ucm)).filter((c) => c.callerid1 === target), []);
    },
  }),
];
