import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient } from './helpers.ts';

/** `25 Jan 2022 16:53:32` → epoch ms (both readings use the same zone, so comparisons hold). */
function refreshedAt(text: string): number {
  const value = Date.parse(text);
  assert.ok(Number.isFinite(value), `last_refreshed is a readable date: ${text}`);
  return value;
}

export const licenseScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.license.info',
    title: 'license.info carries Edition, Version and Channels as strings; last_refreshed is a date',
    doc: [doc('9063-9112')],
    operations: ['pbxware.license.info', 'pbxware.license.last_refreshed'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const info = await pbx.call<Record<string, string>>('pbxware.license.info');
      for (const key of ['Edition', 'Version', 'Channels']) assert.equal(typeof info[key], 'string', `${key} is a string`);
      assert.match(info.Channels, /^\d+$/, 'Channels is a number written as a string');
      t.note(`edition ${info.Edition}, version ${info.Version}`);
      const { last_refreshed } = await pbx.call<{ last_refreshed: string }>('pbxware.license.last_refreshed');
      refreshedAt(last_refreshed);
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.license.refresh',
    title: 'license.refresh answers a status and never moves last_refreshed backwards',
    doc: [doc('9045-9077')],
    operations: ['pbxware.license.refresh', 'pbxware.license.last_refreshed'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const before = refreshedAt((await pbx.call<{ last_refreshed: string }>('pbxware.license.last_refreshed')).last_refreshed);
      const answer = await pbx.call<{ status: string }>('pbxware.license.refresh');
      t.leaves('the license was refreshed: last_refreshed moved to now (a refresh cannot be undone)');
      assert.equal(typeof answer.status, 'string');
      const after = refreshedAt((await pbx.call<{ last_refreshed: string }>('pbxware.license.last_refreshed')).last_refreshed);
      assert.ok(after >= before, 'last_refreshed does not go back');
    },
  }),
];
