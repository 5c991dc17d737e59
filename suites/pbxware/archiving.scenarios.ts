import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient } from './helpers.ts';

type Report = { tenant: string; status: string; date_time: string };

/** Reports of an `archiving.list` body: keyed by id, `[]`, or one bare report as the sample shows. */
function reports(body: unknown): Report[] {
  if (Array.isArray(body)) return body as Report[];
  const object = body as Record<string, unknown>;
  return 'status' in object && typeof object.status === 'string' ? [object as unknown as Report] : (Object.values(object) as Report[]);
}

export const archivingScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.archiving.list',
    title: 'archiving.list answers reports of the window, honours the status filter and refuses bad dates',
    doc: [doc('6288-6386')],
    operations: ['pbxware.archiving.list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const window = { start_date: 'Jan-01-2000', end_date: 'Dec-31-2037' };
      const all = reports(await pbx.call('pbxware.archiving.list', window));
      t.note(`${all.length} archiving reports`);
      const ok = reports(await pbx.call('pbxware.archiving.list', { ...window, status: 'SUCCESS' }));
      assert.ok(ok.every((r) => r.status === 'SUCCESS'), 'status=SUCCESS returns successful runs only');
      assert.ok(ok.length <= all.length);
      if (all[0]) {
        const code = all[0].tenant;
        const own = reports(await pbx.call('pbxware.archiving.list', { ...window, tenant: code }));
        assert.ok(own.length > 0 && own.every((r) => r.tenant === code), 'the tenant filter takes the tenant code');
      }
      await pbx.error('pbxware.archiving.list', { start_date: '2000-01-01', end_date: 'Dec-31-2037' });
      await pbx.error('pbxware.archiving.list', { start_date: 'Jan-01-2000' });
    },
  }),
];
