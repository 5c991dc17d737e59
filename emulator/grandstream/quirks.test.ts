import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grandstreamQuirks } from '../../contracts/grandstream/quirks.ts';
import { md5, startUcm, type UcmTestEmulator } from './test-support.ts';

/** One test per reproduced quirk (contracts/grandstream/quirks.ts); switchable ones are tried both ways. */
describe('Grandstream quirks', () => {
  let ucm: UcmTestEmulator;
  let cookie: string;
  const withQuirks = (quirks: Record<string, boolean>) => startUcm({ vendors: { grandstream: { quirks } } });
  beforeAll(async () => {
    ucm = await startUcm();
    cookie = await ucm.login();
  });
  afterAll(() => ucm.close());

  it('every quirk names this file as its test', () => {
    for (const q of grandstreamQuirks) expect(q.test, q.id).toBe('emulator/grandstream/quirks.test.ts');
  });

  // Group 3 — queues, IVR, PMS.
  const pmsXml = (op: string, body: string) => `<pms_data_request><${op}>${body}</${op}></pms_data_request>`;

  it('quirk ivr-index-not-extension: getIVR/deleteIVR take ivr-N, not the number (-16); off: the number works too', async () => {
    expect((await ucm.send('getIVR', { cookie, ivr: '7000' })).body.status).toBe(-16);
    expect((await ucm.send('getIVR', { cookie, ivr: 'ivr-1' })).body.response.ivr.extension).toBe('7000');
    const loose = await withQuirks({ 'ivr-index-not-extension': false });
    try {
      const c = await loose.login();
      expect((await loose.send('getIVR', { cookie: c, ivr: '7000' })).body.response.ivr.ivr_id).toBe('ivr-1');
      expect((await loose.send('deleteIVR', { cookie: c, ivr: '7000' })).body.status).toBe(0);
    } finally {
      await loose.close();
    }
  });

  it('quirk pms-dnd-missing-open-tag: the DND example without <dnd> works; off: -1', async () => {
    const data = '<pms_data_request>\n<address>1002</address>\n<room>1002</room>\n<status>1</status>\n</dnd>\n</pms_data_request>';
    expect((await ucm.send('pmsapi', { cookie, format: 'xml', data })).body).toEqual({ response: {}, status: 0 });
    const strict = await withQuirks({ 'pms-dnd-missing-open-tag': false });
    try {
      const reply = await strict.send('pmsapi', { cookie: await strict.login(), format: 'xml', data });
      expect(reply.body.status).toBe(-1);
      expect(reply.body.response.error).toMatch(/well-formed/);
    } finally {
      await strict.close();
    }
  });

  it('quirk pms-token-ignored: any token (or none) is accepted; off: md5(user+password) is required', async () => {
    const data = pmsXml('update', '<address>1002</address><status>2</status>');
    expect((await ucm.send('pmsapi', { cookie, data, token: 'whatever' })).body.status).toBe(0);
    expect((await ucm.send('pmsapi', { cookie, data })).body.status).toBe(0);
    const checked = await withQuirks({ 'pms-token-ignored': false });
    try {
      const c = await checked.login();
      expect((await checked.send('pmsapi', { cookie: c, data })).body).toMatchObject({ status: -1, response: { error: 'token error' } });
      expect((await checked.send('pmsapi', { cookie: c, data, token: 'whatever' })).body.status).toBe(-1);
      expect((await checked.send('pmsapi', { cookie: c, data, token: md5('pmspms123').toUpperCase() })).body.status).toBe(0);
    } finally {
      await checked.close();
    }
  });

  it('quirk pms-goods-list-key: listMiniBarGoods answers its items under goods_name', async () => {
    const reply = await ucm.call('pmsapi', { data: { listMiniBarGoods: {} } });
    expect(reply.response.goods_name.map((g: { goods_name: string }) => g.goods_name)).toEqual(expect.arrayContaining(['apple', 'banana', 'paper']));
    expect(Object.keys(reply.response).sort()).toEqual(['goods_name', 'page', 'total_item', 'total_page']);
  });

  it('quirk pms-errors-minus-one: an unknown room, a duplicate and a bad value are all -1 with an error text', async () => {
    for (const data of [pmsXml('checkout', '<address>4999</address>'), pmsXml('addminibarwaiter', '<maidcode>9898</maidcode>'), pmsXml('wakeup', '<address>1002</address><w_action>7</w_action>')]) {
      const reply = await ucm.send('pmsapi', { cookie, data });
      expect(reply.body.status).toBe(-1);
      expect(typeof reply.body.response.error).toBe('string');
    }
  });

  it('quirk queue-field-spellings: reportholdtime and schedule_clear_enable are stored as reporholdtime and schedule_clean_enable', async () => {
    expect((await ucm.send('updateQueue', { cookie, queue: '6501', reportholdtime: 'yes', schedule_clear_enable: 'daily' })).body.status).toBe(0);
    const queue = (await ucm.send('getQueue', { cookie, queue: '6501' })).body.response.queue;
    expect(queue).toMatchObject({ reporholdtime: 'yes', schedule_clean_enable: 'daily' });
    expect(queue).not.toHaveProperty('reportholdtime');
  });

  it('quirk pause-agent-need-apply: pause answers need_apply "yes" but acts at once; login/logoff answers {}', async () => {
    expect((await ucm.send('pauseUnpauseQueueAgent', { cookie, interface: '1003', extension: '6501', operatetype: 'pause' })).body.response).toEqual({ need_apply: 'yes' });
    const agent = ucm.emulator.vendor('grandstream').context.state.table<{ paused: boolean }>('queue_agents').get('6501:1003');
    expect(agent?.paused).toBe(true);
    expect((await ucm.send('loginLogoffQueueAgent', { cookie, interface: '1003', extension: '6501', operatetype: 'logoff' })).body.response).toEqual({});
  });

  it('quirk lenient-json: raw line breaks inside strings (the pmsapi examples) are understood; off: -1', async () => {
    const body = `{"request": {"action": "pmsapi", "cookie": "${cookie}", "data": "<pms_data_request>\n <update>\n  <address>1002</address>\n  <status>4</status>\n </update>\n</pms_data_request>"}}`;
    expect((await ucm.raw(body)).body.status).toBe(0);
    const strict = await withQuirks({ 'lenient-json': false });
    try {
      expect((await strict.raw(body)).body.status).toBe(-1);
    } finally {
      await strict.close();
    }
  });

  it('quirk errors-http-200: a failure is HTTP 200 with the code in status', async () => {
    const reply = await ucm.send('getSystemStatus', {});
    expect(reply.httpStatus).toBe(200);
    expect(reply.body.status).toBe(-6);
  });

  it('quirk error-msg-in-response: failures carry response.error_msg; off: {"status": N} alone', async () => {
    expect((await ucm.send('getSystemStatus', {})).body).toEqual({ response: { error_msg: 'Cookie error' }, status: -6 });
    const bare = await withQuirks({ 'error-msg-in-response': false });
    try {
      expect((await bare.send('getSystemStatus', {})).body).toEqual({ status: -6 });
      // remain_* still travel in response.
      expect((await bare.send('login', { user: bare.user, token: 'x' })).body).toEqual({ response: { remain_num: 4 }, status: -37 });
    } finally {
      await bare.close();
    }
  });

  it('quirk lenient-json: trailing commas and # comments are understood; off: -1', async () => {
    const body = `{"request": {"action": "getSystemStatus", #comment\n "cookie": "${cookie}",},}`;
    expect((await ucm.raw(body)).body.status).toBe(0);
    const strict = await withQuirks({ 'lenient-json': false });
    try {
      expect((await strict.raw(body)).body.status).toBe(-1);
    } finally {
      await strict.close();
    }
  });

  it('quirk action-name-lenient: " GETSYSTEMSTATUS " reaches getSystemStatus; off: -19', async () => {
    expect((await ucm.send(' GETSYSTEMSTATUS ', { cookie })).body.status).toBe(0);
    const exact = await withQuirks({ 'action-name-lenient': false });
    try {
      const c = await exact.login();
      expect((await exact.send('getSystemStatus ', { cookie: c })).body.status).toBe(-19);
      expect((await exact.send('getSystemStatus', { cookie: c })).body.status).toBe(0);
    } finally {
      await exact.close();
    }
  });

  it('quirk param-name-case: Version, Page/Item_num and Privilege are read as version, page/item_num and privilege', async () => {
    expect((await ucm.send('challenge', { user: ucm.user, Version: '1.0' })).body.status).toBe(0);
    const page = (await ucm.call('listAccount', { Item_num: '2', Page: '2' })).response;
    expect(page.page).toBe(2);
    expect(page.account).toHaveLength(2);
    const user = (await ucm.call('getUser', { user_name: '1002' })).response.user_name;
    const fields = { user_name: '1002', phone_number: '1', family_number: '2', fax: '3', email: 'a@b.c', last_name: 'l', first_name: 'f', department: 'UC', user_id: user.user_id };
    expect((await ucm.call('updateUser', { ...fields, Privilege: '2' })).status).toBe(0);
    expect((await ucm.call('getUser', { user_name: '1002' })).response.user_name.privilege).toBe(2);
  });

  it('quirk cookie-in-body: a cookie sent only as an HTTP header is ignored (-6)', async () => {
    const reply = await ucm.raw({ request: { action: 'getSystemStatus' } }, { headers: { cookie: `cookie=${cookie}; ${cookie}` } });
    expect(reply.body.status).toBe(-6);
  });

  it('quirk cookie-embeds-challenge: cookie = sid<challenge without zeros>-<unix seconds>', async () => {
    const challenge = (await ucm.send('challenge', { user: ucm.user })).body.response.challenge as string;
    const login = await ucm.send('login', { user: ucm.user, token: md5(challenge + ucm.password) });
    expect(login.body.response.cookie).toBe(`sid${BigInt(challenge)}-${Math.floor(ucm.clock.now() / 1000)}`);
  });

  it('quirk remain-number-vs-remain-num: challenge failures say remain_number, login failures remain_num', async () => {
    const challenge = await ucm.send('challenge', { user: 'nobody-here' });
    expect(challenge.body.response).toHaveProperty('remain_number');
    const login = await ucm.send('login', { user: 'nobody-either', token: 'x' });
    expect(login.body.response).toHaveProperty('remain_num');
    expect(login.body.response).not.toHaveProperty('remain_number');
  });

  it('quirk absolute-cookie-expiry: off, every use restarts the 600 s; on, 600 s after login whatever happens', async () => {
    const c = await ucm.login();
    ucm.clock.advance(500);
    expect((await ucm.send('getSystemStatus', { cookie: c })).body.status).toBe(0);
    ucm.clock.advance(500);
    expect((await ucm.send('getSystemStatus', { cookie: c })).body.status).toBe(0);
    const absolute = await withQuirks({ 'absolute-cookie-expiry': true });
    try {
      const a = await absolute.login();
      absolute.clock.advance(500);
      expect((await absolute.send('getSystemStatus', { cookie: a })).body.status).toBe(0);
      absolute.clock.advance(101);
      expect((await absolute.send('getSystemStatus', { cookie: a })).body.status).toBe(-6);
    } finally {
      await absolute.close();
    }
  });

  it('quirk unknown-user-wrong-password: an unknown user is -37; off: -71', async () => {
    expect((await ucm.send('challenge', { user: 'ghost' })).body.status).toBe(-37);
    const strict = await withQuirks({ 'unknown-user-wrong-password': false });
    try {
      expect((await strict.send('challenge', { user: 'ghost' })).body.status).toBe(-71);
    } finally {
      await strict.close();
    }
  });

  it('quirk apply-changes-settings-string: applyChanges answers {"settings":"0"}', async () => {
    expect(await ucm.call('applyChanges')).toEqual({ response: { settings: '0' }, status: 0 });
  });

  it('quirk update-sip-account-reply: updateSIPAccount answers extension and alertinfo, not need_apply', async () => {
    expect(await ucm.call('updateSIPAccount', { extension: '1003', alertinfo: 'ring2' })).toEqual({ response: { extension: { alertinfo: 'ring2', extension: '1003' } }, status: 0 });
  });

  it('quirk user-keys-swapped: listUser array under user_id, getUser object under user_name', async () => {
    expect(Array.isArray((await ucm.call('listUser')).response.user_id)).toBe(true);
    expect((await ucm.call('getUser', { user_name: 'admin' })).response.user_name.user_id).toBe(0);
  });

  it('quirk account-type-trailing-space: "SIP(WebRTC) "; off: "SIP(WebRTC)"', async () => {
    expect((await ucm.call('getSIPAccount', { extension: '1000', account_type: '' })).response.extension.account_type).toBe('SIP(WebRTC) ');
    const trimmed = await withQuirks({ 'account-type-trailing-space': false });
    try {
      const list = (await trimmed.call('listAccount', { options: 'extension,account_type' })).response.account;
      expect(list.find((a: { extension: string }) => a.extension === '1000').account_type).toBe('SIP(WebRTC)');
      expect(list.find((a: { extension: string }) => a.extension === '2000').account_type).toBe('IAX');
    } finally {
      await trimmed.close();
    }
  });

  it('quirk options-misspelt: urgemsg and newms select urgmsg and newmsg', async () => {
    const [item] = (await ucm.call('listAccount', { options: 'extension,urgemsg,newms', item_num: 1 })).response.account;
    expect(Object.keys(item).sort()).toEqual(['extension', 'newmsg', 'urgmsg']);
  });

  it('quirk unknown-option-fails: an unknown options field fails the call with -1; off: ignored', async () => {
    expect((await ucm.call('listAccount', { options: 'extension,nonsense' })).status).toBe(-1);
    const lax = await withQuirks({ 'unknown-option-fails': false });
    try {
      const [item] = (await lax.call('listAccount', { options: 'extension,nonsense' })).response.account;
      expect(Object.keys(item)).toEqual(['extension']);
    } finally {
      await lax.close();
    }
  });

  it('quirk sord-acs: "acs" sorts ascending like "asc"', async () => {
    const acs = (await ucm.call('listAccount', { options: 'extension', sord: 'acs', sidx: 'extension' })).response.account;
    const asc = (await ucm.call('listAccount', { options: 'extension', sord: 'asc', sidx: 'extension' })).response.account;
    expect(acs).toEqual(asc);
    expect(Number(acs[0].extension)).toBeLessThan(Number(acs[1].extension));
  });

  it('quirk presence-settings-alias: presence_settings on add lands in sip_presence_settings', async () => {
    await ucm.call('addSIPAccountAndUser', { extension: '7950', presence_settings: [{ presence_status: 'available', cfu: '6000', cfu_destination_type: '1', cfu_timetype: '0' }] });
    const got = (await ucm.call('getSIPAccount', { extension: '7950' })).response;
    expect(got.sip_presence_settings.find((p: { presence_status: string }) => p.presence_status === 'available').cfu).toBe('6000');
  });

  it('quirk dtmfmode-rfc2833: the default is "rfc2833" and "rfc2833" is accepted', async () => {
    expect((await ucm.call('getSIPAccount', { extension: '1004' })).response.extension.dtmfmode).toBe('rfc2833');
    expect((await ucm.call('updateSIPAccount', { extension: '1004', dtmfmode: 'RFC4733' })).status).toBe(0);
    expect((await ucm.call('getSIPAccount', { extension: '1004' })).response.extension.dtmfmode).toBe('rfc4733');
  });

  it('quirk extension-field-spellings: external_numbr, user_outrt_pas swd, local_networkk1 … set the answered fields', async () => {
    await ucm.call('updateSIPAccount', { extension: '1005', external_numbr: '+4930', 'user_outrt_pas swd': '1234', local_networkk1: '10.0.0.0/8', skip_auth_time_type: 2, custom_auto_answer: 'yes' });
    const ext = (await ucm.call('getSIPAccount', { extension: '1005' })).response.extension;
    expect([ext.external_number, ext.user_outrt_passwd, ext.local_network1, ext.skip_auth_timetype, ext.custom_autoanswer]).toEqual(['+4930', '1234', '10.0.0.0/8', 2, 'yes']);
  });

  it('quirk timetype-int-desttype-string: timetypes answer as numbers, destination types as strings', async () => {
    await ucm.call('updateSIPAccount', { extension: '1006', sip_presence_settings: [{ presence_status: 'away', cfb_timetype: '3', cfb_destination_type: 1 }] });
    const away = (await ucm.call('getSIPAccount', { extension: '1006' })).response.sip_presence_settings.find((p: { presence_status: string }) => p.presence_status === 'away');
    expect(away.cfb_timetype).toBe(3);
    expect(away.cfb_destination_type).toBe('1');
  });

  // Configuration (group 1): trunks, routes, PIN groups, blacklist.
  const sipTrunk = async (u: UcmTestEmulator, name: string) => {
    await u.call('addSIPTrunk', { trunk_name: name, host: '192.0.2.1', trunk_type: 'peer' });
    return (await u.call('listVoIPTrunk')).response.voip_trunk.find((t: { trunk_name: string }) => t.trunk_name === name).trunk_index as number;
  };
  const outboundRoute = async (u: UcmTestEmulator, name: string, params: Record<string, unknown>) => {
    await u.call('addOutboundRoute', { outbound_rt_name: name, pattern: ['_8x'], ...params });
    return (await u.call('listOutboundRoute')).response.outbound_route.find((r: { outbound_rt_name: string }) => r.outbound_rt_name === name).outbound_rt_index as number;
  };

  it('quirk in-use-refused: a trunk, PIN group or outbound route in use cannot be deleted (-24); off: deleted', async () => {
    const trunk = await sipTrunk(ucm, 'q-inuse');
    await ucm.call('addPinSets', { pin_sets_id: '42', pin_sets_name: 'q-inuse', members: [{ pin: '1', pin_name: 'x' }] });
    const route = await outboundRoute(ucm, 'q-inuse', { default_trunk_index: trunk, pin_sets_id: '42' });
    await ucm.call('updateSIPTrunk', { trunk, ldap_default_outrt: route });
    expect((await ucm.call('deleteSIPTrunk', { trunk })).status).toBe(-24);
    expect((await ucm.call('deletePinSets', { pin_sets_id: '42' })).status).toBe(-24);
    expect((await ucm.call('deleteOutboundRoute', { outbound_route: route })).status).toBe(-24);
    const lax = await withQuirks({ 'in-use-refused': false });
    try {
      const t2 = await sipTrunk(lax, 'q-inuse');
      await outboundRoute(lax, 'q-inuse', { default_trunk_index: t2 });
      expect((await lax.call('deleteSIPTrunk', { trunk: t2 })).status).toBe(0);
    } finally {
      await lax.close();
    }
  });

  it('quirk analog-trunkgroup-identifies: updateAnalogTrunk finds the trunk by trunkgroup; off: -1', async () => {
    await ucm.call('addAnalogTrunk', { trunk_name: 'q-fxo', chans: 30 });
    const index = (await ucm.call('listAnalogTrunk')).response.analogtrunk.find((t: { trunk_name: string }) => t.trunk_name === 'q-fxo').trunk_index;
    expect((await ucm.call('updateAnalogTrunk', { trunkgroup: index, busycount: 4 })).status).toBe(0);
    expect((await ucm.call('getAnalogTrunk', { analogtrunk: index })).response.analogtrunk.busycount).toBe(4);
    const strict = await withQuirks({ 'analog-trunkgroup-identifies': false });
    try {
      await strict.call('addAnalogTrunk', { trunk_name: 'q-fxo', chans: 30 });
      const i2 = (await strict.call('listAnalogTrunk')).response.analogtrunk.find((t: { trunk_name: string }) => t.trunk_name === 'q-fxo').trunk_index;
      expect((await strict.call('updateAnalogTrunk', { trunkgroup: i2, busycount: 4 })).status).toBe(-1);
      expect((await strict.call('updateAnalogTrunk', { trunk_index: i2, busycount: 4 })).status).toBe(0);
    } finally {
      await strict.close();
    }
  });

  it('quirk trunk-list-spellings: item_number pages listAnalogTrunk; trunks.out_of_service selects out_of_service', async () => {
    await ucm.call('addAnalogTrunk', { trunk_name: 'q-fxo-a', chans: 28 });
    await ucm.call('addAnalogTrunk', { trunk_name: 'q-fxo-b', chans: 29 });
    expect((await ucm.call('listAnalogTrunk', { item_number: 1 })).response.analogtrunk).toHaveLength(1);
    await sipTrunk(ucm, 'q-list');
    const [item] = (await ucm.call('listVoIPTrunk', { options: 'trunk_name,trunks.out_of_service', item_num: 1 })).response.voip_trunk;
    expect(Object.keys(item).sort()).toEqual(['out_of_service', 'trunk_name']);
  });

  it('quirk digital-trunk-index-string: listDigitalTrunk says "1", getDigitalTrunk 1', async () => {
    await ucm.call('addDigitalTrunk', { trunk_name: 'q-e1', group_index: 31 });
    const item = (await ucm.call('listDigitalTrunk')).response.digital_trunks.find((t: { trunk_name: string }) => t.trunk_name === 'q-e1');
    expect(typeof item.trunk_index).toBe('string');
    expect((await ucm.call('getDigitalTrunk', { trunk: item.trunk_index })).response.trunk.trunk_index).toBe(Number(item.trunk_index));
  });

  it('quirk route-id-names: outbound_rt_index / inbound_route / outbound_route name routes as the tables say; off: -1', async () => {
    const trunk = await sipTrunk(ucm, 'q-ids');
    const route = await outboundRoute(ucm, 'q-ids', { default_trunk_index: trunk });
    expect((await ucm.call('updateOutboundRoute', { outbound_rt_index: route, strip: 2 })).status).toBe(0);
    expect((await ucm.call('deleteOutboundRoute', { inbound_route: route })).status).toBe(0);
    await ucm.call('addInboundRoute', { trunk_index: trunk, did_pattern_match: '_55', ext_local: 'yes', multi_mode: [], time_condition: [] });
    const inbound = (await ucm.call('listInboundRoute', { trunk_index: trunk })).response.inbound_route[0].inbound_rt_index;
    expect((await ucm.call('deleteInboundRoute', { outbound_route: inbound })).status).toBe(0);
    const strict = await withQuirks({ 'route-id-names': false });
    try {
      const t2 = await sipTrunk(strict, 'q-ids');
      const r2 = await outboundRoute(strict, 'q-ids', { default_trunk_index: t2 });
      expect((await strict.call('deleteOutboundRoute', { inbound_route: r2 })).status).toBe(-1);
      expect((await strict.call('deleteOutboundRoute', { outbound_route: r2 })).status).toBe(0);
    } finally {
      await strict.close();
    }
  });

  it('quirk route-list-shapes: the list joins patterns into a string and splits members into an array; get does the reverse', async () => {
    const trunk = await sipTrunk(ucm, 'q-shapes');
    const route = await outboundRoute(ucm, 'q-shapes', { default_trunk_index: trunk, pattern: ['_1x', '_2x'], members: '1000,1001' });
    const listed = (await ucm.call('listOutboundRoute')).response.outbound_route.find((r: { outbound_rt_index: number }) => r.outbound_rt_index === route);
    expect([listed.pattern, listed.members]).toEqual(['_1x,_2x', ['1000', '1001']]);
    const got = (await ucm.call('getOutboundRoute', { outbound_route: route })).response;
    expect([got.pattern.map((p: { match: string }) => p.match), got.outbound_route.members]).toEqual([['_1x', '_2x'], '1000,1001']);
  });

  it('quirk did-pattern-json: a stringified [{"did_pattern_match": …}] array is stored as a comma list', async () => {
    const trunk = await sipTrunk(ucm, 'q-did');
    await ucm.call('addInboundRoute', { trunk_index: trunk, did_pattern_match: '[{"did_pattern_match": "_1x"}, {"did_pattern_match": "_2x"}]', ext_local: 'yes', multi_mode: '[]', time_condition: '[]' });
    expect((await ucm.call('listInboundRoute', { trunk_index: trunk })).response.inbound_route[0].did_pattern_match).toBe('_1x,_2x');
  });

  it('quirk inbound-route-spellings: inbound_multi_mode, set_callerid_enabled, prepend land in inbound_muti_mode, set_callerid_enable, incoming_prepend', async () => {
    const trunk = await sipTrunk(ucm, 'q-spell');
    await ucm.call('addInboundRoute', { trunk_index: trunk, did_pattern_match: '_3x', ext_local: 'yes', multi_mode: '[]', time_condition: '[]', inbound_multi_mode: 2, set_callerid_enabled: 'yes', prepend: '9' });
    const inbound = (await ucm.call('listInboundRoute', { trunk_index: trunk })).response.inbound_route[0];
    expect([inbound.inbound_muti_mode, inbound.set_callerid_enable, inbound.incoming_prepend, inbound.accout_voicemail_out_of_service]).toEqual([2, 'yes', '9', 'no']);
  });

  it('quirk inbound-routes-plural: getInboundRoute answers inbound_routes, the list inbound_route', async () => {
    const trunk = await sipTrunk(ucm, 'q-plural');
    await ucm.call('addInboundRoute', { trunk_index: trunk, did_pattern_match: '_4x', ext_local: 'yes', multi_mode: '[]', time_condition: '[]' });
    const index = (await ucm.call('listInboundRoute', { trunk_index: trunk })).response.inbound_route[0].inbound_rt_index;
    expect(Object.keys((await ucm.call('getInboundRoute', { inbound_route: index })).response).sort()).toEqual(['inbound_did_destination', 'inbound_routes']);
  });

  it('quirk pin-sets-keyed-by-id: getPinSets nests the group under pin_sets_id; listPinSets\'s array is pin_sets_id', async () => {
    await ucm.call('addPinSets', { pin_sets_id: '77', pin_sets_name: 'q-keyed', members: [{ pin: '12', pin_name: 'k' }] });
    expect((await ucm.call('getPinSets', { pin_sets_id: '77' })).response.pin_sets_id).toEqual({ pin_sets_id: '77', pin_sets_name: 'q-keyed', record_in_cdr: 'no' });
    expect(Array.isArray((await ucm.call('listPinSets')).response.pin_sets_id)).toBe(true);
  });
  it('quirk cdr-root-unwrapped: cdrapi JSON is {"cdr_root": [...]} with no status', async () => {
    const cookie = await ucm.login();
    const reply = await ucm.send('cdrapi', { cookie, format: 'json', numRecords: 1 });
    expect(Object.keys(reply.body)).toEqual(['cdr_root']);
    expect(reply.body.status).toBeUndefined();
  });
  it('quirk cdraapi-alias: "cdraapi" answers as cdrapi', async () => {
    const cookie = await ucm.login();
    const spelt = await ucm.send('cdraapi', { cookie, format: 'json' });
    expect(spelt.body).toEqual((await ucm.send('cdrapi', { cookie, format: 'json' })).body);
    expect(spelt.body.cdr_root.length).toBeGreaterThan(0);
  });
  it('quirk recordfiles-trailing-at: cdrapi names end with @, getRecordInfosByCall ones do not; off: no @', async () => {
    const cookie = await ucm.login();
    const row = (await ucm.send('cdrapi', { cookie, format: 'json' })).body.cdr_root.find((r: { recordfiles?: string }) => r.recordfiles);
    expect(row.recordfiles).toMatch(/\.wav@$/);
    expect((await ucm.call('getRecordInfosByCall', { id: row.AcctId })).response.recordfiles).toBe(row.recordfiles.slice(0, -1));
    const plain = await withQuirks({ 'recordfiles-trailing-at': false });
    try {
      const c = await plain.login();
      const same = (await plain.send('cdrapi', { cookie: c, format: 'json' })).body.cdr_root.find((r: { AcctId?: string }) => r.AcctId === row.AcctId);
      expect(same.recordfiles).toBe(row.recordfiles.slice(0, -1));
    } finally {
      await plain.close();
    }
  });
  it('quirk paging-field-spellings: paginggroup_p, paginggroup_p_name and paginggroup_p_type update the group', async () => {
    await ucm.call('updatePaginggroup', { paginggroup_p: '8004', paginggroup_p_name: 'Lobby', paginggroup_p_type: '2way' });
    expect((await ucm.call('getPaginggroup', { paginggroup: '8004' })).response.paginggroup).toMatchObject({ paginggroup_name: 'Lobby', paginggroup_type: '2way' });
    await ucm.call('updatePaginggroup', { paginggroup: '8004', paginggroup_name: '8004', paginggroup_type: '1way' });
  });
  it('quirk call-control-auto-accept: an untouched inbound call is accepted after 10 s; acceptCall then -16', async () => {
    const cookie = await ucm.login();
    const app = ucm.emulator.vendor('grandstream').app;
    const injected = JSON.parse((await app.inject({ method: 'POST', url: '/__emulator/grandstream/calls', payload: { from: '0309990000', to: '1005' } })).body);
    ucm.clock.advance(10);
    const states = (await ucm.call('listUnBridgedChannels')).response.channel.map((c: { callernum: string; state: string }) => `${c.callernum}:${c.state}`);
    expect(states).toEqual(['0309990000:Ring', '1005:Ringing']);
    expect((await ucm.send('acceptCall', { cookie, channel: injected.channel })).body.status).toBe(-16);
    await ucm.call('Hangup', { channel: injected.channel });
  });
  it('quirk call-actions-need-apply: Hangup answers need_apply yes, dials no, hold {}', async () => {
    expect((await ucm.call('dialOutbound', { caller: '1006', outbound: '4002' })).response).toEqual({ need_apply: 'no' });
    ucm.clock.advance(3);
    const [bridge] = (await ucm.call('listBridgedChannels')).response.channel;
    expect((await ucm.call('hold', { channel: bridge.channel1 })).response).toEqual({});
    expect((await ucm.call('Hangup', { channel: bridge.channel1 })).response).toEqual({ need_apply: 'yes' });
  });
  it('quirk dial-ivr-outbound-caller: dialIVROutbound takes the external number as caller or outcaller', async () => {
    const cookie = await ucm.login();
    for (const name of ['caller', 'outcaller']) {
      const reply = await ucm.send('dialIVROutbound', { cookie, [name]: '5550101', ivrnumber: '7999' });
      // Both spellings reach the IVR check (no such IVR 7999), neither is "missing".
      expect(reply.body.status).toBe(-16);
    }
    expect((await ucm.send('dialIVROutbound', { cookie, ivrnumber: '7999' })).body.status).toBe(-1);
  });
  it('quirk play-prompt-variable-case: Variable and specified_channel without channel are accepted', async () => {
    const cookie = await ucm.login();
    const reply = await ucm.send('playPromptByOrg', { cookie, type: 'ivr', Variable: 'prompt2', specified_channel: [{ exten_type: 'extension', extension: '1007' }] });
    expect(reply.body).toEqual({ response: { need_apply: 'yes' }, status: 0 });
    const [leg] = (await ucm.call('listUnBridgedChannels')).response.channel.filter((c: { callernum: string }) => c.callernum === '1007');
    await ucm.call('Hangup', { channel: leg.channel });
  });
  it('quirk websocket-username: WebSocket challenge/login name the user `username`', async () => {
    const { default: WebSocket } = await import('ws');
    const live = await startUcm({ listen: true, vendors: { grandstream: { port: 0 } } });
    const socket = new WebSocket(`${live.emulator.vendor('grandstream').url.replace(/^https/, 'wss')}/websockify`, { rejectUnauthorized: false });
    try {
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const ask = (message: Record<string, unknown>) =>
        new Promise<any>((resolve) => {
          socket.once('message', (data) => resolve(JSON.parse(String(data))));
          socket.send(JSON.stringify({ type: 'request', message }));
        });
      const challenge = await ask({ action: 'challenge', username: live.user, transactionid: '1' });
      expect(challenge).toMatchObject({ type: 'response', message: { transactionid: '1', status: 0 } });
      const login = await ask({ action: 'login', username: live.user, token: md5(challenge.message.challenge + live.password), transactionid: '2' });
      expect(login.message).toMatchObject({ transactionid: '2', status: 0, cookie: expect.stringMatching(/^sid/) });
    } finally {
      socket.close();
      await live.close();
    }
  });
});
