import assert from 'node:assert/strict';
import { doc } from '../../contracts/portsip/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { OP, PortsipClient, allPages, createExtension, createGroup, groupFlags } from './helpers.ts';

type GroupRow = { group_id: string; group_name: string; members_count: number };
const allGroups = (ps: PortsipClient) => allPages<GroupRow>(ps, OP.groupList, 'groups');

export const groupScenarios = [
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.groups.default',
    title: 'the default extension group is listed and can be shown',
    doc: [doc('41-45'), doc('48-85')],
    operations: [OP.groupList, OP.groupShow],
    async run(t) {
      const ps = new PortsipClient(t);
      const rows = await allGroups(ps);
      const found = rows.find((g) => g.group_id === '__DEFAULT_EXTENSION_GROUP__');
      assert.ok(found, 'groups contains __DEFAULT_EXTENSION_GROUP__ (42)');
      assert.equal(typeof found.members_count, 'number');
      const shown = await ps.call(OP.groupShow, { group_id: found.group_id });
      assert.ok(Array.isArray(shown.members));
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.groups.lifecycle',
    title: 'a group is created, shown, counted, updated and removed',
    doc: [doc('86-177')],
    operations: [OP.groupCreate, OP.groupShow, OP.groupList, OP.groupUpdate, OP.groupRemove],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const a = await createExtension(t, ps);
      const b = await createExtension(t, ps);
      const group = await createGroup(t, ps, [a.number]);
      assert.equal(group.answeredName, group.name, 'create answers the name it created');
      const shown = await ps.call(OP.groupShow, { group_id: group.id });
      assert.equal(shown.group_name, group.name);
      assert.equal(shown.enable_intercom, true);
      assert.equal(shown.enable_management_console_access, false);
      assert.deepEqual(shown.members, [a.number]);
      assert.equal((await allGroups(ps)).find((g) => g.group_id === group.id)?.members_count, 1);

      const renamed = t.name('group-renamed');
      await ps.call(OP.groupUpdate, { group_id: group.id, group_name: renamed, group_description: 'changed', ...groupFlags, enable_intercom: false, members: [a.number, b.number] });
      const after = await ps.call(OP.groupShow, { group_id: group.id });
      assert.equal(after.group_name, renamed);
      assert.equal(after.group_description, 'changed');
      assert.equal(after.enable_intercom, false);
      assert.deepEqual([...after.members].sort(), [a.number, b.number].sort());

      await ps.call(OP.groupRemove, { group_id: group.id });
      await ps.error(OP.groupShow, { group_id: group.id });
      assert.ok(!(await allGroups(ps)).some((g) => g.group_id === group.id));
      await ps.error(OP.groupRemove, { group_id: group.id });
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.groups.members-must-exist',
    title: 'a group naming an extension that does not exist is refused and not created',
    doc: [doc('100-115')],
    operations: [OP.create, OP.remove, OP.groupCreate, OP.groupList],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const gone = await createExtension(t, ps);
      await ps.call(OP.remove, { extension_number: gone.number });
      const name = t.name('bad-group');
      await ps.error(OP.groupCreate, { group_name: name, ...groupFlags, members: [gone.number] });
      assert.ok(!(await allGroups(ps)).some((g) => g.group_name === name), 'nothing was created');
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.groups.duplicate-name',
    title: 'a second group with a name in use is refused',
    doc: [doc('86-116')],
    operations: [OP.groupCreate, OP.groupList],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const group = await createGroup(t, ps);
      await ps.error(OP.groupCreate, { group_name: group.name, ...groupFlags });
      assert.equal((await allGroups(ps)).filter((g) => g.group_name === group.name).length, 1);
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.groups.extension-removal',
    title: 'an extension shows its groups, and removing it takes it out of them',
    doc: [doc('391-393'), doc('613-626'), doc('48-85')],
    operations: [OP.create, OP.groupCreate, OP.show, OP.remove, OP.groupShow],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const a = await createExtension(t, ps);
      const b = await createExtension(t, ps);
      const group = await createGroup(t, ps, [a.number, b.number]);
      const shown = await ps.call(OP.show, { extension_number: a.number });
      assert.ok(shown.belong_groups?.includes(group.id), 'belong_groups lists the group id');
      await ps.call(OP.remove, { extension_number: a.number });
      const after = await ps.call(OP.groupShow, { group_id: group.id });
      assert.deepEqual(after.members, [b.number]);
    },
  }),
];
