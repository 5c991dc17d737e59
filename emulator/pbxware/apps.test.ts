import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TENANTS } from '../../fixtures/pbxware/constants.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

const [T1, T2] = FIXTURE_TENANTS.map((t) => t.id);

describe('PBXware apps', () => {
  let pbx: PbxTestEmulator;
  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  it('quirk apps-list-keyed-by-name: the fixture tenant answers the document sample (doc 8893-8958)', async () => {
    expect(await pbx.call({ action: 'pbxware.apps.list', server: T1 })).toEqual({
      OFFICE: { total: 100, in_use: 2, extensions: [100, 102] },
      BUSINESS: { total: 100, in_use: 2, extensions: [100, 102] },
      WEB: { total: 30, in_use: 3, extensions: [100, 101, 102] },
      AGENT: { total: 15, in_use: 2, extensions: [100, 101] },
      SUPERVISOR: { total: 5, in_use: 1, extensions: [100] },
      MOBILE: { total: 15, in_use: 2, extensions: [100, 101] },
      CRM: { total: 15, in_use: 3, extensions: [100, 101, 102] },
      'Call Popup': { total: 15, in_use: 2, extensions: [100, 101] },
    });
  });

  it('requires a tenant other than Master in Tenant Mode', async () => {
    expect((await pbx.call({ action: 'pbxware.apps.list' })).error).toBeDefined();
    expect((await pbx.call({ action: 'pbxware.apps.list', server: '1' })).error).toBeDefined();
  });

  it('quirk apps-templates-integer-department-id: templates listed per department with an integer id', async () => {
    const list = await pbx.call({ action: 'pbxware.apps.templates.list', server: T1 });
    expect(list['5']).toEqual({ department_id: 5, department_name: 'Department5', editions: 'mobile', modules: 'crm' });
    expect(list['6']).toEqual({ department_id: 6, department_name: 'Department6', editions: 'business,agent,supervisor', modules: 'call popup,skype,crm' });
    expect(list['1']).toEqual({ department_id: 1, department_name: 'Department1', editions: '', modules: '' });
  });

  it('counts editions of extensions and of department templates the extensions follow', async () => {
    const dept = await pbx.call({ action: 'pbxware.department.add', server: T2, name: 'Agents' });
    expect(await pbx.call({ action: 'pbxware.apps.templates.set', server: T2, department_id: String(dept.id), editions: 'agent,supervisor', modules: 'CRM' })).toEqual({
      success: `Department ID: ${dept.id}`,
      id: dept.id,
    });
    expect((await pbx.call({ action: 'pbxware.apps.templates.set', server: T1, department_id: String(dept.id), editions: 'agent' })).error).toBeDefined();
    expect((await pbx.call({ action: 'pbxware.apps.templates.set', server: T2, department_id: String(dept.id), modules: 'fax' })).error).toBeDefined();
    const ext = await pbx.call({
      action: 'pbxware.ext.add', server: T2, name: 'Agent', email: 'a@b.c', location: '1', ua: '50', status: '1', pin: '1',
      incominglimit: '1', outgoinglimit: '1', voicemail: '0', prot: 'sip', secret: 's', department: String(dept.id),
    });
    await pbx.call({ action: 'pbxware.ext.editions_modules.set', server: T2, id: ext.id, editions: 'office', use_department_templates: '1' });
    let apps = await pbx.call({ action: 'pbxware.apps.list', server: T2 });
    expect(apps.AGENT.extensions).toContain(ext.ext);
    expect(apps.CRM.extensions).toContain(ext.ext);
    expect(apps.OFFICE.extensions).not.toContain(ext.ext);
    await pbx.call({ action: 'pbxware.ext.editions_modules.set', server: T2, id: ext.id, use_department_templates: '0' });
    apps = await pbx.call({ action: 'pbxware.apps.list', server: T2 });
    expect(apps.OFFICE.extensions).toContain(ext.ext);
    expect(apps.AGENT.extensions).not.toContain(ext.ext);
    expect(apps.OFFICE.in_use).toBe(apps.OFFICE.extensions.length);
  });
});
