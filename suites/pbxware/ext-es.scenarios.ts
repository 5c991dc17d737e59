import assert from 'node:assert/strict';
import { ENHANCED_SERVICES } from '../../contracts/pbxware/ext-es.ts';
import { CONFIGURABLE_SERVICES } from '../../contracts/pbxware/ext-es-config.ts';
import { doc, kb } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { PbxwareClient, addExtension, workTenant } from './helpers.ts';

/**
 * Extension enhanced services (doc 1953-3010). Every scenario creates its own extension in the work
 * tenant with `ext.add` (removed afterwards) and only touches that extension's services.
 */

interface Workbench {
  pbx: PbxwareClient;
  /** Calls `pbxware.ext.es.<action>` for the scenario's extension. */
  es<T = any>(action: string, params?: Record<string, string>): Promise<T>;
  /** The same, expecting an `{"error"}` answer. */
  refused(action: string, params?: Record<string, string>): Promise<string>;
}

/**
 * An extension number from the run's range that fits the tenant's extension length (`tenant.list`
 * `ext_length`, doc 7426-7445): the range's last digits, so 7903 becomes 903 in a 3-digit tenant.
 */
/** Creates an extension in the work tenant (ext.add arguments as the ext section's scenarios use them). */
async function extensionBench(t: ScenarioContext): Promise<Workbench> {
  const pbx = new PbxwareClient(t);
  const server = await workTenant(t, pbx);
  const { id } = await addExtension(t, pbx, server);
  return {
    pbx,
    es: (action, params = {}) => pbx.call(`pbxware.ext.es.${action}`, { server, id, ...params }),
    refused: (action, params = {}) => pbx.error(`pbxware.ext.es.${action}`, { server, id, ...params }),
  };
}

/** Edits of the services no other scenario writes, with what their configuration must read back. */
const REMAINING_EDITS: Array<{ service: string; edit: Record<string, string>; expect: Record<string, unknown> }> = [
  {
    service: 'callscreening',
    edit: { destinations: '100,101', delays: '10,20', suspends: '1,0', recordlen: '12' },
    expect: { destinations: ['100', '101'], delays: ['10', '20'], recordlen: '12' },
  },
  { service: 'instrecord', edit: { silent: '1', emailrec: '1' }, expect: { silent: '1' } },
  { service: 'phonecallback', edit: { callerids: '38761111,38762222', numbers: '38763333,38764444' }, expect: {} },
  {
    service: 'grouphunt',
    edit: { destinations: '100,101,102', delays: '0,5,10', suspends: '0,0,1' },
    expect: { destinations: ['100', '101', '102'] },
  },
  { service: 'mobilenumbers', edit: { mobiles: '38761000000,38762000000', labels: 'Work,Home' }, expect: {} },
  { service: 'sppage', edit: { extensions: '100,101', quiet: '1' }, expect: {} },
];

