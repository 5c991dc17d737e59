import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { calls } from '../calls.ts';
import { extensions } from '../models/extension.ts';
import { fieldOf, findExtensionGroup, findNumber, type NumberKind } from '../models/numbers.ts';

/** Voice Call (doc 3926-4762) and playPromptByOrg (doc 3832-3924), run by the call simulator. */

type ChannelArgs = { channel: string };

const NO = ok({ need_apply: 'no' as const });
const YES = ok({ need_apply: 'yes' as const });

/** Every item on page 1: the channel lists take no paging parameters (doc 3928-4053). */
const onePage = <T>(key: string, items: T[]) => ok({ [key]: items, page: 1, total_item: items.length, total_page: 1 });

/** A click-to-call from `from` (an extension, or external) to `to` of the allowed kinds. */
function dial(call: UcmCall, from: { number: string; external: boolean }, to: string, kinds: ReadonlyArray<NumberKind | 'external'>) {
  const sim = calls(call.context);
  if (!from.external) sim.requireExtension(from.number);
  const target = sim.targetOf(to, kinds);
  sim.dial({ kind: from.external ? 'external' : 'extension', number: from.number }, target);
  return NO;
}

/** hold/unhold/mute/unmute: a flag on an answered leg. */
const flag = (name: 'held' | 'muted', value: boolean) => (call: UcmCall<ChannelArgs>) => {
  const { leg } = calls(call.context).answered(call.args.channel);
  leg[name] = value;
  return ok({});
};

