import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENHANCED_SERVICES, STATES_SAMPLE_ORDER, extEsContracts } from '../../contracts/pbxware/ext-es.ts';
import { seedExtEs } from '../../fixtures/pbxware/ext-es.ts';
import { fixtureContext } from '../../fixtures/pbxware/context.ts';
import { Clock } from '../core/clock.ts';
import { Store } from '../core/store.ts';
import { apiKeys } from './models/apikey.ts';
import { configOf, oscStateOf, serviceStateOf } from './models/enhanced-services.ts';
import { extensions, extensionsOfTenant, type ExtensionRecord } from './models/extension.ts';
import { tenants, type TenantRecord } from './models/tenant.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

/** Tenants and extensions these tests work on, written straight into the state (independent of other sections' fixtures). */
const TENANT = '2';
const OTHER_TENANT = '7';

function tenantRow(id: string, name: string, code: string): TenantRecord {
  return { id, name, tenantcode: code, package_id: '1', ext_length: 3, country_id: '135', country_code: '1', config: {} };
}

function extensionRow(id: string, server: string, ext: string): ExtensionRecord {
  return {
    id,
    server,
    ext,
    name: `Test ${ext}`,
    email: `t${ext}@example.com`,
    protocol: 'sip',
    location: 'remote',
    ua_id: '50',
    status: 'enabled',
    pin: '0000',
    secret: 'TestTest1234!!',
    department: '',
    macaddress: '',
    sn: '',
    linenum: '1',
    user_location: '',
    user_language: '',
    registered: false,
    settings: {},
  };
}

let nextExtensionId = 90000;

/** Seeds a fresh extension of `server` and returns its id. */
function seedExtension(pbx: PbxTestEmulator, server = TENANT): string {
  const state = pbx.emulator.store.vendor('pbxware');
  for (const [id, name, code] of [
    [TENANT, 't1.dot.com', '344'],
    [OTHER_TENANT, 't2.dot.com', '345'],
  ]) {
    if (!tenants(state).has(id)) tenants(state).set(id, tenantRow(id, name, code));
  }
  const id = String(++nextExtensionId);
  extensions(state).set(id, extensionRow(id, server, String(nextExtensionId % 1000)));
  return id;
}

