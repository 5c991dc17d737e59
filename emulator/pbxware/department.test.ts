import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TENANTS } from '../../fixtures/pbxware/constants.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

const [T1, T2] = FIXTURE_TENANTS.map((t) => t.id);

describe('PBXware departments', () => {
  let pbx: PbxTestEmulator;
  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  it('seeds the sample departments so the extension samples resolve (doc 9290-9302, 829)', async () => {
    const list = await pbx.call({ action: 'pbxware.department.list', server: T1 });
    expect(list['1']).toEqual({ name: 'Department1' });
    expect(list['2']).toEqual({ name: 'Department2' });
    expect(Object.keys(list)).toEqual(expect.arrayContaining(['4', '6']));
    expect(Object.keys(await pbx.call({ action: 'pbxware.department.list', server: T2 }))).not.toContain('1');
  });

  it('quirk department-write-echoes-name: add and edit answer a numeric id and the name', async () => {
    const added = await pbx.call({ action: 'pbxware.department.add', server: T1, name: 'Sales' });
    expect(added).toEqual({ success: `Department ID: ${added.id}`, id: expect.any(Number), name: 'Sales' });
    const edited = await pbx.call({ action: 'pbxware.department.edit', server: T1, id: String(added.id), name: 'Sales EU' });
    expect(edited).toEqual({ success: `Department ID: ${added.id}`, id: added.id, name: 'Sales EU' });
    expect((await pbx.call({ action: 'pbxware.department.list', server: T1 }))[added.id]).toEqual({ name: 'Sales EU' });
  });

  it('refuses duplicate names in a tenant but not across tenants, and keeps departments per tenant', async () => {
    await pbx.call({ action: 'pbxware.department.add', server: T1, name: 'Support' });
    expect((await pbx.call({ action: 'pbxware.department.add', server: T1, name: 'support' })).error).toMatch(/reserved/);
    const other = await pbx.call({ action: 'pbxware.department.add', server: T2, name: 'Support' });
    expect((await pbx.call({ action: 'pbxware.department.edit', server: T1, id: String(other.id), name: 'x' })).error).toBeDefined();
    expect((await pbx.call({ action: 'pbxware.department.delete', server: T1, id: String(other.id) })).error).toBeDefined();
    expect((await pbx.call({ action: 'pbxware.department.add', server: '99', name: 'x' })).error).toBeDefined();
  });

  it('removes a deleted department from the extensions that belong to it', async () => {
    const dept = await pbx.call({ action: 'pbxware.department.add', server: T1, name: 'Temporary' });
    await pbx.call({ action: 'pbxware.ext.edit', server: T1, id: '1', department: `4,${dept.id},6` });
    expect((await pbx.call({ action: 'pbxware.ext.list', server: T1 }))['1'].department).toBe(`4,${dept.id},6`);
    expect(await pbx.call({ action: 'pbxware.department.delete', server: T1, id: String(dept.id) })).toEqual({
      success: `Deleted Department ID ${dept.id} successfully.`,
    });
    expect((await pbx.call({ action: 'pbxware.ext.list', server: T1 }))['1'].department).toBe('4,6');
    expect(Object.keys(await pbx.call({ action: 'pbxware.department.list' }))).not.toContain(String(dept.id));
  });
});
