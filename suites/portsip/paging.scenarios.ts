import assert from 'node:assert/strict';
import { doc } from '../../contracts/portsip/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { OP, PortsipClient, createExtension } from './helpers.ts';

export const pagingScenarios = [
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.paging.envelope',
    title: 'lists answer pagination, pagesize, sort_by, page_count and count, and pages cover every row once',
    doc: [doc('1-34'), doc('178-211')],
    operations: [OP.create, OP.list, OP.groupList],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const made = [await createExtension(t, ps), await createExtension(t, ps), await createExtension(t, ps)].map((e) => e.number);
      const one = await ps.call(OP.list, { pagination: 1, pagesize: 1, sort_by: 'DEFAULT' });
      assert.equal(one.pagination, 1);
      assert.equal(one.pagesize, 1);
      assert.equal(one.sort_by, 'DEFAULT');
      assert.equal(one.count, 1, 'count is 1 on a page of one (items or pagesize alike)');
      assert.equal(one.extensions.length, 1);
      const total = one.page_count;
      assert.ok(total >= 3, 'page_count with pagesize 1 is the number of extensions');

      const seen: string[] = [];
      const pages = Math.ceil(total / 2);
      for (let page = 1; page <= pages; page++) {
        const body = await ps.call(OP.list, { pagination: page, pagesize: 2 });
        assert.equal(body.pagination, page);
        assert.equal(body.page_count, pages);
        seen.push(...body.extensions.map((e: { extension_number: string }) => e.extension_number));
      }
      assert.equal(seen.length, total, 'every extension once');
      assert.equal(new Set(seen).size, total, 'no extension twice');
      for (const number of made) assert.ok(seen.includes(number));
      const past = await ps.call(OP.list, { pagination: pages + 1, pagesize: 2 });
      assert.deepEqual(past.extensions, [], 'a page past the end is empty');

      const groups = await ps.call(OP.groupList, { pagination: 1, pagesize: 1, sort_by: 'Optional' });
      assert.equal(groups.sort_by, 'Optional', 'sort_by is echoed (9-11)');
      assert.equal(groups.groups.length, 1);
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.paging.bad-arguments',
    title: 'a missing, zero or non-numeric pagination, a bad pagesize and an unknown sort_by are refused',
    doc: [doc('3-11')],
    operations: [OP.list, OP.groupList],
    async run(t) {
      const ps = new PortsipClient(t);
      await ps.error(OP.list, {});
      await ps.error(OP.list, { pagination: 0 });
      await ps.error(OP.list, { pagination: 'first' });
      await ps.error(OP.list, { pagination: 1, pagesize: 'many' });
      await ps.error(OP.groupList, { pagination: 1, sort_by: 'SIDEWAYS' });
    },
  }),
];
