import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient, listIds, workTenant } from './helpers.ts';

type GroupList = Record<string, { group_name: string; min_did: string; max_did: string; tenant: string }>;

export const didgroupScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.didgroup.crud',
    title: 'a DID group is added for a tenant (server=1), listed, edited in part and deleted; server≠1 is refused',
    doc: [doc('4773-4884')],
    operations: ['pbxware.didgroup.add', 'pbxware.didgroup.list', 'pbxware.didgroup.edit', 'pbxware.didgroup.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const tenant = await workTenant(t, pbx);
      const base = t.number() * 1000;
      const fields = { group_name: t.name('didgroup'), tenantid: tenant, min_did: String(base), max_did: String(base + 999) };

      const before = listIds(await pbx.call('pbxware.didgroup.list'));
      await pbx.error('pbxware.didgroup.add', { server: tenant, ...fields });
      assert.deepEqual(listIds(await pbx.call('pbxware.didgroup.list')), before, 'a refused add changes nothing');

      const added = await pbx.call<{ success: string; id: number }>('pbxware.didgroup.add', { server: '1', ...fields });
      const id = String(added.id);
      assert.equal(added.success, `DID Group ID: ${id}`);
      let deleted = false;
      t.cleanup(() => (deleted ? undefined : pbx.call('pbxware.didgroup.delete', { server: '1', id })));

      const list = await pbx.call<GroupList>('pbxware.didgroup.list');
      assert.deepEqual(list[id], { group_name: fields.group_name, max_did: fields.max_did, min_did: fields.min_did, tenant });

      assert.deepEqual(await pbx.call('pbxware.didgroup.edit', { server: '1', id, max_did: String(base + 499) }), added);
      const after = (await pbx.call<GroupList>('pbxware.didgroup.list'))[id];
      assert.equal(after.max_did, String(base + 499), 'the edited field changed');
      assert.equal(after.group_name, fields.group_name, 'fields not sent are kept');

      await pbx.error('pbxware.didgroup.delete', { server: tenant, id });
      const removed = await pbx.call('pbxware.didgroup.delete', { server: '1', id });
      deleted = true;
      assert.deepEqual(removed, { success: `Deleted DID Group ID ${id} successfully.` });
      assert.ok(!listIds(await pbx.call('pbxware.didgroup.list')).includes(id), 'a deleted group is gone');
    },
  }),
];
