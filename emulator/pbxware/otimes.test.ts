import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExtension, ensureTenant, stateOf } from './group-test-support.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';
import { Clock } from '../core/clock.ts';
import { Store } from '../core/store.ts';
import { FIXTURE_TENANTS } from '../../fixtures/pbxware/constants.ts';
import { fixtureContext } from '../../fixtures/pbxware/context.ts';
import { seedErg } from '../../fixtures/pbxware/erg.ts';
import { seedIvr } from '../../fixtures/pbxware/ivr.ts';
import { seedOtimes } from '../../fixtures/pbxware/otimes.ts';
import { seedPagingGroup } from '../../fixtures/pbxware/paging-group.ts';
import { seedRingGroup } from '../../fixtures/pbxware/ring-group.ts';
import { ergs } from './models/erg.ts';
import { extensions, type ExtensionRecord } from './models/extension.ts';
import { ivrs } from './models/ivr.ts';
import { otimes } from './models/otimes.ts';
import { pagingGroups } from './models/paging-group.ts';
import { ringGroups } from './models/ring-group.ts';
import { tenants } from './models/tenant.ts';

describe('PBXware operation times', () => {
  let pbx: PbxTestEmulator;
  const server = '46';
  let erg: string;
  beforeAll(async () => {
    pbx = await startPbxware();
    ensureTenant(pbx, server);
    ensureExtension(pbx, server, '123');
    const added = await pbx.call({ action: 'pbxware.erg.add', server, name: 'ot', ext: '174', max_wait_callers: '1', rings_answer: '1' });
    erg = String(added.id);
  });
  afterAll(() => pbx.close());

  /** The doc's own example request (doc 6658-6666), `[ ]` with a space included. */
  const docExample = () => ({
    action: 'pbxware.otimes.erg.set',
    id: erg,
    server,
    status: 'on',
    default_dest_ext: '123',
    greeting: 'greeting-Mar-27-2013-15-15-44',
    pin: '668',
    'open_days_desc[ ]': ['The0pen1', 'The0pen2'],
    'open_days[ ]': ['1,2,6', '3,4'],
    'open_days_time_from[ ]': ['08:00', '08:30'],
    'open_days_time_to[ ]': ['16:30', '17:00'],
  });

  it('quirk otimes-list-wrapped-in-id: the default state is answered wrapped in the destination id', async () => {
    expect(await pbx.call({ action: 'pbxware.otimes.erg.list', id: erg })).toEqual({
      [erg]: {
        status: 'off',
        greeting: '',
        default_dest_ext: '',
        default_dest_is_vm: 'no',
        closed_dates: [],
        custom_destinations: [],
        open_days: [],
      },
    });
  });

  it('takes the document example and reads it back (pin ignored outside routes)', async () => {
    expect(await pbx.call(docExample())).toEqual({ success: 'Edited Operation Times successfully.' });
    const list = await pbx.call({ action: 'pbxware.otimes.erg.list', id: erg, server });
    expect(list[erg]).toEqual({
      status: 'on',
      greeting: 'greeting-Mar-27-2013-15-15-44',
      default_dest_ext: '123',
      default_dest_is_vm: 'no',
      closed_dates: [],
      custom_destinations: [],
      open_days: [
        { description: 'The0pen1', days: '1,2,6', time_from: '08:00', time_to: '16:30' },
        { description: 'The0pen2', days: '3,4', time_from: '08:30', time_to: '17:00' },
      ],
    });
  });

  it('quirk otimes-set-replaces-state: set replaces the entire state', async () => {
    await pbx.call(docExample());
    await pbx.call({
      action: 'pbxware.otimes.erg.set',
      id: erg,
      status: 'Inherit',
      'closed_dates_desc[]': 'Holiday',
      'closed_dates_dest[]': '123',
      'closed_dates_date_from[]': '2023-02-20',
      'closed_dates_date_to[]': '2023-02-21',
      'closed_dates_time_from[]': '00:00',
      'closed_dates_time_to[]': '23:59',
      'custom_destinations_dest[]': '123',
      'custom_destinations_is_open[]': '1',
      'custom_destinations_days[]': '1,2,3,4,5',
      'custom_destinations_time_from[]': '08:00',
      'custom_destinations_time_to[]': '17:00',
    });
    const state = (await pbx.call({ action: 'pbxware.otimes.erg.list', id: erg }))[erg];
    expect(state.status).toBe('inherit');
    expect(state.greeting).toBe('');
    expect(state.default_dest_ext).toBe('');
    expect(state.open_days).toEqual([]);
    expect(state.closed_dates).toEqual([
      { description: 'Holiday', destination: '123', date_from: '2023-02-20', date_to: '2023-02-21', time_from: '00:00', time_to: '23:59' },
    ]);
    expect(state.custom_destinations).toEqual([
      { destination: '123', is_open_range: 'yes', days: '1,2,3,4,5', time_from: '08:00', time_to: '17:00' },
    ]);
  });

  it.each([
    ['ordered lists of different sizes', { 'open_days_desc[]': ['a', 'b'], 'open_days[]': '1', 'open_days_time_from[]': '08:00', 'open_days_time_to[]': '09:00' }],
    ['a closed date not in yyyy-mm-dd', { 'closed_dates_desc[]': 'x', 'closed_dates_dest[]': '123', 'closed_dates_date_from[]': '20-02-2023', 'closed_dates_date_to[]': '2023-02-21', 'closed_dates_time_from[]': '00:00', 'closed_dates_time_to[]': '01:00' }],
    ['a closed date range that ends before it starts', { 'closed_dates_desc[]': 'x', 'closed_dates_dest[]': '123', 'closed_dates_date_from[]': '2023-02-22', 'closed_dates_date_to[]': '2023-02-21', 'closed_dates_time_from[]': '00:00', 'closed_dates_time_to[]': '01:00' }],
    ['an impossible date', { 'closed_dates_desc[]': 'x', 'closed_dates_dest[]': '123', 'closed_dates_date_from[]': '2023-02-30', 'closed_dates_date_to[]': '2023-03-01', 'closed_dates_time_from[]': '00:00', 'closed_dates_time_to[]': '01:00' }],
    ['a time that is not hh:mm', { 'open_days_desc[]': 'a', 'open_days[]': '1', 'open_days_time_from[]': '8am', 'open_days_time_to[]': '09:00' }],
    ['days outside the week', { 'open_days_desc[]': 'a', 'open_days[]': '1,9', 'open_days_time_from[]': '08:00', 'open_days_time_to[]': '09:00' }],
    ['an unknown status', { status: 'sometimes' }],
  ])('refuses %s and keeps the earlier state', async (_label, extra) => {
    await pbx.call(docExample());
    const before = await pbx.call({ action: 'pbxware.otimes.erg.list', id: erg });
    expect((await pbx.call({ action: 'pbxware.otimes.erg.set', id: erg, ...extra })).error).toEqual(expect.any(String));
    expect(await pbx.call({ action: 'pbxware.otimes.erg.list', id: erg })).toEqual(before);
  });

  it('requires the destination to exist, in the tenant given', async () => {
    expect((await pbx.call({ action: 'pbxware.otimes.erg.list', id: '999999' })).error).toMatch(/not found/);
    ensureTenant(pbx, '47');
    expect((await pbx.call({ action: 'pbxware.otimes.erg.list', id: erg, server: '47' })).error).toMatch(/not found/);
    expect((await pbx.call({ action: 'pbxware.otimes.erg.list' })).error).toEqual(expect.any(String));
    expect((await pbx.call({ action: 'pbxware.otimes.servers.list', id: '999' })).error).toEqual(expect.any(String));
  });

  it('finds an ERG by its number within a tenant', async () => {
    const list = await pbx.call({ action: 'pbxware.otimes.erg.list', number: '174', server });
    expect(Object.keys(list)).toEqual([erg]);
  });

  it('keeps tenant, route, queue and dial group states apart; only routes read back a pin', async () => {
    await pbx.call({ action: 'pbxware.otimes.servers.set', id: server, status: 'on', default_dest_ext: '123' });
    await pbx.call({ action: 'pbxware.otimes.routes.set', id: '135', status: 'on', pin: '668' });
    await pbx.call({ action: 'pbxware.otimes.queues.set', server, number: '800', status: 'off', default_dest_is_vm: 'yes' });
    await pbx.call({ action: 'pbxware.otimes.dial_group.set', id: '5', status: 'inherit' });
    expect((await pbx.call({ action: 'pbxware.otimes.servers.list', id: server }))[server]).toMatchObject({ status: 'on', default_dest_ext: '123' });
    expect((await pbx.call({ action: 'pbxware.otimes.servers.list', id: server }))[server].pin).toBeUndefined();
    expect((await pbx.call({ action: 'pbxware.otimes.routes.list', id: '135' }))['135']).toMatchObject({ status: 'on', pin: '668' });
    expect((await pbx.call({ action: 'pbxware.otimes.queues.list', server, number: '800' }))['800']).toMatchObject({ default_dest_is_vm: 'yes' });
    expect((await pbx.call({ action: 'pbxware.otimes.dial_group.list', id: '5' }))['5'].status).toBe('inherit');
    expect((await pbx.call({ action: 'pbxware.otimes.queues.list', server: '1', number: '800' }))['800'].status).toBe('off');
  });

  it('finds a DID by id or by number in the did section\'s table', async () => {
    stateOf(pbx).table('dids').set('77', { server, number: '1212400700', trunk: '6099', ext: '123' });
    await pbx.call({ action: 'pbxware.otimes.did.set', ext: '1212400700', server, status: 'on' });
    expect((await pbx.call({ action: 'pbxware.otimes.did.list', id: '77' }))['77'].status).toBe('on');
    expect((await pbx.call({ action: 'pbxware.otimes.did.list', ext: '999' })).error).toMatch(/not found/);
  });

});

