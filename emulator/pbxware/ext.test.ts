import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../core/clock.ts';
import { FIXTURE_TENANTS, LARGE_FACTOR, SMALL_EXTENSIONS_PER_TENANT } from '../../fixtures/pbxware/constants.ts';
import { numberOwner } from './models/numbers.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

const [T1, T2] = FIXTURE_TENANTS.map((t) => t.id);

/** The KB's extension (KB 115) in tenant 2, plus overrides. */
const kbExtension = (extra: Record<string, string> = {}) => ({
  action: 'pbxware.ext.add',
  server: T1,
  name: 'API_test',
  email: 'test@test.com',
  location: '2',
  ua: '50',
  status: '1',
  pin: '0000',
  incominglimit: '1',
  outgoinglimit: '1',
  voicemail: '1',
  prot: 'sip',
  secret: 'TestTest1234!!',
  ...extra,
});

const NOW = Date.UTC(2024, 4, 10, 2, 30, 0); // 2024-05-10 02:30 UTC = 2024-05-09 22:30 in New York

describe('PBXware extensions', () => {
  let pbx: PbxTestEmulator;
  const quirks = () => pbx.emulator.vendor('pbxware').context.quirks;
  beforeAll(async () => {
    pbx = await startPbxware({ clock: new Clock({ start: NOW, frozen: true }) });
  });
  afterAll(() => pbx.close());

  describe('fixtures', () => {
    it('seeds each fixture tenant with its extensions, the document samples in tenant 2', async () => {
      for (const server of [T1, T2]) {
        const list = await pbx.call({ action: 'pbxware.ext.list', server });
        expect(Object.keys(list)).toHaveLength(SMALL_EXTENSIONS_PER_TENANT);
        expect(Object.values(list).map((e: any) => e.ext)).toContain('530');
      }
      const list = await pbx.call({ action: 'pbxware.ext.list', server: T1 });
      expect(list['1']).toMatchObject({ name: 'User 530', ext: '530', protocol: 'sip', location: 'local', ua_id: '50', linenum: '10', department: '4,6' });
      expect(list['53']).toMatchObject({ name: 'User 100', ext: '100', protocol: 'iax', ua_id: '52', ua_fullname: 'Generic IAX', macaddress: '123456789abc', department: '1' });
    });

    it('has registered extensions for the dashboard and is deterministic', async () => {
      const all = pbx.emulator.vendor('pbxware').context.state.table<{ registered: boolean }>('extensions').values();
      expect(all.filter((e) => e.registered).length).toBeGreaterThan(2);
      const again = await startPbxware();
      try {
        expect(await again.call({ action: 'pbxware.ext.list' })).toEqual(await pbx.call({ action: 'pbxware.ext.list' }));
      } finally {
        await again.close();
      }
    });

    it('seeds LARGE_FACTOR times as many in the large set', async () => {
      const large = await startPbxware({ fixtures: { seed: 1, size: 'large' } });
      try {
        const list = await large.call({ action: 'pbxware.ext.list', server: T2 });
        expect(Object.keys(list)).toHaveLength(SMALL_EXTENSIONS_PER_TENANT * LARGE_FACTOR);
      } finally {
        await large.close();
      }
    });

    it('reads back the configuration sample for extension 1 (doc 944-1000)', async () => {
      const config = await pbx.call({ action: 'pbxware.ext.configuration', server: T1, id: '1' });
      expect(config['1'].options).toMatchObject({ context: 't-344', username: '344530', callerid: 'User 530 <530>', allow: ['ulaw', 'alaw'], outgoinglimit: '2' });
    });
  });

  describe('add and edit', () => {
    it('allocates the lowest free number of the tenant length and refuses a taken or mis-sized one', async () => {
      const added = await pbx.call(kbExtension());
      const state = pbx.emulator.vendor('pbxware').context.state;
      expect(added.ext).toBeGreaterThanOrEqual(100);
      expect(added.ext).toBeLessThan(1000);
      // Every lower number is held by an extension or another numbered destination (pbxware.md §7 A13).
      for (let n = 100; n < added.ext; n++) expect(numberOwner(state, T1, String(n)), String(n)).toBeDefined();
      expect((await pbx.call(kbExtension({ ext: '530' }))).error).toMatch(/reserved/);
      expect((await pbx.call(kbExtension({ ext: '5301' }))).error).toMatch(/3 digits/);
      // The same number is free in another tenant.
      expect((await pbx.call(kbExtension({ server: T2, ext: String(added.ext) }))).ext).toBe(added.ext);
    });

    it('refuses what the document rules out and writes nothing', async () => {
      const before = await pbx.call({ action: 'pbxware.ext.list' });
      const refusals = [
        kbExtension({ prot: 'pjsip' }),
        kbExtension({ secret: '' }),
        kbExtension({ status: '3' }),
        kbExtension({ location: '0' }),
        kbExtension({ ua: '9999' }),
        kbExtension({ department: '7' }), // a department of the other tenant
        kbExtension({ call_rating: '1', creditlimit: '10' }), // reminderbalance and service_plan missing
        kbExtension({ server: '99' }),
      ];
      for (const request of refusals) expect(await pbx.call(request), JSON.stringify(request)).toHaveProperty('error');
      expect(await pbx.call({ action: 'pbxware.ext.list' })).toEqual(before);
    });

    it('takes IAX in any case and status 2 as disabled (pbxware.md §7 A24)', async () => {
      const added = await pbx.call(kbExtension({ prot: 'IAX', status: '2', ua: '50' }));
      const list = await pbx.call({ action: 'pbxware.ext.list', server: T1 });
      expect(list[added.id]).toMatchObject({ protocol: 'iax', status: 'disabled', location: 'remote' });
    });

    it('edits in part and checks a new number', async () => {
      const added = await pbx.call(kbExtension({ user_location: 'HQ' }));
      await pbx.call({ action: 'pbxware.ext.edit', server: T1, id: added.id, name: 'Renamed', outgoinglimit: '3' });
      const config = (await pbx.call({ action: 'pbxware.ext.configuration', server: T1, id: added.id }))[added.id];
      expect(config).toMatchObject({ name: 'Renamed', email: 'test@test.com', status: 'enabled', pin: '0000' });
      expect(config.options).toMatchObject({ outgoinglimit: '3', incominglimit: '1', callerid: `Renamed <${added.ext}>` });
      expect((await pbx.call({ action: 'pbxware.ext.edit', server: T1, id: added.id, ext: '530' })).error).toMatch(/reserved/);
      expect((await pbx.call({ action: 'pbxware.ext.edit', server: T2, id: added.id, name: 'x' })).error).toBeDefined();
    });

    it('edits an extension in other respects without re-checking what was not sent', async () => {
      // Extension 53 uses UAD 52 (Generic IAX, doc 836-838), whatever the UAD catalogue holds.
      const edited = await pbx.call({ action: 'pbxware.ext.edit', server: T1, id: '53', user_location: 'Annex' });
      expect(edited).toEqual({ success: 'Extension ID: 53', id: '53', ext: 100 });
      expect((await pbx.call({ action: 'pbxware.ext.edit', server: T1, id: '53', ua: '9999' })).error).toBeDefined();
    });

    it('quirk ext-write-id-string-ext-number: add and edit answer id as a string and ext as a number', async () => {
      const added = await pbx.call(kbExtension());
      expect(added).toEqual({ success: `Extension ID: ${added.id}`, id: expect.stringMatching(/^\d+$/), ext: expect.any(Number) });
      const edited = await pbx.call({ action: 'pbxware.ext.edit', server: T1, id: added.id, name: 'Other' });
      expect(edited).toEqual({ success: `Extension ID: ${added.id}`, id: added.id, ext: added.ext });
    });
  });

  describe('selectors', () => {
    it('refuses id and ext together, and ext without a tenant in Tenant Mode', async () => {
      for (const action of ['pbxware.ext.configuration', 'pbxware.ext.billing', 'pbxware.ext.slaves', 'pbxware.ext.reset_inclusive_minutes']) {
        expect((await pbx.call({ action, server: T1, id: '1', ext: '530' })).error).toMatch(/same time/);
      }
      expect((await pbx.call({ action: 'pbxware.ext.billing', ext: '530' })).error).toMatch(/server/);
      expect(await pbx.call({ action: 'pbxware.ext.billing', id: '1' })).toHaveProperty('1');
      expect((await pbx.call({ action: 'pbxware.ext.configuration', server: T2, id: '1' })).error).toMatch(/not found/);
    });
  });

  describe('billing', () => {
    it('credits and debits the balance and records history entries', async () => {
      const { id } = await pbx.call(kbExtension());
      const balance = (mode: string, amount: string, refno: string) =>
        pbx.call({ action: 'pbxware.ext.balance', server: T1, id, mode, amount, notes: `${mode} ${amount}`, refno });
      expect(await balance('credit', '10.5', 'R1')).toEqual({ success: `Updated balance for Extension ID '${id}' successfully.` });
      await balance('debit', '3', 'R2');
      expect((await balance('credit', '0', 'R3')).error).toBeDefined();
      expect((await pbx.call({ action: 'pbxware.ext.billing_info', server: T1, id }))[id]).toEqual({
        account_balance: '7.50000',
        available_funds: '7.50000',
        inclusive_minutes: 'No Inclusives spent.',
      });
      const history = await pbx.call({ action: 'pbxware.ext.call_rating_history', server: T1, id, start: 'May-01-2024', end: 'May-31-2024' });
      expect(history).toEqual([
        { entry_date: '2024-05-10', refno: 'R1', notes: 'credit 10.5', amount: '10.5', type: 'credit' },
        { entry_date: '2024-05-10', refno: 'R2', notes: 'debit 3', amount: '-3', type: 'debit' },
      ]);
      expect(await pbx.call({ action: 'pbxware.ext.billing_history', server: T1, id, start: 'May-01-2024', end: 'May-31-2024', type: 'debit' })).toHaveLength(1);
      expect(await pbx.call({ action: 'pbxware.ext.billing_history', server: T1, id, start: 'May-01-2024', end: 'May-31-2024', rrefno: '^R[12]$' })).toHaveLength(2);
      expect((await pbx.call({ action: 'pbxware.ext.billing_history', server: T1, id, start: 'May-01-2024', end: 'May-31-2024', rrefno: '(' })).error).toBeDefined();
      expect((await pbx.call({ action: 'pbxware.ext.billing_history', server: T1, id, start: 'Jun-01-2024', end: 'May-31-2024' })).error).toBeDefined();
      expect((await pbx.call({ action: 'pbxware.ext.billing_history', server: T1, id, start: 'Feb-30-2024', end: 'May-31-2024' })).error).toBeDefined();
      expect((await pbx.call({ action: 'pbxware.ext.billing_history', server: T1, id, start: 'May-01-2024', end: 'May-31-2024', timezone: 'Mars/Olympus' })).error).toBeDefined();
      // 02:30 UTC is the evening before in New York.
      const newYork = await pbx.call({ action: 'pbxware.ext.billing_history', server: T1, id, start: 'May-01-2024', end: 'May-31-2024', timezone: 'America/New_York' });
      expect(newYork.map((e: any) => e.entry_date)).toEqual(['2024-05-09', '2024-05-09']);
    });

    it('quirk ext-billing-history-array: history is an array, newest first, and sum=1 one object', async () => {
      const history = await pbx.call({ action: 'pbxware.ext.billing_history', server: T1, id: '1', start: 'Jan-01-2009', end: 'Dec-31-2010' });
      expect(history).toEqual([
        { entry_date: '2010-01-18', refno: '111', notes: 'test billing update', amount: '-5', type: 'debit' },
        { entry_date: '2009-09-29', refno: '111', notes: 'test billing update', amount: '5', type: 'credit' },
      ]);
      expect(await pbx.call({ action: 'pbxware.ext.billing_history', server: T1, id: '1', start: 'Jan-01-2009', end: 'Dec-31-2010', sum: '1' })).toEqual([
        { sum_credit: '5.00000', sum_debit: '-5.00000' },
      ]);
    });

    it('quirk ext-billing-history-endtime-midnight: the end day is excluded unless endtime is given or the quirk is off', async () => {
      const { id } = await pbx.call(kbExtension());
      await pbx.call({ action: 'pbxware.ext.balance', server: T1, id, mode: 'credit', amount: '1', notes: 'n', refno: 'r' });
      const query = { action: 'pbxware.ext.billing_history', server: T1, id, start: 'May-10-2024', end: 'May-10-2024' };
      expect(await pbx.call(query)).toEqual([]);
      expect(await pbx.call({ ...query, endtime: '23:59:59' })).toHaveLength(1);
      quirks()['ext-billing-history-endtime-midnight'] = false;
      try {
        expect(await pbx.call(query)).toHaveLength(1);
      } finally {
        quirks()['ext-billing-history-endtime-midnight'] = true;
      }
    });

    it('quirk ext-billing-master-code-null: billing settings come from the add arguments, master_code null when unset', async () => {
      expect((await pbx.call({ action: 'pbxware.ext.call_rating', server: T1, ext: '530' }))['1']).toEqual({
        splan: '1',
        slave: 'no',
        master_code: null,
        reminder_balance: '0.00000',
        credit_limit: '15.00000',
        splan_date: '01-09-2009',
        limits: 'yes',
        limit_type: 'Daily',
        soft_limit: '100',
        hard_limit: '200',
        email: 'john_doe@dot.com',
      });
    });

    it('quirk ext-sms-rating-info-minutes-key: the sample key, or the field table key when switched off', async () => {
      expect(await pbx.call({ action: 'pbxware.ext.sms_rating_info', server: T1, id: '1' })).toEqual({ '1': { inclusive_minutes: 'No Inclusives spent.' } });
      quirks()['ext-sms-rating-info-minutes-key'] = false;
      try {
        expect(await pbx.call({ action: 'pbxware.ext.sms_rating_info', server: T1, id: '1' })).toEqual({ '1': { inclusive_messages_left: 'No Inclusives spent.' } });
      } finally {
        quirks()['ext-sms-rating-info-minutes-key'] = true;
      }
    });

    it('resets inclusive minutes and messages', async () => {
      expect(await pbx.call({ action: 'pbxware.ext.reset_inclusive_minutes', server: T1, id: '1' })).toEqual({
        success: "Inclusive Minutes for Extension ID '1' have been reset successfully.",
      });
      expect(await pbx.call({ action: 'pbxware.ext.reset_inclusive_messages', server: T1, ext: '530' })).toEqual({
        success: "Inclusive Messages for Extension ID '1' have been reset successfully.",
      });
    });
  });

  describe('sub-resources', () => {
    it('lists the slaves of a master by number or SIP username', async () => {
      const master = await pbx.call(kbExtension({ name: 'Master' }));
      const slave = await pbx.call(kbExtension({ name: 'Slave', acc_slave: '1', slave_accountcode: String(master.ext) }));
      const other = await pbx.call(kbExtension({ name: 'Slave 2', acc_slave: '1', slave_accountcode: `344${master.ext}` }));
      const slaves = await pbx.call({ action: 'pbxware.ext.slaves', server: T1, id: master.id });
      expect(Object.keys(slaves)).toEqual([slave.id, other.id]);
      expect(slaves[slave.id]).toMatchObject({ name: 'Slave', protocol: 'sip', status: 'enabled' });
      expect(await pbx.call({ action: 'pbxware.ext.slaves', server: T1, id: slave.id })).toEqual([]);
    });

    it('quirk ext-subresource-numeric-id: additional MACs replace the set, sizes must match, id answered as a number', async () => {
      const { id } = await pbx.call(kbExtension());
      const set = (extra: Record<string, string>) => pbx.call({ action: 'pbxware.ext.additional_macs', server: T1, id, ...extra });
      expect(await set({ values: '00:11:22:33:44:55,AABBCCDDEEFF', devices: '50,50', locations: '1,2' })).toEqual({ success: `Extension ID: ${id}`, id: Number(id) });
      const config = async () => (await pbx.call({ action: 'pbxware.ext.configuration', server: T1, id }))[id].additional_macaddress;
      expect(await config()).toEqual(['001122334455', 'aabbccddeeff']);
      expect((await set({ values: '001122334455', devices: '50,50', locations: '1' })).error).toBeDefined();
      expect((await set({ values: 'nonsense', devices: '50', locations: '1' })).error).toBeDefined();
      expect((await set({ values: '001122334455', devices: '50', locations: '3' })).error).toBeDefined();
      expect(await config()).toEqual(['001122334455', 'aabbccddeeff']);
      await set({ values: '001122334466', devices: '50', locations: '1' });
      expect(await config()).toEqual(['001122334466']);
    });

    it('quirk ext-editions-modules-unwrapped: editions and modules read back unwrapped with integer flags', async () => {
      const { id } = await pbx.call(kbExtension());
      const read = () => pbx.call({ action: 'pbxware.ext.editions_modules.configuration', server: T1, id });
      expect(await read()).toEqual({
        id,
        use_department_templates: '0',
        editions: { all: 0, office: 0, business: 0, agent: 0, supervisor: 0, mobile: 0, operator: 0, web: 0 },
        modules: { all: 0, crm: 0, 'call popup': 0, skype: 0, 'omni channel': 0, 'customer survey': 0 },
      });
      const set = await pbx.call({ action: 'pbxware.ext.editions_modules.set', server: T1, id, editions: 'Office\u201ebusiness', modules: 'all' });
      expect(set).toEqual({ success: `Extension ID: ${id}`, id: Number(id) });
      const after = await read();
      expect(after.editions).toMatchObject({ all: 0, office: 1, business: 1, agent: 0 });
      expect(after.modules).toEqual({ all: 1, crm: 1, 'call popup': 1, skype: 1, 'omni channel': 1, 'customer survey': 1 });
      await pbx.call({ action: 'pbxware.ext.editions_modules.set', server: T1, id, modules: 'none', use_department_templates: '1' });
      const last = await read();
      expect(last.use_department_templates).toBe('1');
      expect(last.editions.office).toBe(1); // not sent, kept
      expect(last.modules.crm).toBe(0);
      expect((await pbx.call({ action: 'pbxware.ext.editions_modules.set', server: T1, id, editions: 'office,gold' })).error).toBeDefined();
      expect((await pbx.call({ action: 'pbxware.ext.editions_modules.set', server: T1, id, editions: 'none,office' })).error).toBeDefined();
    });

    it('deletes the voicemails of an extension by number', async () => {
      expect(await pbx.call({ action: 'pbxware.ext.voicemail.delete', server: T1, ext: '530' })).toEqual({
        success: 'Voicemails for extension 530 deleted successfully!',
      });
      expect((await pbx.call({ action: 'pbxware.ext.voicemail.delete', server: T1, ext: '999' })).error).toBeDefined();
    });

    it('deletes an extension with its billing state', async () => {
      const { id } = await pbx.call(kbExtension());
      await pbx.call({ action: 'pbxware.ext.balance', server: T1, id, mode: 'credit', amount: '1', notes: 'n', refno: 'r' });
      expect(await pbx.call({ action: 'pbxware.ext.delete', server: T1, id })).toEqual({ success: `Deleted Extension ID ${id} successfully.` });
      expect(pbx.emulator.vendor('pbxware').context.state.table('ext_billing').has(id)).toBe(false);
      expect((await pbx.call({ action: 'pbxware.ext.billing_info', id })).error).toBeDefined();
      expect((await pbx.call({ action: 'pbxware.ext.delete', server: T1, id })).error).toBeDefined();
    });
  });
});
