import assert from 'node:assert/strict';
import { doc, FIELD_EVIDENCE } from '../../contracts/grandstream/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { bridged, eventually, hangUpAfter, INJECT_CONTROL, injectCall, twoExtensions, wsSession } from './call-helpers.ts';
import { GrandstreamClient } from './helpers.ts';

/**
 * The WebSocket at /websockify (field evidence; the document only says "WebSocket is supported", doc 20).
 * It needs a socket, so it does not run on the in-process target.
 */
const NO_SOCKET = 'the WebSocket needs a real socket (the in-process target has none)';

export const wsScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.ws.subscribe',
    title: 'WebSocket challenge/login with `username`, subscribe with eventnames (and a / filter), heartbeat',
    doc: [doc('20'), doc('159-238')],
    operations: [],
    skipOn: { 'in-process': NO_SOCKET },
    async run(t) {
      t.note(FIELD_EVIDENCE);
      const ws = await wsSession(t);
      const login = await ws.login();
      assert.match(String(login.cookie), /^sid\d+-\d+$/);
      const subscribed = await ws.request({ action: 'subscribe', eventnames: ['ExtensionStatus', 'ActiveCallStatus', 'CallQueueStatus/6500,6501'] });
      assert.equal(subscribed.status, 0);
      const beat = await ws.request({ action: 'heartbeat' });
      assert.equal(beat.status, 0);
      // The WebSocket cookie is an API session over HTTPS too.
      const ucm = new GrandstreamClient(t);
      const status = await ucm.send('getSystemStatus', { cookie: login.cookie });
      assert.equal(status.body?.status, 0);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.ws.call-events',
    title: 'ActiveCallStatus and ExtensionStatus events follow an inbound call: add (Ring), bridge, delete with only the channel',
    doc: [doc('20'), doc('4728-4762')],
    operations: ['acceptCall', 'Hangup'],
    mutates: true,
    control: INJECT_CONTROL,
    skipOn: { 'in-process': NO_SOCKET },
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const [agent] = await twoExtensions(t, ucm);
      const ws = await wsSession(t);
      await ws.login();
      assert.equal((await ws.request({ action: 'subscribe', eventnames: ['ActiveCallStatus', `ExtensionStatus/${agent}`] })).status, 0);
      const from = `0307${t.number()}`;
      hangUpAfter(t, ucm, [from]);
      const channel = await injectCall(t, { from, to: agent, call_control: true });
      const add = await ws.event('ActiveCallStatus', (b) => b.channel === channel && b.action === 'add', 'the add event');
      const body = add.message.eventbody.find((b: { channel: string }) => b.channel === channel);
      assert.equal(body.state, 'Ring');
      assert.equal(body.callernum, from);
      assert.equal(body.chantype, 'unbridge');
      await ucm.call('acceptCall', { channel });
      await ws.event('ExtensionStatus', (b) => b.extension === agent && b.status === 'Ringing', `${agent} Ringing`);
      await t.control.advanceClock(5);
      await ws.event('ActiveCallStatus', (b) => b.chantype === 'bridge' && b.channel1 === channel, 'the bridge event');
      await eventually(async () => ((await bridged(ucm)).some((c) => c.channel1 === channel) ? true : undefined), 'the bridge');
      await ucm.call('Hangup', { channel });
      const gone = await ws.event('ActiveCallStatus', (b) => b.action === 'delete' && b.channel === channel, 'the delete event');
      assert.deepEqual(gone.message.eventbody.find((b: { channel: string }) => b.channel === channel), { action: 'delete', channel });
      assert.equal(ws.frames.some((f) => f.message?.eventname === 'CallQueueStatus'), false, 'no unsubscribed events');
    },
  }),
];
