import assert from 'node:assert/strict';
import { doc } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { createExtension, keysOf } from './group-helpers.ts';
import { PbxwareClient, workTenant } from './helpers.ts';

interface PagingEntry {
  name: string;
  number: number;
  quiet: number;
  destinations: number[];
}

export const pagingGroupScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.paging_group.crud',
    title: 'a paging group round trip, its number, quiet flag and destinations listed as integers',
    doc: [doc('9439-9567')],
    operations: ['pbxware.paging_group.add', 'pbxware.paging_group.list', 'pbxware.paging_group.edit', 'pbxware.paging_group.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const first = await createExtension(t, pbx, server);
      const second = await createExtension(t, pbx, server);
      const name = t.name('pg');
      const number = t.number();
      const added = await pbx.call<{ success: string; id: number }>('pbxware.paging_group.add', {
        server,
        name,
        number: String(number),
        quiet: '0',
        destinations: `${first.ext},${second.ext}`,
      });
      const id = String(added.id);
      let deleted = false;
      t.cleanup(() => (deleted ? undefined : pbx.call('pbxware.paging_group.delete', { server, id })));

      const listed = async () => (await pbx.call<Record<string, PagingEntry>>('pbxware.paging_group.list', { server }))[id]!;
      let entry = await listed();
      assert.deepEqual(
        entry,
        { name, number, quiet: 0, destinations: [Number(first.ext), Number(second.ext)] },
        'number, quiet and destinations are JSON integers (doc 9468-9490)',
      );

      await pbx.call('pbxware.paging_group.edit', { server, id, quiet: '1' });
      entry = await listed();
      assert.equal(entry.quiet, 1, 'the edited field changed');
      assert.deepEqual(entry.destinations, [Number(first.ext), Number(second.ext)], 'fields not sent are kept');

      await pbx.call('pbxware.paging_group.delete', { server, id });
      deleted = true;
      assert.ok(!keysOf(await pbx.call('pbxware.paging_group.list', { server })).includes(id), 'a deleted paging group is gone');
    },
  }),
];
