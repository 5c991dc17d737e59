import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUcm, type UcmTestEmulator } from './test-support.ts';

/** Call Queue (doc 4764-5467): CRUD, static agents, queueapi statistics from the CDR. */
describe('Grandstream call queues', () => {
  let ucm: UcmTestEmulator;
  beforeAll(async () => {
    ucm = await startUcm();
  });
  afterAll(() => ucm.close());

  it('lists the fixture queues with the example\'s fields, and selects fields with options', async () => {
    const all = await ucm.call('listQueue', {});
    expect(all.status).toBe(0);
    expect(all.response.queue.find((q: { extension: string }) => q.extension === '6500')).toEqual({ extension: '6500', members: '1001,1002', queue_chairmans: null, queue_name: 'Test', strategy: 'ringall' });
    const some = await ucm.call('listQueue', { options: 'extension,strategy', sord: 'desc' });
    expect(Object.keys(some.response.queue[0]).sort()).toEqual(['extension', 'strategy']);
    expect(some.response.queue[0].extension).toBe('6501');
  });

  it('adds, reads, updates and deletes a queue; defaults are the getQueue example\'s', async () => {
    expect((await ucm.call('addQueue', { extension: '6502', queue_name: 'test', strategy: 'linear', members: '1001,1002', queue_chairmans: '1001' })).response).toEqual({ need_apply: 'yes' });
    const got = (await ucm.call('getQueue', { queue: '6502' })).response.queue;
    expect(got).toMatchObject({ extension: '6502', queue_name: 'test', strategy: 'linear', members: '1001,1002', ringtime: 30, wrapuptime: 10, leavewhenempty: 'strict', tmp2: '6502', reporholdtime: 'no' });
    expect((await ucm.call('updateQueue', { queue: '6502', members: '1001,1002,1003', reportholdtime: 'yes', ringtime: '15' })).status).toBe(0);
    const again = (await ucm.call('getQueue', { queue: '6502' })).response.queue;
    expect(again).toMatchObject({ members: '1001,1002,1003', reporholdtime: 'yes', ringtime: 15, queue_name: 'test' });
    expect((await ucm.call('deleteQueue', { queue: '6502' })).response.need_apply).toBe('yes');
    expect((await ucm.call('getQueue', { queue: '6502' })).status).toBe(-16);
  });

  it('refuses duplicates (-44), unknown queues (-16), agents that are not extensions (-16) and bad values (-15)', async () => {
    expect((await ucm.call('addQueue', { extension: '6500', queue_name: 'x' })).status).toBe(-44);
    expect((await ucm.call('addQueue', { extension: '1001', queue_name: 'x' })).status).toBe(-44);
    expect((await ucm.call('addQueue', { extension: '6510', queue_name: 'x', members: '1001,9999' })).status).toBe(-16);
    expect((await ucm.call('addQueue', { extension: '6510', queue_name: 'x', strategy: 'sometimes' })).status).toBe(-15);
    expect((await ucm.call('addQueue', { extension: '6510', queue_name: 'x', ringtime: 2 })).status).toBe(-15);
    expect((await ucm.call('addQueue', { queue_name: 'x' })).status).toBe(-1);
    expect((await ucm.call('updateQueue', { queue: '6599', queue_name: 'x' })).status).toBe(-16);
    expect((await ucm.call('deleteQueue', { queue: '6599' })).status).toBe(-16);
    expect((await ucm.call('getQueue', { queue: '6510' })).status).toBe(-16);
  });

  it('logs static agents in and out and pauses them; the history shows in queueapi', async () => {
    await ucm.call('addQueue', { extension: '6520', queue_name: 'agents', members: '1001,1002' });
    expect((await ucm.call('loginLogoffQueueAgent', { extension: '6520', interface: '1001', operatetype: 'logoff' })).response).toEqual({});
    expect((await ucm.call('loginLogoffQueueAgent', { extension: '6520', interface: '1003', operatetype: 'login' })).status).toBe(-16);
    expect((await ucm.call('loginLogoffQueueAgent', { extension: '6599', interface: '1001', operatetype: 'login' })).status).toBe(-16);
    // A logged-off agent cannot be paused in that queue.
    expect((await ucm.call('pauseUnpauseQueueAgent', { extension: '6520', interface: '1001', operatetype: 'pause' })).status).toBe(-24);
    expect((await ucm.call('pauseUnpauseQueueAgent', { interface: '1002', operatetype: 'pause' })).response).toEqual({ need_apply: 'yes' });
    expect((await ucm.call('pauseUnpauseQueueAgent', { interface: '1009', operatetype: 'pause' })).status).toBe(-16);
    const state = ucm.emulator.vendor('grandstream').context.state.table<{ logged_in: boolean; paused: boolean }>('queue_agents');
    expect(state.get('6520:1001')).toMatchObject({ logged_in: false, paused: false });
    // Without a queue, 1002 is paused in every queue it serves (6500 and 6520).
    expect(state.get('6520:1002')).toMatchObject({ logged_in: true, paused: true });
    expect(state.get('6500:1002')).toMatchObject({ logged_in: true, paused: true });
    const logins = await ucm.call('queueapi', { startTime: '2024-11-14', endTime: '2024-11-14', queue: '6520', 'statistics Type': 'loginhistory', format: 'json' });
    expect(logins.root_statistics.loginhistory.map((r: { agent: string; action: string }) => `${r.agent}:${r.action}`)).toEqual(['1001:login', '1002:login', '1001:logoff']);
    const pauses = await ucm.call('queueapi', { startTime: '2024-11-14', queue: '6500', statisticsType: 'pausedhistory', format: 'json' });
    expect(pauses.root_statistics.pausedhistory).toEqual([{ queuechairman: 'admin', queue: '6500', agent: '1002', action: 'pause', time: '2024-11-14 10:00:00' }]);
    await ucm.call('pauseUnpauseQueueAgent', { interface: '1002', operatetype: 'unpause' });
    // Removing an agent from members drops its state.
    await ucm.call('updateQueue', { queue: '6520', members: '1002' });
    expect(state.get('6520:1001')).toBeUndefined();
  });

  it('queueapi computes the overview from CDR rows (XML by default)', async () => {
    const { context } = ucm.emulator.vendor('grandstream');
    const cdr = context.state.table<Record<string, string>>('cdr');
    const leg = (id: string, over: Record<string, string>) =>
      cdr.set(id, { AcctId: id, src: '4005', dst: '6500', start: '2024-11-13 09:00:00', answer: '', end: '2024-11-13 09:00:10', duration: '10', billsec: '0', disposition: 'NO ANSWER', lastapp: 'Queue', dstanswer: '', dstchannel: 'PJSIP/1001-00000001', uniqueid: `u${id}`, ...over });
    leg('q1', { answer: '2024-11-13 09:00:02', billsec: '7', disposition: 'ANSWERED', duration: '9', dstchannel: 'PJSIP/1001-00000001' });
    leg('q2', { duration: '2', dstchannel: 'PJSIP/1001-00000002', start: '2024-11-13 10:00:00' });
    // Outside the range, and a row that is not a queue call, and garbage: ignored.
    leg('q3', { start: '2024-10-01 09:00:00' });
    cdr.set('other', { AcctId: 'other', src: '1001', dst: '1002', start: '2024-11-13 09:00:00', disposition: 'ANSWERED', lastapp: 'Dial' } as Record<string, string>);
    cdr.set('junk', 'not a row' as never);
    const reply = await ucm.send('queueapi', { cookie: await ucm.login(), startTime: '2024-11-13', endTime: '2024-11-13', queue: '6500' });
    expect(reply.contentType).toMatch(/^text\/xml/);
    expect(reply.text).toMatch(/^<\?xml version="1.0"\?>\n<root_statistics>/);
    expect(reply.text).toContain('<total>\n    <queuechairman>admin</queuechairman>\n    <total_calls>2</total_calls>\n    <abandoned_rate>50.0</abandoned_rate>\n    <avg_wait>2</avg_wait>\n    <avg_talk>7</avg_talk>');
    expect(reply.text).toContain('<queue>6500</queue>\n    <total_calls>2</total_calls>\n    <answered_calls>1</answered_calls>\n    <answered_rate>50.0</answered_rate>');
    expect(reply.text).toContain('<agent>1001</agent>\n    <total_calls>2</total_calls>\n    <answered_calls>1</answered_calls>\n    <answered_rate>50.0</answered_rate>\n    <avg_talk>7</avg_talk>');
    const json = await ucm.call('queueapi', { startTime: '2024-11-13', endTime: '2024-11-13', format: 'json', queue: '6500', agent: '1002' });
    expect(json.root_statistics.agent).toEqual([{ queuechairman: 'admin', agent: '1002', total_calls: '0', answered_calls: '0', answered_rate: '0.0', avg_talk: '0' }]);
    const detail = await ucm.call('queueapi', { startTime: '2024-11-13', endTime: '2024-11-13', format: 'json', 'statistics Type': 'calldetail', numRecords: 1, offset: 1 });
    expect(detail.root_statistics.calldetail).toEqual([expect.objectContaining({ queue: '6500', connect: 'no', start_time: '2024-11-13 10:00:00' })]);
    const csv = await ucm.send('queueapi', { cookie: await ucm.login(), startTime: '2024-11-13', format: 'csv' });
    expect(csv.contentType).toMatch(/^text\/csv/);
    expect(csv.text.split('\n')[0]).toBe('total,queuechairman,total_calls,abandoned_rate,avg_wait,avg_talk,vq_total_calls');
    // A chairman sees only the queues naming them.
    const chair = await ucm.call('queueapi', { startTime: '2024-11-13', format: 'json', queuechairman: '1003' });
    expect(chair.root_statistics.queue.map((q: { queue: string }) => q.queue)).toEqual(['6501']);
    expect((await ucm.call('queueapi', { endTime: '2024-11-13' })).status).toBe(-1);
    expect((await ucm.call('queueapi', { startTime: 'yesterday' })).status).toBe(-15);
  });
});
