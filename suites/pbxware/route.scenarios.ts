import assert from 'node:assert/strict';
import { doc, kb } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { PbxwareClient, listIds } from './helpers.ts';

export const routeScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.route.list',
    title: 'routes map ids to [dial code, country name], and tenant countries are among them',
    doc: [doc('6396-6425'), kb('250-252')],
    operations: ['pbxware.route.list', 'pbxware.tenant.list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const routes = await pbx.call<Record<string, [string, string]>>('pbxware.route.list');
      assert.ok(listIds(routes).length > 0, 'the target has routes');
      for (const [code, name] of Object.values(routes)) {
        assert.match(code, /^\d+$/, 'the first element is a dial code');
        assert.ok(name.length > 0, 'the second element is the country name');
      }
      const tenants = await pbx.call<Record<string, { country_id: string | number }>>('pbxware.tenant.list');
      for (const tenant of Object.values(tenants)) {
        assert.ok(routes[String(tenant.country_id)], `tenant country ${tenant.country_id} is a route`);
      }
    },
  }),
];
