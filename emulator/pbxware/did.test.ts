import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRUNK_ADD_ARGS, addTestExtension, startTelephonyWorld } from './did-test-world.ts';
import { deleteTenantCascade } from './models/tenant.ts';
import type { PbxTestEmulator } from './test-support.ts';

describe('PBXware DIDs and CLI routing', () => {
  let pbx: PbxTestEmulator;
  let trunk: string;
  let next = 5550100;
  const addDid = (extra: Record<string, string> = {}) =>
    pbx.call({ action: 'pbxware.did.add', server: '7', trunk, did: String(++next), dest_type: '0', destination: '530', disabled: '0', ...extra });
  /** Sends a query string as written, so a raw `+` reaches the server (URLSearchParams would encode it). */
  const rawQuery = async (query: string) => {
    const app = pbx.emulator.vendor('pbxware').app;
    return JSON.parse((await app.inject({ method: 'GET', url: `/?apikey=${pbx.apikey}&${query}` })).body);
  };

  beforeAll(async () => {
    pbx = await startTelephonyWorld();
    trunk = String((await pbx.call({ ...TRUNK_ADD_ARGS, name: 'DidTrunk' })).id);
  });
  afterAll(() => pbx.close());

  it('seeds DIDs 7 and 8 of tenant 7 as the samples show', async () => {
    const list = await pbx.call({ action: 'pbxware.did.list', server: '7' });
    expect(list['7']).toEqual({
      number: '1212400700', number2: '', server: '7', trunk: '6099', type: 'Extension', ext: '530', e164: '', e164_2: '',
      status: 'enabled', name: 'DID name', sms_enabled: '1', prioritize_clirouting: '0',
    });
    expect(list['8']).toMatchObject({ number: '12346', server: '7', trunk: '6099', type: 'Extension', ext: '100', status: 'enabled' });
    expect(await pbx.call({ action: 'pbxware.did.list', server: '7', ext: '100' })).toHaveProperty('8');
    expect(await pbx.call({ action: 'pbxware.did.list', server: '7', ext: '100' })).not.toHaveProperty('7');
  });

  it('quirk did-write-read-names: did/did_2/dest_type/destination/disabled read back as number/number2/type/ext/status', async () => {
    const added = await addDid({ did_2: '9999999', dest_type: '0', destination: '100', disabled: '1', name: 'Range' });
    expect(added).toEqual({ success: `DID ID: ${added.id}.`, id: expect.any(Number) });
    const row = (await pbx.call({ action: 'pbxware.did.list', server: '7' }))[added.id];
    expect(row).toMatchObject({ number: String(next), number2: '9999999', type: 'Extension', ext: '100', status: 'disabled', name: 'Range' });
    expect((await addDid({ did: '9999990' })).error).toMatch(/reserved by DID ID/);
    await pbx.call({ action: 'pbxware.did.delete', server: '7', id: String(added.id) });
  });

  it('quirk did-delete-server-one: delete takes server 1 or the owning tenant, not another tenant', async () => {
    const a = await addDid();
    expect((await pbx.call({ action: 'pbxware.did.delete', server: '2', id: String(a.id) })).error).toBeDefined();
    expect(await pbx.call({ action: 'pbxware.did.delete', server: '1', id: String(a.id) })).toEqual({ success: `Deleted DID ID ${a.id} successfully.` });
    const b = await addDid();
    expect(await pbx.call({ action: 'pbxware.did.delete', server: '7', id: String(b.id) })).toEqual({ success: `Deleted DID ID ${b.id} successfully.` });
    const list = await pbx.call({ action: 'pbxware.did.list', server: '7' });
    expect(list).not.toHaveProperty(String(a.id));
    expect(list).not.toHaveProperty(String(b.id));
    expect((await pbx.call({ action: 'pbxware.did.delete', server: '1', id: String(a.id) })).error).toMatch(/not found/);
  });

  it('quirk did-external-number-plus: %2B arrives as + and is listed decoded; a raw + is refused', async () => {
    const added = await rawQuery(`action=pbxware.did.add&server=7&trunk=${trunk}&did=5559001&dest_type=5&destination=%2B123456789&disabled=0`);
    expect(added.id).toEqual(expect.any(Number));
    expect((await pbx.call({ action: 'pbxware.did.list', server: '7' }))[added.id]).toMatchObject({ type: 'External Number', ext: '+123456789' });
    const doubled = await addDid({ dest_type: '5', destination: '%2B4930123' });
    expect((await pbx.call({ action: 'pbxware.did.list', server: '7' }))[doubled.id].ext).toBe('+4930123');
    const raw = await rawQuery(`action=pbxware.did.add&server=7&trunk=${trunk}&did=5559002&dest_type=5&destination=+123&disabled=0`);
    expect(raw.error).toMatch(/%2B/);
  });

  it('checks the tenant, the trunk, the destination and the DID number before writing', async () => {
    const before = await pbx.call({ action: 'pbxware.did.list' });
    expect((await addDid({ server: '1' })).error).toMatch(/Master/);
    expect((await addDid({ server: '99' })).error).toBeDefined();
    expect((await addDid({ trunk: '424242' })).error).toMatch(/Trunk ID 424242/);
    expect((await addDid({ destination: '999' })).error).toMatch(/Extension 999/);
    expect((await addDid({ destination: '' })).error).toMatch(/destination/);
    expect((await addDid({ did: '1212400700' })).error).toMatch(/reserved/);
    expect((await addDid({ dest_type: '18' })).error).toBeDefined();
    expect((await addDid({ groupid: '1' })).error).toMatch(/tenant 2/);
    expect(await pbx.call({ action: 'pbxware.did.list' })).toEqual(before);
  });

  it('needs no destination for Phone Callback and Deny Access', async () => {
    const deny = await pbx.call({ action: 'pbxware.did.add', server: '7', trunk, did: '5559100', dest_type: '13', disabled: '0' });
    expect((await pbx.call({ action: 'pbxware.did.list', server: '7' }))[deny.id]).toMatchObject({ type: 'Deny Access', ext: '' });
  });

  it('edits in part; a new dest_type needs its destination; other tenants cannot see the DID', async () => {
    addTestExtension(pbx, '7', '531');
    const { id } = await addDid({ name: 'Before' });
    expect(await pbx.call({ action: 'pbxware.did.edit', server: '7', id: String(id), name: 'After' })).toEqual({ success: `DID ID: ${id}.`, id });
    expect((await pbx.call({ action: 'pbxware.did.edit', server: '7', id: String(id), dest_type: '0' })).error).toMatch(/destination/);
    await pbx.call({ action: 'pbxware.did.edit', server: '7', id: String(id), dest_type: '0', destination: '531' });
    expect((await pbx.call({ action: 'pbxware.did.edit', server: '2', id: String(id), name: 'Stolen' })).error).toMatch(/not found/);
    expect((await pbx.call({ action: 'pbxware.did.list', server: '7' }))[id]).toMatchObject({ name: 'After', ext: '531', trunk });
  });

  it('quirk clirouting-string-id: CLI routes answer a string id and live and die with their DID', async () => {
    const { id } = await addDid();
    const did = String(id);
    const added = await pbx.call({ action: 'pbxware.did.clirouting.add', server: '7', id: did, callerid: '0038761%', dest_type: '0', destination: '100', matchexplicitly: '0' });
    expect(added).toEqual({ success: `CLI Routing ID: ${added.id}.`, id: expect.stringMatching(/^\d+$/) });
    expect((await pbx.call({ action: 'pbxware.did.clirouting.add', server: '7', id: did, callerid: '0038761%', dest_type: '10', matchexplicitly: '1' })).error).toMatch(/already routed/);
    const edited = await pbx.call({ action: 'pbxware.did.clirouting.edit', server: '7', id: did, cliroutingid: added.id, matchexplicitly: '1' });
    expect(edited).toEqual({ success: `CLI Routing ID: ${added.id}.`, id: added.id });
    expect((await pbx.call({ action: 'pbxware.did.clirouting.list', server: '7', id: did }))[added.id]).toEqual({
      callerid: '0038761%', ext: '100', type: 'network user', matchtype: '1',
    });
    await pbx.call({ action: 'pbxware.did.delete', server: '1', id: did });
    const all = await pbx.call({ action: 'pbxware.did.clirouting.list', server: '7' });
    expect(all).not.toHaveProperty(added.id);
  });

  it('quirk clirouting-internal-type-names: the sample routes of DID 7 show internal names and matchtype', async () => {
    expect(await pbx.call({ action: 'pbxware.did.clirouting.list', server: '7', id: '7' })).toEqual({
      '25': { callerid: '12334455', ext: '9999966', type: 'network user (Forward DID)', matchtype: '1' },
      '52': { callerid: '1234%', ext: '100', type: 'network user', matchtype: '0' },
    });
  });

  it('CLI routing refuses the Master tenant, foreign DIDs, missing destinations and deletes by DID and route', async () => {
    expect((await pbx.call({ action: 'pbxware.did.clirouting.list', server: '1', id: '7' })).error).toMatch(/Master/);
    expect((await pbx.call({ action: 'pbxware.did.clirouting.list', server: '2', id: '7' })).error).toMatch(/not found/);
    expect((await pbx.call({ action: 'pbxware.did.clirouting.add', server: '7', id: '7', callerid: '1', dest_type: '8', destination: '777777', matchexplicitly: '0' })).error).toMatch(/Trunk/);
    expect((await pbx.call({ action: 'pbxware.did.clirouting.add', server: '7', id: '7', callerid: '1', dest_type: '3', matchexplicitly: '0' })).error).toMatch(/destination/);
    expect((await pbx.call({ action: 'pbxware.did.clirouting.delete', server: '7', id: '8', cliroutingid: '25' })).error).toMatch(/not found/);
    expect(await pbx.call({ action: 'pbxware.did.clirouting.delete', server: '7', id: '7', cliroutingid: '52' })).toEqual({ success: 'CLI Routing successfully deleted!' });
  });

  it('every row of these sections carries `server`, so deleting a tenant takes its DIDs, routes, groups and SMS data', async () => {
    const world = await startTelephonyWorld();
    try {
      const state = world.emulator.vendor('pbxware').context.state;
      await world.call({ action: 'pbxware.didgroup.add', server: '1', group_name: 'Of7', tenantid: '7', min_did: '1', max_did: '9' });
      deleteTenantCascade(state, '7');
      expect(await world.call({ action: 'pbxware.did.list' })).toEqual([]);
      for (const table of ['dids', 'did_cliroutes', 'sms_tenant_trunks', 'sms_messages', 'sms_bulk_campaigns']) {
        expect(state.table<{ server: string }>(table).filter((row) => row.server === '7'), table).toEqual([]);
      }
      expect(Object.values(await world.call({ action: 'pbxware.didgroup.list' })).map((g: any) => g.tenant)).toEqual(['2']);
    } finally {
      await world.close();
    }
  });

  it('outside Tenant Mode server defaults to 1', async () => {
    const single = await startTelephonyWorld({ vendors: { pbxware: { quirks: { 'tenant-mode': false } } } });
    try {
      expect(await single.call({ action: 'pbxware.did.list' })).toHaveProperty('7');
      expect((await single.call({ action: 'pbxware.did.clirouting.list', id: '7' })).error).toMatch(/not found/);
    } finally {
      await single.close();
    }
  });
});
