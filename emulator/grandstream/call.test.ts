import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ucmEvents, type UcmEvent } from './events.ts';
import { startUcm, type UcmTestEmulator } from './test-support.ts';

/** Voice Call, paging and playPromptByOrg on the call simulator (emulator clock frozen, advanced by hand). */
describe('Grandstream calls', () => {
  let ucm: UcmTestEmulator;
  const events: UcmEvent[] = [];
  const app = () => ucm.emulator.vendor('grandstream').app;
  const inject = async (body: Record<string, unknown>) => {
    const reply = await app().inject({ method: 'POST', url: '/__emulator/grandstream/calls', payload: body });
    return { status: reply.statusCode, body: JSON.parse(reply.body) };
  };
  const bridged = async () => (await ucm.call('listBridgedChannels')).response.channel as Array<Record<string, string>>;
  const unbridged = async () => (await ucm.call('listUnBridgedChannels')).response.channel as Array<Record<string, string>>;
  const cdrRows = async () => (await ucm.call('cdrapi', { format: 'json' })).cdr_root as Array<Record<string, any>>;
  const hangAll = async () => {
    for (const c of await bridged()) await ucm.call('Hangup', { channel: c.channel1 });
    for (const c of await unbridged()) if ((await ucm.send('Hangup', { cookie: await ucm.login(), channel: c.channel })).body.status !== 0) continue;
  };

  beforeAll(async () => {
    ucm = await startUcm();
    const context = ucm.emulator.vendor('grandstream').context;
    ucmEvents(context).subscribe((e) => events.push(e));
  });
  afterAll(() => ucm.close());

  it('dialExtension rings both sides, bridges after ring_seconds, Hangup leaves an ANSWERED CDR', async () => {
    events.length = 0;
    expect(await ucm.call('dialExtension', { caller: '1003', callee: '1004' })).toEqual({ response: { need_apply: 'no' }, status: 0 });
    const ringing = await unbridged();
    expect(ringing.map((c) => [c.callernum, c.state])).toEqual([
      ['1003', 'Ringing'],
      ['1004', 'Ringing'],
    ]);
    expect(ringing[0].channel).toMatch(/^PJSIP\/1003-[0-9a-f]{8}$/);
    expect(await bridged()).toEqual([]);
    ucm.clock.advance(3);
    const [call] = await bridged();
    expect(call).toMatchObject({ callerid1: '1003', callerid2: '1004', channel1: ringing[0].channel, channel2: ringing[1].channel, bridge_time: '2024-11-14 10:00:03', have_send: 1 });
    expect(call.bridge_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await unbridged()).toEqual([]);
    const account = (await ucm.call('listAccount', { options: 'extension,status' })).response.account.find((a: { extension: string }) => a.extension === '1003');
    expect(account.status).toBe('InUse');
    ucm.clock.advance(10);
    expect(await ucm.call('Hangup', { channel: call.channel2 })).toEqual({ response: { need_apply: 'yes' }, status: 0 });
    expect(await bridged()).toEqual([]);
    const row = (await cdrRows()).at(-1)!;
    expect(row).toMatchObject({ src: '1003', dst: '1004', disposition: 'ANSWERED', duration: '13', billsec: '10', channel: call.channel1, dstchannel: call.channel2, userfield: 'Internal' });
    expect(Object.values(row).every((v) => typeof v === 'string')).toBe(true);
    const after = (await ucm.call('listAccount', { options: 'extension,status' })).response.account.find((a: { extension: string }) => a.extension === '1003');
    expect(after.status).toBe('Unavailable');
    const names = events.map((e) => `${e.eventname}:${(e.eventbody[0] as { action?: string; status?: string }).action ?? (e.eventbody[0] as { status: string }).status}`);
    expect(names).toContain('ExtensionStatus:Ringing');
    expect(names).toContain('ExtensionStatus:InUse');
    expect(names).toContain('ActiveCallStatus:add');
    expect(names.filter((n) => n === 'ActiveCallStatus:delete')).toHaveLength(2);
    expect(events.find((e) => (e.eventbody[0] as { action?: string }).action === 'delete')!.eventbody[0]).toEqual({ action: 'delete', channel: call.channel1 });
  });

  it('calls end by themselves after talk_seconds; unknown numbers are -16, bad numbers -15', async () => {
    await ucm.call('dialOutbound', { caller: '1005', outbound: '5551234' });
    const legs = await unbridged();
    expect(legs[1].channel).toMatch(/^PJSIP\/trunk_1-[0-9a-f]{8}$/);
    ucm.clock.advance(3 + 120);
    expect(await bridged()).toEqual([]);
    expect((await cdrRows()).at(-1)).toMatchObject({ src: '1005', dst: '5551234', billsec: '120', userfield: 'Outbound' });
    const cookie = await ucm.login();
    expect((await ucm.send('dialExtension', { cookie, caller: '1005', callee: '7999' })).body.status).toBe(-16);
    expect((await ucm.send('dialExtension', { cookie, caller: '7999', callee: '1005' })).body.status).toBe(-16);
    expect((await ucm.send('dialExtension', { cookie, caller: '1005' })).body.status).toBe(-1);
    expect((await ucm.send('dialOutbound', { cookie, caller: '1005', outbound: 'abc' })).body.status).toBe(-15);
    expect((await ucm.send('dialIVR', { cookie, caller: '1005', ivrnumber: '7998' })).body.status).toBe(-16);
  });

  it('hold, mute and transfer need an answered call; callTransfer leaves a multi-leg CDR', async () => {
    await ucm.call('dialExtension', { caller: '1006', callee: '1007' });
    const [a] = await unbridged();
    const cookie = await ucm.login();
    for (const action of ['hold', 'mute', 'callTransfer']) expect((await ucm.send(action, { cookie, channel: a.channel, extension: '1008' })).body.status).toBe(-15);
    expect((await ucm.send('hold', { cookie, channel: 'PJSIP/1006-ffffffff' })).body.status).toBe(-16);
    ucm.clock.advance(3);
    const [call] = await bridged();
    for (const action of ['hold', 'unhold', 'mute', 'unmute', 'mute']) expect(await ucm.call(action, { channel: call.channel1 })).toEqual({ response: {}, status: 0 });
    const live = JSON.parse((await app().inject({ method: 'GET', url: '/__emulator/grandstream/calls' })).body).calls;
    expect(live[0].legs[0]).toMatchObject({ channel: call.channel1, muted: true, held: false });
    ucm.clock.advance(20);
    // 1007 hands 1006 over to 1008.
    expect(await ucm.call('callTransfer', { channel: call.channel2, extension: '1008' })).toEqual({ response: { need_apply: 'no' }, status: 0 });
    const ringing = await unbridged();
    expect(ringing.map((c) => c.callernum).sort()).toEqual(['1006', '1008']);
    ucm.clock.advance(3);
    const [next] = await bridged();
    expect([next.callerid1, next.callerid2]).toEqual(['1006', '1008']);
    ucm.clock.advance(5);
    await ucm.call('Hangup', { channel: next.channel1 });
    const item = (await cdrRows()).at(-1)!;
    expect(Object.keys(item)).toEqual(['cdr', 'main_cdr', 'sub_cdr_1']);
    expect(item.main_cdr).toMatchObject({ src: '1006', dst: '1007', billsec: '20' });
    expect(item.sub_cdr_1).toMatchObject({ src: '1006', dst: '1008', billsec: '5', session: item.main_cdr.session });
  });

  it('callbarge adds a listening channel to a bridged call; Hangup of it leaves the call', async () => {
    await ucm.call('dialExtension', { caller: '1001', callee: '1002' });
    ucm.clock.advance(3);
    const [call] = await bridged();
    const cookie = await ucm.login();
    expect((await ucm.send('callbarge ', { cookie, channel: call.channel1, exten: '1001', 'barge-exten': '7999' })).body.status).toBe(-16);
    expect((await ucm.send('callbarge', { cookie, channel: call.channel1, exten: '1001', 'barge-exten': '1009', mode: 'X' })).body.status).toBe(-15);
    expect((await ucm.send('callbarge ', { cookie, channel: call.channel1, exten: '1001', 'barge-exten': '1009@1', mode: 'B' })).body).toEqual({ response: { need_apply: 'yes' }, status: 0 });
    const [spy] = await unbridged();
    expect(spy).toMatchObject({ callernum: '1009', service: 'chanspy', state: 'Up' });
    await ucm.call('Hangup', { channel: spy.channel });
    expect(await unbridged()).toEqual([]);
    expect(await bridged()).toHaveLength(1);
    await hangAll();
  });

  it('an injected inbound call waits for Call Control: acceptCall connects it, refuseCall ends it NO ANSWER', async () => {
    const accepted = await inject({ from: '0301234567', to: '1002' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.channel).toMatch(/^PJSIP\/trunk_1-[0-9a-f]{8}$/);
    expect(accepted.body.state).toBe('waiting');
    expect((await unbridged())[0]).toMatchObject({ channel: accepted.body.channel, state: 'Ring', service: 'from-trunk', connectednum: '1002' });
    expect(await ucm.call('acceptCall', { channel: accepted.body.channel })).toEqual({ response: {}, status: 0 });
    const cookie = await ucm.login();
    expect((await ucm.send('acceptCall', { cookie, channel: accepted.body.channel })).body.status).toBe(-16);
    ucm.clock.advance(3);
    expect((await bridged())[0]).toMatchObject({ callerid1: '0301234567', callerid2: '1002' });
    await hangAll();

    const refused = await inject({ from: '0307654321', to: '1002' });
    expect(await ucm.call('refuseCall', { channel: refused.body.channel })).toEqual({ response: {}, status: 0 });
    expect(await unbridged()).toEqual([]);
    expect((await cdrRows()).at(-1)).toMatchObject({ src: '0307654321', disposition: 'NO ANSWER', billsec: '0', userfield: 'Inbound' });
  });

  it('without a decision the call is accepted after 10 s; the control route refuses bad bodies and unknown targets', async () => {
    const call = await inject({ from: '0301111111', to: '1003' });
    ucm.clock.advance(9);
    expect((await unbridged()).map((c) => c.state)).toEqual(['Ring']);
    ucm.clock.advance(1);
    expect((await unbridged()).map((c) => [c.callernum, c.state])).toEqual([
      ['0301111111', 'Ring'],
      ['1003', 'Ringing'],
    ]);
    const cookie = await ucm.login();
    expect((await ucm.send('refuseCall', { cookie, channel: call.body.channel })).body.status).toBe(-16);
    await hangAll();
    expect((await inject({ from: 'x', to: '1003' })).status).toBe(400);
    expect((await inject({ from: '0301', to: '7999' })).status).toBe(404);
    const direct = await inject({ from: '0302', to: '1004', call_control: false, ring_seconds: 1 });
    expect(direct.body.state).toBe('ringing');
    ucm.clock.advance(1);
    expect(await bridged()).toHaveLength(1);
    await hangAll();
  });

  it('acceptCall needs the Call Control permission (-47)', async () => {
    const cookie = await ucm.login('cdrreader', 'cdrreader123');
    expect((await ucm.send('acceptCall', { cookie, channel: 'PJSIP/trunk_1-00000001' })).body.status).toBe(-47);
    const agent = await ucm.login('callagent', 'callagent123');
    expect((await ucm.send('acceptCall', { cookie: agent, channel: 'PJSIP/trunk_1-00000001' })).body.status).toBe(-16);
  });

  it('transferNumberInbound and transferNumberOutbound replace the far side', async () => {
    const inbound = await inject({ from: '0309999999', to: '1001', call_control: false });
    ucm.clock.advance(3);
    expect(await ucm.call('transferNumberInbound', { channel: inbound.body.channel, callee: '1005' })).toEqual({ response: { need_apply: 'no' }, status: 0 });
    ucm.clock.advance(3);
    expect((await bridged())[0]).toMatchObject({ callerid1: '0309999999', callerid2: '1005' });
    const cookie = await ucm.login();
    expect((await ucm.send('transferNumberOutbound', { cookie, channel: inbound.body.channel, outbound: '5550000' })).body.status).toBe(-15);
    await hangAll();

    await ucm.call('dialOutbound', { caller: '1006', outbound: '5551111' });
    const [ext] = await unbridged();
    expect(await ucm.call('transferNumberOutbound', { channel: ext.channel, outbound: '5552222' })).toEqual({ response: { need_apply: 'no' }, status: 0 });
    expect((await unbridged()).map((c) => c.callernum)).toEqual(['1006', '5552222']);
    expect((await ucm.send('transferNumberInbound', { cookie, channel: ext.channel, callee: '1001' })).body.status).toBe(-15);
    await hangAll();
  });

  it('dialRinggroup, dialQueue and dialIVR route external and local callers into applications', async () => {
    await ucm.call('dialRinggroup', { outcaller: '5553333', ringgroup: '6400' });
    ucm.clock.advance(3);
    const [member] = (await unbridged()).filter((c) => c.state === 'Ringing');
    expect(member.callernum).toMatch(/^10\d\d$/);
    ucm.clock.advance(3);
    expect((await bridged())[0].callerid1).toBe('5553333');
    await hangAll();
    const queues = (await ucm.call('listQueue')).response.queue as Array<{ extension: string }>;
    if (queues.length) {
      events.length = 0;
      await ucm.call('dialQueue', { outcaller: '5554444', queue: queues[0].extension });
      ucm.clock.advance(3);
      expect(events.some((e) => e.eventname === 'CallQueueStatus' && e.subject === queues[0].extension)).toBe(true);
      await hangAll();
    }
    const cookie = await ucm.login();
    expect((await ucm.send('dialQueue', { cookie, outcaller: '5554444', queue: '1001' })).body.status).toBe(-16);
    expect((await ucm.send('dialIVROutbound', { cookie, caller: '5554444', ivrnumber: '1001' })).body.status).toBe(-16);
    await ucm.call('dialOutboundTwo', { outcaller: '5555555', outcallee: '5556666' });
    expect((await unbridged()).map((c) => c.channel.startsWith('PJSIP/trunk_'))).toEqual([true, true]);
    await hangAll();
  });

  it('playPromptByOrg rings every target and plays the prompt; unknown targets are -16, no target -1', async () => {
    expect(await ucm.call('playPromptByOrg', { type: 'ivr', channel: '1000', variable: 'prompt1' })).toEqual({ response: { need_apply: 'yes' }, status: 0 });
    expect(await ucm.call('playPromptByOrg', { type: 'ivr', Variable: 'prompt2', specified_channel: [{ exten_type: 'ringgroup', extension: '6400' }, { exten_type: 'extension', extension: '1001' }] })).toMatchObject({ status: 0 });
    const ringing = await unbridged();
    expect(ringing.every((c) => c.service === 'playprompt')).toBe(true);
    expect(ringing.map((c) => c.callernum)).toContain('1000');
    ucm.clock.advance(3);
    expect((await unbridged()).every((c) => c.state === 'Up')).toBe(true);
    ucm.clock.advance(5);
    expect(await unbridged()).toEqual([]);
    const cookie = await ucm.login();
    expect((await ucm.send('playPromptByOrg', { cookie, type: 'ivr', variable: 'p' })).body.status).toBe(-1);
    expect((await ucm.send('playPromptByOrg', { cookie, type: 'ivr', variable: 'p', channel: '7999' })).body.status).toBe(-16);
    expect((await ucm.send('playPromptByOrg', { cookie, type: 'name_voice', variable: '7999', channel: '1000' })).body.status).toBe(-16);
    expect((await ucm.send('playPromptByOrg', { cookie, type: 'song', variable: 'p', channel: '1000' })).body.status).toBe(-15);
  });

  it('paging groups: add, list, get, update (garbled names), page, hang up, delete', async () => {
    expect(await ucm.call('addPaginggroup', { extension: '7960', paginggroup_name: 'Hall', paginggroup_type: '3way', members: '1001,1002', multicast_ip: '224.0.1.9', multicast_port: '5000' })).toEqual({ response: { need_apply: 'yes' }, status: 0 });
    const cookie = await ucm.login();
    expect((await ucm.send('addPaginggroup', { cookie, extension: '7960', paginggroup_name: 'x', paginggroup_type: '1way' })).body.status).toBe(-44);
    expect((await ucm.send('addPaginggroup', { cookie, extension: '1001', paginggroup_name: 'x', paginggroup_type: '1way' })).body.status).toBe(-44);
    expect((await ucm.send('addPaginggroup', { cookie, extension: '7961', paginggroup_name: 'x', paginggroup_type: '1way', members: '7999' })).body.status).toBe(-16);
    expect((await ucm.send('addPaginggroup', { cookie, extension: '7961', paginggroup_name: 'x', paginggroup_type: '1way', multicast_ip: '10.0.0.1' })).body.status).toBe(-15);
    const list = (await ucm.call('listPaginggroup', { options: 'extension,paginggroup_type', sidx: 'extension', sord: 'desc' })).response;
    expect(list.paginggroup[0]).toEqual({ extension: '8005', paginggroup_type: '3way' });
    const got = (await ucm.call('getPaginggroup', { paginggroup: '7960' })).response.paginggroup;
    expect(got).toMatchObject({ extension: '7960', paginggroup_name: 'Hall', multicast_port: 5000, limitime: 0, enable: 'yes', tmp: '7960', number_allowed: null });
    await ucm.call('updatePaginggroup', { paginggroup_p: '7960', paginggroup_p_type: '2way', paginggroup_p_name: 'Hall 2', number_allowed: '1003' });
    expect((await ucm.call('getPaginggroup', { paginggroup: '7960' })).response.paginggroup).toMatchObject({ paginggroup_type: '2way', paginggroup_name: 'Hall 2', number_allowed: '1003' });
    expect((await ucm.send('MulticastPaging', { cookie, pagingnum: '7960', caller: '1004' })).body.status).toBe(-47);
    expect(await ucm.call('MulticastPaging', { pagingnum: '7960', caller: '1003' })).toEqual({ response: { need_apply: 'yes' }, status: 0 });
    expect((await bridged())[0]).toMatchObject({ callerid1: '1003', callerid2: '1001' });
    expect(await ucm.call('MulticastPagingHangup', { pagingnum: '7960' })).toEqual({ response: { need_apply: 'yes' }, status: 0 });
    expect((await ucm.send('MulticastPagingHangup', { cookie, pagingnum: '7960' })).body.status).toBe(-16);
    expect((await cdrRows()).at(-1)).toMatchObject({ action_type: 'PAGE[7960]', dcontext: 'pagegroups', service: 'p', src: '1003', dst: '7960' });
    await ucm.call('MulticastPaging', { pagingnum: '8005', caller: '1004' });
    expect((await bridged())[0].channel2).toMatch(/^MulticastRTP\/0x[0-9a-f]{8}$/);
    ucm.clock.advance(10);
    expect(await bridged()).toEqual([]);
    expect(await ucm.call('deletePaginggroup', { paginggroup: '7960' })).toEqual({ response: { need_apply: 'yes' }, status: 0 });
    expect((await ucm.send('getPaginggroup', { cookie, paginggroup: '7960' })).body.status).toBe(-16);
  });

  it('a reset drops live calls and their timers never write into the fresh state', async () => {
    await ucm.call('dialExtension', { caller: '1001', callee: '1002' });
    const before = (await cdrRows()).length;
    ucm.emulator.reset('grandstream');
    ucm.clock.advance(500);
    expect(await bridged()).toEqual([]);
    expect((await cdrRows()).length).toBeLessThan(before);
  });
});

describe('Grandstream call injection route', () => {
  it('exists only beside the control API (absent with control off)', async () => {
    const off = await startUcm({ control: false });
    try {
      const reply = await off.emulator.vendor('grandstream').app.inject({ method: 'POST', url: '/__emulator/grandstream/calls', payload: { from: '0301', to: '1001' } });
      expect(reply.statusCode).toBe(404);
    } finally {
      await off.close();
    }
  });
});
