import assert from 'node:assert/strict';
import { doc } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { cleanupByName, createExtension, keysOf } from './group-helpers.ts';
import { PbxwareClient, workTenant } from './helpers.ts';

interface IvrEntry {
  name: string;
  type: string;
  ext: string;
  keymap: Record<string, { type: string; value: string }> | { type: string; value: string };
  status: string;
  operator: string;
}

/** The keymap entries of a listed IVR, whether keyed by key or printed flat as in the sample (pbxware.md §7 A37). */
function keymapEntries(keymap: IvrEntry['keymap']): Array<{ type: string; value: string }> {
  return 'value' in keymap && typeof keymap.value === 'string'
    ? [keymap as { type: string; value: string }]
    : Object.values(keymap as Record<string, { type: string; value: string }>);
}

export const ivrScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ivr.crud',
    title: 'an IVR is added with a keymap, listed, edited in part and deleted',
    doc: [doc('4906-5191')],
    operations: ['pbxware.ivr.add', 'pbxware.ivr.list', 'pbxware.ivr.edit', 'pbxware.ivr.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const target = await createExtension(t, pbx, server);
      const name = t.name('ivr');
      const number = String(t.number());
      const added = await pbx.call<{ success: string; id: number }>('pbxware.ivr.add', {
        server,
        name,
        ext: number,
        greeting: 'greeting-default-attendant',
        'keymap[1][type]': 'ex',
        'keymap[1][destination]': target.ext,
      });
      const id = String(added.id);
      let deleted = false;
      t.cleanup(() => (deleted ? undefined : pbx.call('pbxware.ivr.delete', { server, id })));

      const list = await pbx.call<Record<string, IvrEntry>>('pbxware.ivr.list', { server });
      const entry = list[id];
      assert.ok(entry, 'ivr.list is keyed by the id ivr.add answered');
      assert.equal(entry.name, name);
      assert.equal(entry.ext, number, 'the IVR number reads back as a string');
      assert.equal(entry.status, 'enabled');
      assert.ok(
        keymapEntries(entry.keymap).some((k) => k.value === target.ext),
        'the keymap routes to the extension it was given',
      );

      const renamed = t.name('ivr');
      const edited = await pbx.call<{ id: number }>('pbxware.ivr.edit', { server, id, name: renamed });
      assert.equal(edited.id, Number(id));
      const after = (await pbx.call<Record<string, IvrEntry>>('pbxware.ivr.list', { server }))[id];
      assert.equal(after?.name, renamed, 'the edited field changed');
      assert.equal(after?.ext, number, 'fields not sent are kept (partial update)');
      assert.deepEqual(keymapEntries(after!.keymap), keymapEntries(entry.keymap), 'an edit without keymap keeps the keymap');

      await pbx.call('pbxware.ivr.delete', { server, id });
      deleted = true;
      assert.ok(!keysOf(await pbx.call('pbxware.ivr.list', { server })).includes(id), 'a deleted IVR is gone');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ivr.validation',
    title: 'ivr.add refuses a name with spaces, a greeting without "greeting-" and a missing keymap, and stores nothing',
    doc: [doc('4971-5031')],
    operations: ['pbxware.ivr.add', 'pbxware.ivr.list'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const target = await createExtension(t, pbx, server);
      const good = t.name('ivr');
      const spaced = `${t.name('ivr')} menu`;
      cleanupByName(t, pbx, { action: 'pbxware.ivr.list', params: { server } }, 'pbxware.ivr.delete', server, [good, spaced]);
      const valid = {
        server,
        name: good,
        ext: String(t.number()),
        greeting: 'greeting-default-attendant',
        'keymap[1][type]': 'ex',
        'keymap[1][destination]': target.ext,
      };
      const before = await pbx.call('pbxware.ivr.list', { server });
      await pbx.error('pbxware.ivr.add', { ...valid, name: spaced });
      await pbx.error('pbxware.ivr.add', { ...valid, greeting: 'default-attendant' });
      await pbx.error('pbxware.ivr.add', { ...valid, 'keymap[1][type]': undefined, 'keymap[1][destination]': undefined });
      assert.deepEqual(await pbx.call('pbxware.ivr.list', { server }), before, 'refused writes leave the list as it was');
    },
  }),
];
