import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import {
  answeredCall,
  bridged,
  callsUnavailable,
  cdrSince,
  channelsOf,
  CLOCK_CONTROL,
  clockIso,
  eventually,
  hangUpAfter,
  INJECT_CONTROL,
  injectCall,
  twoExtensions,
  unbridged,
} from './call-helpers.ts';
import { API_USER_CONTROL, addExtension, GrandstreamClient, seedApiUser } from './helpers.ts';

/** Voice Call (doc 3926-4762). */
export const callScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.channel-lists',
    title: 'listBridgedChannels and listUnBridgedChannels answer a paged `channel` list',
    doc: [doc('3928-4053')],
    operations: ['listBridgedChannels', 'listUnBridgedChannels'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      for (const action of ['listBridgedChannels', 'listUnBridgedChannels']) {
        const { response } = await ucm.call(action);
        assert.ok(Array.isArray(response.channel));
        assert.equal(response.total_item, response.channel.length);
        assert.equal(response.page, 1);
        assert.ok(response.total_page >= 1);
      }
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.dial-extension',
    title: 'dialExtension makes channels PJSIP/<ext>-<hex> appear; Hangup by channel ends the call',
    doc: [doc('4288-4326'), doc('4055-4092')],
    operations: ['dialExtension', 'listUnBridgedChannels', 'listBridgedChannels', 'Hangup'],
    mutates: true,
    unavailable: callsUnavailable,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const [caller, callee] = await twoExtensions(t, ucm);
      assert.deepEqual((await ucm.call('dialExtension', { caller, callee })).response, { need_apply: 'no' });
      const [channel] = await eventually(async () => {
        const found = await channelsOf(ucm, [caller]);
        return found.length ? found : undefined;
      }, `a channel of ${caller}`);
      assert.match(channel, new RegExp(`^PJSIP/${caller}-[0-9a-f]{8}$`));
      assert.deepEqual((await ucm.call('Hangup', { channel })).response, { need_apply: 'yes' });
      assert.deepEqual(await channelsOf(ucm, [caller, callee]), []);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.dial-refusals',
    title: 'dialling an unknown extension is -16, without callee -1, a non-number -15; control of an unknown channel -16',
    doc: [doc('4288-4369'), doc('7659')],
    operations: ['dialExtension', 'dialOutbound', 'hold', 'Hangup'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const caller = await addExtension(t, ucm);
      const missing = String(t.number());
      assert.equal((await ucm.error('dialExtension', { caller, callee: missing })).status, -16);
      assert.equal((await ucm.error('dialExtension', { caller })).status, -1);
      assert.equal((await ucm.error('dialOutbound', { caller, outbound: 'not-a-number' })).status, -15);
      assert.equal((await ucm.error('hold', { channel: `PJSIP/${missing}-0000ffff` })).status, -16);
      assert.equal((await ucm.error('Hangup', { channel: `PJSIP/${missing}-0000ffff` })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.hold-mute',
    title: 'hold/unhold/mute/unmute answer {} on an answered call and -15 while it still rings',
    doc: [doc('4137-4286')],
    operations: ['dialExtension', 'hold', 'unhold', 'mute', 'unmute', 'Hangup'],
    mutates: true,
    control: CLOCK_CONTROL,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const [caller, callee] = await twoExtensions(t, ucm);
      await ucm.call('dialExtension', { caller, callee });
      const [ringing] = await channelsOf(ucm, [caller]);
      assert.equal((await ucm.error('hold', { channel: ringing })).status, -15);
      await t.control.advanceClock(5);
      const call = await eventually(async () => (await bridged(ucm)).find((c) => c.callerid1 === caller), 'the bridge');
      for (const action of ['hold', 'unhold', 'mute', 'unmute']) assert.deepEqual((await ucm.call(action, { channel: call.channel1 })).response, {});
      await ucm.call('Hangup', { channel: call.channel1 });
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.transfer',
    title: 'callTransfer hands the other party to a third extension; the CDR has main_cdr and sub_cdr_1',
    doc: [doc('4371-4409'), doc('6716-6807')],
    operations: ['dialExtension', 'listBridgedChannels', 'callTransfer', 'Hangup', 'cdrapi'],
    mutates: true,
    control: CLOCK_CONTROL,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const since = await clockIso(t);
      const [caller, callee] = await twoExtensions(t, ucm);
      const third = await addExtension(t, ucm);
      hangUpAfter(t, ucm, [third]);
      const call = await answeredCall(t, ucm, caller, callee);
      await t.control.advanceClock(20);
      assert.deepEqual((await ucm.call('callTransfer', { channel: call.channel2, extension: third })).response, { need_apply: 'no' });
      await t.control.advanceClock(5);
      const next = await eventually(async () => (await bridged(ucm)).find((c) => c.callerid2 === third), 'the transferred bridge');
      assert.equal(next.callerid1, caller);
      await ucm.call('Hangup', { channel: next.channel1 });
      const item = (await cdrSince(ucm, since)).find((i) => i.main_cdr?.channel === call.channel1);
      assert.ok(item, 'a multi-leg CDR of the call');
      assert.equal(item.main_cdr.dst, callee);
      assert.equal(item.sub_cdr_1.dst, third);
      assert.equal(item.sub_cdr_1.session, item.main_cdr.session);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.barge',
    title: '"callbarge " (trailing space, as the document sends it) adds a listening extension to a bridged call',
    doc: [doc('4094-4135')],
    operations: ['callbarge', 'listUnBridgedChannels'],
    mutates: true,
    control: CLOCK_CONTROL,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const [caller, callee] = await twoExtensions(t, ucm);
      const supervisor = await addExtension(t, ucm);
      hangUpAfter(t, ucm, [supervisor]);
      const call = await answeredCall(t, ucm, caller, callee);
      const reply = await ucm.call('callbarge ', { channel: call.channel1, exten: caller, 'barge-exten': supervisor, mode: 'B' });
      assert.deepEqual(reply.response, { need_apply: 'yes' });
      const spy = (await unbridged(ucm)).find((c) => c.callernum === supervisor);
      assert.ok(spy, 'the supervisor has a channel');
      assert.equal((await ucm.error('callbarge', { channel: call.channel1, exten: caller, 'barge-exten': String(t.number()) })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.inbound-accept',
    title: 'an injected inbound call waits in state Ring; acceptCall connects it; the CDR says Inbound ANSWERED',
    doc: [doc('4728-4762'), doc('53')],
    operations: ['listUnBridgedChannels', 'acceptCall', 'listBridgedChannels', 'Hangup', 'cdrapi'],
    mutates: true,
    control: INJECT_CONTROL,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const since = await clockIso(t);
      const [agent] = await twoExtensions(t, ucm);
      const from = `0307${t.number()}`;
      const channel = await injectCall(t, { from, to: agent, call_control: true });
      hangUpAfter(t, ucm, [from]);
      const waiting = (await unbridged(ucm)).find((c) => c.channel === channel);
      assert.equal(waiting?.state, 'Ring');
      assert.deepEqual((await ucm.call('acceptCall', { channel })).response, {});
      await t.control.advanceClock(5);
      const call = await eventually(async () => (await bridged(ucm)).find((c) => c.channel1 === channel), 'the accepted call bridged');
      assert.equal(call.callerid2, agent);
      await t.control.advanceClock(7);
      await ucm.call('Hangup', { channel });
      const row = (await cdrSince(ucm, since)).find((r) => r.channel === channel);
      assert.equal(row?.disposition, 'ANSWERED');
      assert.equal(row?.userfield, 'Inbound');
      assert.ok(Number(row?.billsec) >= 7 && Number(row?.duration) >= Number(row?.billsec), `billsec ${row?.billsec}, duration ${row?.duration}`);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.inbound-refuse',
    title: 'refuseCall ends a waiting inbound call; its CDR is NO ANSWER',
    doc: [doc('4692-4726')],
    operations: ['refuseCall', 'cdrapi'],
    mutates: true,
    control: INJECT_CONTROL,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const since = await clockIso(t);
      const [agent] = await twoExtensions(t, ucm);
      const from = `0307${t.number()}`;
      const channel = await injectCall(t, { from, to: agent, call_control: true });
      assert.deepEqual((await ucm.call('refuseCall', { channel })).response, {});
      assert.deepEqual(await channelsOf(ucm, [from, agent]), []);
      const row = (await cdrSince(ucm, since)).find((r) => r.channel === channel);
      assert.equal(row?.disposition, 'NO ANSWER');
      assert.equal((await ucm.error('refuseCall', { channel })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.inbound-auto-accept',
    title: 'an inbound call nobody decides on is accepted after 10 s; acceptCall afterwards is -16',
    doc: [doc('53'), doc('4728-4762')],
    operations: ['listUnBridgedChannels', 'acceptCall'],
    mutates: true,
    control: `${INJECT_CONTROL}; moves the clock past the 10-second window`,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const [agent] = await twoExtensions(t, ucm);
      const from = `0307${t.number()}`;
      const channel = await injectCall(t, { from, to: agent, call_control: true });
      hangUpAfter(t, ucm, [from]);
      await t.control.advanceClock(9);
      assert.equal((await unbridged(ucm)).some((c) => c.callernum === agent), false, 'still waiting at 9 s');
      await t.control.advanceClock(1);
      const ringing = (await unbridged(ucm)).find((c) => c.callernum === agent);
      assert.equal(ringing?.state, 'Ringing');
      assert.equal((await ucm.error('acceptCall', { channel })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.call-control-permission',
    title: 'an API user without Call Control gets -47 from acceptCall and refuseCall',
    doc: [doc('47-57'), doc('7669')],
    operations: ['acceptCall', 'refuseCall'],
    mutates: true,
    control: API_USER_CONTROL,
    async run(t) {
      const credentials = await seedApiUser(t, { sections: '*', call_control: 'no' });
      const ucm = new GrandstreamClient(t, credentials);
      for (const action of ['acceptCall', 'refuseCall']) assert.equal((await ucm.error(action, { channel: 'PJSIP/trunk_1-00000001' })).status, -47);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.number-transfers',
    title: 'transferNumberOutbound replaces the external side of an outbound call; transferNumberInbound sends an inbound caller elsewhere',
    doc: [doc('4411-4489'), doc('4328-4369')],
    operations: ['dialOutbound', 'transferNumberOutbound', 'transferNumberInbound', 'listUnBridgedChannels'],
    mutates: true,
    control: INJECT_CONTROL,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const [caller, other] = await twoExtensions(t, ucm);
      const first = `0555${t.number()}`;
      const second = `0555${t.number()}`;
      hangUpAfter(t, ucm, [first, second]);
      assert.deepEqual((await ucm.call('dialOutbound', { caller, outbound: first })).response, { need_apply: 'no' });
      const [channel] = await channelsOf(ucm, [caller]);
      assert.deepEqual((await ucm.call('transferNumberOutbound', { channel, outbound: second })).response, { need_apply: 'no' });
      const numbers = (await unbridged(ucm)).map((c) => c.callernum);
      assert.ok(numbers.includes(second) && !numbers.includes(first), `now calling ${second}: ${numbers.join(',')}`);
      await ucm.call('Hangup', { channel });

      const from = `0307${t.number()}`;
      hangUpAfter(t, ucm, [from]);
      const inbound = await injectCall(t, { from, to: caller, call_control: false });
      assert.deepEqual((await ucm.call('transferNumberInbound', { channel: inbound, callee: other })).response, { need_apply: 'no' });
      const ringing = (await unbridged(ucm)).find((c) => c.callernum === other);
      assert.equal(ringing?.connectednum, from);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.call.dial-variants',
    title: 'dialRinggroup, dialQueue, dialIVR, dialIVROutbound and dialOutboundTwo answer need_apply "no" and start calls; unknown targets -16',
    doc: [doc('4491-4690')],
    operations: ['dialRinggroup', 'dialQueue', 'dialIVR', 'dialIVROutbound', 'dialOutboundTwo', 'listQueue', 'listIVR'],
    mutates: true,
    unavailable: callsUnavailable,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const caller = await addExtension(t, ucm);
      const outside = `0555${t.number()}`;
      const far = `0555${t.number()}`;
      hangUpAfter(t, ucm, [caller, outside, far]);
      const hangUp = async () => {
        // Hanging up one side ends the call: its other channel is then gone (-16).
        for (const channel of await channelsOf(ucm, [caller, outside, far])) {
          const reply = await ucm.send('Hangup', { cookie: ucm.currentCookie, channel });
          assert.ok(reply.body?.status === 0 || reply.body?.status === -16, `Hangup ${channel}: ${reply.text}`);
        }
      };
      const queue = (await ucm.call('listQueue')).response.queue[0]?.extension;
      const ivr = (await ucm.call('listIVR')).response.ivr[0]?.extension;
      const ringgroup = t.target.kind === 'real' ? process.env.UCM_RINGGROUP : '6400';
      const tries: Array<[string, Record<string, unknown>]> = [['dialOutboundTwo', { outcaller: outside, outcallee: far }]];
      if (ringgroup) tries.push(['dialRinggroup', { outcaller: outside, ringgroup }]);
      if (queue) tries.push(['dialQueue', { outcaller: outside, queue }]);
      if (ivr) tries.push(['dialIVR', { caller, ivrnumber: ivr }], ['dialIVROutbound', { outcaller: outside, ivrnumber: ivr }]);
      for (const [action, params] of tries) {
        assert.deepEqual((await ucm.call(action, params)).response, { need_apply: 'no' }, action);
        assert.ok((await channelsOf(ucm, [caller, outside])).length > 0, `${action} started a call`);
        await hangUp();
      }
      const missing = String(t.number());
      assert.equal((await ucm.error('dialQueue', { outcaller: outside, queue: missing })).status, -16);
      assert.equal((await ucm.error('dialIVR', { caller, ivrnumber: missing })).status, -16);
    },
  }),
];
