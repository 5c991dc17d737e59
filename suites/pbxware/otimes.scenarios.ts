import assert from 'node:assert/strict';
import { doc } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { createExtension } from './group-helpers.ts';
import { PbxwareClient, createTenant, workTenant } from './helpers.ts';
import { addDid, addTrunk } from './trunk-helpers.ts';

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
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.otimes.every-destination-read',
    title: 'every kind of destination answers its Operation Times wrapped in its id',
    doc: [doc('6487-6652')],
    operations: ['pbxware.otimes.servers.list', 'pbxware.otimes.routes.list', 'pbxware.otimes.queues.list', 'pbxware.otimes.dial_group.list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const tenants = await pbx.call<Record<string, unknown>>('pbxware.tenant.list');
      const server = t.target.settings.server ?? Object.keys(tenants).find((id) => id !== '1')!;
      const routes = await pbx.call<Record<string, unknown>>('pbxware.route.list');
      const route = Object.keys(routes)[0]!;
      const reads: Array<[string, Record<string, string>, string]> = [
        ['servers', { id: server }, server],
        ['routes', { id: route }, route],
        ['queues', { number: '7999', server }, '7999'],
        ['dial_group', { id: '1', server }, '1'],
      ];
      for (const [kind, params, key] of reads) {
        const list = await pbx.call<Record<string, OtimesState>>(`pbxware.otimes.${kind}.list`, params);
        assert.ok(key in list, `otimes.${kind}.list is wrapped in the destination id (${key})`);
      }
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.otimes.own-destinations',
    title: 'Operation Times of a DID, an IVR and a tenant the scenario created are set, read back and replaced',
    doc: [doc('6473-6475'), doc('6487-6769')],
    operations: [
      'pbxware.otimes.did.set', 'pbxware.otimes.did.list', 'pbxware.otimes.ivr.set', 'pbxware.otimes.ivr.list',
      'pbxware.otimes.servers.set', 'pbxware.otimes.servers.list',
    ],
    mutates: true,
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await createTenant(t, pbx);
      const dest = await createExtension(t, pbx, server);
      const trunk = await addTrunk(t, pbx, server);
      const did = await addDid(t, pbx, { server, trunk: trunk.id, did: `38761${t.number()}`, dest_type: '0', destination: dest.ext, disabled: '0' });
      const ivr = await pbx.call<{ id: number }>('pbxware.ivr.add', {
        server, name: t.name('ivr'), ext: String(await freeNumber(pbx, server)), greeting: 'greeting-default',
        'keymap[1][type]': 'ex', 'keymap[1][destination]': dest.ext,
      });
      const ivrId = String(ivr.id);
      t.cleanup(() => pbx.call('pbxware.ivr.delete', { server, id: ivrId }));
      for (const [kind, id] of [['did', did.id], ['ivr', ivrId], ['servers', server]] as const) {
        await pbx.call(`pbxware.otimes.${kind}.set`, {
          id, server, status: 'on', default_dest_ext: dest.ext,
          'open_days_desc[]': 'Weekdays', 'open_days[]': '1,2,3,4,5', 'open_days_time_from[]': '08:00', 'open_days_time_to[]': '16:00',
        });
        let state = (await pbx.call<Record<string, OtimesState>>(`pbxware.otimes.${kind}.list`, { id, server }))[id]!;
        assert.equal(state.status.toLowerCase(), 'on', `otimes.${kind} keeps the status`);
        assert.deepEqual(state.open_days, [{ description: 'Weekdays', days: '1,2,3,4,5', time_from: '08:00', time_to: '16:00' }]);
        await pbx.call(`pbxware.otimes.${kind}.set`, { id, server, status: 'off' });
        state = (await pbx.call<Record<string, OtimesState>>(`pbxware.otimes.${kind}.list`, { id, server }))[id]!;
        assert.deepEqual(state.open_days, [], `otimes.${kind}.set replaces the whole state`);
      }
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.otimes.shared-destinations-write',
    title: 'Operation Times of routes, queues and dial groups are set and read back',
    doc: [doc('6487-6769')],
    operations: ['pbxware.otimes.routes.set', 'pbxware.otimes.queues.set', 'pbxware.otimes.dial_group.set'],
    mutates: true,
    skipOn: { real: 'routes, queues and dial groups are shared by the whole system: a scenario may not change what it did not create' },
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await workTenant(t, pbx);
      const route = Object.keys(await pbx.call<Record<string, unknown>>('pbxware.route.list'))[0]!;
      for (const [kind, params, key] of [['routes', { id: route }, route], ['queues', { number: '7998', server }, '7998'], ['dial_group', { id: '3', server }, '3']] as const) {
        await pbx.call(`pbxware.otimes.${kind}.set`, { ...params, status: 'on', 'open_days_desc[]': 'All', 'open_days[]': '0,1,2,3,4,5,6', 'open_days_time_from[]': '00:00', 'open_days_time_to[]': '23:59' });
        const state = (await pbx.call<Record<string, OtimesState>>(`pbxware.otimes.${kind}.list`, params))[key]!;
        assert.equal(state.open_days.length, 1, `otimes.${kind} keeps what was set`);
        await pbx.call(`pbxware.otimes.${kind}.set`, { ...params, status: 'off' });
      }
    },
  }),
];

/** The lowest number from 7900 no extension, IVR or group of the tenant holds (IVR numbers follow the tenant's ext_length on a real system). */
async function freeNumber(pbx: PbxwareClient, server: string): Promise<number> {
  const used = new Set(Object.values(await pbx.call<Record<string, { ext: string }> | []>('pbxware.ext.list', { server })).map((e) => e.ext));
  let n = 7900;
  while (used.has(String(n))) n++;
  return n;
}
