import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient, listIds } from './helpers.ts';

export const monitorScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.monitor.shapes',
    title: 'monitor.list mirrors ext.list, live calls and trunks answer their documented shapes',
    doc: [doc('9115-9255')],
    operations: ['pbxware.monitor.list', 'pbxware.monitor.live_calls', 'pbxware.monitor.trunks', 'pbxware.ext.list', 'pbxware.trunk.list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = t.target.settings.server;
      const filter = server ? { server } : {};
      const exts = await pbx.call<Record<string, { ext: string; name: string }> | []>('pbxware.ext.list', filter);
      const monitored = await pbx.call<Record<string, { ext: string; status: string; ip: string }> | []>('pbxware.monitor.list', filter);
      const extIds = new Set(listIds(exts));
      for (const id of listIds(monitored)) {
        const row = (monitored as Record<string, { ext: string; status: string; ip: string }>)[id];
        assert.ok(extIds.has(id), `monitor.list key ${id} is an Extension ID of ext.list`);
        assert.equal(row.ext, (exts as Record<string, { ext: string }>)[id].ext, 'the same extension number');
        if (row.status === 'online') assert.notEqual(row.ip, '', 'an online extension has an address');
      }
      const live = await pbx.call('pbxware.monitor.live_calls', filter);
      for (const id of listIds(live)) assert.match(id, /^\d+\.\d+$/, 'live calls are keyed by Unique ID');
      const trunks = listIds(await pbx.call('pbxware.monitor.trunks'));
      const known = new Set(listIds(await pbx.call('pbxware.trunk.list')));
      for (const id of trunks) assert.ok(known.has(id), `monitor.trunks key ${id} is a Trunk ID of trunk.list`);
    },
  }),
];
