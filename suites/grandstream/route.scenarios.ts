import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { addInboundRoute, addOutboundRoute, addSipTrunk, missingTrunkIndex } from './config-helpers.ts';
import { addExtension, GrandstreamClient } from './helpers.ts';

/** Outbound Route (doc 2405-2729) and Inbound Route (doc 2893-3430). */
export const routeScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.route.outbound-round-trip',
    title: 'addOutboundRoute on a new trunk → listOutboundRoute → getOutboundRoute → updateOutboundRoute → deleteOutboundRoute → gone (-16)',
    doc: [doc('2407-2729')],
    operations: ['addOutboundRoute', 'listOutboundRoute', 'getOutboundRoute', 'updateOutboundRoute', 'deleteOutboundRoute'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const trunk = await addSipTrunk(t, ucm);
      const route = await addOutboundRoute(t, ucm, trunk.index, { pattern: [{ match: '_1xxx' }] });
      const listed = (await ucm.call('listOutboundRoute', {})).response.outbound_route.find((r: { outbound_rt_index: number }) => r.outbound_rt_index === route.index);
      assert.equal(listed.outbound_rt_name, route.name);
      const got = (await ucm.call('getOutboundRoute', { outbound_route: String(route.index) })).response;
      assert.equal(Number(got.outbound_route.default_trunk_index), trunk.index);
      assert.equal(got.pattern[0].match, '_1xxx');
      assert.deepEqual(await ucm.call('updateOutboundRoute', { outbound_route: String(route.index), permission: 'internal', strip: 1 }), { response: { need_apply: 'yes' }, status: 0 });
      const after = (await ucm.call('getOutboundRoute', { outbound_route: String(route.index) })).response.outbound_route;
      assert.deepEqual([after.permission, after.strip], ['internal', 1]);
      assert.equal((await ucm.call('deleteOutboundRoute', { outbound_route: String(route.index) })).response.need_apply, 'yes');
      assert.equal((await ucm.error('getOutboundRoute', { outbound_route: String(route.index) })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.route.outbound-missing-trunk',
    title: 'an outbound route on a trunk that does not exist is refused and not created',
    doc: [doc('2478-2536')],
    operations: ['addOutboundRoute', 'listOutboundRoute'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const name = t.name('or');
      const refusal = await ucm.error('addOutboundRoute', { outbound_rt_name: name, default_trunk_index: String(await missingTrunkIndex(ucm)), pattern: [{ match: '_1xxx' }] });
      assert.ok(refusal.status < 0);
      const list = (await ucm.call('listOutboundRoute', { options: 'outbound_rt_name' })).response.outbound_route as Array<{ outbound_rt_name: string }>;
      assert.equal(list.some((r) => r.outbound_rt_name === name), false);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.route.inbound-round-trip',
    title: 'addInboundRoute to an extension → listInboundRoute → getInboundRoute → updateInboundRoute → deleteInboundRoute → gone (-16)',
    doc: [doc('2895-3430')],
    operations: ['addInboundRoute', 'listInboundRoute', 'getInboundRoute', 'updateInboundRoute', 'deleteInboundRoute'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const [first, second] = [await addExtension(t, ucm), await addExtension(t, ucm)];
      const trunk = await addSipTrunk(t, ucm);
      const route = await addInboundRoute(t, ucm, trunk.index, { destination_type: 'account', account: first, permission: 'internal' });
      const list = (await ucm.call('listInboundRoute', { trunk_index: String(trunk.index) })).response;
      assert.equal(list.total_item, 1);
      assert.equal(list.inbound_route[0].account, first);
      assert.ok(Array.isArray(list.inbound_route[0].members));
      const got = (await ucm.call('getInboundRoute', { inbound_route: String(route.index) })).response;
      assert.equal(got.inbound_routes.account, first);
      assert.equal(got.inbound_did_destination.ext_local, 'yes');
      await ucm.call('updateInboundRoute', { inbound_route: String(route.index), account: second, destination_type: 'account' });
      assert.equal((await ucm.call('getInboundRoute', { inbound_route: String(route.index) })).response.inbound_routes.account, second);
      assert.equal((await ucm.call('deleteInboundRoute', { inbound_route: String(route.index) })).response.need_apply, 'yes');
      assert.equal((await ucm.error('getInboundRoute', { inbound_route: String(route.index) })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.route.inbound-missing-trunk',
    title: 'an inbound route on a trunk that does not exist is refused',
    doc: [doc('3037-3153')],
    operations: ['addInboundRoute'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const refusal = await ucm.error('addInboundRoute', { trunk_index: String(await missingTrunkIndex(ucm)), did_pattern_match: `_${t.number()}`, ext_local: 'yes', multi_mode: '[]', time_condition: '[]' });
      assert.ok(refusal.status < 0);
    },
  }),
];
