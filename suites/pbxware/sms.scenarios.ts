import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient, createTenant, listIds } from './helpers.ts';

type SmsTrunkConfiguration = Record<string, string | number>;

/** Adds a Telnyx SMS trunk (disabled, so nothing is ever sent through it unless a scenario enables it). */
export async function addSmsTrunk(t: ScenarioContext, pbx: PbxwareClient, extra: Record<string, string> = {}) {
  const args = {
    enabled: '0',
    name: t.name('smstrunk'),
    provider: 'telnyx',
    national_prefix: '387',
    description: 'conformance',
    api_key: 'KEYconformance',
    public_key: 'PUBconformance',
    messaging_profile_id: 'profile-conformance',
    ...extra,
  };
  const added = await pbx.call<{ success: string; id: number }>('pbxware.sms.trunks.add', args);
  const id = String(added.id);
  let deleted = false;
  t.cleanup(() => (deleted ? undefined : pbx.call('pbxware.sms.trunks.delete', { id })));
  return { id, args, answer: added, gone: () => void (deleted = true) };
}

export const smsScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.sms.trunk-crud',
    title: 'an SMS trunk is added, listed, read back (+prefix, numeric id), edited in part and deleted',
    doc: [doc('3965-4192')],
    operations: [
      'pbxware.sms.trunks.add',
      'pbxware.sms.trunks.list',
      'pbxware.sms.trunks.configuration',
      'pbxware.sms.trunks.edit',
      'pbxware.sms.trunks.delete',
    ],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const trunk = await addSmsTrunk(t, pbx);
      assert.equal(trunk.answer.success, `SMS Trunk ID: ${trunk.id}`);

      const list = await pbx.call<Record<string, { name: string; provider: string }>>('pbxware.sms.trunks.list');
      assert.deepEqual(list[trunk.id], { name: trunk.args.name, provider: 'telnyx' });

      const config = await pbx.call<SmsTrunkConfiguration>('pbxware.sms.trunks.configuration', { id: trunk.id });
      assert.equal(config.id, Number(trunk.id), 'the configuration is not wrapped and its id is a number');
      assert.equal(config.enabled, 0);
      assert.equal(config.national_prefix, '+387', 'the prefix written without + reads back with it');
      assert.equal(config.api_key, 'KEYconformance');

      const edited = await pbx.call<{ success: string; id: number }>('pbxware.sms.trunks.edit', { id: trunk.id, description: 'edited' });
      assert.equal(edited.id, Number(trunk.id));
      const after = await pbx.call<SmsTrunkConfiguration>('pbxware.sms.trunks.configuration', { id: trunk.id });
      assert.equal(after.description, 'edited', 'the edited field changed');
      assert.equal(after.name, trunk.args.name, 'fields not sent are kept');

      const removed = await pbx.call('pbxware.sms.trunks.delete', { id: trunk.id });
      trunk.gone();
      assert.deepEqual(removed, { success: `Deleted SMS Trunk ID '${trunk.id}' successfully.` });
      assert.ok(!listIds(await pbx.call('pbxware.sms.trunks.list')).includes(trunk.id), 'a deleted SMS trunk is gone');
      await pbx.error('pbxware.sms.trunks.configuration', { id: trunk.id });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.sms.trunk-validation',
    title: 'an SMS trunk without its provider\'s required fields is refused and nothing is added',
    doc: [doc('4070-4155')],
    operations: ['pbxware.sms.trunks.add', 'pbxware.sms.trunks.list'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const before = listIds(await pbx.call('pbxware.sms.trunks.list'));
      await pbx.error('pbxware.sms.trunks.add', { enabled: '0', name: t.name('smstrunk'), provider: 'bandwidth', username: 'only-this' });
      await pbx.error('pbxware.sms.trunks.add', { enabled: '0', provider: 'twilio', account_sid: 'AC', auth_token: 'tok' });
      assert.deepEqual(listIds(await pbx.call('pbxware.sms.trunks.list')), before);
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.sms.tenant-trunk-and-send',
    title: 'a tenant gets an SMS trunk, sends a base64 message and finds it as Outbound in its SMS report',
    doc: [doc('4194-4294'), doc('3741-3857')],
    operations: [
      'pbxware.sms.trunks.tenants.set',
      'pbxware.sms.trunks.tenants.get',
      'pbxware.sms.trunks.tenants.list',
      'pbxware.sms.send_message',
      'pbxware.sms.reports.list',
    ],
    mutates: true,
    // Sending reaches a real SMS provider and costs money; it also needs a tenant of the scenario's own.
    skipOn: { real: 'sends a real SMS through a real provider' },
    async run(t) {
      const pbx = new PbxwareClient(t);
      const tenant = await createTenant(t, pbx);
      const unassigned = await pbx.call('pbxware.sms.trunks.tenants.get', { tenant });
      assert.deepEqual(unassigned, { id: null, enabled: null, name: null, provider: null }, 'a new tenant has no SMS trunk');

      const trunk = await addSmsTrunk(t, pbx, { enabled: '1' });
      await pbx.call('pbxware.sms.trunks.tenants.set', { tenant, id: trunk.id });
      t.cleanup(() => pbx.call('pbxware.sms.trunks.tenants.set', { tenant }));
      const assigned = await pbx.call('pbxware.sms.trunks.tenants.get', { tenant });
      assert.deepEqual(assigned, { id: trunk.id, enabled: '1', name: trunk.args.name, provider: 'telnyx' });
      const all = await pbx.call<Record<string, unknown>>('pbxware.sms.trunks.tenants.list');
      assert.deepEqual(all[tenant], assigned, 'tenants.list shows the same');

      const to = `+3876155${t.number()}`;
      const sent = await pbx.call('pbxware.sms.send_message', { server: tenant, to_number: to, body: Buffer.from('conformance ✓').toString('base64') });
      assert.deepEqual(sent, { success: 'Success.' });
      const report = await pbx.call<Record<string, Record<string, string>>>('pbxware.sms.reports.list', {
        start_date: 'Jan-01-2000', end_date: 'Dec-31-2099', server: tenant, to_number: to,
      });
      const rows = Object.values(report);
      assert.equal(rows.length, 1, 'the sent message is in the tenant\'s report');
      assert.equal(rows[0].direction, 'Outbound');
      assert.equal(rows[0].to, to);
      assert.equal(rows[0].server, tenant);
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.sms.reports',
    title: 'SMS and bulk SMS reports answer keyed lists for a date window and refuse a malformed date',
    doc: [doc('3741-3963')],
    operations: ['pbxware.sms.reports.list', 'pbxware.sms.reports.bulk_list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = t.target.settings.server;
      const window = { start_date: 'Jan-01-2023', end_date: 'Jan-07-2023', ...(server ? { server } : {}) };
      listIds(await pbx.call('pbxware.sms.reports.list', window));
      listIds(await pbx.call('pbxware.sms.reports.bulk_list', window));
      await pbx.error('pbxware.sms.reports.list', { ...window, start_date: '2023-01-01' });
      await pbx.error('pbxware.sms.reports.list', { end_date: 'Jan-07-2023' });
    },
  }),
];
