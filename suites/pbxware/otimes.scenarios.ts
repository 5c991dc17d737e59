import assert from 'node:assert/strict';
import { doc } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { createExtension } from './group-helpers.ts';
import { PbxwareClient, workTenant } from './helpers.ts';

interface OtimesState {
  status: string;
  default_dest_ext: string;
  open_days: Array<{ description: string; days: string; time_from: string; time_to: string }>;
  closed_dates: Array<Record<string, string>>;
}

export const otimesScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.otimes.erg.replace',
    title: 'otimes.erg.set sets the entire Operation Times state of an ERG: a second set without open days clears them',
    doc: [doc('6473-6475'), doc('6487-6769')],
    operations: ['pbxware.erg.add', 'pbxware.otimes.erg.set', 'pbxware.otimes.erg.list', 'pbxware.erg.delete'],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const dest = await createExtension(t, pbx, server);
      const added = await pbx.call<{ id: number }>('pbxware.erg.add', {
        server,
        name: t.name('erg'),
        ext: String(t.number()),
        max_wait_callers: '5',
        rings_answer: '1',
      });
      const id = String(added.id);
      t.cleanup(() => pbx.call('pbxware.erg.delete', { server, id }));
      const read = async () => {
        const list = await pbx.call<Record<string, OtimesState>>('pbxware.otimes.erg.list', { id, server });
        assert.deepEqual(Object.keys(list), [id], 'the state is wrapped in the ERG id');
        return list[id]!;
      };

      await pbx.call('pbxware.otimes.erg.set', {
        id,
        server,
        status: 'on',
        default_dest_ext: dest.ext,
        'open_days_desc[]': ['Open1', 'Open2'],
        'open_days[]': ['1,2,6', '3,4'],
        'open_days_time_from[]': ['08:00', '08:30'],
        'open_days_time_to[]': ['16:30', '17:00'],
        'closed_dates_desc[]': 'Closed1',
        'closed_dates_dest[]': dest.ext,
        'closed_dates_date_from[]': '2030-05-05',
        'closed_dates_date_to[]': '2030-05-06',
        'closed_dates_time_from[]': '00:00',
        'closed_dates_time_to[]': '06:00',
      });
      let state = await read();
      assert.equal(state.status.toLowerCase(), 'on');
      assert.equal(state.default_dest_ext, dest.ext);
      assert.deepEqual(state.open_days, [
        { description: 'Open1', days: '1,2,6', time_from: '08:00', time_to: '16:30' },
        { description: 'Open2', days: '3,4', time_from: '08:30', time_to: '17:00' },
      ]);
      assert.equal(state.closed_dates.length, 1);
      assert.equal(state.closed_dates[0]!.date_from, '2030-05-05');

      await pbx.call('pbxware.otimes.erg.set', { id, server, status: 'on', default_dest_ext: dest.ext });
      state = await read();
      assert.deepEqual(state.open_days, [], 'open days not sent again are gone: set replaces the whole state');
      assert.deepEqual(state.closed_dates, [], 'closed dates not sent again are gone');
      assert.equal(state.default_dest_ext, dest.ext);
    },
  }),
];