export const extEsScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext-es.remaining-edits',
    title: 'call screening, instant recording, phone callback, group hunt, mobile numbers and speakerphone page keep what is edited',
    doc: [doc('2258-2365'), doc('2555-2578'), doc('2629-2782'), doc('2878-2896')],
    operations: REMAINING_EDITS.flatMap(({ service }) => [`pbxware.ext.es.${service}.edit`, `pbxware.ext.es.${service}.configuration`]),
    mutates: true,
    async run(t) {
      const { es } = await extensionBench(t);
      for (const { service, edit, expect } of REMAINING_EDITS) {
        const before = await es<Record<string, unknown>>(`${service}.configuration`);
        await es(`${service}.edit`, edit);
        const after = await es<Record<string, unknown>>(`${service}.configuration`);
        for (const [key, value] of Object.entries(expect)) assert.deepEqual(after[key], value, `${service}.${key} reads back what was edited`);
        if (Object.keys(expect).length === 0) assert.notDeepEqual(after, before, `${service}.edit changes the configuration`);
      }
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext-es.every-service',
    title: 'every one of the 25 enhanced services keeps its state and its OSC state, set and read back one by one',
    doc: [doc('1967-2121')],
    operations: ENHANCED_SERVICES.flatMap((s) => ['set', 'get', 'set_osc', 'get_osc'].map((m) => `pbxware.ext.es.${s}.${m}`)),
    mutates: true,
    async run(t) {
      const { es } = await extensionBench(t);
      for (const service of ENHANCED_SERVICES) {
        for (const [setter, getter] of [['set', 'get'], ['set_osc', 'get_osc']] as const) {
          const before = await es<{ state: string }>(`${service}.${getter}`);
          const next = before.state === 'yes' ? 'no' : 'yes';
          const answer = await es<{ state: string }>(`${service}.${setter}`, { state: next });
          assert.equal(answer.state, next, `${service}.${setter} answers the new state`);
          assert.deepEqual(await es(`${service}.${getter}`), { state: next }, `${service}.${getter} reads it back`);
        }
      }
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext-es.every-configuration',
    title: 'every enhanced service with a configuration answers it for a new extension',
    doc: [doc('2123-2896'), kb('200-204')],
    operations: [...CONFIGURABLE_SERVICES.map((s) => `pbxware.ext.es.${s.service}.configuration`), 'pbxware.ext.es.extoperationtimes.configuration'],
    mutates: true,
    async run(t) {
      const { es } = await extensionBench(t);
      for (const service of [...CONFIGURABLE_SERVICES.map((s) => s.service), 'extoperationtimes']) {
        const configuration = await es<Record<string, unknown>>(`${service}.configuration`);
        assert.equal(typeof configuration, 'object', `${service}.configuration answers an object`);
      }
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext-es.state-round-trip',
    title: 'a single enhanced service state is set, read back alone and in states.get; a bad state is refused and changes nothing',
    doc: [doc('2071-2121'), doc('2926-2960')],
    operations: ['pbxware.ext.es.dnd.set', 'pbxware.ext.es.dnd.get', 'pbxware.ext.es.states.get'],
    mutates: true,
    async run(t) {
      const { es, refused } = await extensionBench(t);
      const set = await es<{ success: string; state: string }>('dnd.set', { state: 'yes' });
      assert.equal(set.state, 'yes', 'set answers the new state');
      assert.equal(typeof set.success, 'string', 'set answers a success text');
      assert.deepEqual(await es('dnd.get'), { state: 'yes' });

      const some = await es<Record<string, string>>('states.get', { services: 'dnd,callfwd' });
      assert.deepEqual(Object.keys(some).sort(), ['callfwd', 'dnd'], 'states.get answers the services asked for');
      assert.equal(some.dnd, 'yes');

      await refused('dnd.set', { state: 'maybe' });
      assert.deepEqual(await es('dnd.get'), { state: 'yes' }, 'a refused set changes nothing');

      assert.equal((await es<{ state: string }>('dnd.set', { state: 'pin' })).state, 'pin');
      assert.deepEqual(await es('dnd.get'), { state: 'pin' });
      await es('dnd.set', { state: 'no' });
      assert.deepEqual(await es('dnd.get'), { state: 'no' });
    },
  }),

  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext-es.osc-and-bulk-states',
    title: 'OSC states and the bulk states methods: all=no, services=all, all=pin refused, per-service OSC set',
    doc: [doc('2098-2121'), doc('2898-3010')],
    operations: [
      'pbxware.ext.es.callfwd.set_osc',
      'pbxware.ext.es.callfwd.get_osc',
      'pbxware.ext.es.states.set',
      'pbxware.ext.es.states.get',
      'pbxware.ext.es.states.set_osc',
      'pbxware.ext.es.states.get_osc',
    ],
    mutates: true,
    async run(t) {
      const { es, refused } = await extensionBench(t);
      const osc = await es<{ success: string; state: string }>('callfwd.set_osc', { state: 'no' });
      assert.equal(osc.state, 'no');
      assert.deepEqual(await es('callfwd.get_osc'), { state: 'no' });
      await refused('callfwd.set_osc', { state: 'pin' });

      assert.deepEqual(await es('states.set', { all: 'no' }), { success: 'Updated Enhanced Service states successfully.' });
      const all = await es<Record<string, string>>('states.get', { services: 'all' });
      assert.deepEqual(Object.keys(all).sort(), [...ENHANCED_SERVICES].sort(), 'services=all answers the 25 services');
      assert.ok(Object.values(all).every((v) => v === 'no'), 'all=no set every state to no');

      await refused('states.set', { all: 'pin' });
      assert.deepEqual(await es('states.get', { services: 'all' }), all, 'a refused states.set changes nothing');

      await es('states.set', { callpickup: 'pin', grouphunt: 'yes' });
      assert.deepEqual(await es('states.get', { services: 'callpickup,grouphunt,dnd' }), { callpickup: 'pin', grouphunt: 'yes', dnd: 'no' });
      assert.deepEqual(await es('grouphunt.get'), { state: 'yes' }, 'states.set and <service>.get are one state');

      await es('states.set_osc', { all: 'no' });
      assert.deepEqual(await es('states.set_osc', { callerid: 'yes' }), { success: 'Updated Enhanced Service OSC states successfully.' });
      assert.deepEqual(await es('states.get_osc', { services: 'callerid,dnd' }), { callerid: 'yes', dnd: 'no' });
      assert.deepEqual(await es('callerid.get_osc'), { state: 'yes' });
    },
  }),

  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext-es.callerid-round-trip',
    title: 'caller ID is edited and read back; a missing callerid and unmatched list sizes are refused and change nothing',
    doc: [doc('2133-2214')],
    operations: ['pbxware.ext.es.callerid.edit', 'pbxware.ext.es.callerid.configuration'],
    mutates: true,
    async run(t) {
      const { es, refused } = await extensionBench(t);
      const edited = await es('callerid.edit', { callerid: '7871' });
      assert.equal(typeof edited.success, 'string', 'edit answers a success text');
      assert.equal((await es<{ callerid: string }>('callerid.configuration')).callerid, '7871');

      await es('callerid.edit', { callerid: '7872', emergencycid: '999' });
      const config = await es<Record<string, unknown>>('callerid.configuration');
      assert.equal(config.callerid, '7872');
      assert.equal(config.emergency_callerid, '999');

      await refused('callerid.edit', { emergencycid: '111' });
      await refused('callerid.edit', { callerid: '7873', anums: '0000:1111', alabels: 'Test' });
      assert.deepEqual(await es('callerid.configuration'), config, 'refused edits change nothing');
    },
  }),

  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext-es.callfilters',
    title: 'call filters round trip as the sample; callers not starting with anonymous and unmatched sizes are refused',
    doc: [doc('2216-2256')],
    operations: ['pbxware.ext.es.callfilters.edit', 'pbxware.ext.es.callfilters.configuration'],
    mutates: true,
    async run(t) {
      const { es, refused } = await extensionBench(t);
      await es('callfilters.edit', { callers: 'anonymous,300', dtypes: 'voicemail,busy', destinations: '123,' });
      const config = await es<Record<string, unknown>>('callfilters.configuration');
      assert.deepEqual(config.callers, ['anonymous', '300']);
      assert.deepEqual(config.dtypes, ['voicemail', 'busy']);
      assert.deepEqual(config.destinations, ['123', '']);
      assert.equal(typeof config.telemarketer, 'string');

      await refused('callfilters.edit', { callers: '300,anonymous', dtypes: 'busy,voicemail', destinations: ',123' });
      await refused('callfilters.edit', { callers: 'anonymous,300,301', dtypes: 'voicemail,busy', destinations: '123,' });
      assert.deepEqual(await es('callfilters.configuration'), config, 'refused edits change nothing');
    },
  }),

  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext-es.callfwd-dnd',
    title: 'call forwarding per condition and DND settings round trip; unmatched destinations and timeouts are refused',
    doc: [doc('2365-2498')],
    operations: [
      'pbxware.ext.es.callfwd.edit',
      'pbxware.ext.es.callfwd.configuration',
      'pbxware.ext.es.dnd.edit',
      'pbxware.ext.es.dnd.configuration',
    ],
    mutates: true,
    async run(t) {
      const { es, refused } = await extensionBench(t);
      await es('callfwd.edit', {
        enabled: 'busy,no answer',
        busy_dests: '106,107',
        busy_timeouts: '10,10',
        noansw_dests: '106',
        noansw_timeouts: '10',
        play: '1',
        cid: '1',
      });
      const fwd = await es<{ enabled: string[]; play: string; destinations: Record<string, string[]>; timeouts: Record<string, string[]> }>(
        'callfwd.configuration',
      );
      assert.deepEqual(fwd.enabled, ['busy', 'no answer']);
      assert.deepEqual(fwd.destinations.busy, ['106', '107']);
      assert.deepEqual(fwd.timeouts.busy, ['10', '10']);
      assert.deepEqual(fwd.destinations['no answer'], ['106']);
      assert.equal(fwd.play, '1');

      await refused('callfwd.edit', { busy_dests: '106,107', busy_timeouts: '10' });
      assert.deepEqual(await es('callfwd.configuration'), fwd, 'a refused edit changes nothing');

      await es('dnd.edit', { dnd: '2', dst: '123', dsttype: 'voicemail', duration: '1' });
      assert.deepEqual(await es('dnd.configuration'), { dnd: '2', dst: '123', dsttype: 'voicemail', duration: '1' });
      await es('dnd.edit', { dnd: '0' });
      assert.deepEqual(await es('dnd.configuration'), { dnd: '0', dst: '123', dsttype: 'voicemail', duration: '1' }, 'DND edit is partial');
    },
  }),

  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext-es.speeddial-blflist',
    title: 'speed dial and BLF list round trip (BLF flags as integers); unmatched speed-dial lists are refused',
    doc: [doc('2783-2876')],
    operations: [
      'pbxware.ext.es.speeddial.edit',
      'pbxware.ext.es.speeddial.configuration',
      'pbxware.ext.es.blflist.edit',
      'pbxware.ext.es.blflist.configuration',
    ],
    mutates: true,
    async run(t) {
      const { es, refused } = await extensionBench(t);
      await es('speeddial.edit', { codes: '11,22', names: 'test1,test2', destinations: '106,107' });
      const dial = await es('speeddial.configuration');
      assert.deepEqual(dial, { codes: ['11', '22'], names: ['test1', 'test2'], destinations: ['106', '107'] });
      await refused('speeddial.edit', { codes: '11', names: 'a,b', destinations: '1,2' });
      assert.deepEqual(await es('speeddial.configuration'), dial, 'a refused edit changes nothing');

      await es('blflist.edit', { exts: '122,123', labels: 'Test,Test 1', blfs: '1,0', blf_start: '1', blf_cleanup: '1', cart_only: '0' });
      const blf = await es<Record<string, unknown>>('blflist.configuration');
      assert.deepEqual(blf.exts, ['122', '123']);
      assert.deepEqual(blf.labels, ['Test', 'Test 1']);
      assert.deepEqual(blf.blfs, [1, 0], 'BLF flags are integers');
      assert.equal(blf.blf_start, 1);
      assert.equal(blf.blf_cleanup, 1);
      assert.equal(blf.cart_only, 0);
    },
  }),

  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.ext-es.followme-remoteaccess',
    title: 'follow me and remote access round trip (requirepin/dopts read back as require_pin/dial_opts)',
    doc: [doc('2500-2627')],
    operations: [
      'pbxware.ext.es.followme.edit',
      'pbxware.ext.es.followme.configuration',
      'pbxware.ext.es.remoteaccess.edit',
      'pbxware.ext.es.remoteaccess.configuration',
    ],
    mutates: true,
    async run(t) {
      const { es, refused } = await extensionBench(t);
      await es('followme.edit', { destinations: '106,107,108', timeouts: '10,10,10', dopts: 'tr', voicemail: '1' });
      const follow = await es<Record<string, unknown>>('followme.configuration');
      assert.deepEqual(follow.destinations, ['106', '107', '108']);
      assert.deepEqual(follow.timeouts, ['10', '10', '10']);
      assert.equal(follow.dopts, 'tr');
      assert.equal(follow.voicemail, '1');
      await refused('followme.edit', { destinations: '106,107', timeouts: '10' });
      assert.deepEqual(await es('followme.configuration'), follow, 'a refused edit changes nothing');

      await es('remoteaccess.edit', { callerids: '21345678,11223344', pins: '1,0', requirepin: '1', timeout: '12', dopts: 'rT' });
      const remote = await es<Record<string, unknown>>('remoteaccess.configuration');
      assert.deepEqual(remote.callerids, ['21345678', '11223344']);
      assert.deepEqual(remote.pins, ['1', '0']);
      assert.equal(remote.require_pin, '1');
      assert.equal(remote.timeout, '12');
      assert.equal(remote.dial_opts, 'rT');
    },
  }),
];
