import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRUNK_ADD_ARGS, startTelephonyWorld } from './did-test-world.ts';
import type { PbxTestEmulator } from './test-support.ts';

describe('PBXware DID groups', () => {
  let pbx: PbxTestEmulator;
  const addGroup = (extra: Record<string, string> = {}) =>
    pbx.call({ action: 'pbxware.didgroup.add', server: '1', group_name: 'Sales', tenantid: '7', min_did: '3000', max_did: '3999', ...extra });

  beforeAll(async () => {
    pbx = await startTelephonyWorld();
  });
  afterAll(() => pbx.close());

  it('lists group 1 exactly as the sample', async () => {
    expect(await pbx.call({ action: 'pbxware.didgroup.list' })).toEqual({
      '1': { group_name: 'Group 1', max_did: '2000', min_did: '1000', tenant: '2' },
    });
  });

  it('adds, edits in part and deletes a group', async () => {
    const added = await addGroup();
    expect(added).toEqual({ success: `DID Group ID: ${added.id}`, id: expect.any(Number) });
    const id = String(added.id);
    expect(await pbx.call({ action: 'pbxware.didgroup.edit', server: '1', id, max_did: '3500' })).toEqual(added);
    expect((await pbx.call({ action: 'pbxware.didgroup.list' }))[id]).toEqual({ group_name: 'Sales', max_did: '3500', min_did: '3000', tenant: '7' });
    expect(await pbx.call({ action: 'pbxware.didgroup.delete', server: '1', id })).toEqual({ success: `Deleted DID Group ID ${id} successfully.` });
    expect(await pbx.call({ action: 'pbxware.didgroup.list' })).not.toHaveProperty(id);
  });

  it('refuses a server other than 1, unknown or Master tenants, reversed ranges and duplicate names', async () => {
    const before = await pbx.call({ action: 'pbxware.didgroup.list' });
    expect((await addGroup({ server: '7' })).error).toMatch(/set to 1/);
    expect((await addGroup({ tenantid: '99' })).error).toMatch(/Tenant/);
    expect((await addGroup({ tenantid: '1' })).error).toMatch(/Master/);
    expect((await addGroup({ min_did: '5000', max_did: '4000' })).error).toMatch(/range/);
    expect((await addGroup({ group_name: 'Group 1' })).error).toMatch(/already used/);
    expect((await pbx.call({ action: 'pbxware.didgroup.edit', server: '1', id: '424242', group_name: 'x' })).error).toMatch(/not found/);
    expect(await pbx.call({ action: 'pbxware.didgroup.list' })).toEqual(before);
  });

  it('refuses to delete or move a group DIDs are in', async () => {
    const group = String((await addGroup({ group_name: 'Busy' })).id);
    const trunk = String((await pbx.call({ ...TRUNK_ADD_ARGS, name: 'GroupTrunk' })).id);
    const did = await pbx.call({ action: 'pbxware.did.add', server: '7', trunk, did: '3100', groupid: group, dest_type: '13', disabled: '0' });
    expect((await pbx.call({ action: 'pbxware.didgroup.delete', server: '1', id: group })).error).toMatch(/DID ID/);
    expect((await pbx.call({ action: 'pbxware.didgroup.edit', server: '1', id: group, tenantid: '2' })).error).toMatch(/DID ID/);
    await pbx.call({ action: 'pbxware.did.delete', server: '1', id: String(did.id) });
    expect(await pbx.call({ action: 'pbxware.didgroup.delete', server: '1', id: group })).toHaveProperty('success');
  });
});
