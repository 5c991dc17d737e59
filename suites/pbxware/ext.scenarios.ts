import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import { doc, kb } from '../../contracts/pbxware/source.ts';
import { PbxwareClient, createTenant, listIds } from './helpers.ts';
import { addExtension, extTenant, kbExtension, ownTenant } from './ext-support.ts';

type ExtList = Record<string, Record<string, string>>;
type Wrapped = Record<string, Record<string, any>>;

/** A history window wide enough for any clock (the emulator's may be set anywhere). */
const ALL_TIME = { start: 'Jan-01-2000', end: 'Dec-31-2099', endtime: '23:59:59' };

export const extScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext.crud',
    title: 'an extension is added, listed, read by id and by number, edited in part and deleted',
    doc: [doc('742-1592'), kb('113-131')],
    operations: ['pbxware.ext.add', 'pbxware.ext.list', 'pbxware.ext.configuration', 'pbxware.ext.edit', 'pbxware.ext.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await extTenant(t, pbx);
      const created = await addExtension(t, pbx, server, { user_location: 'HQ' });

      const list = await pbx.call<ExtList>('pbxware.ext.list', { server });
      assert.ok(list[created.id], 'ext.list is keyed by the id ext.add answered');
      assert.equal(list[created.id].name, created.name);
      assert.equal(list[created.id].email, created.email);
      assert.equal(list[created.id].protocol, 'sip');
      assert.equal(list[created.id].location, 'remote', 'location 2 reads back as remote');
      assert.equal(list[created.id].ua_id, '50');
      assert.equal(list[created.id].status, 'enabled', 'status 1 reads back as enabled');
      assert.equal(list[created.id].ext, created.ext, 'the number reads back as a string');

      const byId = await pbx.call<Wrapped>('pbxware.ext.configuration', { server, id: created.id });
      const byNumber = await pbx.call<Wrapped>('pbxware.ext.configuration', { server, ext: created.ext });
      assert.deepEqual(Object.keys(byId), [created.id], 'configuration is wrapped in the extension id');
      assert.deepEqual(byNumber, byId, 'by number and by id read the same extension');
      assert.equal(byId[created.id].pin, '0000');
      assert.equal(byId[created.id].options.incominglimit, '1');
      assert.equal(byId[created.id].options.voicemail, '1');

      const edited = await pbx.call<{ id: string; ext: number }>('pbxware.ext.edit', { server, id: created.id, name: t.name('renamed'), outgoinglimit: '2' });
      assert.equal(String(edited.id), created.id);
      const after = await pbx.call<ExtList>('pbxware.ext.list', { server });
      assert.notEqual(after[created.id].name, created.name, 'the edited field changed');
      assert.equal(after[created.id].email, created.email, 'fields not sent are kept (partial update)');
      assert.equal(after[created.id].status, 'enabled');
      const config = await pbx.call<Wrapped>('pbxware.ext.configuration', { server, id: created.id });
      assert.equal(config[created.id].options.outgoinglimit, '2');
      assert.equal(config[created.id].options.incominglimit, '1', 'an option not sent is kept');

      await pbx.call('pbxware.ext.delete', { server, id: created.id });
      assert.ok(!listIds(await pbx.call('pbxware.ext.list', { server })).includes(created.id), 'a deleted extension is gone');
      await pbx.error('pbxware.ext.configuration', { server, id: created.id });
      await pbx.error('pbxware.ext.configuration', { server, ext: created.ext });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext.id-and-ext',
    title: 'extension reads and writes refuse id and ext together, or neither',
    doc: [doc('866-870'), doc('1606-1610'), doc('3026-3030')],
    operations: ['pbxware.ext.configuration', 'pbxware.ext.billing_info', 'pbxware.ext.balance', 'pbxware.ext.billing_history'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await extTenant(t, pbx);
      const created = await addExtension(t, pbx, server);
      const both = { server, id: created.id, ext: created.ext };
      await pbx.error('pbxware.ext.configuration', both);
      await pbx.error('pbxware.ext.configuration', { server });
      await pbx.error('pbxware.ext.billing_info', both);
      await pbx.error('pbxware.ext.billing_history', { ...both, ...ALL_TIME });
      await pbx.error('pbxware.ext.balance', { ...both, mode: 'credit', amount: '1', notes: 'refused', refno: 'X1' });
      const history = await pbx.call<unknown[]>('pbxware.ext.billing_history', { server, id: created.id, ...ALL_TIME });
      assert.deepEqual(history, [], 'the refused balance update wrote nothing');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext.validation',
    title: 'ext.add refuses missing required arguments and protocols other than SIP/IAX, and changes nothing',
    doc: [doc('1010-1092'), doc('1118-1128')],
    operations: ['pbxware.ext.add', 'pbxware.ext.list'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await extTenant(t, pbx);
      const before = await pbx.call('pbxware.ext.list', { server });
      const base = { server, ...kbExtension(t.name('bad')) };
      const without = (name: string) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== name));
      for (const required of ['secret', 'pin', 'email', 'name', 'prot', 'ua']) await pbx.error('pbxware.ext.add', without(required));
      await pbx.error('pbxware.ext.add', { ...base, prot: 'pjsip' });
      await pbx.error('pbxware.ext.add', { ...base, location: '3' });
      await pbx.error('pbxware.ext.add', { ...base, call_rating: '1' }); // creditlimit, reminderbalance, service_plan missing
      assert.deepEqual(await pbx.call('pbxware.ext.list', { server }), before, 'refused writes leave the list as it was');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext.numbers',
    title: 'an extension without a number gets one of the tenant length; a taken or mis-sized number is refused',
    doc: [doc('1030-1032')],
    operations: ['pbxware.ext.add', 'pbxware.ext.list', 'pbxware.ext.edit'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await ownTenant(t, pbx);
      const chosen = await addExtension(t, pbx, server, { ext: String(t.number()) });
      const picked = await addExtension(t, pbx, server, { ext: '' });
      assert.match(picked.ext, /^\d{4}$/, 'the allocated number has the tenant extension length');
      assert.notEqual(picked.ext, chosen.ext);
      const list = await pbx.call<ExtList>('pbxware.ext.list', { server });
      assert.equal(list[picked.id].ext, picked.ext);
      const before = list;
      await pbx.error('pbxware.ext.add', { server, ...kbExtension(t.name('dup')), ext: chosen.ext });
      await pbx.error('pbxware.ext.add', { server, ...kbExtension(t.name('short')), ext: '12' });
      await pbx.error('pbxware.ext.edit', { server, id: picked.id, ext: chosen.ext });
      assert.deepEqual(await pbx.call('pbxware.ext.list', { server }), before, 'refused writes leave the list as it was');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext.balance',
    title: 'credits and debits change the balance and appear in the billing history',
    doc: [doc('1594-1634'), doc('1722-1766'), doc('1853-1951')],
    operations: ['pbxware.ext.balance', 'pbxware.ext.billing_info', 'pbxware.ext.billing_history', 'pbxware.ext.call_rating_info', 'pbxware.ext.call_rating_history'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await extTenant(t, pbx);
      const { id } = await addExtension(t, pbx, server);
      const balanceOf = async () => Number((await pbx.call<Wrapped>('pbxware.ext.billing_info', { server, id }))[id].account_balance);
      const start = await balanceOf();
      const refno = String(t.number());
      const credited = await pbx.call<{ success: string }>('pbxware.ext.balance', { server, id, mode: 'credit', amount: '10', notes: 'scenario credit', refno });
      assert.equal(typeof credited.success, 'string');
      await pbx.call('pbxware.ext.balance', { server, id, mode: 'debit', amount: '4', notes: 'scenario debit', refno });
      assert.equal(await balanceOf(), start + 6, 'credit 10, debit 4');

      const history = await pbx.call<Array<Record<string, string>>>('pbxware.ext.billing_history', { server, id, ...ALL_TIME });
      assert.ok(Array.isArray(history), 'billing history is a JSON array');
      const ours = history.filter((e) => e.refno === refno);
      assert.deepEqual(ours.map((e) => e.type).sort(), ['credit', 'debit']);
      assert.equal(Number(ours.find((e) => e.type === 'debit')!.amount), -4, 'a debit is negative');
      assert.equal(Number(ours.find((e) => e.type === 'credit')!.amount), 10);
      const debits = await pbx.call<Array<Record<string, string>>>('pbxware.ext.billing_history', { server, id, ...ALL_TIME, type: 'debit' });
      assert.ok(debits.every((e) => e.type === 'debit'));
      const sums = await pbx.call<Array<Record<string, string>>>('pbxware.ext.billing_history', { server, id, ...ALL_TIME, refno, sum: '1' });
      assert.equal(sums.length, 1);
      assert.equal(Number(sums[0].sum_credit), 10);
      assert.equal(Number(sums[0].sum_debit), -4);

      // The call_rating names are the successors of the billing ones (doc 692-714).
      const info = await pbx.call<Wrapped>('pbxware.ext.call_rating_info', { server, id });
      assert.equal(Number(info[id].account_balance), start + 6);
      const rated = await pbx.call<unknown[]>('pbxware.ext.call_rating_history', { server, id, ...ALL_TIME, refno });
      assert.equal(rated.length, 2);
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext.billing-reads',
    title: 'billing, rating, slaves and inclusive resets answer for a new extension, keyed by its id',
    doc: [doc('1636-1851'), doc('3012-3086')],
    operations: [
      'pbxware.ext.billing',
      'pbxware.ext.call_rating',
      'pbxware.ext.sms_rating_info',
      'pbxware.ext.slaves',
      'pbxware.ext.reset_inclusive_minutes',
      'pbxware.ext.reset_inclusive_messages',
      'pbxware.ext.voicemail.delete',
    ],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await extTenant(t, pbx);
      const master = await addExtension(t, pbx, server);
      const slave = await addExtension(t, pbx, server, { acc_slave: '1', slave_accountcode: master.ext });
      for (const action of ['pbxware.ext.billing', 'pbxware.ext.call_rating', 'pbxware.ext.sms_rating_info']) {
        assert.deepEqual(Object.keys(await pbx.call(action, { server, id: master.id })), [master.id], `${action} is keyed by the extension id`);
        assert.deepEqual(Object.keys(await pbx.call(action, { server, ext: master.ext })), [master.id], `${action} finds the extension by number`);
      }
      const billing = await pbx.call<Wrapped>('pbxware.ext.billing', { server, id: slave.id });
      assert.equal(billing[slave.id].slave, 'yes');
      const slaves = await pbx.call('pbxware.ext.slaves', { server, id: master.id });
      assert.ok(listIds(slaves).includes(slave.id), 'the slave is listed under its master');
      await pbx.call('pbxware.ext.reset_inclusive_minutes', { server, id: master.id });
      await pbx.call('pbxware.ext.reset_inclusive_messages', { server, ext: master.ext });
      await pbx.call('pbxware.ext.voicemail.delete', { server, ext: master.ext });
      await pbx.error('pbxware.ext.reset_inclusive_minutes', { server, id: master.id, ext: master.ext });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext.additional-macs',
    title: 'additional MAC addresses are set, read back in the configuration, and refused when lists differ in size',
    doc: [doc('3088-3127'), doc('920-922')],
    operations: ['pbxware.ext.additional_macs', 'pbxware.ext.configuration'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await extTenant(t, pbx);
      const { id } = await addExtension(t, pbx, server);
      const set = await pbx.call<{ id: number }>('pbxware.ext.additional_macs', { server, id, values: '0015657a0b01,0015657a0b02', devices: '50,50', locations: '1,2' });
      assert.equal(String(set.id), id);
      const macs = (await pbx.call<Wrapped>('pbxware.ext.configuration', { server, id }))[id].additional_macaddress;
      assert.ok(JSON.stringify(macs).toLowerCase().includes('0015657a0b02'), 'the configuration lists the additional MAC addresses');
      await pbx.error('pbxware.ext.additional_macs', { server, id, values: '0015657a0b03', devices: '50,50', locations: '1' });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext.editions-modules',
    title: 'editions and modules are set on an extension and read back as 0/1 flags',
    doc: [doc('3129-3207')],
    operations: ['pbxware.ext.editions_modules.set', 'pbxware.ext.editions_modules.configuration'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await extTenant(t, pbx);
      const { id } = await addExtension(t, pbx, server);
      const set = await pbx.call<{ id: number }>('pbxware.ext.editions_modules.set', { server, id, editions: 'office,business', modules: 'crm', use_department_templates: '0' });
      assert.equal(String(set.id), id);
      const read = await pbx.call<{ id: string; use_department_templates: string; editions: Record<string, number>; modules: Record<string, number> }>(
        'pbxware.ext.editions_modules.configuration',
        { server, id },
      );
      assert.equal(String(read.id), id, 'the configuration names the extension inside, not as a key');
      assert.equal(read.use_department_templates, '0');
      assert.equal(read.editions.office, 1);
      assert.equal(read.editions.business, 1);
      assert.equal(read.editions.agent, 0);
      assert.equal(read.modules.crm, 1);
      assert.equal(read.modules.skype, 0);
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext.tenant-isolation',
    title: 'an extension of one tenant is invisible through another, and the same number may exist in both',
    doc: [doc('742-870'), doc('1572-1592')],
    operations: ['pbxware.ext.add', 'pbxware.ext.list', 'pbxware.ext.configuration', 'pbxware.ext.edit', 'pbxware.ext.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const a = await createTenant(t, pbx, { ext_length: '4' });
      const b = await createTenant(t, pbx, { ext_length: '4' });
      const number = String(t.number());
      const inA = await addExtension(t, pbx, a, { ext: number });
      const inB = await addExtension(t, pbx, b, { ext: number });
      assert.notEqual(inA.id, inB.id);
      const listA = listIds(await pbx.call('pbxware.ext.list', { server: a }));
      const listB = listIds(await pbx.call('pbxware.ext.list', { server: b }));
      assert.ok(listA.includes(inA.id) && !listA.includes(inB.id), "tenant A lists only its own extension");
      assert.ok(listB.includes(inB.id) && !listB.includes(inA.id), "tenant B lists only its own extension");
      await pbx.error('pbxware.ext.configuration', { server: b, id: inA.id });
      const byNumber = await pbx.call<Wrapped>('pbxware.ext.configuration', { server: b, ext: number });
      assert.deepEqual(Object.keys(byNumber), [inB.id], 'a number is looked up in the tenant named');
      await pbx.error('pbxware.ext.edit', { server: b, id: inA.id, name: t.name('intruder') });
      await pbx.error('pbxware.ext.delete', { server: b, id: inA.id });
      assert.ok(listIds(await pbx.call('pbxware.ext.list', { server: a })).includes(inA.id), 'refused cross-tenant writes change nothing');
    },
  }),
];
