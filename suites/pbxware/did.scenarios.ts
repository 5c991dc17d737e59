import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient, listIds, workTenant } from './helpers.ts';
import { addDid, addExtension, addTrunk } from './trunk-helpers.ts';

type DidList = Record<string, Record<string, string>>;

const didArgs = (server: string, trunk: string, did: string, extra: Record<string, string> = {}) => ({
  server,
  trunk,
  did,
  dest_type: '0',
  destination: '',
  disabled: '0',
  ...extra,
});

export const didScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.did.trunk-chain',
    title: 'trunk → extension → DID: the DID lists under its read names, keeps its trunk in use, edits and deletes',
    doc: [doc('3283-3576'), doc('4332-4621')],
    operations: ['pbxware.trunk.add', 'pbxware.did.add', 'pbxware.did.list', 'pbxware.did.edit', 'pbxware.did.delete', 'pbxware.trunk.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const trunk = await addTrunk(t, pbx, server);
      const ext = await addExtension(t, pbx, server);
      const number = String(t.number());
      const did = await addDid(t, pbx, didArgs(server, trunk.id, number, { destination: ext.ext, name: t.name('did') }));
      assert.equal(did.answer.success, `DID ID: ${did.id}.`);

      const list = await pbx.call<DidList>('pbxware.did.list', { server });
      const row = list[did.id];
      assert.ok(row, 'did.list is keyed by the DID ID add answered');
      assert.equal(row.number, number);
      assert.equal(row.server, server);
      assert.equal(row.trunk, trunk.id);
      assert.equal(row.type, 'Extension', 'dest_type 0 is listed by name');
      assert.equal(row.ext, ext.ext, 'destination is listed as ext');
      assert.equal(row.status, 'enabled', 'disabled=0 is listed as enabled');
      assert.ok(listIds(await pbx.call('pbxware.did.list', { server, ext: ext.ext })).includes(did.id), 'the ext filter finds it');

      await pbx.error('pbxware.trunk.delete', { server, id: trunk.id });
      assert.ok(listIds(await pbx.call('pbxware.trunk.list')).includes(trunk.id), 'a trunk in use is not deleted');

      const edited = await pbx.call('pbxware.did.edit', { server, id: did.id, disabled: '1' });
      assert.deepEqual(edited, { success: `DID ID: ${did.id}.`, id: Number(did.id) });
      const after = (await pbx.call<DidList>('pbxware.did.list', { server }))[did.id];
      assert.equal(after.status, 'disabled');
      assert.equal(after.ext, ext.ext, 'fields not sent are kept (partial update)');

      const removed = await pbx.call('pbxware.did.delete', { server: '1', id: did.id });
      did.gone();
      assert.deepEqual(removed, { success: `Deleted DID ID ${did.id} successfully.` });
      assert.ok(!listIds(await pbx.call('pbxware.did.list', { server })).includes(did.id), 'a deleted DID is gone');

      await pbx.call('pbxware.trunk.delete', { server, id: trunk.id });
      trunk.gone();
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.did.references',
    title: 'a DID on a missing trunk, a duplicate DID number and the Master tenant are refused, and change nothing',
    doc: [doc('4422-4576'), doc('4338-4343')],
    operations: ['pbxware.did.add', 'pbxware.did.list', 'pbxware.trunk.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const trunk = await addTrunk(t, pbx, server);
      const gone = await addTrunk(t, pbx, server);
      await pbx.call('pbxware.trunk.delete', { server, id: gone.id });
      gone.gone();
      const number = String(t.number());
      const before = listIds(await pbx.call('pbxware.did.list', { server }));

      await pbx.error('pbxware.did.add', didArgs(server, gone.id, number, { dest_type: '13' }));
      await pbx.error('pbxware.did.add', didArgs('1', trunk.id, number, { dest_type: '13' }));
      assert.deepEqual(listIds(await pbx.call('pbxware.did.list', { server })), before, 'refused adds leave the list as it was');

      const did = await addDid(t, pbx, didArgs(server, trunk.id, number, { dest_type: '13' }));
      await pbx.error('pbxware.did.add', didArgs(server, trunk.id, number, { dest_type: '13' }));
      const after = listIds(await pbx.call('pbxware.did.list', { server }));
      assert.deepEqual(after, [...before, did.id], 'only the first DID with that number exists');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.did.external-number',
    title: 'an external-number destination sent as %2B… is listed as +…',
    doc: [doc('4476-4480')],
    operations: ['pbxware.did.add', 'pbxware.did.list'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const trunk = await addTrunk(t, pbx, server);
      // URLSearchParams writes + as %2B, exactly as the document asks.
      const did = await addDid(t, pbx, didArgs(server, trunk.id, String(t.number()), { dest_type: '5', destination: '+123456789' }));
      const row = (await pbx.call<DidList>('pbxware.did.list', { server }))[did.id];
      assert.equal(row.type, 'External Number');
      assert.equal(row.ext, '+123456789');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.did.clirouting',
    title: 'a CLI route is added to a DID (string id), listed, edited and deleted',
    doc: [doc('4623-4771')],
    operations: ['pbxware.did.clirouting.add', 'pbxware.did.clirouting.list', 'pbxware.did.clirouting.edit', 'pbxware.did.clirouting.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const trunk = await addTrunk(t, pbx, server);
      const ext = await addExtension(t, pbx, server);
      const did = await addDid(t, pbx, didArgs(server, trunk.id, String(t.number()), { destination: ext.ext }));

      const added = await pbx.call<{ success: string; id: string }>('pbxware.did.clirouting.add', {
        server, id: did.id, callerid: '0038733%', dest_type: '0', destination: ext.ext, matchexplicitly: '0',
      });
      assert.equal(typeof added.id, 'string', 'the CLI Routing ID is a string');
      let deleted = false;
      t.cleanup(() => (deleted ? undefined : pbx.call('pbxware.did.clirouting.delete', { server, id: did.id, cliroutingid: added.id })));

      const list = await pbx.call<DidList>('pbxware.did.clirouting.list', { server, id: did.id });
      assert.equal(list[added.id]?.callerid, '0038733%');
      assert.equal(list[added.id]?.ext, ext.ext);
      assert.equal(list[added.id]?.matchtype, '0');

      const edited = await pbx.call<{ id: string }>('pbxware.did.clirouting.edit', { server, id: did.id, cliroutingid: added.id, matchexplicitly: '1' });
      assert.equal(edited.id, added.id);
      const after = await pbx.call<DidList>('pbxware.did.clirouting.list', { server, id: did.id });
      assert.equal(after[added.id]?.matchtype, '1', 'the edited field changed');
      assert.equal(after[added.id]?.callerid, '0038733%', 'fields not sent are kept');

      await pbx.call('pbxware.did.clirouting.delete', { server, id: did.id, cliroutingid: added.id });
      deleted = true;
      assert.ok(!listIds(await pbx.call('pbxware.did.clirouting.list', { server, id: did.id })).includes(added.id), 'a deleted route is gone');
    },
  }),
];
