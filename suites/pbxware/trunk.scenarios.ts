import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient, listIds, workTenant } from './helpers.ts';
import { addTrunk, trunkArgs } from './trunk-helpers.ts';

type TrunkConfiguration = Record<string, { name: string; status: string; protocol: string; options: Record<string, unknown> }>;

export const trunkScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.trunk.crud',
    title: 'a trunk is added, listed, read back by trunkid, edited in part and deleted (answering like add)',
    doc: [doc('3237-3665')],
    operations: ['pbxware.trunk.add', 'pbxware.trunk.list', 'pbxware.trunk.configuration', 'pbxware.trunk.edit', 'pbxware.trunk.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const trunk = await addTrunk(t, pbx, server, { codecs: 'ulaw:alaw', codecs_ptime: '20' });
      assert.equal(trunk.answer.success, `Trunk ID: ${trunk.id}`);

      const list = await pbx.call<Record<string, Record<string, string>>>('pbxware.trunk.list');
      assert.ok(list[trunk.id], 'trunk.list is keyed by the Trunk ID add answered');
      assert.equal(list[trunk.id].name, trunk.args.name);
      assert.equal(list[trunk.id].provider_id, '20');
      assert.equal(list[trunk.id].status, 'disabled', '"not active" is listed as disabled');

      const config = await pbx.call<TrunkConfiguration>('pbxware.trunk.configuration', { server, trunkid: trunk.id });
      assert.deepEqual(Object.keys(config), [trunk.id], 'configuration is wrapped in the trunk id');
      assert.equal(config[trunk.id].name, trunk.args.name);
      assert.equal(config[trunk.id].options.host, '192.0.2.10');
      assert.equal(config[trunk.id].options.insecure, 'port,invite');
      assert.deepEqual(config[trunk.id].options.allow, ['ulaw,20', 'alaw,20'], 'codecs and ptime come back as "codec,ptime"');

      const edited = await pbx.call('pbxware.trunk.edit', { server, id: trunk.id, status: 'active', host: '192.0.2.11' });
      assert.deepEqual(edited, { success: `Trunk ID: ${trunk.id}`, id: Number(trunk.id) });
      const after = await pbx.call<TrunkConfiguration>('pbxware.trunk.configuration', { server, trunkid: trunk.id });
      assert.equal(after[trunk.id].options.host, '192.0.2.11', 'the edited field changed');
      assert.equal(after[trunk.id].options.username, 'conformance', 'fields not sent are kept (partial update)');
      assert.equal((await pbx.call<Record<string, Record<string, string>>>('pbxware.trunk.list'))[trunk.id].status, 'enabled');

      const removed = await pbx.call('pbxware.trunk.delete', { server, id: trunk.id });
      trunk.gone();
      assert.deepEqual(removed, { success: `Trunk ID: ${trunk.id}`, id: Number(trunk.id) }, 'delete answers like add (doc 3568-3575)');
      assert.ok(!listIds(await pbx.call('pbxware.trunk.list')).includes(trunk.id), 'a deleted trunk is gone');
      await pbx.error('pbxware.trunk.configuration', { server, trunkid: trunk.id });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.trunk.validation',
    title: 'trunk.add refuses a missing required argument and an unknown provider, and adds nothing',
    doc: [doc('3283-3534'), doc('3667-3706')],
    operations: ['pbxware.trunk.add', 'pbxware.trunk.list', 'pbxware.trunk.providers'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const providers = await pbx.call<Record<string, [string, string]>>('pbxware.trunk.providers');
      assert.ok(Object.values(providers).every(([id, kind]) => /^\d+$/.test(id) && typeof kind === 'string'), 'providers map a name to [id, kind]');
      const before = listIds(await pbx.call('pbxware.trunk.list'));
      const { host: _host, ...withoutHost } = trunkArgs(t, server);
      await pbx.error('pbxware.trunk.add', withoutHost);
      const known = new Set(Object.values(providers).map(([id]) => id));
      let unknown = 999;
      while (known.has(String(unknown))) unknown++;
      await pbx.error('pbxware.trunk.add', { ...trunkArgs(t, server), provider_id: String(unknown) });
      assert.deepEqual(listIds(await pbx.call('pbxware.trunk.list')), before, 'refused adds leave the list as it was');
    },
  }),
];
