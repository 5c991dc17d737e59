import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient, listIds } from './helpers.ts';

export const packageScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.package.crud',
    title: 'a tenant package is added, read back under its read names, edited in part and deleted',
    doc: [doc('6795-7017')],
    operations: [
      'pbxware.package.add',
      'pbxware.package.list',
      'pbxware.package.configuration',
      'pbxware.package.edit',
      'pbxware.package.delete',
    ],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const name = t.name('pkg');
      const added = await pbx.call<{ success: string; id: number }>('pbxware.package.add', {
        name,
        call_recordings: '1',
        monitoring: '0',
        call_screening: '1',
        extensions: '25',
        voicemails: '24',
        queues: '3',
        cfs: '2',
        rgroups: '4',
        hot_desking: '1',
        ivrs: '5',
      });
      const id = String(added.id);
      let deleted = false;
      t.cleanup(() => (deleted ? undefined : pbx.call('pbxware.package.delete', { server: '1', id })));

      const list = await pbx.call<Record<string, string>>('pbxware.package.list');
      assert.equal(list[id], name, 'package.list maps the id to the name');

      const config = await pbx.call<Record<string, Record<string, string>>>('pbxware.package.configuration', { id });
      assert.deepEqual(Object.keys(config), [id], 'configuration is wrapped in the package id');
      assert.equal(config[id].ext, '25');
      assert.equal(config[id].voicemail, '24');
      assert.equal(config[id].cf, '2');
      assert.equal(config[id].ivr, '5');
      assert.equal(config[id].monitoring, '0');

      const edited = await pbx.call<{ id: number }>('pbxware.package.edit', { server: '1', id, ivrs: '9' });
      assert.equal(edited.id, Number(id));
      const after = await pbx.call<Record<string, Record<string, string>>>('pbxware.package.configuration', { id });
      assert.equal(after[id].ivr, '9', 'the edited field changed');
      assert.equal(after[id].ext, '25', 'fields not sent are kept (partial update)');

      const removed = await pbx.call<{ success: string; id: string }>('pbxware.package.delete', { server: '1', id });
      deleted = true;
      assert.equal(removed.id, id, 'package.delete answers the id as a string');
      assert.ok(!listIds(await pbx.call('pbxware.package.list')).includes(id), 'a deleted package is gone');
      await pbx.error('pbxware.package.configuration', { id });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.package.validation',
    title: 'package writes refuse missing arguments and a server other than 1, and change nothing',
    doc: [doc('6907-7017')],
    operations: ['pbxware.package.add', 'pbxware.package.edit', 'pbxware.package.list'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const before = await pbx.call('pbxware.package.list');
      await pbx.error('pbxware.package.add', { name: t.name('pkg') });
      const first = listIds(before)[0];
      if (first) await pbx.error('pbxware.package.edit', { server: '2', id: first, ivrs: '1' });
      assert.deepEqual(await pbx.call('pbxware.package.list'), before, 'refused writes leave the list as it was');
    },
  }),
];
