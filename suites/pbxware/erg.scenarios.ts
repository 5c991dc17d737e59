import assert from 'node:assert/strict';
import { doc } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { createExtension, keysOf } from './group-helpers.ts';
import { PbxwareClient, workTenant } from './helpers.ts';

interface ErgEntry {
  name: string;
  number: string;
  strategy: string;
  members: Array<{ ext: string; penalty: string }>;
}

export const ergScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.erg.members',
    title: 'an ERG is added, gets members with penalties (added, then updated), is edited and deleted',
    doc: [doc('5535-5867')],
    operations: ['pbxware.erg.add', 'pbxware.erg.list', 'pbxware.erg.members', 'pbxware.erg.edit', 'pbxware.erg.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const first = await createExtension(t, pbx, server);
      const second = await createExtension(t, pbx, server);
      const name = t.name('erg');
      const number = String(t.number());
      const added = await pbx.call<{ id: number }>('pbxware.erg.add', {
        server,
        name,
        ext: number,
        max_wait_callers: '5',
        rings_answer: '1',
        ring_strategy: 'ringall',
      });
      const id = String(added.id);
      let deleted = false;
      t.cleanup(() => (deleted ? undefined : pbx.call('pbxware.erg.delete', { server, id })));

      const listed = async () => (await pbx.call<Record<string, ErgEntry>>('pbxware.erg.list', { server }))[id]!;
      let entry = await listed();
      assert.equal(entry.name, name);
      assert.equal(entry.number, number, 'erg.add `ext` reads back as `number`, a string');
      assert.equal(entry.strategy, 'ringall', '`ring_strategy` reads back as `strategy`');
      assert.ok(Array.isArray(entry.members), 'members is an array');

      const answer = await pbx.call<{ id: number }>('pbxware.erg.members', {
        server,
        id,
        numbers: `${first.ext},${second.ext}`,
        penalties: '5,10',
      });
      assert.equal(answer.id, Number(id));
      entry = await listed();
      assert.deepEqual(
        entry.members.filter((m) => m.ext === first.ext || m.ext === second.ext),
        [
          { ext: first.ext, penalty: '5' },
          { ext: second.ext, penalty: '10' },
        ],
        'members pair numbers with penalties in order',
      );

      await pbx.call('pbxware.erg.members', { server, id, numbers: first.ext, penalties: '1' });
      entry = await listed();
      assert.equal(entry.members.find((m) => m.ext === first.ext)?.penalty, '1', 'an existing member gets the new penalty');
      assert.ok(entry.members.some((m) => m.ext === second.ext), 'members not named stay (members are added, not replaced)');

      const before = await pbx.call('pbxware.erg.list', { server });
      await pbx.error('pbxware.erg.members', { server, id, numbers: `${first.ext},${second.ext}`, penalties: '5' });
      assert.deepEqual(await pbx.call('pbxware.erg.list', { server }), before, 'numbers and penalties of different sizes change nothing');

      const renamed = t.name('erg');
      await pbx.call('pbxware.erg.edit', { server, id, name: renamed });
      entry = await listed();
      assert.equal(entry.name, renamed);
      assert.equal(entry.number, number, 'fields not sent are kept (partial update)');

      await pbx.call('pbxware.erg.delete', { server, id });
      deleted = true;
      assert.ok(!keysOf(await pbx.call('pbxware.erg.list', { server })).includes(id), 'a deleted ERG is gone');
    },
  }),
];
