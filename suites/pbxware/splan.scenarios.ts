import assert from 'node:assert/strict';
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
    title: 'an SMS rate edit is read back and then restored',
    doc: [doc('8562-8648')],
    operations: ['pbxware.splan.sms_rates.list', 'pbxware.splan.sms_rates.edit'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const id = listIds(await pbx.call('pbxware.splan.list'))[0];
      const rates = id ? await pbx.call<Record<string, { national_sms: number }>>('pbxware.splan.sms_rates.list', { id }) : [];
      const trunkId = listIds(rates)[0];
      if (!id || !trunkId) {
        t.note('the target has no service plan with an SMS trunk; nothing was edited');
        return;
      }
      const original = (rates as Record<string, { national_sms: number }>)[trunkId].national_sms;
      t.cleanup(() => pbx.call('pbxware.splan.sms_rates.edit', { id, trunk_id: trunkId, national_sms: String(original) }));
      const edited = await pbx.call<{ id: number }>('pbxware.splan.sms_rates.edit', { id, trunk_id: trunkId, national_sms: '0.25' });
      assert.equal(String(edited.id), trunkId, 'the edit answers the SMS trunk id');
      const after = await pbx.call<Record<string, { national_sms: number }>>('pbxware.splan.sms_rates.list', { id });
      assert.equal(after[trunkId].national_sms, 0.25, 'the price is read back as a number');
    },
  }),
];
