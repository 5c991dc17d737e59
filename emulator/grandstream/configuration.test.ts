import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUcm, type UcmTestEmulator } from './test-support.ts';

/** Trunks, outbound/inbound routes, PIN groups and the inbound blacklist (doc 1232-3830, 6648-6714). */
describe('Grandstream configuration: trunks, routes, PIN groups, blacklist', () => {
  let ucm: UcmTestEmulator;
  beforeAll(async () => {
    ucm = await startUcm();
  });
  afterAll(() => ucm.close());

  const pending = () => Object.values(ucm.emulator.store.vendor('grandstream').dump().tables.pending_changes ?? {}) as Array<{ table: string; id: string }>;
  const sipIndex = async (name: string) => (await ucm.call('listVoIPTrunk', {})).response.voip_trunk.find((t: { trunk_name: string }) => t.trunk_name === name)?.trunk_index as number;

  it('SIP trunk: add with defaults, get, update, pending until applyChanges, delete', async () => {
    await ucm.call('applyChanges');
    expect(await ucm.call('addSIPTrunk', { trunk_name: 'unit-peer', host: '192.168.5.222', trunk_type: 'peer' })).toEqual({ response: { need_apply: 'yes' }, status: 0 });
    const index = await sipIndex('unit-peer');
    expect(pending()).toEqual([expect.objectContaining({ table: 'sip_trunks', id: String(index) })]);
    const trunk = (await ucm.call('getSIPTrunk', { trunk: String(index) })).response.trunk;
    expect(trunk).toMatchObject({ trunk_index: index, host: '192.168.5.222', allow: 'ulaw,alaw,gsm,g726,g729,ilbc', qualifyfreq: 60, status: 'Unmonitored', username: null, dtmfmode: null, cc_max_agents: 5 });
    expect((await ucm.call('updateSIPTrunk', { trunk: index, trunk_name: 'unit-peer2', enable_quality: 'yes', Fromdomain: 'trunk.example' })).status).toBe(0);
    expect((await ucm.call('getSIPTrunk', { trunk: index })).response.trunk).toMatchObject({ trunk_name: 'unit-peer2', enable_qualify: 'yes', fromdomain: 'trunk.example', status: 'Unreachable' });
    await ucm.call('applyChanges');
    expect(pending()).toEqual([]);
    expect((await ucm.call('deleteSIPTrunk', { trunk: index })).response.need_apply).toBe('yes');
    expect((await ucm.call('getSIPTrunk', { trunk: index })).status).toBe(-16);
  });

  it('SIP trunk rules: register needs username/secret (-1), keepcid needs cidnumber (-1), tel_uri vs rmv_obp (-15), names unique (-44), ranges (-15)', async () => {
    expect((await ucm.call('addSIPTrunk', { trunk_name: 'unit-reg', host: 'sip.example', trunk_type: 'register' })).status).toBe(-1);
    expect((await ucm.call('addSIPTrunk', { trunk_name: 'unit-reg', host: 'sip.example', trunk_type: 'register', username: 'u1', secret: 's1' })).status).toBe(0);
    expect((await ucm.call('getSIPTrunk', { trunk: await sipIndex('unit-reg') })).response.trunk.status).toBe('Unregistered');
    expect((await ucm.call('addSIPTrunk', { trunk_name: 'unit-reg', host: 'h', trunk_type: 'peer' })).status).toBe(-44);
    expect((await ucm.call('addSIPTrunk', { trunk_name: 'unit-k', host: 'h', trunk_type: 'peer', keepcid: 'yes' })).status).toBe(-1);
    expect((await ucm.call('addSIPTrunk', { trunk_name: 'unit-t', host: 'h', trunk_type: 'peer', tel_uri: 'enabled', rmv_obp_from_route: 'yes' })).status).toBe(-15);
    for (const bad of [{ qualifyfreq: 0 }, { cc_max_agents: 1000 }, { transport: 'sctp' }, { allow: 'ulaw,mp3' }, { trunk_name: 'x' }, { ldap_sync_passwd: 'a b' }]) {
      expect((await ucm.call('addSIPTrunk', { trunk_name: 'unit-bad', host: 'h', trunk_type: 'peer', ...bad })).status, JSON.stringify(bad)).toBe(-15);
    }
    expect((await ucm.call('addSIPTrunk', { trunk_name: 'unit-bad', trunk_type: 'peer' })).status).toBe(-1);
  });

  it('analog trunk: ports are exclusive, trunkgroup = tmp = index, SLA mode adds its settings', async () => {
    expect((await ucm.call('addAnalogTrunk', { trunk_name: 'unit-fxo', chans: 7, trunkgroup: '' })).status).toBe(0);
    const item = (await ucm.call('listAnalogTrunk', { item_number: 50 })).response.analogtrunk.find((t: { trunk_name: string }) => t.trunk_name === 'unit-fxo');
    expect(item).toMatchObject({ chans: '7', trunkmode: 'normal', out_of_service: 'no' });
    const got = (await ucm.call('getAnalogTrunk', { analogtrunk: item.trunk_index })).response.analogtrunk;
    expect(got).toMatchObject({ trunkgroup: item.trunk_index, tmp: item.trunk_index, ringtimeout: 8000, rxgain: 0, callerid: 'asreceived' });
    expect(got).not.toHaveProperty('device');
    expect((await ucm.call('addAnalogTrunk', { trunk_name: 'unit-fxo2', chans: '6,7' })).status).toBe(-44);
    expect((await ucm.call('addAnalogTrunk', { trunk_name: 'unit-fxo2', chans: 6, ringtimeout: 100 })).status).toBe(-15);
    expect((await ucm.call('addSLATrunk', { trunk_name: 'unit-fxo', holdaccess: 'private' })).status).toBe(0);
    expect((await ucm.call('addSLATrunk', { trunk_name: 'unit-fxo' })).status).toBe(-44);
    expect((await ucm.call('addSLATrunk', { trunk_name: 'no-such-analog' })).status).toBe(-16);
    expect((await ucm.call('getAnalogTrunk', { analogtrunk: item.trunk_index })).response.analogtrunk).toMatchObject({ trunkmode: 'sla', device: 'DAHDI/7', bargeallowed: 'yes', holdaccess: 'private' });
    expect((await ucm.call('updateSLATrunk', { trunk_index: item.trunk_index, trunk_name: 'unit-sla', bargeallowed: 'no' })).status).toBe(0);
    expect((await ucm.call('getAnalogTrunk', { analogtrunk: item.trunk_index })).response.analogtrunk).toMatchObject({ trunk_name: 'unit-sla', bargeallowed: 'no' });
    expect((await ucm.call('updateAnalogTrunk', { trunk_index: item.trunk_index, trunkmode: 'normal' })).status).toBe(0);
    expect((await ucm.call('updateSLATrunk', { trunk_index: item.trunk_index })).status).toBe(-16);
    expect((await ucm.call('updateAnalogTrunk', { busycount: 3 })).status).toBe(-1);
    expect((await ucm.call('deleteAnalogTrunk', { analogtrunk: item.trunk_index })).status).toBe(0);
  });

  it('digital trunk: listed with a string index and E1 span, channel groups exclusive, technology stored not answered', async () => {
    expect((await ucm.call('addDigitalTrunk', { trunk_name: 'unit-e1', group_index: 9, technology: 'ss7', dahdilineselectionmode: 'poll' })).status).toBe(0);
    const item = (await ucm.call('listDigitalTrunk', {})).response.digital_trunks.find((t: { trunk_name: string }) => t.trunk_name === 'unit-e1');
    expect(item).toMatchObject({ span: 9, channel: '1-15,17-31', type: 'E1 (CPE)', trunk_index: expect.any(String) });
    const trunk = (await ucm.call('getDigitalTrunk', { trunk: item.trunk_index })).response.trunk;
    expect(trunk).toMatchObject({ trunk_index: Number(item.trunk_index), dahdilineselectmode: 'poll', status: 'Unavailable' });
    expect(trunk).not.toHaveProperty('technology');
    expect((await ucm.call('addDigitalTrunk', { trunk_name: 'unit-e1b', group_index: 9 })).status).toBe(-44);
    expect((await ucm.call('updateDigitalTrunk', { trunk: item.trunk_index, trunk_name: 'unit-e1', hidecallerid: 'yes' })).status).toBe(-1);
    expect((await ucm.call('updateDigitalTrunk', { trunk: item.trunk_index, trunk_name: 'unit-e1', group_index: 9, hidecallerid: 'yes' })).status).toBe(0);
    expect((await ucm.call('deleteDigitalTrunk', { trunk: item.trunk_index })).status).toBe(0);
    expect((await ucm.call('deleteDigitalTrunk', { trunk: item.trunk_index })).status).toBe(-16);
  });

  it('outbound route: references checked, patterns and failover stored, list vs get shapes, trunk in use cannot be deleted', async () => {
    await ucm.call('addSIPTrunk', { trunk_name: 'unit-out', host: '10.0.0.1', trunk_type: 'peer' });
    await ucm.call('addSIPTrunk', { trunk_name: 'unit-fail', host: '10.0.0.2', trunk_type: 'peer' });
    const [trunk, failover] = [await sipIndex('unit-out'), await sipIndex('unit-fail')];
    expect((await ucm.call('addOutboundRoute', { outbound_rt_name: 'unit-r', default_trunk_index: 999, pattern: [{ match: '_1xxx' }] })).status).toBe(-16);
    expect((await ucm.call('addOutboundRoute', { outbound_rt_name: 'unit-r', default_trunk_index: trunk, pattern: [] })).status).toBe(-15);
    expect((await ucm.call('addOutboundRoute', { outbound_rt_name: 'unit-r', default_trunk_index: trunk, pattern: '[{"match":"_1xxx"}]', members: '9999' })).status).toBe(-16);
    const add = await ucm.call('addOutboundRoute', {
      outbound_rt_name: 'unit-r',
      default_trunk_index: String(trunk),
      pattern: [{ match: '_1xxx' }, '_2xx'],
      failover_outbound_data: [{ failover_trunk_index: failover, failover_strip: 2, failover_prepend: '1' }],
      members: '1000,1001',
    });
    expect(add.status).toBe(0);
    expect((await ucm.call('addOutboundRoute', { outbound_rt_name: 'unit-r', default_trunk_index: trunk, pattern: ['_3x'] })).status).toBe(-44);
    const listed = (await ucm.call('listOutboundRoute', {})).response.outbound_route.find((r: { outbound_rt_name: string }) => r.outbound_rt_name === 'unit-r');
    expect(listed).toMatchObject({ pattern: '_1xxx,_2xx', members: ['1000', '1001'], permission: 'none', out_of_service: 'no' });
    const got = (await ucm.call('getOutboundRoute', { outbound_route: String(listed.outbound_rt_index) })).response;
    expect(got.outbound_route).toMatchObject({ default_trunk_index: trunk, members: '1000,1001', strip: 0, time_mode: 0, pin_sets_id: null });
    expect(got.pattern).toEqual([
      { allow: null, match: '_1xxx', outbound_rt_index: listed.outbound_rt_index, strip_prefix: null },
      { allow: null, match: '_2xx', outbound_rt_index: listed.outbound_rt_index, strip_prefix: null },
    ]);
    expect(got.failover_outbound_data).toEqual([{ failover_prepend: '1', failover_strip: 2, failover_trunk_index: failover, failover_trunk_sequence: 1, outbound_rt_index: listed.outbound_rt_index }]);
    expect((await ucm.call('getOutboundRoute', { outbound_route: listed.outbound_rt_index, permission: '' })).response).toEqual({ outbound_route: { outbound_rt_index: listed.outbound_rt_index, permission: 'none' } });
    expect((await ucm.call('deleteSIPTrunk', { trunk: failover })).status).toBe(-24);
    expect((await ucm.call('updateOutboundRoute', { outbound_route: listed.outbound_rt_index, permission: 'internal', password: '123' })).status).toBe(-15);
    expect((await ucm.call('updateOutboundRoute', { outbound_rt_index: listed.outbound_rt_index, permission: 'internal', failover_outbound_data: [] })).status).toBe(0);
    expect((await ucm.call('deleteSIPTrunk', { trunk: failover })).status).toBe(0);
    expect((await ucm.call('deleteOutboundRoute', { inbound_route: listed.outbound_rt_index })).status).toBe(0);
    expect((await ucm.call('deleteOutboundRoute', { outbound_route: listed.outbound_rt_index })).status).toBe(-16);
    expect((await ucm.call('deleteSIPTrunk', { trunk })).status).toBe(0);
  });

  it('PIN groups: round trip, keyed by pin_sets_id, duplicates refused, in use by a route cannot be deleted', async () => {
    const group = { pin_sets_id: '1602745045405', pin_sets_name: 'unit-pins', members: [{ pin: '1234', pin_name: 'a', pin_sets_id: '1602745045405' }], record_in_cdr: 'yes' };
    expect((await ucm.call('addPinSets', group)).status).toBe(0);
    expect((await ucm.call('addPinSets', group)).status).toBe(-44);
    expect((await ucm.call('addPinSets', { ...group, pin_sets_id: '1', members: [{ pin: '1', pin_name: 'x', pin_sets_id: '2' }] })).status).toBe(-15);
    expect(await ucm.call('getPinSets', { pin_sets_id: '1602745045405' })).toEqual({
      response: { members: [{ pin: '1234', pin_name: 'a', pin_sets_id: '1602745045405' }], pin_sets_id: { pin_sets_id: '1602745045405', pin_sets_name: 'unit-pins', record_in_cdr: 'yes' } },
      status: 0,
    });
    expect((await ucm.call('updatePinSets', { pin_sets_id: '1602745045405', member: [{ pin: 4567, pin_name: 'b' }] })).status).toBe(0);
    expect((await ucm.call('getPinSets', { pin_sets_id: '1602745045405' })).response.members).toEqual([{ pin: '4567', pin_name: 'b', pin_sets_id: '1602745045405' }]);
    const listed = (await ucm.call('listPinSets', { options: 'group_id,group_name,members' })).response.pin_sets_id.find((g: { pin_sets_id: string }) => g.pin_sets_id === '1602745045405');
    expect(listed).toEqual({ pin_sets_id: '1602745045405', pin_sets_name: 'unit-pins', members: [{ pin: '4567', pin_name: 'b', pin_sets_id: '1602745045405' }] });
    await ucm.call('addSIPTrunk', { trunk_name: 'unit-pin-trunk', host: 'h', trunk_type: 'peer' });
    const trunk = await sipIndex('unit-pin-trunk');
    expect((await ucm.call('addOutboundRoute', { outbound_rt_name: 'unit-pin-r', default_trunk_index: trunk, pattern: ['_9.'], pin_sets_id: '1602745045405' })).status).toBe(0);
    expect((await ucm.call('deletePinSets', { pin_sets_id: '1602745045405' })).status).toBe(-24);
    const route = (await ucm.call('listOutboundRoute', {})).response.outbound_route.find((r: { outbound_rt_name: string }) => r.outbound_rt_name === 'unit-pin-r');
    await ucm.call('deleteOutboundRoute', { outbound_route: route.outbound_rt_index });
    expect((await ucm.call('deletePinSets', { pin_sets_id: '1602745045405' })).status).toBe(0);
    expect((await ucm.call('getPinSets', { pin_sets_id: '1602745045405' })).status).toBe(-16);
  });

  it('inbound routes: on an existing trunk, destinations checked, members rows, blacklist entries go with the route', async () => {
    await ucm.call('addSIPTrunk', { trunk_name: 'unit-in', host: 'h', trunk_type: 'peer' });
    const trunk = await sipIndex('unit-in');
    const base = { trunk_index: trunk, ext_local: 'yes', multi_mode: '[]', time_condition: '[]' };
    expect((await ucm.call('addInboundRoute', { ...base, trunk_index: 999, did_pattern_match: '_1xx' })).status).toBe(-16);
    expect((await ucm.call('addInboundRoute', { ...base, did_pattern_match: '_1xx', destination_type: 'account' })).status).toBe(-1);
    expect((await ucm.call('addInboundRoute', { ...base, did_pattern_match: '_1xx', destination_type: 'account', account: '7999' })).status).toBe(-16);
    expect((await ucm.call('addInboundRoute', { ...base, did_pattern_match: '1xx' })).status).toBe(-15);
    const add = await ucm.call('addInboundRoute', {
      ...base,
      did_pattern_match: '[{"did_pattern_match": "_x."}]',
      destination_type: 'account',
      account: '1000',
      set_callerid_enabled: 'yes',
      ext_queues: 'yes',
      time_condition: [{ start_hour: '08', start_min: '00', end_hour: '18', end_min: '00', timetype: 1, destination_type: 'account', account: '1001' }],
    });
    expect(add.status).toBe(0);
    expect((await ucm.call('addInboundRoute', { ...base, did_pattern_match: '_x.' })).status).toBe(-44);
    const list = (await ucm.call('listInboundRoute', { trunk_index: trunk })).response;
    expect(list.total_item).toBe(1);
    const route = list.inbound_route[0];
    expect(route).toMatchObject({ did_pattern_match: '_x.', destination_type: 'account', account: '1000', set_callerid_enable: 'yes', trunk_index: trunk, did_strip: 0 });
    expect(route.members).toHaveLength(2);
    expect(route.members[1]).toMatchObject({ sequence: '1', tc: '1', timetype: '1', start_hour: '08', account: '1001', did_strip: 0 });
    const got = (await ucm.call('getInboundRoute', { inbound_route: route.inbound_rt_index })).response;
    expect(got.inbound_did_destination).toMatchObject({ ext_local: 'yes', ext_queues: 'yes', ext_fax: 'no', inbound_rt_index: route.inbound_rt_index });
    expect(got.inbound_routes).not.toHaveProperty('members');
    expect((await ucm.call('getInboundRoute', {})).status).toBe(-1);
    expect((await ucm.call('listInboundRoute', { trunk_index: trunk, options: 'inbound_rt_index,did_pattern_match' })).response.inbound_route).toEqual([{ inbound_rt_index: route.inbound_rt_index, did_pattern_match: '_x.' }]);
    expect((await ucm.call('updateInboundRoute', { inbound_route: route.inbound_rt_index, destination_type: 'account', account: '1001' })).status).toBe(0);
    expect((await ucm.call('getInboundRoute', { inbound_route: route.inbound_rt_index })).response.inbound_routes.account).toBe('1001');
    expect((await ucm.call('deleteSIPTrunk', { trunk })).status).toBe(-24);
    await ucm.call('addInboundBlacklist', { number: '5550001', inbound_rt_index: String(route.inbound_rt_index) });
    expect((await ucm.call('deleteInboundRoute', { outbound_route: route.inbound_rt_index })).status).toBe(0);
    expect((await ucm.call('deleteInboundBlacklist', { number: '5550001' })).status).toBe(-16);
    expect((await ucm.call('deleteSIPTrunk', { trunk })).status).toBe(0);
  });

  it('blacklist: add/list/update/delete/delete all, routes checked, settings toggle', async () => {
    expect((await ucm.call('getInboundBlacklistSettings')).response).toEqual({ inbound_blacklist_settings: { enable: 'yes' } });
    expect((await ucm.call('updateInboundBlacklistSettings', { enable: 'No' })).response.need_apply).toBe('yes');
    expect((await ucm.call('getInboundBlacklistSettings')).response.inbound_blacklist_settings.enable).toBe('no');
    expect((await ucm.call('updateInboundBlacklistSettings', {})).status).toBe(-1);
    await ucm.call('deleteAllInboundBlacklist');
    expect((await ucm.call('addInboundBlacklist', { number: '123', inbound_rt_index: '0' })).status).toBe(0);
    expect((await ucm.call('addInboundBlacklist', { number: '123', inbound_rt_index: '0' })).status).toBe(-44);
    expect((await ucm.call('addInboundBlacklist', { number: '1234', inbound_rt_index: '424242' })).status).toBe(-16);
    expect((await ucm.call('addInboundBlacklist', { number: '1234', inbound_rt_index: ' ****get by listInboundRoute**** ' })).status).toBe(-15);
    await ucm.call('addInboundBlacklist', { number: '1234', inbound_rt_index: 0 });
    expect((await ucm.call('listInboundBlacklist', { sord: 'descending' })).response).toEqual({
      number: [
        { number: '1234', inbound_rt_index: '0' },
        { number: '123', inbound_rt_index: '0' },
      ],
      total_item: 2,
      total_page: 1,
      page: 1,
      total_blacklist_item: 2,
    });
    expect((await ucm.call('listInboundBlacklist', { item_num: 1, page: 2 })).response).toMatchObject({ number: [{ number: '1234' }], total_page: 2, total_blacklist_item: 2 });
    expect((await ucm.call('updateInboundBlacklist', { number: '999', inbound_rt_index: '0' })).status).toBe(-16);
    expect((await ucm.call('deleteInboundBlacklist', { number: '123' })).status).toBe(0);
    expect((await ucm.call('deleteAllInboundBlacklist')).response.need_apply).toBe('yes');
    expect((await ucm.call('listInboundBlacklist')).response).toMatchObject({ number: [], total_item: 0, total_blacklist_item: 0 });
  });
});
