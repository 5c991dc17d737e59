import assert from 'node:assert/strict';
import { doc, kb } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { PbxwareClient, createTenant, listIds, unusedTenantCode, workTenant } from './helpers.ts';

type TenantList = Record<string, { name: string; tenantcode: string; package_id: string | number; package: string; ext_length: number }>;
type Configuration = Record<string, Record<string, string | number>>;
type CliRoutingList = { success: Record<string, { callerid: string; ext: string; type: string; matchtype: string }> | [] };

export const tenantScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.tenant.crud',
    title: 'a tenant is added with the KB arguments, read back in list and configuration, edited in part and deleted',
    doc: [doc('7065-7920'), kb('91-105')],
    operations: [
      'pbxware.tenant.add',
      'pbxware.tenant.list',
      'pbxware.tenant.configuration',
      'pbxware.tenant.edit',
      'pbxware.tenant.delete',
    ],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const id = await createTenant(t, pbx, { area_code: '33', local_channels: '12', currency: 'EUR' });

      const list = await pbx.call<TenantList>('pbxware.tenant.list');
      assert.ok(list[id], 'tenant.list is keyed by the id tenant.add answered');
      assert.equal(list[id].ext_length, 3, 'ext_length is listed as a number');
      assert.match(list[id].tenantcode, /^\d{3}$/, 'the tenant code is 3 digits');
      const packages = await pbx.call<Record<string, string>>('pbxware.package.list');
      assert.equal(list[id].package, packages[String(list[id].package_id)], '`package` is the name of package `package_id`');

      const config = await pbx.call<Configuration>('pbxware.tenant.configuration', { id });
      const mine = config[id];
      assert.ok(mine, 'the configuration is keyed by the tenant id');
      assert.equal(mine.server_name, list[id].name, 'tenant_name is read back as server_name');
      assert.equal(mine.tenantcode, list[id].tenantcode);
      assert.equal(String(mine.country), '135', 'country is read back');
      assert.equal(mine.area_code, '33');
      assert.equal(mine.incominglimit, '12', 'local_channels is read back as incominglimit');

      const edited = await pbx.call<{ id: number | string }>('pbxware.tenant.edit', { server: '1', id, currency: 'USD' });
      assert.equal(String(edited.id), id, 'tenant.edit answers the id');
      const after = (await pbx.call<Configuration>('pbxware.tenant.configuration', { id }))[id];
      assert.equal(after.currency, 'USD', 'the edited field changed');
      assert.equal(after.area_code, '33', 'fields not sent are kept (partial update)');
      assert.equal(after.incominglimit, '12');

      const removed = await pbx.call<{ success: string }>('pbxware.tenant.delete', { server: '1', id });
      assert.ok(removed.success, 'tenant.delete answers success');
      assert.ok(!listIds(await pbx.call('pbxware.tenant.list')).includes(id), 'a deleted tenant is gone from the list');
      await pbx.error('pbxware.tenant.configuration', { id });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.tenant.validation',
    title: 'tenant writes refuse a duplicate code, ext_length outside 2-16, missing required arguments, a changed ext_length and server≠1, and change nothing',
    doc: [doc('7447-7920')],
    operations: ['pbxware.tenant.add', 'pbxware.tenant.edit', 'pbxware.tenant.delete', 'pbxware.tenant.list', 'pbxware.tenant.configuration'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const id = await createTenant(t, pbx);
      const before = await pbx.call<TenantList>('pbxware.tenant.list');
      const valid = {
        tenant_name: `${t.name('refused')}.example.com`,
        tenant_code: before[id].tenantcode,
        package: String(before[id].package_id),
        ext_length: '3',
        country: '135',
        national: '1',
        international: '011',
      };
      await pbx.error('pbxware.tenant.add', valid); // the code is taken by the tenant just created
      const free = await unusedTenantCode(t, pbx);
      await pbx.error('pbxware.tenant.add', { ...valid, tenant_code: free, ext_length: '1' });
      await pbx.error('pbxware.tenant.add', { ...valid, tenant_code: free, ext_length: '17' });
      const { national: _omitted, ...withoutNational } = valid;
      await pbx.error('pbxware.tenant.add', { ...withoutNational, tenant_code: free });

      await pbx.error('pbxware.tenant.edit', { server: '1', id, ext_length: '4' });
      await pbx.error('pbxware.tenant.edit', { server: id, id, currency: 'GBP' });
      await pbx.error('pbxware.tenant.delete', { server: id, id });

      assert.deepEqual(await pbx.call('pbxware.tenant.list'), before, 'refused writes leave the tenant list as it was');
      const config = (await pbx.call<Configuration>('pbxware.tenant.configuration', { id }))[id];
      assert.equal(String(config.ext_length), '3', 'ext_length cannot be changed');
      assert.notEqual(config.currency, 'GBP');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.tenant.clirouting.crud',
    title: 'a tenant CLI routing rule is added, listed (wrapped in success), edited in part and deleted',
    doc: [doc('7991-8118')],
    operations: [
      'pbxware.tenant.clirouting.add',
      'pbxware.tenant.clirouting.list',
      'pbxware.tenant.clirouting.edit',
      'pbxware.tenant.clirouting.delete',
    ],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const tenant = await workTenant(t, pbx);
      const callerid = `${t.number()}%`;
      // Deny Access (10) takes no destination value (doc 8019), so the rule needs nothing else in the tenant.
      const added = await pbx.call<{ success: string; id: string }>('pbxware.tenant.clirouting.add', {
        tenant,
        callerid,
        dest_type: '10',
        destination: '',
        matchexplicitly: '0',
      });
      const id = String(added.id);
      let deleted = false;
      t.cleanup(() => (deleted ? undefined : pbx.call('pbxware.tenant.clirouting.delete', { tenant, cliroutingid: id })));

      const list = await pbx.call<CliRoutingList>('pbxware.tenant.clirouting.list', { tenant });
      assert.ok(list.success && !Array.isArray(list.success), 'the list is wrapped in `success`');
      assert.equal(list.success[id]?.callerid, callerid);
      assert.equal(list.success[id]?.matchtype, '0', 'matchexplicitly is read back as matchtype');

      const edited = await pbx.call<{ id: string }>('pbxware.tenant.clirouting.edit', { tenant, cliroutingid: id, matchexplicitly: '1' });
      assert.equal(String(edited.id), id);
      const after = (await pbx.call<CliRoutingList>('pbxware.tenant.clirouting.list', { tenant })).success as Record<string, { callerid: string; matchtype: string }>;
      assert.equal(after[id].matchtype, '1', 'the edited field changed');
      assert.equal(after[id].callerid, callerid, 'fields not sent are kept');

      await pbx.call('pbxware.tenant.clirouting.delete', { tenant, cliroutingid: id });
      deleted = true;
      const gone = (await pbx.call<CliRoutingList>('pbxware.tenant.clirouting.list', { tenant })).success;
      assert.ok(!listIds(gone).includes(id), 'a deleted rule is gone');
      await pbx.error('pbxware.tenant.clirouting.delete', { tenant, cliroutingid: id });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.tenant.isolation',
    title: "one tenant's CLI routing rules are invisible to, and untouchable by, another tenant; deleting a tenant takes its rules",
    doc: [doc('7902-7920'), doc('7991-8118')],
    operations: ['pbxware.tenant.clirouting.add', 'pbxware.tenant.clirouting.list', 'pbxware.tenant.clirouting.delete', 'pbxware.tenant.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const a = await createTenant(t, pbx);
      const b = await createTenant(t, pbx);
      const rule = { callerid: String(t.number()), dest_type: '10', destination: '', matchexplicitly: '1' };
      const { id } = await pbx.call<{ id: string }>('pbxware.tenant.clirouting.add', { tenant: a, ...rule });

      const ofB = (await pbx.call<CliRoutingList>('pbxware.tenant.clirouting.list', { tenant: b })).success;
      assert.ok(!listIds(ofB).includes(String(id)), "B does not see A's rule");
      await pbx.error('pbxware.tenant.clirouting.delete', { tenant: b, cliroutingid: String(id) });
      const ofA = (await pbx.call<CliRoutingList>('pbxware.tenant.clirouting.list', { tenant: a })).success;
      assert.ok(listIds(ofA).includes(String(id)), "B's refused delete left A's rule in place");

      await pbx.call('pbxware.tenant.delete', { server: '1', id: a });
      await pbx.error('pbxware.tenant.clirouting.list', { tenant: a });
      assert.ok(listIds(await pbx.call('pbxware.tenant.list')).includes(b), 'deleting A leaves B');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.tenant.trunks',
    title: "a tenant's trunks are set by trunk ID and listed by trunk name",
    doc: [doc('7922-7989')],
    operations: ['pbxware.tenant.trunks.set', 'pbxware.tenant.trunks.list'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const tenant = await createTenant(t, pbx);
      const trunks = await pbx.raw({ action: 'pbxware.trunk.list' });
      const available = trunks.body && typeof trunks.body === 'object' && !('error' in trunks.body) ? (trunks.body as Record<string, { name: string }>) : {};
      const first = Object.entries(available)[0];
      if (!first) {
        t.note('the target lists no trunks; only the empty trunk set of a new tenant was checked');
        await pbx.call('pbxware.tenant.trunks.list', { tenant });
        return;
      }
      const [trunkId, trunk] = first;
      assert.deepEqual(await pbx.call('pbxware.tenant.trunks.set', { tenant, trunks: trunkId, primary_trunk: trunkId }), { success: 'Success.' });
      const set = await pbx.call<Record<string, string>>('pbxware.tenant.trunks.list', { tenant });
      assert.equal(set.trunks, trunk.name, 'trunks set by ID are listed by name');
      assert.equal(set.primary_trunk, trunk.name);
      await pbx.error('pbxware.tenant.trunks.set', { tenant, primary_trunk: String(t.number() * 1000) });
      assert.deepEqual(await pbx.call('pbxware.tenant.trunks.list', { tenant }), set, 'a refused set changes nothing');
    },
  }),
];