describe('PBXware IVR, ring group, ERG, paging group and operation times fixtures', () => {
  /** Runs the five seeders on a state holding the fixture tenants and a few extensions of tenant 2. */
  function seeded(size: 'small' | 'large') {
    const state = Store.memory().vendor('pbxware');
    for (const t of FIXTURE_TENANTS) {
      tenants(state).set(t.id, { ...t, country_id: '135', country_code: '387', config: {} });
    }
    ['100', '101', '102', '103', '104', '105'].forEach((ext, i) =>
      extensions(state).set(String(i + 1), { id: String(i + 1), server: '2', ext } as ExtensionRecord),
    );
    const context = fixtureContext(state, { seed: 7, size }, new Clock());
    for (const seed of [seedIvr, seedRingGroup, seedErg, seedPagingGroup, seedOtimes]) seed(context);
    return state;
  }

  it('uses the sample ids and values, with numbers free of the extensions', () => {
    const state = seeded('small');
    const ivr = ivrs(state).get('280');
    expect(ivr).toMatchObject({ server: '2', name: 'TestIVR', keymap: { '1': { type: 'ex', destination: '100' } } });
    // 103 belongs to an extension of tenant 2, so the IVR takes the next free number.
    expect(ivr?.ext).toBe('106');
    expect(ringGroups(state).get('100')).toMatchObject({ name: 'TestRing Group', destinations: '100,101', ext: '107' });
    expect(ergs(state).get('2377')).toMatchObject({ name: 'erg205', number: '205', members: [{ ext: '100', penalty: '5' }, { ext: '103', penalty: '10' }] });
    expect(pagingGroups(state).get('11279')).toMatchObject({ number: '110', quiet: '0', destinations: ['100', '101', '102'] });
    expect(otimes(state).get('erg:2:2377')?.state).toMatchObject({ status: 'on', default_dest_ext: '100' });
    // Tenant 7 has no extensions: no dangling member or destination references.
    const erg7 = ergs(state).find((e) => e.server === '7');
    expect(erg7?.[1].members).toEqual([]);
    expect(ivrs(state).find((i) => i.server === '7')?.[1].keymap).toEqual({ '0': { type: 'dy', destination: '' } });
  });

  it('is deterministic and grows with the large size', () => {
    expect(seeded('large').dump()).toEqual(seeded('large').dump());
    expect(ivrs(seeded('large')).entries().length).toBeGreaterThan(ivrs(seeded('small')).entries().length);
  });
});
