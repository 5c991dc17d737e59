import assert from 'node:assert/strict';
import { doc } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { cleanupByName, createExtension, keysOf } from './group-helpers.ts';
import { PbxwareClient, workTenant } from './helpers.ts';

type RingGroupConfiguration = Record<string, { name: string; ext: string; destinations: string; options: Record<string, string> }>;

export const ringGroupScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ring_group.crud',
    title: 'a ring group is added with members, read back by list and configuration, edited in part and deleted',
    doc: [doc('5217-5511')],
    operations: [
      'pbxware.ring_group.add',
      'pbxware.ring_group.list',
      'pbxware.ring_group.configuration',
      'pbxware.ring_group.edit',
      'pbxware.ring_group.delete',
    ],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const first = await createExtension(t, pbx, server);
      const second = await createExtension(t, pbx, server);
      const name = t.name('rg');
      const number = String(t.number());
      const added = await pbx.call<{ success?: string; sucess?: string; id: number }>('pbxware.ring_group.add', {
        server,
        name,
        ext: number,
        extensions: `${first.ext},${second.ext}`,
        timeout: '20',
      });
      // The document spells the key "sucess" (doc 5401); a fixed PBX may not (pbxware.md §7 A15).
      assert.equal(typeof (added.sucess ?? added.success), 'string', 'ring_group.add answers success (or sucess)');
      const id = String(added.id);
      let deleted = false;
      t.cleanup(() => (deleted ? undefined : pbx.call('pbxware.ring_group.delete', { server, id })));

      const list = await pbx.call<Record<string, { name: string; ext: string; destinations: string }>>('pbxware.ring_group.list', { server });
      assert.equal(list[id]?.name, name);
      assert.equal(list[id]?.ext, number);
      assert.equal(list[id]?.destinations, `${first.ext},${second.ext}`, 'destinations read back as a comma list');

      const config = await pbx.call<RingGroupConfiguration>('pbxware.ring_group.configuration', { server, id });
      assert.deepEqual(Object.keys(config), [id], 'the configuration is wrapped in the ring group id');
      assert.equal(config[id]!.options.timeout, '20');

      const edited = await pbx.call<{ id: string }>('pbxware.ring_group.edit', { server, id, timeout: '45' });
      assert.equal(String(edited.id), id);
      const after = (await pbx.call<RingGroupConfiguration>('pbxware.ring_group.configuration', { server, id }))[id]!;
      assert.equal(after.options.timeout, '45', 'the edited option changed');
      assert.equal(after.name, name, 'fields not sent are kept (partial update)');
      assert.equal(after.destinations, `${first.ext},${second.ext}`);

      await pbx.call('pbxware.ring_group.delete', { server, id });
      deleted = true;
      assert.ok(!keysOf(await pbx.call('pbxware.ring_group.list', { server })).includes(id), 'a deleted ring group is gone');
      await pbx.error('pbxware.ring_group.configuration', { server, id });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ring_group.number_in_use',
    title: 'a number held by an extension or a paging group is refused to IVRs, ring groups, ERGs and paging groups',
    doc: [doc('4971-4990'), doc('5268-5290'), doc('5535-5563'), doc('9493-9524')],
    operations: ['pbxware.ivr.add', 'pbxware.ring_group.add', 'pbxware.erg.add', 'pbxware.paging_group.add', 'pbxware.paging_group.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const extension = await createExtension(t, pbx, server);
      const paging = await pbx.call<{ id: number }>('pbxware.paging_group.add', {
        server,
        name: t.name('pg'),
        number: String(t.number()),
      });
      t.cleanup(() => pbx.call('pbxware.paging_group.delete', { server, id: String(paging.id) }));
      const pagingNumber = String(
        (await pbx.call<Record<string, { number: number }>>('pbxware.paging_group.list', { server }))[String(paging.id)]!.number,
      );

      const names = { ivr: t.name('ivr'), rg: t.name('rg'), erg: t.name('erg'), pg: t.name('pg') };
      cleanupByName(t, pbx, { action: 'pbxware.ivr.list', params: { server } }, 'pbxware.ivr.delete', server, [names.ivr]);
      cleanupByName(t, pbx, { action: 'pbxware.ring_group.list', params: { server } }, 'pbxware.ring_group.delete', server, [names.rg]);
      cleanupByName(t, pbx, { action: 'pbxware.erg.list', params: { server } }, 'pbxware.erg.delete', server, [names.erg]);
      cleanupByName(t, pbx, { action: 'pbxware.paging_group.list', params: { server } }, 'pbxware.paging_group.delete', server, [names.pg]);

      for (const taken of [extension.ext, pagingNumber]) {
        await pbx.error('pbxware.ivr.add', {
          server,
          name: names.ivr,
          ext: taken,
          greeting: 'greeting-default-attendant',
          'keymap[1][type]': 'ex',
          'keymap[1][destination]': extension.ext,
        });
        await pbx.error('pbxware.ring_group.add', { server, name: names.rg, ext: taken });
        await pbx.error('pbxware.erg.add', { server, name: names.erg, ext: taken, max_wait_callers: '1', rings_answer: '1' });
      }
      await pbx.error('pbxware.paging_group.add', { server, name: names.pg, number: extension.ext });
    },
  }),
];
