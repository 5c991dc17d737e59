import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { addSipTrunk, removeLater } from './config-helpers.ts';
import { GrandstreamClient } from './helpers.ts';

/** Trunk (doc 1232-2403). */
export const trunkScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.trunk.sip-round-trip',
    title: 'addSIPTrunk → listVoIPTrunk → getSIPTrunk (defaults) → updateSIPTrunk → deleteSIPTrunk → gone (-16)',
    doc: [doc('1234-1638')],
    operations: ['addSIPTrunk', 'listVoIPTrunk', 'getSIPTrunk', 'updateSIPTrunk', 'deleteSIPTrunk'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const { name, index } = await addSipTrunk(t, ucm);
      const listed = (await ucm.call('listVoIPTrunk', {})).response.voip_trunk.find((x: { trunk_index: number }) => x.trunk_index === index);
      assert.deepEqual({ host: listed.host, trunk_type: listed.trunk_type, trunk_name: listed.trunk_name }, { host: '192.0.2.10', trunk_type: 'peer', trunk_name: name });
      const trunk = (await ucm.call('getSIPTrunk', { trunk: String(index) })).response.trunk;
      assert.equal(trunk.trunk_name, name);
      assert.equal(trunk.out_of_service, 'no');
      assert.equal(trunk.transport, 'udp');
      const renamed = t.name('trk');
      assert.deepEqual(await ucm.call('updateSIPTrunk', { trunk: String(index), trunk_name: renamed, nat: 'yes', qualifyfreq: 120 }), { response: { need_apply: 'yes' }, status: 0 });
      const after = (await ucm.call('getSIPTrunk', { trunk: String(index) })).response.trunk;
      assert.deepEqual([after.trunk_name, after.nat, after.qualifyfreq], [renamed, 'yes', 120]);
      assert.equal((await ucm.call('deleteSIPTrunk', { trunk: String(index) })).response.need_apply, 'yes');
      assert.equal((await ucm.error('getSIPTrunk', { trunk: String(index) })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.trunk.sip-register-and-duplicate',
    title: 'a register trunk keeps its username; a second trunk with the same name is refused',
    doc: [doc('1338-1347'), doc('1496'), doc('7666')],
    operations: ['addSIPTrunk', 'getSIPTrunk'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const user = t.name('u');
      const { name, index } = await addSipTrunk(t, ucm, { trunk_type: 'register', username: user, secret: 'Secr3t-pw' });
      const trunk = (await ucm.call('getSIPTrunk', { trunk: String(index) })).response.trunk;
      assert.deepEqual([trunk.trunk_type, trunk.username], ['register', user]);
      const refusal = await ucm.error('addSIPTrunk', { trunk_name: name, host: '192.0.2.11', trunk_type: 'peer' });
      assert.ok(refusal.status < 0);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.trunk.paging',
    title: 'listVoIPTrunk honours item_num/page and sorts by trunk_index both ways',
    doc: [doc('1284-1305')],
    operations: ['listVoIPTrunk'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      for (let i = 0; i < 3; i++) await addSipTrunk(t, ucm);
      const all = (await ucm.call('listVoIPTrunk', { options: 'trunk_index' })).response;
      assert.ok(all.total_item >= 3);
      const page = (await ucm.call('listVoIPTrunk', { options: 'trunk_index', item_num: '2', page: '2', sidx: 'trunk_index', sord: 'asc' })).response;
      assert.equal(page.page, 2);
      assert.equal(page.total_item, all.total_item);
      assert.equal(page.total_page, Math.ceil(all.total_item / 2));
      assert.equal(page.voip_trunk.length, Math.min(2, all.total_item - 2));
      const desc = (await ucm.call('listVoIPTrunk', { options: 'trunk_index', sidx: 'trunk_index', sord: 'desc' })).response.voip_trunk.map((x: { trunk_index: number }) => Number(x.trunk_index));
      assert.deepEqual(desc, [...desc].sort((a, b) => b - a));
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.trunk.analog-sla',
    title: 'addAnalogTrunk on a free FXO port → getAnalogTrunk (trunkmode normal) → addSLATrunk → updateSLATrunk → deleteAnalogTrunk',
    doc: [doc('1640-2112')],
    operations: ['addAnalogTrunk', 'listAnalogTrunk', 'getAnalogTrunk', 'updateAnalogTrunk', 'addSLATrunk', 'updateSLATrunk', 'deleteAnalogTrunk'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const existing = (await ucm.call('listAnalogTrunk', { options: 'chans' })).response.analogtrunk as Array<{ chans: string }>;
      const used = new Set(existing.flatMap((x) => String(x.chans).split(',')));
      // Every UCM6xxx with FXO has ports 1 and 2.
      const port = ['1', '2'].find((p) => !used.has(p));
      if (!port) throw new Error('no free FXO port (1 or 2) for an analog trunk');
      const name = t.name('fxo');
      assert.deepEqual(await ucm.call('addAnalogTrunk', { trunk_name: name, chans: Number(port), trunkgroup: '' }), { response: { need_apply: 'yes' }, status: 0 });
      const item = (await ucm.call('listAnalogTrunk', {})).response.analogtrunk.find((x: { trunk_name: string }) => x.trunk_name === name);
      assert.ok(item, `listAnalogTrunk shows ${name}`);
      removeLater(t, ucm, 'deleteAnalogTrunk', { analogtrunk: item.trunk_index });
      const trunk = (await ucm.call('getAnalogTrunk', { analogtrunk: String(item.trunk_index) })).response.analogtrunk;
      assert.deepEqual([trunk.trunkmode, String(trunk.chans), trunk.trunk_name], ['normal', port, name]);
      await ucm.call('updateAnalogTrunk', { trunk_index: item.trunk_index, ringtimeout: 10000 });
      assert.equal((await ucm.call('getAnalogTrunk', { analogtrunk: item.trunk_index })).response.analogtrunk.ringtimeout, 10000);
      await ucm.call('addSLATrunk', { trunk_name: name, device: `DAHDI/${port}`, bargeallowed: 'yes', holdaccess: 'open' });
      const renamed = t.name('sla');
      await ucm.call('updateSLATrunk', { trunk_index: item.trunk_index, trunk_name: renamed, device: `DAHDI/${port}`, bargeallowed: 'no', holdaccess: 'private' });
      const sla = (await ucm.call('getAnalogTrunk', { analogtrunk: item.trunk_index })).response.analogtrunk;
      assert.equal(String(sla.trunkmode).toLowerCase(), 'sla');
      assert.equal(sla.trunk_name, renamed);
      assert.equal((await ucm.call('deleteAnalogTrunk', { analogtrunk: item.trunk_index })).response.need_apply, 'yes');
      assert.equal((await ucm.error('getAnalogTrunk', { analogtrunk: item.trunk_index })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.trunk.digital-round-trip',
    title: 'addDigitalTrunk → listDigitalTrunk (digital_trunks[]) → getDigitalTrunk → updateDigitalTrunk → deleteDigitalTrunk',
    doc: [doc('2114-2403')],
    operations: ['addDigitalTrunk', 'listDigitalTrunk', 'getDigitalTrunk', 'updateDigitalTrunk', 'deleteDigitalTrunk'],
    mutates: true,
    skipOn: { real: 'a digital trunk needs an E1/T1/J1 interface with a free channel group (UCM6510), which a scenario cannot assume' },
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const name = t.name('e1');
      const used = ((await ucm.call('listDigitalTrunk', { options: 'span' })).response.digital_trunks as Array<{ span: number }>).map((x) => Number(x.span));
      const group = Math.max(0, ...used) + 1;
      await ucm.call('addDigitalTrunk', { trunk_name: name, group_index: group, technology: 'PRI', hidecallerid: 'no' });
      const item = (await ucm.call('listDigitalTrunk', {})).response.digital_trunks.find((x: { trunk_name: string }) => x.trunk_name === name);
      assert.ok(item, `listDigitalTrunk shows ${name}`);
      removeLater(t, ucm, 'deleteDigitalTrunk', { trunk: Number(item.trunk_index) });
      const trunk = (await ucm.call('getDigitalTrunk', { trunk: Number(item.trunk_index) })).response.trunk;
      assert.deepEqual([trunk.trunk_name, trunk.group_index, trunk.hidecallerid], [name, group, 'no']);
      await ucm.call('updateDigitalTrunk', { trunk: Number(item.trunk_index), trunk_name: name, group_index: group, hidecallerid: 'yes', callerid: '543543' });
      const after = (await ucm.call('getDigitalTrunk', { trunk: Number(item.trunk_index) })).response.trunk;
      assert.deepEqual([after.hidecallerid, after.callerid], ['yes', '543543']);
      await ucm.call('deleteDigitalTrunk', { trunk: Number(item.trunk_index) });
      assert.equal((await ucm.error('getDigitalTrunk', { trunk: Number(item.trunk_index) })).status, -16);
    },
  }),
];
