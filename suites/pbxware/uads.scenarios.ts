import assert from 'node:assert/strict';
import { doc } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { PbxwareClient, listIds } from './helpers.ts';

type UadList = Record<string, { name: string; fullname: string; enabled: boolean }>;

export const uadsScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.uads.toggle',
    title: 'a UAD is activated and deactivated (or the reverse) and ends in the state it started in',
    doc: [doc('8760-8840')],
    operations: ['pbxware.uads.list', 'pbxware.uads.activate', 'pbxware.uads.deactivate'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const list = await pbx.call<UadList>('pbxware.uads.list');
      const ids = listIds(list);
      assert.ok(ids.length > 0, 'the target lists UADs');
      // Prefer an inactive UAD: activating it briefly disturbs nothing that uses it.
      const id = ids.find((uad) => !list[uad].enabled) ?? ids[0];
      const original = list[id].enabled;
      const [first, second] = original
        ? (['pbxware.uads.deactivate', 'pbxware.uads.activate'] as const)
        : (['pbxware.uads.activate', 'pbxware.uads.deactivate'] as const);
      t.cleanup(async () => {
        const now = (await pbx.call<UadList>('pbxware.uads.list'))[id];
        if (now && now.enabled !== original) await pbx.call(second, { id });
      });

      const switched = await pbx.call<{ success: string; id: string }>(first, { id });
      assert.equal(switched.id, id, 'the UAD id is answered as a string');
      assert.equal((await pbx.call<UadList>('pbxware.uads.list'))[id].enabled, !original, 'the status flipped');

      await pbx.call(second, { id });
      assert.equal((await pbx.call<UadList>('pbxware.uads.list'))[id].enabled, original, 'the status is back where it started');
      await pbx.error('pbxware.uads.activate', { id: String(t.number() * 1000) });
    },
  }),
];