export const callHandlers: UcmHandlers = {
  listBridgedChannels: (call: UcmCall) => onePage('channel', calls(call.context).bridged()),

  listUnBridgedChannels: (call: UcmCall) => onePage('channel', calls(call.context).unbridged()),

  Hangup: (call: UcmCall<ChannelArgs>) => {
    const sim = calls(call.context);
    const { call: live, leg } = sim.find(call.args.channel);
    if (live.extras.includes(leg)) sim.dropExtra(live, leg);
    else sim.hangup(live);
    return YES;
  },

  callbarge: (call: UcmCall<ChannelArgs & { exten: string; mode?: string | null; 'barge-exten': string }>) => {
    const sim = calls(call.context);
    const mode = (call.args.mode ?? '').trim().toUpperCase();
    if (mode !== '' && mode !== 'NULL' && mode !== 'W' && mode !== 'B') fail('invalidValue', 'mode must be null, W or B');
    const listener = call.args['barge-exten'].split('@')[0];
    sim.requireExtension(listener);
    sim.barge(call.args.channel, listener, mode === 'NULL' ? '' : mode);
    return YES;
  },

  mute: flag('muted', true),
  unmute: flag('muted', false),
  hold: flag('held', true),
  unhold: flag('held', false),

  dialExtension: (call: UcmCall<{ caller: string; callee: string }>) => dial(call, { number: call.args.caller, external: false }, call.args.callee, ['extension']),

  dialOutbound: (call: UcmCall<{ caller: string; outbound: string }>) => dial(call, { number: call.args.caller, external: false }, call.args.outbound, ['external', 'extension']),

  dialIVR: (call: UcmCall<{ caller: string; ivrnumber: string }>) => dial(call, { number: call.args.caller, external: false }, call.args.ivrnumber, ['ivr']),

  dialIVROutbound: (call: UcmCall<{ outcaller: string; ivrnumber: string }>) => dial(call, { number: call.args.outcaller, external: true }, call.args.ivrnumber, ['ivr']),

  dialQueue: (call: UcmCall<{ outcaller: string; queue: string }>) => dial(call, { number: call.args.outcaller, external: true }, call.args.queue, ['queue']),

  dialRinggroup: (call: UcmCall<{ outcaller: string; ringgroup: string }>) => dial(call, { number: call.args.outcaller, external: true }, call.args.ringgroup, ['ringgroup']),

  dialOutboundTwo: (call: UcmCall<{ outcaller: string; outcallee: string }>) => dial(call, { number: call.args.outcaller, external: true }, call.args.outcallee, ['external']),

  callTransfer: (call: UcmCall<ChannelArgs & { extension: string }>) => {
    const sim = calls(call.context);
    const { call: live, leg } = sim.answered(call.args.channel);
    if (live.phase !== 'up' || live.extras.includes(leg)) fail('invalidValue', `${call.args.channel} is not in a bridged call`);
    const target = sim.targetOf(call.args.extension, ['extension', 'queue', 'ivr', 'ringgroup']);
    const staying = leg === live.a ? live.b! : live.a;
    sim.transfer(live, leg, staying, target);
    return NO;
  },

  transferNumberInbound: (call: UcmCall<ChannelArgs & { callee: string }>) => {
    const sim = calls(call.context);
    const { call: live, leg } = sim.find(call.args.channel);
    if (live.userfield !== 'Inbound' || live.extras.includes(leg)) fail('invalidValue', `${call.args.channel} is not an inbound call`);
    const target = sim.targetOf(call.args.callee, ['extension', 'queue', 'ivr', 'ringgroup', 'external']);
    sim.transfer(live, live.b, live.a, target);
    return NO;
  },

  transferNumberOutbound: (call: UcmCall<ChannelArgs & { outbound: string }>) => {
    const sim = calls(call.context);
    const { call: live, leg } = sim.find(call.args.channel);
    if (live.userfield !== 'Outbound' || live.b?.kind !== 'external' || live.a.kind !== 'extension' || live.extras.includes(leg)) {
      fail('invalidValue', `${call.args.channel} is not an outbound call`);
    }
    const target = sim.targetOf(call.args.outbound, ['external']);
    sim.transfer(live, live.b, live.a, target);
    return NO;
  },

  acceptCall: (call: UcmCall<ChannelArgs>) => {
    calls(call.context).acceptCall(call.args.channel);
    return ok({});
  },

  refuseCall: (call: UcmCall<ChannelArgs>) => {
    calls(call.context).refuseCall(call.args.channel);
    return ok({});
  },

  playPromptByOrg: (
    call: UcmCall<{
      type: 'ivr' | 'name_voice' | 'moh';
      channel?: string;
      specified_channel?: Array<{ exten_type: 'extension' | 'ringgroup' | 'extension_group'; extension: string }>;
      variable: string;
      class?: string | null;
    }>,
  ) => {
    const { state } = call.context;
    const { type, variable } = call.args;
    if ((call.args.channel ?? '').trim() === '' && !call.args.specified_channel?.length) fail('invalidParameters', 'Missing parameter: channel');
    if (type === 'name_voice' && !extensions(state).has(variable)) fail('noSuchItem', `No extension ${variable} to take the name prompt of`);
    const targets = new Set<string>();
    const addExtension = (number: string) => {
      if (!extensions(state).has(number)) fail('noSuchItem', `No extension ${number}`);
      targets.add(number);
    };
    const members = (list: string) => list.split(',').map((m) => m.trim()).filter(Boolean);
    for (const number of members(call.args.channel ?? '')) addExtension(number);
    for (const spec of call.args.specified_channel ?? []) {
      for (const item of members(spec.extension)) {
        if (spec.exten_type === 'extension') addExtension(item);
        else if (spec.exten_type === 'ringgroup') {
          const group = findNumber(state, 'ringgroup', item);
          if (!group) fail('noSuchItem', `No ring group ${item}`);
          for (const m of members(fieldOf(group, 'members'))) if (extensions(state).has(m)) targets.add(m);
        } else {
          const group = findExtensionGroup(state, item);
          if (!group) fail('noSuchItem', `No extension group ${item}`);
          for (const m of members(fieldOf(group, 'members'))) if (extensions(state).has(m)) targets.add(m);
        }
      }
    }
    const prompt = type === 'moh' ? `${call.args.class || 'default'}/${variable}` : variable;
    const sim = calls(call.context);
    for (const extension of targets) sim.prompt(extension, prompt, type);
    return YES;
  },
};
