import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smsMessages } from './models/sms.ts';
import { startTelephonyWorld } from './did-test-world.ts';
import type { PbxTestEmulator } from './test-support.ts';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('PBXware SMS', () => {
  let pbx: PbxTestEmulator;
  const telnyx = { enabled: '1', provider: 'telnyx', api_key: 'k', public_key: 'p', messaging_profile_id: 'm' };
  const addTrunk = (name: string, extra: Record<string, string> = {}) =>
    pbx.call({ action: 'pbxware.sms.trunks.add', name, ...telnyx, ...extra });

  beforeAll(async () => {
    pbx = await startTelephonyWorld();
  });
  afterAll(() => pbx.close());

  it('lists SMS trunks 1 and 3 as the sample', async () => {
    expect(await pbx.call({ action: 'pbxware.sms.trunks.list' })).toEqual({
      '1': { name: 'SMS Trunk 1', provider: 'telnyx' },
      '3': { name: 'SMS Trunk 3', provider: 'bandwidth' },
    });
  });

  it('quirk sms-trunk-configuration-unwrapped-numbers: configuration is bare, id and enabled are numbers', async () => {
    expect(await pbx.call({ action: 'pbxware.sms.trunks.configuration', id: '1' })).toEqual({
      id: 1, enabled: 1, name: 'SMS Trunk 1', provider: 'telnyx', national_prefix: '+49', description: 'Test SMS Trunk for API',
      api_key: 'ThisIsApiKey', public_key: 'ThisIsPublicKey', messaging_profile_id: 'ThisIsMessagingProfileId',
    });
  });

  it('quirk sms-national-prefix-plus: written without +, read back with it', async () => {
    const { id } = await addTrunk('Prefixed', { national_prefix: '387' });
    expect((await pbx.call({ action: 'pbxware.sms.trunks.configuration', id: String(id) })).national_prefix).toBe('+387');
  });

  it('quirk sms-trunk-edit-says-extension: edit answers "Extension ID", or "SMS Trunk ID" when switched off', async () => {
    const { id } = await addTrunk('Edited');
    expect(await pbx.call({ action: 'pbxware.sms.trunks.edit', id: String(id), description: 'x' })).toEqual({ success: `Extension ID: ${id}`, id });
    const quirks = pbx.emulator.vendor('pbxware').context.quirks;
    quirks['sms-trunk-edit-says-extension'] = false;
    try {
      expect(await pbx.call({ action: 'pbxware.sms.trunks.edit', id: String(id), description: 'y' })).toEqual({ success: `SMS Trunk ID: ${id}`, id });
    } finally {
      delete quirks['sms-trunk-edit-says-extension'];
    }
  });

  it('requires the provider fields, also all of a new provider on edit', async () => {
    expect((await pbx.call({ action: 'pbxware.sms.trunks.add', name: 'NoKey', enabled: '1', provider: 'telnyx', api_key: 'k' })).error).toMatch(/public_key/);
    expect((await addTrunk('BadProvider', { provider: 'nexmo' })).error).toBeDefined();
    expect((await addTrunk('SMS Trunk 1')).error).toMatch(/already used/);
    const { id } = await addTrunk('Switcher');
    expect((await pbx.call({ action: 'pbxware.sms.trunks.edit', id: String(id), provider: 'twilio', account_sid: 'AC1' })).error).toMatch(/auth_token/);
    await pbx.call({ action: 'pbxware.sms.trunks.edit', id: String(id), provider: 'twilio', account_sid: 'AC1', auth_token: 'tok' });
    const config = await pbx.call({ action: 'pbxware.sms.trunks.configuration', id: String(id) });
    expect(config).toMatchObject({ provider: 'twilio', account_sid: 'AC1', auth_token: 'tok', name: 'Switcher' });
    expect(config).not.toHaveProperty('api_key');
    expect(await pbx.call({ action: 'pbxware.sms.trunks.delete', id: String(id) })).toEqual({ success: `Deleted SMS Trunk ID '${id}' successfully.` });
    expect((await pbx.call({ action: 'pbxware.sms.trunks.configuration', id: String(id) })).error).toMatch(/not found/);
  });

  it('quirk sms-tenants-null-fields: tenants without a trunk show nulls; set and clear a tenant trunk', async () => {
    const list = await pbx.call({ action: 'pbxware.sms.trunks.tenants.list' });
    expect(list['2']).toEqual({ id: null, enabled: null, name: null, provider: null });
    expect(list['7']).toEqual({ id: '3', enabled: '1', name: 'SMS Trunk 3', provider: 'bandwidth' });
    expect(list).not.toHaveProperty('1');
    expect(await pbx.call({ action: 'pbxware.sms.trunks.tenants.set', tenant: '2', id: '1' })).toEqual({ success: 'Success.' });
    expect(await pbx.call({ action: 'pbxware.sms.trunks.tenants.get', tenant: '2' })).toEqual({ id: '1', enabled: '1', name: 'SMS Trunk 1', provider: 'telnyx' });
    expect((await pbx.call({ action: 'pbxware.sms.trunks.delete', id: '1' })).error).toMatch(/tenant 2/);
    await pbx.call({ action: 'pbxware.sms.trunks.tenants.set', tenant: '2' });
    expect(await pbx.call({ action: 'pbxware.sms.trunks.tenants.get', tenant: '2' })).toEqual({ id: null, enabled: null, name: null, provider: null });
    expect((await pbx.call({ action: 'pbxware.sms.trunks.tenants.set', tenant: '2', id: '999' })).error).toBeDefined();
    expect((await pbx.call({ action: 'pbxware.sms.trunks.tenants.get', tenant: '99' })).error).toBeDefined();
  });

  it('quirk sms-report-date-time-key: reports carry "date/time" and filter by window, direction, type and numbers', async () => {
    const window = { action: 'pbxware.sms.reports.list', start_date: 'Sep-22-2023', end_date: 'sep-22-2023' };
    const day = await pbx.call(window);
    expect(day['1']).toEqual({
      server: '7', provider: 'SMS Trunk 3', from: '+1234567890', to: '+1234567891', direction: 'Outbound',
      'date/time': '2023-09-22 12:43:53', status: 'COMPLETED', error: '', type: 'SMS',
    });
    expect(Object.keys(day)).toEqual(['1', '2']);
    expect(Object.keys(await pbx.call({ ...window, direction: 'inbound' }))).toEqual(['2']);
    expect(Object.keys(await pbx.call({ ...window, start_time: '12:44:00' }))).toEqual(['2']);
    expect(Object.keys(await pbx.call({ ...window, to_number: '+1234567891' }))).toEqual(['1']);
    expect(Object.keys(await pbx.call({ ...window, end_date: 'Sep-30-2023', type: 'MMS' }))).toEqual(['4']);
    expect(await pbx.call({ ...window, server: '2' })).toEqual([]);
    expect((await pbx.call({ ...window, start_date: 'Feb-30-2023' })).error).toMatch(/Invalid date/);
    expect((await pbx.call({ ...window, start_date: 'Sep-23-2023' })).error).toMatch(/before/);
    expect((await pbx.call({ ...window, start_date: '2023-09-22' })).error).toBeDefined();
    expect((await pbx.call({ ...window, direction: 'Sideways' })).error).toBeDefined();
  });

  it('lists bulk campaigns in the window', async () => {
    const window = { action: 'pbxware.sms.reports.bulk_list', start_date: 'Sep-25-2023', end_date: 'Sep-25-2023' };
    expect(await pbx.call(window)).toEqual({
      '1': {
        name: 'Test Name', sent: '3', failed: '0', time_start: '2023-09-25 08:57:12', time_end: '2023-09-25 08:57:23',
        from: '+1234567892', csv_file: 'Bulk Messages.csv', status: 'Paused', message: 'This message is used for testing.',
      },
    });
    expect(await pbx.call({ ...window, status: 'active' })).toEqual([]);
    expect(await pbx.call({ ...window, end_date: 'Sep-26-2023', start_date: 'Sep-26-2023' })).toEqual([]);
  });

  it('send_message records an Outbound SMS dated by the clock, visible in the tenant report (§7 A32)', async () => {
    pbx.emulator.clock.set(Date.UTC(2024, 2, 5, 14, 30, 15));
    const answer = await pbx.call({ action: 'pbxware.sms.send_message', server: '7', to_number: '+38761555666', body: base64('Zdravo, svijete ✓') });
    expect(answer).toEqual({ success: 'Success.' });
    const report = await pbx.call({ action: 'pbxware.sms.reports.list', start_date: 'Mar-05-2024', end_date: 'Mar-05-2024', server: '7' });
    const [id, row] = Object.entries(report)[0] as [string, Record<string, string>];
    expect(row).toEqual({
      server: '7', provider: 'SMS Trunk 3', from: '+1212400700', to: '+38761555666', direction: 'Outbound',
      'date/time': '2024-03-05 14:30:15', status: 'COMPLETED', error: '', type: 'SMS',
    });
    expect(smsMessages(pbx.emulator.vendor('pbxware').context.state).get(id)?.body).toBe('Zdravo, svijete ✓');
  });

  it('send_message refuses bad numbers, bad bodies and tenants without an SMS trunk, recording nothing', async () => {
    const count = () => smsMessages(pbx.emulator.vendor('pbxware').context.state).size;
    const before = count();
    expect((await pbx.call({ action: 'pbxware.sms.send_message', server: '7', to_number: '38761555666', body: base64('x') })).error).toMatch(/E164/);
    expect((await pbx.call({ action: 'pbxware.sms.send_message', server: '7', to_number: '+38761555666', body: '!!not base64!!' })).error).toMatch(/base64/);
    expect((await pbx.call({ action: 'pbxware.sms.send_message', server: '2', to_number: '+38761555666', body: base64('x') })).error).toMatch(/no SMS trunk/);
    expect((await pbx.call({ action: 'pbxware.sms.send_message', server: '1', to_number: '+38761555666', body: base64('x') })).error).toMatch(/Master/);
    expect(count()).toBe(before);
  });
});
