import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { md5, startUcm, type UcmTestEmulator } from './test-support.ts';

/** A small client: sends request frames, collects every frame received. */
async function connect(url: string) {
  const socket = new WebSocket(url, { rejectUnauthorized: false });
  const frames: any[] = [];
  const waiters: Array<{ test: (f: any) => boolean; resolve: (f: any) => void }> = [];
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data));
    frames.push(frame);
    for (const w of [...waiters]) if (w.test(frame)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(frame);
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const next = (test: (f: any) => boolean) =>
    new Promise<any>((resolve, reject) => {
      const found = frames.find(test);
      if (found) return resolve(found);
      waiters.push({ test, resolve });
      setTimeout(() => reject(new Error(`no matching frame; got ${JSON.stringify(frames).slice(0, 500)}`)), 3000);
    });
  let tx = 0;
  const request = async (message: Record<string, unknown>) => {
    const transactionid = `t${++tx}`;
    socket.send(JSON.stringify({ type: 'request', message: { ...message, transactionid } }));
    return (await next((f) => f.type === 'response' && f.message.transactionid === transactionid)).message;
  };
  return { socket, frames, next, request };
}

describe('Grandstream WebSocket /websockify', () => {
  let ucm: UcmTestEmulator;
  let url: string;
  beforeAll(async () => {
    ucm = await startUcm({ listen: true, vendors: { grandstream: { port: 0 } } });
    url = `${ucm.emulator.vendor('grandstream').url.replace(/^https/, 'wss')}/websockify`;
  });
  afterAll(() => ucm.close());

  it('challenge/login with username, subscribe with filters, events from calls, heartbeat', async () => {
    const ws = await connect(url);
    try {
      expect(await ws.request({ action: 'subscribe', eventnames: ['ActiveCallStatus'] })).toEqual({ transactionid: 't1', status: -6 });
      const challenge = await ws.request({ action: 'challenge', username: ucm.user, version: '1' });
      expect(challenge.status).toBe(0);
      expect(challenge.challenge).toMatch(/^\d{16}$/);
      const login = await ws.request({ action: 'login', username: ucm.user, token: md5(challenge.challenge + ucm.password) });
      expect(login).toMatchObject({ status: 0 });
      expect(login.cookie).toMatch(/^sid\d+-\d+$/);
      // The cookie is an API session over HTTPS as well.
      expect((await ucm.send('getSystemStatus', { cookie: login.cookie })).body.status).toBe(0);
      expect(await ws.request({ action: 'subscribe', eventnames: ['ExtensionStatus/1001,1002', 'ActiveCallStatus', 'CallQueueStatus/6500'] })).toEqual({ transactionid: 't4', status: 0 });
      const snapshot = await ws.next((f) => f.type === 'event' && f.message.eventname === 'ExtensionStatus');
      expect(snapshot.message).toEqual({ action: 'notify', eventname: 'ExtensionStatus', eventbody: [{ extension: '1001', status: 'Idle' }, { extension: '1002', status: 'Unavailable' }] });

      await ucm.call('dialExtension', { caller: '1001', callee: '1003' });
      const add = await ws.next((f) => f.type === 'event' && f.message.eventname === 'ActiveCallStatus' && f.message.eventbody[0].action === 'add');
      expect(add.message.eventbody[0]).toMatchObject({ chantype: 'unbridge', channel: expect.stringMatching(/^PJSIP\/1001-[0-9a-f]{8}$/), callernum: '1001', connectednum: '1003', state: 'Ringing' });
      expect(add.message.eventbody[0].linkedid).toBe(add.message.eventbody[0].uniqueid);
      const ringing = await ws.next((f) => f.type === 'event' && f.message.eventname === 'ExtensionStatus' && f.message.eventbody[0].status === 'Ringing');
      expect(ringing.message.eventbody).toEqual([{ extension: '1001', status: 'Ringing' }]);
      ucm.clock.advance(3);
      const bridge = await ws.next((f) => f.type === 'event' && f.message.eventbody[0].chantype === 'bridge');
      expect(bridge.message.eventbody[0]).toMatchObject({ action: 'add', callerid1: '1001', callerid2: '1003', bridge_time: '2024-11-14 10:00:03' });
      await ucm.call('Hangup', { channel: bridge.message.eventbody[0].channel1 });
      const gone = await ws.next((f) => f.type === 'event' && f.message.eventbody[0].action === 'delete');
      expect(gone.message.eventbody[0]).toEqual({ action: 'delete', channel: bridge.message.eventbody[0].channel1 });
      // 1003 is outside the ExtensionStatus filter.
      expect(ws.frames.some((f) => f.message.eventname === 'ExtensionStatus' && f.message.eventbody.some((b: { extension: string }) => b.extension === '1003'))).toBe(false);

      expect(await ws.request({ action: 'heartbeat' })).toEqual({ transactionid: 't5', status: 0 });
      expect(await ws.request({ action: 'dance' })).toEqual({ transactionid: 't6', status: -19 });
      expect(await ws.request({ action: 'subscribe', eventnames: [] })).toEqual({ transactionid: 't7', status: -1 });
      expect(await ws.request({ action: 'logout' })).toEqual({ transactionid: 't8', status: 0 });
      expect(await ws.request({ action: 'heartbeat' })).toEqual({ transactionid: 't9', status: -6 });
    } finally {
      ws.socket.close();
    }
  });

  it('a wrong token is -37 with remain_num; frames that are not requests are -1', async () => {
    const ws = await connect(url);
    try {
      await ws.request({ action: 'challenge', username: ucm.user });
      const bad = await ws.request({ action: 'login', username: ucm.user, token: 'nope' });
      expect(bad).toMatchObject({ status: -37 });
      expect(typeof bad.remain_num).toBe('number');
      ws.socket.send('{"type": "event"}');
      ws.socket.send('not json');
      await ws.next((f) => f.type === 'response' && f.message.status === -1 && ws.frames.filter((g) => g.message.status === -1).length === 2);
    } finally {
      ws.socket.close();
    }
  });
});
