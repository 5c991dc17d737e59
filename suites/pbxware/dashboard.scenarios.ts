import assert from 'node:assert/strict';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient, listIds } from './helpers.ts';

/** The tenant a read-only scenario filters by: the configured one on a real system, else none (all tenants). */
function filterTenant(t: ScenarioContext): Record<string, string> {
  const server = t.target.settings.server;
  return server ? { server } : {};
}

const FILTERED = ['ext_online', 'sip_registrations', 'calls', 'glocom_editions', 'glocom_users', 'licensing'];
const UNFILTERED = ['services', 'disk_usage', 'cpu', 'memory'];

export const dashboardScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.dashboard.shapes',
    title: 'every dashboard figure answers its documented shape, with and without the tenant filter',
    doc: [doc('284-652')],
    operations: [...FILTERED, ...UNFILTERED].map((name) => `pbxware.dashboard.${name}`),
    async run(t) {
      const pbx = new PbxwareClient(t);
      for (const name of FILTERED) {
        await pbx.call(`pbxware.dashboard.${name}`);
        await pbx.call(`pbxware.dashboard.${name}`, filterTenant(t));
      }
      for (const name of UNFILTERED) await pbx.call(`pbxware.dashboard.${name}`);
      const calls = await pbx.call<Record<string, number>>('pbxware.dashboard.calls');
      assert.ok(calls['last hour'] <= calls.today || new Date().getUTCHours() === 0, '"last hour" is part of "today" (except just after midnight)');
      if ('answared calls' in calls) t.note('dashboard.calls spells "answared calls" (quirk dashboard-answared-calls)');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.dashboard.ext-online-consistency',
    title: 'extensions online and SIP registrations never exceed the extensions ext.list shows',
    doc: [doc('328-434'), doc('742-850', 'ext.list')],
    operations: ['pbxware.dashboard.ext_online', 'pbxware.dashboard.sip_registrations', 'pbxware.dashboard.licensing', 'pbxware.ext.list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const filter = filterTenant(t);
      const listed = listIds(await pbx.call('pbxware.ext.list', filter)).length;
      const online = await pbx.call<{ type: string; count: number }>('pbxware.dashboard.ext_online', filter);
      assert.equal(online.type, 'Extensions Online');
      assert.ok(online.count <= listed, `online (${online.count}) ≤ extensions (${listed})`);
      const sip = await pbx.call<{ 'SIP Registrations': { success: number } }>('pbxware.dashboard.sip_registrations', filter);
      assert.ok(sip['SIP Registrations'].success <= listed, 'successful registrations ≤ extensions');
      const licensing = await pbx.call<{ ext: { inuse: number; max: number } }>('pbxware.dashboard.licensing');
      assert.ok(licensing.ext.inuse >= 0 && licensing.ext.max >= 0);
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.dashboard.matches-state',
    title: 'dashboard figures are computed from the emulator state: registrations, extensions, live calls',
    doc: [doc('328-355'), doc('436-473'), doc('548-597')],
    operations: ['pbxware.dashboard.ext_online', 'pbxware.dashboard.calls', 'pbxware.dashboard.licensing', 'pbxware.monitor.live_calls'],
    control: 'compares the figures with the extensions and live calls in the emulator state',
    async run(t) {
      const pbx = new PbxwareClient(t);
      const state = await t.control.state<{
        tables: { extensions?: Record<string, { server: string; registered: boolean }>; live_calls?: Record<string, unknown> };
      }>();
      const exts = Object.values(state.tables.extensions ?? {});
      const online = await pbx.call<{ count: number }>('pbxware.dashboard.ext_online');
      assert.equal(online.count, exts.filter((e) => e.registered).length, 'ext_online counts registered extensions');
      const server = exts[0]?.server;
      if (server) {
        const one = await pbx.call<{ count: number }>('pbxware.dashboard.ext_online', { server });
        assert.equal(one.count, exts.filter((e) => e.server === server && e.registered).length, 'the server filter applies');
      }
      const licensing = await pbx.call<{ ext: { inuse: number } }>('pbxware.dashboard.licensing');
      assert.equal(licensing.ext.inuse, exts.length, 'licensing counts every extension');
      const calls = await pbx.call<{ now: number }>('pbxware.dashboard.calls');
      assert.equal(calls.now, listIds(await pbx.call('pbxware.monitor.live_calls')).length, '"now" counts the live calls');
    },
  }),
];
