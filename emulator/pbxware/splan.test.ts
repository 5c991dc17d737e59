import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware service plans', () => {
  let pbx: PbxTestEmulator;
  const smsTrunks = () => pbx.emulator.vendor('pbxware').context.state.table<{ name: string }>('sms_trunks');
  beforeAll(async () => {
    pbx = await startPbxware();
    // SMS trunks belong to the sms section; give this test one of its own whatever that seeds.
    smsTrunks().set('9301', { name: 'UnitSMS' });
  });
  afterAll(() => pbx.close());

  it('lists the sample plan', async () => {
    expect((await pbx.call({ action: 'pbxware.splan.list' }))['1']).toEqual({
      name: 'Test1',
      tbd: '0',
      min_charge: '0.15000',
      connection_charge: '0.00000',
      inclusive: '0',
      inclusive_inbound: 0,
      grace_period: '0',
      billing: '1/1',
      call_rating: '1/1',
    });
  });

  it('filters rates by route and destination group, refuses dgroup alone and an unknown plan', async () => {
    expect(Object.keys(await pbx.call({ action: 'pbxware.splan.rates', id: '1', route: '135' }))).toEqual(['1:135:1', '1:135:2']);
    expect(Object.keys(await pbx.call({ action: 'pbxware.splan.rates', id: '1', route: '135', dgroup: '2' }))).toEqual(['1:135:2']);
    expect(await pbx.call({ action: 'pbxware.splan.rates', id: '1', route: '13' })).toEqual([]);
    expect(await pbx.call({ action: 'pbxware.splan.rates', id: '1', dgroup: '2' })).toHaveProperty('error');
    expect(await pbx.call({ action: 'pbxware.splan.rates', id: '404' })).toHaveProperty('error');
  });

  it('edits SMS rates in part and lists them for every SMS trunk', async () => {
    const before = (await pbx.call({ action: 'pbxware.splan.sms_rates.list', id: '1' }))['9301'];
    expect(before).toEqual({
      trunk_name: 'UnitSMS',
      national_sms: 0,
      international_sms: 0,
      national_mms: 0,
      international_mms: 0,
      inclusive_messages: '',
    });
    expect(await pbx.call({ action: 'pbxware.splan.sms_rates.edit', id: '1', trunk_id: '9301', national_sms: '0.1', international_sms: '0.9' })).toEqual({
      success: 'Trunk ID: 9301',
      id: 9301,
    });
    await pbx.call({ action: 'pbxware.splan.sms_rates.edit', id: '1', trunk_id: '9301', inclusive_messages: '0' });
    expect((await pbx.call({ action: 'pbxware.splan.sms_rates.list', id: '1' }))['9301']).toMatchObject({
      national_sms: 0.1,
      international_sms: 0.9,
      national_mms: 0,
      inclusive_messages: '0',
    });
    expect((await pbx.call({ action: 'pbxware.splan.sms_rates.list', id: '2' }))['9301'].national_sms).toBe(0);
  });

  it('refuses SMS rate edits for an unknown plan or trunk, and sms_rates.list without a plan', async () => {
    expect(await pbx.call({ action: 'pbxware.splan.sms_rates.edit', id: '404', trunk_id: '9301', national_sms: '1' })).toHaveProperty('error');
    expect(await pbx.call({ action: 'pbxware.splan.sms_rates.edit', id: '1', trunk_id: '404404', national_sms: '1' })).toHaveProperty('error');
    expect(await pbx.call({ action: 'pbxware.splan.sms_rates.edit', id: '1', trunk_id: '9301', national_sms: 'cheap' })).toHaveProperty('error');
    expect(await pbx.call({ action: 'pbxware.splan.sms_rates.list' })).toHaveProperty('error');
  });

  it('quirk splan-rates-composite-keys: "splan:route:dgroup" keys, nested under the TBD value for a TBD plan', async () => {
    const flat = await pbx.call({ action: 'pbxware.splan.rates', id: '1', route: '135', dgroup: '1' });
    expect(flat).toEqual({
      '1:135:1': {
        inbound: '100.00000',
        outbound: '100.00000',
        inclusives: '0',
        billing: '1/1',
        call_rating: '1/1',
        min_charge: '1.00000',
        connection_charge: '0.00000',
      },
    });
    const nested = await pbx.call({ action: 'pbxware.splan.rates', id: '2', route: '135', dgroup: '1' });
    expect(Object.keys(nested['2:135:1'])).toEqual(['70']);
    expect(nested['2:135:1']['70']).toMatchObject({ inbound: '100.00000', inclusives: '1' });
  });

  it('quirk splan-mixed-types: inclusive_inbound and SMS prices are numbers, the rest strings', async () => {
    const plan = (await pbx.call({ action: 'pbxware.splan.list' }))['1'];
    expect(typeof plan.inclusive_inbound).toBe('number');
    expect(typeof plan.inclusive).toBe('string');
    const rates = (await pbx.call({ action: 'pbxware.splan.sms_rates.list', id: '1' }))['9301'];
    expect(typeof rates.national_mms).toBe('number');
    expect(typeof rates.inclusive_messages).toBe('string');
  });

  it('quirk splan-billing-alias: billing repeats call_rating', async () => {
    for (const plan of Object.values<{ billing: string; call_rating: string }>(await pbx.call({ action: 'pbxware.splan.list' }))) {
      expect(plan.billing).toBe(plan.call_rating);
    }
  });
});
