import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient } from './helpers.ts';
import { addDepartment, addExtension, extTenant } from './ext-support.ts';

type Slots = Record<string, { total: number; in_use: number; extensions: number[] }>;

export const appsScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.apps.usage',
    title: 'apps.list counts an extension once it has an edition or module',
    doc: [doc('8854-8959'), doc('3141-3172')],
    operations: ['pbxware.apps.list', 'pbxware.ext.editions_modules.set'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await extTenant(t, pbx);
      const ext = await addExtension(t, pbx, server);
      const before = await pbx.call<Slots>('pbxware.apps.list', { server });
      assert.ok(!before.SUPERVISOR?.extensions.includes(Number(ext.ext)), 'a new extension uses no edition');
      await pbx.call('pbxware.ext.editions_modules.set', { server, id: ext.id, editions: 'supervisor', modules: 'crm', use_department_templates: '0' });
      const after = await pbx.call<Slots>('pbxware.apps.list', { server });
      assert.ok(after.SUPERVISOR.extensions.includes(Number(ext.ext)), 'the extension is listed (as a number) under its edition');
      assert.equal(after.SUPERVISOR.in_use, before.SUPERVISOR.in_use + 1, 'in_use counts it');
      assert.ok(after.CRM.extensions.includes(Number(ext.ext)), 'and under its module');
      assert.ok(!after.OFFICE.extensions.includes(Number(ext.ext)), 'but not under editions it does not have');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.apps.templates',
    title: 'a department apps template is set and listed with the department',
    doc: [doc('8961-9027')],
    operations: ['pbxware.apps.templates.set', 'pbxware.apps.templates.list'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await extTenant(t, pbx);
      const dept = await addDepartment(t, pbx, server);
      const set = await pbx.call<{ id: number }>('pbxware.apps.templates.set', { server, department_id: dept.id, editions: 'business,agent', modules: 'crm' });
      assert.equal(String(set.id), dept.id);
      const list = await pbx.call<Record<string, { department_id: number; department_name: string; editions: string; modules: string }>>(
        'pbxware.apps.templates.list',
        { server },
      );
      const template = list[dept.id];
      assert.ok(template, 'apps.templates.list is keyed by department id');
      assert.equal(String(template.department_id), dept.id);
      assert.equal(template.department_name, dept.name);
      assert.deepEqual(template.editions.split(',').sort(), ['agent', 'business']);
      assert.equal(template.modules, 'crm');
      await pbx.error('pbxware.apps.templates.set', { server, department_id: dept.id, editions: 'no-such-edition' });
    },
  }),
];
