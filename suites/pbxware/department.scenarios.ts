import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient, createTenant, listIds } from './helpers.ts';
import { addDepartment, addExtension, extTenant } from './ext-support.ts';

type Names = Record<string, { name: string }>;

export const departmentScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.department.crud',
    title: 'a department is added, listed in its tenant only, renamed and deleted',
    doc: [doc('9257-9370')],
    operations: ['pbxware.department.add', 'pbxware.department.list', 'pbxware.department.edit', 'pbxware.department.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const a = await createTenant(t, pbx);
      const b = await createTenant(t, pbx);
      const dept = await addDepartment(t, pbx, a);
      const list = await pbx.call<Names>('pbxware.department.list', { server: a });
      assert.equal(list[dept.id]?.name, dept.name, 'department.list maps the id to its name');
      assert.ok(!listIds(await pbx.call('pbxware.department.list', { server: b })).includes(dept.id), 'another tenant does not list it');

      const renamed = t.name('dept');
      const edited = await pbx.call<{ id: number; name: string }>('pbxware.department.edit', { server: a, id: dept.id, name: renamed });
      assert.equal(String(edited.id), dept.id);
      assert.equal(edited.name, renamed, 'the edit answers the new name');
      assert.equal((await pbx.call<Names>('pbxware.department.list', { server: a }))[dept.id].name, renamed);
      await pbx.error('pbxware.department.edit', { server: b, id: dept.id, name: t.name('intruder') });
      await pbx.error('pbxware.department.delete', { server: b, id: dept.id });

      const removed = await pbx.call<{ success: string }>('pbxware.department.delete', { server: a, id: dept.id });
      assert.equal(typeof removed.success, 'string');
      assert.ok(!listIds(await pbx.call('pbxware.department.list', { server: a })).includes(dept.id), 'a deleted department is gone');
      await pbx.error('pbxware.department.edit', { server: a, id: dept.id, name: renamed });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.department.assignment',
    title: 'an extension is put in departments, and a deleted department leaves its list',
    doc: [doc('9257-9370'), doc('846-848'), doc('1536')],
    operations: ['pbxware.department.add', 'pbxware.ext.edit', 'pbxware.ext.list', 'pbxware.department.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await extTenant(t, pbx);
      const kept = await addDepartment(t, pbx, server);
      const dropped = await addDepartment(t, pbx, server);
      const ext = await addExtension(t, pbx, server);
      await pbx.call('pbxware.ext.edit', { server, id: ext.id, department: `${kept.id},${dropped.id}` });
      const departmentsOf = async () =>
        (await pbx.call<Record<string, { department: string }>>('pbxware.ext.list', { server }))[ext.id].department.split(',').filter(Boolean);
      assert.deepEqual((await departmentsOf()).sort(), [kept.id, dropped.id].sort(), 'ext.list shows the department ids as a comma list');
      await pbx.call('pbxware.department.delete', { server, id: dropped.id });
      assert.deepEqual(await departmentsOf(), [kept.id], 'the deleted department left the extension; the other stayed');
    },
  }),
];
