import assert from 'node:assert/strict';
import { addSmsTrunk } from './sms.scenarios.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { PbxwareClient, listIds } from './helpers.ts';

type Plans = Record<string, { name: string; tbd: string; billing: string; call_rating: string }>;

export const splanScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.splan.reads',
    title: 'service plans, their rates (keyed splan:route:dgroup) and SMS rates read back in the documented shapes',
    doc: [doc('8395-8605')],
    operations: ['pbxware.splan.list', 'pbxware.splan.rates', 'pbxware.splan.sms_rates.list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const plans = await pbx.call<Plans>('pbxware.splan.list');
      const id = listIds(plans)[0];
      if (!id) {
        t.note('the target has no service plans; only the list shape was checked');
        return;
      }
      const rates = await pbx.call<Record<string, unknown>>('pbxware.splan.rates', { id });
      for (const key of listIds(rates)) {
        assert.match(key, /^\d+:\d+:\d+$/, 'rates are keyed splan:route:dgroup');
        assert.equal(key.split(':')[0], id, 'every rate belongs to the plan asked for');
      }
      const [first] = listIds(rates);
      if (first) {
        const [, route, dgroup] = first.split(':');
        const filtered = await pbx.call<Record<string, unknown>>('pbxware.splan.rates', { id, route, dgroup });
        assert.deepEqual(listIds(filtered), [first], 'route and dgroup narrow the rates to one key');
      }
      await pbx.call('pbxware.splan.sms_rates.list', { id });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.splan.sms-rates-edit',
    title: 'SMS prices of a service plan for an SMS trunk of the run are read back as numbers, and go when the trunk is deleted',
    doc: [doc('8562-8648')],
    operations: ['pbxware.splan.sms_rates.list', 'pbxware.splan.sms_rates.edit', 'pbxware.sms.trunks.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const id = listIds(await pbx.call('pbxware.splan.list'))[0];
      if (!id) {
        t.note('the target has no service plan; nothing was edited');
        return;
      }
      // Only the run's own trunk is priced: the plan's prices for other trunks are never touched.
      const trunk = await addSmsTrunk(t, pbx);
      const listed = await pbx.call<Record<string, { trunk_name: string }>>('pbxware.splan.sms_rates.list', { id });
      assert.ok(listed[trunk.id], 'the new SMS trunk is listed for the plan');
      const edited = await pbx.call<{ id: number }>('pbxware.splan.sms_rates.edit', { id, trunk_id: trunk.id, national_sms: '0.25' });
      assert.equal(String(edited.id), trunk.id, 'the edit answers the SMS trunk id');
      const after = await pbx.call<Record<string, { national_sms: number }>>('pbxware.splan.sms_rates.list', { id });
      assert.equal(after[trunk.id].national_sms, 0.25, 'the price is read back as a number');
      await pbx.call('pbxware.sms.trunks.delete', { id: trunk.id });
      trunk.gone();
      const gone = await pbx.call<Record<string, unknown> | unknown[]>('pbxware.splan.sms_rates.list', { id });
      assert.equal((gone as Record<string, unknown>)[trunk.id], undefined, 'a deleted trunk has no prices');
    },
  }),
];