describe('PBXware extension enhanced services', () => {
  let pbx: PbxTestEmulator;
  const es = (action: string, id: string, params: Record<string, string> = {}, server = TENANT) =>
    pbx.call({ action: `pbxware.ext.es.${action}`, server, id, ...params });

  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  it('has a contract for every action of ext.es, 133 in all', () => {
    expect(extEsContracts).toHaveLength(133);
    expect(new Set(extEsContracts.map((c) => c.id)).size).toBe(133);
  });

  it('starts every service at state no and OSC no', async () => {
    const id = seedExtension(pbx);
    for (const service of ENHANCED_SERVICES) {
      expect(await es(`${service}.get`, id)).toEqual({ state: 'no' });
      expect(await es(`${service}.get_osc`, id)).toEqual({ state: 'no' });
    }
  });

  it('sets and reads back the state of each of the 25 services, answering "<Extension ID>: <code>."', async () => {
    const id = seedExtension(pbx);
    for (const service of ENHANCED_SERVICES) {
      expect(await es(`${service}.set`, id, { state: 'pin' })).toEqual({ success: `${id}: 1.`, state: 'pin' });
      expect(await es(`${service}.get`, id)).toEqual({ state: 'pin' });
      expect(await es(`${service}.set_osc`, id, { state: 'yes' })).toEqual({ success: `${id}: 2.`, state: 'yes' });
      expect(await es(`${service}.get_osc`, id)).toEqual({ state: 'yes' });
    }
    expect(await es('dnd.set', id, { state: 'no' })).toEqual({ success: `${id}: 0.`, state: 'no' });
    expect(await es('dnd.get', id)).toEqual({ state: 'no' });
    expect(await es('dnd.get_osc', id)).toEqual({ state: 'yes' });
  });

  it('refuses a bad state, OSC pin, and leaves the state as it was', async () => {
    const id = seedExtension(pbx);
    expect((await es('dnd.set', id, { state: 'maybe' })).error).toBeDefined();
    expect((await es('dnd.set_osc', id, { state: 'pin' })).error).toBeDefined();
    expect((await es('dnd.set', id)).error).toMatch(/state/);
    expect(await es('dnd.get', id)).toEqual({ state: 'no' });
    expect(await es('dnd.get_osc', id)).toEqual({ state: 'no' });
  });

  it('checks the tenant and that the extension belongs to it', async () => {
    const id = seedExtension(pbx);
    expect((await es('dnd.get', id, {}, OTHER_TENANT)).error).toMatch(/not found/);
    expect((await es('dnd.set', id, { state: 'yes' }, '999')).error).toMatch(/Tenant/);
    expect((await es('dnd.get', id, {}, '1')).error).toMatch(/Master/);
    expect((await es('dnd.get', '123456789')).error).toMatch(/not found/);
    expect((await pbx.call({ action: 'pbxware.ext.es.dnd.get', id })).error).toMatch(/server/);
    expect(serviceStateOf(pbx.emulator.store.vendor('pbxware'), id, 'dnd')).toBe('no');
  });

  it('in non tenant mode serves extensions of server 1, with the per-trunk caller IDs of that mode', async () => {
    const state = pbx.emulator.store.vendor('pbxware');
    if (!tenants(state).has('1')) tenants(state).set('1', tenantRow('1', 'Master', '100'));
    const id = seedExtension(pbx, '1');
    const quirks = pbx.emulator.vendor('pbxware').context.quirks;
    quirks['tenant-mode'] = false;
    try {
      await es('callerid.edit', id, { callerid: '6666667', trunks: 'TestTrunk', tcallerids: '111', tprivacies: '0' }, '1');
      expect(await es('callerid.configuration', id, {}, '1')).toEqual({
        callerid: '6666667',
        'callerid:TestTrunk': '111',
        'callerid:TestTrunk:privacy': 'anonymous',
      });
    } finally {
      quirks['tenant-mode'] = true;
    }
    expect((await es('callerid.configuration', id, {}, '1')).error).toMatch(/Master/);
  });

  it('states.get answers all 25 services in the sample order, or the ones asked in the order asked', async () => {
    const id = seedExtension(pbx);
    await es('callfwd.set', id, { state: 'pin' });
    const all = await es('states.get', id, { services: 'all' });
    expect(Object.keys(all)).toEqual([...STATES_SAMPLE_ORDER]);
    expect(all.callfwd).toBe('pin');
    expect(await es('states.get', id, { services: 'dnd,callfwd' })).toEqual({ dnd: 'no', callfwd: 'pin' });
    expect(Object.keys(await es('states.get', id, { services: 'smsnotifications, callerid' }))).toEqual(['smsnotifications', 'callerid']);
    expect((await es('states.get', id, { services: 'dnd,teleport' })).error).toBeDefined();
    expect((await es('states.get', id)).error).toMatch(/services/);
  });

  it('states.set applies all first, then the named services; all=pin and an empty call are refused', async () => {
    const id = seedExtension(pbx);
    expect(await es('states.set', id, { all: 'yes', dnd: 'pin', callfwd: 'no' })).toEqual({
      success: 'Updated Enhanced Service states successfully.',
    });
    const states = await es('states.get', id, { services: 'all' });
    expect(states.dnd).toBe('pin');
    expect(states.callfwd).toBe('no');
    expect(Object.entries(states).filter(([, v]) => v === 'yes')).toHaveLength(23);
    expect((await es('states.set', id, { all: 'pin' })).error).toBeDefined();
    expect((await es('states.set', id)).error).toMatch(/Missing/);
    expect(await es('states.get', id, { services: 'dnd' })).toEqual({ dnd: 'pin' });
  });

  it('states.set_osc and states.get_osc work on the OSC states only', async () => {
    const id = seedExtension(pbx);
    expect(await es('states.set_osc', id, { callerid: 'yes', lastcaller: 'yes' })).toEqual({
      success: 'Updated Enhanced Service OSC states successfully.',
    });
    expect(await es('states.get_osc', id, { services: 'callerid,lastcaller,dnd' })).toEqual({ callerid: 'yes', lastcaller: 'yes', dnd: 'no' });
    expect(await es('callerid.get', id)).toEqual({ state: 'no' });
    expect((await es('states.set_osc', id, { callerid: 'pin' })).error).toBeDefined();
    await es('states.set_osc', id, { all: 'no' });
    expect(oscStateOf(pbx.emulator.store.vendor('pbxware'), id, 'callerid')).toBe('no');
  });

  it('states methods honour the per-service permissions of the key (doc 3010)', async () => {
    const id = seedExtension(pbx);
    const key = 'limited.key.for.es.tests';
    apiKeys(pbx.emulator.store.vendor('pbxware')).set(key, {
      key,
      label: 'dnd only',
      allow: ['pbxware.ext.es.states.*', 'pbxware.ext.es.dnd.*'],
    });
    const call = (action: string, params: Record<string, string>) =>
      pbx.call({ apikey: key, action: `pbxware.ext.es.${action}`, server: TENANT, id, ...params });
    expect(await call('states.get', { services: 'dnd' })).toEqual({ dnd: 'no' });
    expect((await call('states.get', { services: 'dnd,callerid' })).error).toMatch(/permission/);
    expect((await call('states.set', { all: 'yes' })).error).toMatch(/permission/);
    expect(await call('states.get', { services: 'dnd' })).toEqual({ dnd: 'no' });
    expect(await call('states.set', { dnd: 'yes' })).toHaveProperty('success');
    expect((await call('callerid.get', {})).error).toMatch(/permission/);
  });

  it('answers every configuration of a new extension in its documented shape, empty', async () => {
    const id = seedExtension(pbx);
    // Strict mode checks each answer against its contract; here the values are checked too.
    expect(await es('callerid.configuration', id)).toEqual({ callerid: '' });
    expect(await es('callfilters.configuration', id)).toEqual({ telemarketer: '0', callers: [], dtypes: [], destinations: [] });
    expect((await es('callscreening.configuration', id)).suspends).toEqual([]);
    expect(await es('dnd.configuration', id)).toEqual({ dnd: '0', dst: '', dsttype: '', duration: '' });
    expect(await es('callfwd.configuration', id)).toEqual({
      play: '0',
      cid: '0',
      enabled: [],
      destinations: { unconditional: [], busy: [], 'no answer': [], 'line unavailable': [] },
      timeouts: { unconditional: [], busy: [], 'no answer': [], 'line unavailable': [] },
    });
    expect(await es('instrecord.configuration', id)).toEqual({ silent: '0', emailrec: '0' });
    expect(await es('sppage.configuration', id)).toEqual({ extensions: [] });
    expect(await es('blflist.configuration', id)).toEqual({ exts: [], labels: [], blfs: [], blf_start: 1, blf_cleanup: 0, cart_only: 0 });
    for (const s of ['followme', 'remoteaccess', 'phonecallback', 'grouphunt', 'mobilenumbers', 'speeddial']) {
      expect(await es(`${s}.configuration`, id)).not.toHaveProperty('error');
    }
    expect(await es('extoperationtimes.configuration', id)).toMatchObject({ status: 'off', open_days: [] });
  });

  it('caller ID: the KB example round trip, per-trunk keys and allowed caller IDs keyed from "1"', async () => {
    const id = seedExtension(pbx);
    const kbExample = {
      callerid: '7871',
      emergencycid: '999',
      trunks: 'CCV5:MTv5',
      tcallerids: '7777:8888',
      tprivacies: '4:1',
      anums: '0000:1111',
      alabels: 'Test:API',
      acodes: '1:2',
    };
    expect(await es('callerid.edit', id, kbExample)).toEqual({ success: 'Updated Enhanced Service configuration successfully.' });
    expect(await es('callerid.configuration', id)).toEqual({
      callerid: '7871',
      emergency_callerid: '999',
      'callerid:CCV5': '7777',
      'callerid:CCV5:privacy': 'none',
      'callerid:MTv5': '8888',
      'callerid:MTv5:privacy': 'anonymous_id',
      allowed_callerids: { '1': { callerid: '0000', label: 'Test' }, '2': { callerid: '1111', label: 'API' } },
    });
    // Only callerid sent: the rest stays (partial edit).
    await es('callerid.edit', id, { callerid: '7000' });
    const config = await es('callerid.configuration', id);
    expect(config.callerid).toBe('7000');
    expect(config['callerid:MTv5']).toBe('8888');
    // KB's other name for the emergency caller ID.
    await es('callerid.edit', id, { callerid: '7000', emergencyid: '112' });
    expect((await es('callerid.configuration', id)).emergency_callerid).toBe('112');
    // Clearing the trunk list removes the per-trunk keys; privacy kept for a trunk sent again without tprivacies.
    await es('callerid.edit', id, { callerid: '7000', trunks: 'MTv5', tcallerids: '9999' });
    expect(await es('callerid.configuration', id)).toMatchObject({ 'callerid:MTv5': '9999', 'callerid:MTv5:privacy': 'anonymous_id' });
    expect(await es('callerid.configuration', id)).not.toHaveProperty('callerid:CCV5');
  });

  it('caller ID: refuses lists of different sizes, a missing callerid and a bad privacy, changing nothing', async () => {
    const id = seedExtension(pbx);
    await es('callerid.edit', id, { callerid: '100', trunks: 'A:B', tcallerids: '1:2' });
    const before = await es('callerid.configuration', id);
    expect((await es('callerid.edit', id, { callerid: '200', trunks: 'A:B', tcallerids: '1' })).error).toMatch(/size/);
    expect((await es('callerid.edit', id, { callerid: '200', trunks: 'A', tcallerids: '1', tprivacies: '4:4' })).error).toMatch(/size/);
    expect((await es('callerid.edit', id, { callerid: '200', anums: '1:2', alabels: 'x' })).error).toMatch(/size/);
    expect((await es('callerid.edit', id, { callerid: '200', trunks: 'A:A', tcallerids: '1:2' })).error).toBeDefined();
    expect((await es('callerid.edit', id, { callerid: '200', trunks: 'A', tcallerids: '1', tprivacies: '7' })).error).toBeDefined();
    expect((await es('callerid.edit', id, { trunks: 'A', tcallerids: '1' })).error).toMatch(/callerid/);
    expect(await es('callerid.configuration', id)).toEqual(before);
  });

  it('call filters: the sample round trip; callers must start with anonymous; sizes must match', async () => {
    const id = seedExtension(pbx);
    const sample = { callers: 'anonymous,300', dtypes: 'voicemail,busy', destinations: '123,' };
    await es('callfilters.edit', id, sample);
    const expected = { telemarketer: '0', callers: ['anonymous', '300'], dtypes: ['voicemail', 'busy'], destinations: ['123', ''] };
    expect(await es('callfilters.configuration', id)).toEqual(expected);
    expect((await es('callfilters.edit', id, { ...sample, callers: '300,anonymous' })).error).toBeDefined();
    expect((await es('callfilters.edit', id, { ...sample, callers: 'anonymous,300,301' })).error).toMatch(/size/);
    expect((await es('callfilters.edit', id, { ...sample, dtypes: 'busy,busy' })).error).toBeDefined();
    expect((await es('callfilters.edit', id, { ...sample, destinations: 'abc,1' })).error).toBeDefined();
    expect(await es('callfilters.configuration', id)).toEqual(expected);
    // One record with an empty destination.
    await es('callfilters.edit', id, { callers: 'anonymous', dtypes: 'always busy', destinations: '' });
    expect((await es('callfilters.configuration', id)).destinations).toEqual(['']);
  });

  it('call screening: edit names vs read names, suspends read back keyed by index', async () => {
    const id = seedExtension(pbx);
    await es('callscreening.edit', id, {
      destinations: '100,101,102',
      delays: '16,22,33',
      suspends: '1,0,1',
      recordlen: '11',
      dtypes: '1',
      dopts: 'tTr',
    });
    const config = await es('callscreening.configuration', id);
    expect(config).toMatchObject({ destinations: ['100', '101', '102'], delays: ['16', '22', '33'], recordlen: '11', dtype: '1', dopts: 'tTr' });
    expect(config.suspends).toEqual({ '0': 'on', '2': 'on' });
    expect((await es('callscreening.edit', id, { destinations: '1', delays: '1,2', suspends: '0', recordlen: '1' })).error).toMatch(/size/);
  });

  it('call forwarding and DND round trip', async () => {
    const id = seedExtension(pbx);
    await es('callfwd.edit', id, {
      enabled: 'busy,no answer',
      busy_dests: '106,107',
      busy_timeouts: '10,10',
      noansw_dests: '106',
      noansw_timeouts: '10',
      play: '1',
      cid: '1',
    });
    const config = await es('callfwd.configuration', id);
    expect(config.enabled).toEqual(['busy', 'no answer']);
    expect(config.destinations).toEqual({ unconditional: [], busy: ['106', '107'], 'no answer': ['106'], 'line unavailable': [] });
    expect(config.timeouts.busy).toEqual(['10', '10']);
    expect((await es('callfwd.edit', id, { busy_dests: '106,107', busy_timeouts: '10' })).error).toMatch(/size/);
    expect((await es('callfwd.edit', id, { unavail_dests: '5' })).error).toMatch(/size/);
    expect((await es('callfwd.edit', id, { enabled: 'sometimes' })).error).toBeDefined();
    expect(await es('callfwd.configuration', id)).toEqual(config);
    await es('dnd.edit', id, { dnd: '2', dst: '123', dsttype: 'voicemail', duration: '1' });
    expect(await es('dnd.configuration', id)).toEqual({ dnd: '2', dst: '123', dsttype: 'voicemail', duration: '1' });
    expect((await es('dnd.edit', id, { dnd: '3' })).error).toBeDefined();
    expect((await es('dnd.edit', id, { dst: 'abc' })).error).toBeDefined();
  });

  it('remote access: requirepin/dopts read back as require_pin/dial_opts, pid given once', async () => {
    const id = seedExtension(pbx);
    await es('remoteaccess.edit', id, { callerids: '21345678,11223344', pins: '1,0', requirepin: '1', timeout: '12', dopts: 'rT' });
    const config = await es('remoteaccess.configuration', id);
    expect(config).toMatchObject({ callerids: ['21345678', '11223344'], pins: ['1', '0'], require_pin: '1', timeout: '12', dial_opts: 'rT' });
    expect(config.pid).toMatch(/^\d+$/);
    await es('remoteaccess.edit', id, { callerids: '1', pins: '1', requirepin: '0' });
    expect((await es('remoteaccess.configuration', id)).pid).toBe(config.pid);
    expect((await es('remoteaccess.edit', id, { callerids: '1,2', pins: '1', requirepin: '0' })).error).toMatch(/size/);
  });

  it('BLF list integers, speed dial sizes and duplicate codes', async () => {
    const id = seedExtension(pbx);
    await es('blflist.edit', id, { exts: '122,123', labels: 'Test,Test 1', blfs: '1,0', blf_start: '1', blf_cleanup: '1', cart_only: '0' });
    expect(await es('blflist.configuration', id)).toEqual({
      exts: ['122', '123'],
      labels: ['Test', 'Test 1'],
      blfs: [1, 0],
      blf_start: 1,
      blf_cleanup: 1,
      cart_only: 0,
    });
    expect((await es('blflist.edit', id, { blf_start: '123' })).error).toBeDefined();
    expect((await es('blflist.edit', id, { exts: '122' })).error).toMatch(/size/);
    await es('speeddial.edit', id, { codes: '11,22', names: 'test1,test2', destinations: '106,107' });
    expect(await es('speeddial.configuration', id)).toEqual({ codes: ['11', '22'], names: ['test1', 'test2'], destinations: ['106', '107'] });
    expect((await es('speeddial.edit', id, { codes: '11', names: 'a,b', destinations: '1,2' })).error).toMatch(/size/);
    expect((await es('speeddial.edit', id, { codes: '11,11', names: 'a,b', destinations: '1,2' })).error).toMatch(/twice/);
    expect((await es('speeddial.configuration', id)).codes).toEqual(['11', '22']);
  });

  it('the other services: follow me, instant recording (both documented forms), callback, group hunt, mobiles, sppage', async () => {
    const id = seedExtension(pbx);
    await es('followme.edit', id, { destinations: '106,107', timeouts: '10,10', dopts: 'tr', lastd: '102', voicemail: '1', confirm_calls: '1' });
    expect(await es('followme.configuration', id)).toEqual({
      destinations: ['106', '107'],
      timeouts: ['10', '10'],
      dopts: 'tr',
      lastd: '102',
      voicemail: '1',
      confirm_calls: '1',
    });
    expect((await es('followme.edit', id, { destinations: '1,2', timeouts: '10' })).error).toMatch(/size/);
    await es('instrecord.edit', id, { silent: '1', emailrec: '1' });
    await es('instrecord.edit', id, { silent: '0' });
    expect(await es('instrecord.configuration', id)).toEqual({ silent: '0', emailrec: '1' });
    expect((await es('instrecord.edit', id, {})).error).toMatch(/silent/);
    await es('phonecallback.edit', id, { callerids: '12015618445', numbers: '447441907999' });
    expect(await es('phonecallback.configuration', id)).toEqual({ callerids: ['12015618445'], numbers: ['447441907999'] });
    await es('grouphunt.edit', id, { destinations: '100,101', delays: '1,2', suspends: '1,0', timeout: '64' });
    expect(await es('grouphunt.configuration', id)).toMatchObject({ suspends: ['1', '0'], timeout: '64' });
    await es('mobilenumbers.edit', id, { mobiles: '12015618445,12015618444', labels: 'Number one,Number two' });
    expect((await es('mobilenumbers.configuration', id)).labels).toEqual(['Number one', 'Number two']);
    await es('sppage.edit', id, { extensions: '106,107', quiet: '1' });
    expect(await es('sppage.configuration', id)).toEqual({ extensions: ['106', '107'] });
    expect(configOf(pbx.emulator.store.vendor('pbxware'), id, 'sppage').quiet).toBe('1');
    await es('sppage.edit', id, { extensions: '' });
    expect(await es('sppage.configuration', id)).toEqual({ extensions: [] });
  });

  it('fixtures: the first extension of each fixture tenant carries the document samples', () => {
    const state = Store.memory().vendor('pbxware');
    tenants(state).set(OTHER_TENANT, tenantRow(OTHER_TENANT, 't2.dot.com', '345'));
    extensions(state).set('11', extensionRow('11', OTHER_TENANT, '530'));
    extensions(state).set('12', extensionRow('12', OTHER_TENANT, '531'));
    seedExtEs(fixtureContext(state, { seed: 1, size: 'small' }, new Clock()));
    expect(serviceStateOf(state, '11', 'callerid')).toBe('yes');
    expect(serviceStateOf(state, '11', 'callpickup')).toBe('pin');
    expect(oscStateOf(state, '11', 'operationtimes')).toBe('yes');
    expect(configOf(state, '11', 'blflist').blfs).toEqual([1, 0]);
    expect(configOf(state, '11', 'remoteaccess').pid).toBe('3');
    expect(configOf(state, '12', 'speeddial').codes).toEqual([]);
  });

  it('fixtures: the seeded world answers every sample, in the contracts\' shapes', async () => {
    const state = pbx.emulator.store.vendor('pbxware');
    const [first] = extensionsOfTenant(state, TENANT).filter(([id]) => Number(id) < 90000);
    expect(first, 'the extension fixtures seed tenant 2').toBeDefined();
    const [id] = first!;
    expect(await es('states.get', id, { services: 'callerid,callpickup,dnd' })).toEqual({ callerid: 'yes', callpickup: 'pin', dnd: 'no' });
    expect(await es('callerid.configuration', id)).toEqual({
      callerid: '6666667',
      emergency_callerid: '88888888',
      'callerid:TestTrunk': '111',
      'callerid:TestTrunk:privacy': 'anonymous',
      'callerid:TestTrunk2': '333',
      'callerid:TestTrunk2:privacy': 'anonymous_id',
      allowed_callerids: { '1': { callerid: '111', label: '999' }, '2': { callerid: '222', label: '888' } },
    });
    expect((await es('callscreening.configuration', id)).suspends).toEqual({ '0': 'on', '2': 'on' });
    // Strict mode validates each answer against its contract.
    for (const contract of extEsContracts.filter((c) => c.id.endsWith('.configuration'))) {
      expect(await pbx.call({ action: contract.id, server: TENANT, id })).not.toHaveProperty('error');
    }
  });

  it('quirk es-set-success-code: set answers "<Extension ID>: <state code>." with yes=2, pin=1, no=0', async () => {
    const id = seedExtension(pbx);
    expect((await es('lastcaller.set', id, { state: 'yes' })).success).toBe(`${id}: 2.`);
    expect((await es('lastcaller.set', id, { state: 'pin' })).success).toBe(`${id}: 1.`);
    expect((await es('lastcaller.set_osc', id, { state: 'no' })).success).toBe(`${id}: 0.`);
  });

  it('quirk es-edit-read-names: remoteaccess and callscreening edit arguments are read back under other names', async () => {
    const id = seedExtension(pbx);
    await es('remoteaccess.edit', id, { callerids: '1', pins: '1', requirepin: '1', dopts: 'tT' });
    const remote = await es('remoteaccess.configuration', id);
    expect(remote).toMatchObject({ require_pin: '1', dial_opts: 'tT' });
    expect(remote).not.toHaveProperty('requirepin');
    await es('callscreening.edit', id, { destinations: '1', delays: '1', suspends: '0', recordlen: '5', dtypes: '0' });
    const screening = await es('callscreening.configuration', id);
    expect(screening.dtype).toBe('0');
    expect(screening).not.toHaveProperty('dtypes');
  });

  it('quirk es-suspends-two-shapes: call screening suspends are an index→"on" object, group hunt suspends a 0/1 array', async () => {
    const id = seedExtension(pbx);
    await es('callscreening.edit', id, { destinations: '1,2', delays: '1,2', suspends: '0,1', recordlen: '5' });
    await es('grouphunt.edit', id, { destinations: '1,2', delays: '1,2', suspends: '0,1' });
    expect((await es('callscreening.configuration', id)).suspends).toEqual({ '1': 'on' });
    expect((await es('grouphunt.configuration', id)).suspends).toEqual(['0', '1']);
  });

  it('quirk es-blflist-integers: the BLF list reads blfs and its settings back as integers, every other configuration as strings', async () => {
    const id = seedExtension(pbx);
    await es('blflist.edit', id, { exts: '7', labels: 'x', blfs: '1', blf_start: '07', blf_cleanup: '0', cart_only: '1' });
    const blf = await es('blflist.configuration', id);
    expect(blf).toMatchObject({ blfs: [1], blf_start: 7, blf_cleanup: 0, cart_only: 1 });
    await es('followme.edit', id, { destinations: '7', timeouts: '10', voicemail: '1' });
    expect((await es('followme.configuration', id)).voicemail).toBe('1');
  });

  it('quirk es-callerid-trunk-keys: per-trunk caller IDs are dynamic "callerid:<Trunk>" keys', async () => {
    const id = seedExtension(pbx);
    await es('callerid.edit', id, { callerid: '1', trunks: 'TestTrunk', tcallerids: '111', tprivacies: '0' });
    expect(await es('callerid.configuration', id)).toEqual({ callerid: '1', 'callerid:TestTrunk': '111', 'callerid:TestTrunk:privacy': 'anonymous' });
  });

  it('quirk es-callfwd-condition-keys: call-forward conditions are keys with spaces', async () => {
    const id = seedExtension(pbx);
    await es('callfwd.edit', id, { enabled: 'line unavailable', unavail_dests: '5', unavail_timeouts: '20' });
    const config = await es('callfwd.configuration', id);
    expect(config.destinations['line unavailable']).toEqual(['5']);
    expect(config.timeouts['line unavailable']).toEqual(['20']);
  });
});
