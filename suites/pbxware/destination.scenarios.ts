import assert from 'node:assert/strict';
import { doc } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { PbxwareClient, listIds } from './helpers.ts';

type Destinations = Record<string, { route: string; destination: string; destination_group: string; codes: unknown[] }>;

export const destinationScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.destination.reads',
    title: 'destinations filter by route and group, and name groups that destination.groups lists',
    doc: [doc('8662-8742')],
    operations: ['pbxware.destination.list', 'pbxware.destination.groups'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const groups = await pbx.call<Record<string, string>>('pbxware.destination.groups');
      const all = await pbx.call<Destinations>('pbxware.destination.list');
      const first = Object.values(all)[0];
      if (!first) {
        t.note('the target has no destinations; only the shapes were checked');
        return;
      }
      assert.ok(groups[first.destination_group] !== undefined, 'a destination names a listed destination group');
      const byRoute = await pbx.call<Destinations>('pbxware.destination.list', { route: first.route });
      assert.ok(listIds(byRoute).length > 0);
      for (const d of Object.values(byRoute)) assert.equal(d.route, first.route, '`route` filters');
      const byGroup = await pbx.call<Destinations>('pbxware.destination.list', { route: first.route, dgroup: first.destination_group });
      for (const d of Object.values(byGroup)) assert.equal(d.destination_group, first.destination_group, '`dgroup` filters');
    },
  }),
];
