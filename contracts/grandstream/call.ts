import { z } from 'zod';
import type { Decision } from '../core/index.ts';
import { p } from './args.ts';
import { ucmOperation } from './operation.ts';
import { emptyResponse, needApply, pagedList } from './shapes.ts';
import { doc } from './source.ts';

/*
 * Voice Call (doc 3926-4762) and playPromptByOrg (doc 3832-3924): click-to-call, live channels and
 * mid-call control. The emulator runs these on its call simulator (emulator/grandstream/calls.ts).
 */

/** A live bridged call (Table P, doc 3944-3999). */
export const bridgedChannelItem = z
  .object({
    bridge_id: z.string(),
    bridge_time: z.string(),
    callerid1: z.string(),
    callerid2: z.string(),
    channel1: z.string(),
    channel2: z.string(),
    have_send: z.number().int(),
    inbound_trunk_name: z.string(),
    name1: z.string(),
    name2: z.string(),
    outbound_trunk_name: z.string(),
    uniqueid1: z.string(),
    uniqueid2: z.string(),
  })
  .strict();

/** A channel that is not bridged: ringing, waiting for Call Control, in an IVR … (Table P, doc 4030-4052). */
export const unbridgedChannelItem = z
  .object({
    channel: z.string(),
    state: z.string(),
    service: z.string(),
    callername: z.string(),
    callernum: z.string(),
    connectednum: z.string(),
    connectedname: z.string(),
    alloc_time: z.string(),
    inbound_trunk_name: z.string(),
    outbound_trunk_name: z.string(),
  })
  .strict();

const channel = () => p.required();

const UNKNOWN_CHANNEL: Decision = {
  question: 'A channel that is not (or no longer) live (ucm.md A20)',
  choice: '-16 "No such item. Please refresh the page and try again".',
};

const NOT_UP: Decision = {
  question: 'Mid-call control of a channel that is still ringing',
  choice: '-15 "Invalid value": hold, mute, callTransfer and callbarge need an answered call (the document describes them on "the current call", "an in-call number", "an ongoing call").',
};

const UNKNOWN_NUMBER: Decision = {
  question: 'A caller, callee or destination that does not exist on the UCM (ucm.md A14)',
  choice: '-16 "No such item": local numbers (extensions, IVRs, queues, ring groups) must exist; external numbers are digits, * # + (else -15).',
};

const SIMULATION: Decision = {
  question: 'What happens on the UCM after a dial action answers (the document says nothing)',
  choice:
    'The emulator\'s call simulator: channels `PJSIP/<ext>-<8 hex>` (trunks `PJSIP/trunk_<n>-<8 hex>`) ring in listUnBridgedChannels, are bridged after `ring_seconds` (3) and hang up after `talk_seconds` (120) on the emulator clock, publishing ActiveCallStatus/ExtensionStatus events and leaving CDR rows (settings row `api_settings.calls`).',
};

/** Local or external number: digits and the dial characters. */
const number = () => p.required().pipe(z.string().regex(/^[0-9*#+]{1,32}$/, 'must be a number (digits, *, #, +)'));

const dial = (input: {
  action: string;
  summary: string;
  lines: string;
  params: z.ZodRawShape;
  aliases?: Record<string, string>;
  decisions?: Decision[];
  example: Record<string, unknown>;
}) =>
  ucmOperation({
    action: input.action,
    section: 'call',
    summary: input.summary,
    kind: 'write',
    doc: [doc(input.lines)],
    params: input.params,
    aliases: input.aliases,
    response: needApply('no'),
    errors: ['noSuchItem'],
    decisions: [UNKNOWN_NUMBER, SIMULATION, ...(input.decisions ?? [])],
    examples: [{ request: { action: input.action, ...input.example }, response: { response: { need_apply: 'no' }, status: 0 }, doc: doc(input.lines) }],
  });

const control = (input: { action: string; summary: string; lines: string; decisions?: Decision[]; callControl?: boolean; reply?: 'empty' | 'yes' | 'no'; params?: z.ZodRawShape }) =>
  ucmOperation({
    action: input.action,
    section: 'call',
    summary: input.summary,
    kind: 'write',
    doc: [doc(input.lines)],
    params: { channel: channel(), ...(input.params ?? {}) },
    response: input.reply === 'yes' ? needApply('yes') : input.reply === 'no' ? needApply('no') : emptyResponse,
    callControl: input.callControl,
    errors: ['noSuchItem'],
    decisions: [UNKNOWN_CHANNEL, ...(input.decisions ?? [])],
  });

export const callContracts = [
  ucmOperation({
    action: 'playPromptByOrg',
    section: 'prompt',
    summary: 'Ring extensions, ring groups or extension groups and play a prompt (IVR prompt, name, MoH) when answered',
    kind: 'write',
    doc: [doc('3832-3924')],
    params: {
      type: p.choice(['ivr', 'name_voice', 'moh'] as const),
      channel: p.str().optional(),
      specified_channel: p
        .jsonArray(z.object({ exten_type: p.choice(['extension', 'ringgroup', 'extension_group'] as const), extension: p.required() }))
        .optional(),
      variable: p.required(),
      class: p.nullableStr().optional(),
    },
    aliases: { Variable: 'variable' },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [
      {
        question: 'The table marks `channel` mandatory, but example 2 sends `specified_channel` and no `channel` (doc 3851-3864).',
        choice: 'One of `channel` or `specified_channel` is required (-1 when neither); both may be sent.',
      },
      { question: 'The table spells `variable`, examples 2-4 `Variable` (doc 3855, 3871, 3883).', choice: 'Both accepted.' },
      {
        question: 'Which prompts exist? The emulator has no prompt store.',
        choice: 'type `name_voice` needs `variable` to be an existing extension (-16); `ivr` and `moh` accept any file name. Every target must exist (-16): extensions, ring groups, extension groups by name or id.',
      },
      { question: 'Reply', choice: 'need_apply "yes", as the example (doc 3891-3898), though nothing waits for applyChanges.' },
      SIMULATION,
    ],
    examples: [{ request: { action: 'playPromptByOrg', channel: '1000', type: 'ivr', variable: 'prompt1' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('3836-3846') }],
  }),
  ucmOperation({
    action: 'listBridgedChannels',
    section: 'call',
    summary: 'List live bridged calls (two channels each)',
    kind: 'read',
    doc: [doc('3928-4000')],
    params: {},
    response: pagedList('channel', bridgedChannelItem),
    decisions: [
      {
        question: '`bridge_time` is described as "Duration of the call starting from the time the call was answered" but the example is a timestamp (doc 3951, 3989).',
        choice: 'The time the call was bridged, `YYYY-MM-DD HH:MM:SS` in UTC, as the example.',
      },
      { question: 'Paging parameters', choice: 'None documented; everything on page 1, total_page 1 even when empty (doc 4026-4030).' },
    ],
  }),
  ucmOperation({
    action: 'listUnBridgedChannels',
    section: 'call',
    summary: 'List live channels that are not bridged (ringing, waiting for Call Control, in an IVR, barging)',
    kind: 'read',
    doc: [doc('4002-4053')],
    params: {},
    response: pagedList('channel', unbridgedChannelItem),
    decisions: [
      {
        question: 'state and service values (the table gives "Up, Ringing..." and "macro-dial, queue.....")',
        choice: 'state `Ring` (the calling side, also an inbound call waiting for Call Control), `Ringing` (the called side), `Up` (answered, not bridged: IVR, paging, prompt, barge); service `macro-dial`, `from-trunk`, `ivr`, `queue`, `ringgroup`, `page`, `playprompt`, `chanspy`.',
      },
      { question: 'alloc_time format', choice: '`YYYY-MM-DD HH:MM:SS` (UTC), the channel\'s creation.' },
    ],
  }),
  control({
    action: 'Hangup',
    summary: 'End a live call by one of its channels',
    lines: '4055-4092',
    reply: 'yes',
    decisions: [{ question: 'Reply', choice: 'need_apply "yes", as the example (doc 4073-4079); the call ends at once and leaves its CDR.' }],
  }),
  ucmOperation({
    action: 'callbarge',
    section: 'call',
    summary: 'Listen in on, whisper to or join a live call',
    kind: 'write',
    doc: [doc('4094-4135')],
    params: {
      channel: channel(),
      exten: p.required(),
      mode: z.union([z.null(), p.str()]).optional(),
      'barge-exten': p.required().pipe(z.string().regex(/^[0-9]{1,18}(@[01])?$/, 'must be an extension, optionally @1 or @0')),
    },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [
      UNKNOWN_CHANNEL,
      NOT_UP,
      {
        question: 'The action is spelt "callbarge " with a trailing space in the example and "Callbarge" in the list (doc 4099, 4105).',
        choice: 'Served under `callbarge`; the other spellings reach it.',
        quirk: 'action-name-lenient',
      },
      { question: '`mode` is mandatory in the table but absent from the example (doc 4104-4108, 4128).', choice: 'Optional: absent, null, "" or "null" listen only; "W" whisper; "B" barge (any case); anything else -15.' },
      {
        question: '`exten` is described as "The extension that will monitor the call", yet in the example it is the extension of the monitored channel (exten 4003, channel PJSIP/4003-…) and `barge-exten` 4002 names the other one (doc 4105-4131).',
        choice: 'Following the example: `barge-exten` (before its optional @1/@0) is the extension that listens and must exist (-16); `exten` is taken as the monitored extension and not checked against the channel.',
      },
    ],
    examples: [{ request: { action: 'callbarge ', 'barge-exten': '4002', channel: 'PJSIP/4003-00000087', exten: '4003' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('4099-4116') }],
  }),
  control({ action: 'mute', summary: 'Mute an extension\'s outgoing audio in a call', lines: '4137-4175', decisions: [NOT_UP, { question: 'Muting a muted channel', choice: 'Answers {} again; "automatically unmuted after the call ends" (doc 4140).' }] }),
  control({ action: 'unmute', summary: 'Unmute a muted channel', lines: '4177-4212', decisions: [NOT_UP, { question: 'Unmuting a channel that is not muted', choice: 'Answers {} (idempotent).' }] }),
  control({ action: 'hold', summary: 'Put a call on hold', lines: '4214-4250', decisions: [NOT_UP, { question: 'Holding a held call', choice: 'Answers {} (idempotent).' }] }),
  control({ action: 'unhold', summary: 'Resume a held call', lines: '4252-4286', decisions: [NOT_UP, { question: 'Unholding a call not on hold', choice: 'Answers {} (idempotent).' }] }),
  dial({
    action: 'dialExtension',
    summary: 'Click-to-call between two local extensions',
    lines: '4288-4326',
    params: { caller: number(), callee: number() },
    decisions: [{ question: 'The table lists only `caller`; the example also sends `callee` (doc 4293-4324).', choice: '`callee` is required too (-1 without it): there is nothing to dial otherwise.' }],
    example: { callee: '1002', caller: '1005' },
  }),
  dial({
    action: 'dialOutbound',
    summary: 'Click-to-call from an extension to an external number',
    lines: '4328-4369',
    params: { caller: number(), outbound: number() },
    decisions: [
      {
        question: 'The response example is a copy of the request (doc 4343-4351); the table says need_apply "no".',
        choice: '`{"response": {"need_apply": "no"}, "status": 0}` as every other dial action.',
      },
      { question: 'Which trunk carries the call?', choice: 'The first SIP trunk (lowest index) when one exists, else `trunk_1`; `outbound_trunk_name` is its name or "".' },
    ],
    example: { outbound: '4002', caller: '1005' },
  }),
  control({
    action: 'callTransfer',
    summary: 'Blind-transfer the other party of a call to another local number',
    lines: '4371-4409',
    reply: 'no',
    params: { extension: number() },
    decisions: [
      NOT_UP,
      UNKNOWN_NUMBER,
      { question: 'What the transfer does', choice: '`channel` (the transferring side) leaves; its partner is connected to `extension`, which rings and is bridged; the call\'s CDR gets a sub_cdr leg.' },
    ],
  }),
  control({
    action: 'transferNumberInbound',
    summary: 'Transfer a ringing or answered inbound trunk call to another destination',
    lines: '4411-4449',
    reply: 'no',
    params: { callee: number() },
    decisions: [
      UNKNOWN_NUMBER,
      { question: 'A channel that is not an inbound call\'s', choice: '-15 "Invalid value".' },
      { question: 'An inbound call still waiting for Call Control', choice: 'Counts as handled: it is transferred at once (no auto-accept later).' },
    ],
  }),
  control({
    action: 'transferNumberOutbound',
    summary: 'Transfer the caller of an unanswered or ongoing outbound call to another external number',
    lines: '4451-4489',
    reply: 'no',
    params: { outbound: number() },
    decisions: [{ question: 'A channel that is not part of an outbound call', choice: '-15 "Invalid value". `channel` may be either side of the outbound call; the extension side keeps talking, the external side is replaced.' }],
  }),
  dial({
    action: 'dialIVR',
    summary: 'Have an extension call an IVR',
    lines: '4491-4529',
    params: { caller: number(), ivrnumber: number() },
    example: { caller: '1002', ivrnumber: '7000' },
  }),
  dial({
    action: 'dialIVROutbound',
    summary: 'Have an external number call an IVR',
    lines: '4531-4570',
    params: { outcaller: number(), ivrnumber: number() },
    aliases: { caller: 'outcaller' },
    decisions: [{ question: 'The table names the parameter `caller`, the example `outcaller` (doc 4536-4566).', choice: 'Both accepted; `outcaller` wins when both are sent.' }],
    example: { outcaller: '4005', ivrnumber: '7000' },
  }),
  dial({
    action: 'dialQueue',
    summary: 'Call an external number and connect it to a queue',
    lines: '4572-4610',
    params: { outcaller: number(), queue: number() },
    decisions: [{ question: 'What the queue does with the call', choice: 'It rings the first existing member extension and bridges; without members the caller waits in the queue (unbridged, service "queue"). CallQueueStatus events follow.' }],
    example: { outcaller: '4005', queue: '6500' },
  }),
  dial({
    action: 'dialRinggroup',
    summary: 'Call an external number and connect it to a ring group',
    lines: '4612-4650',
    params: { outcaller: number(), ringgroup: number() },
    example: { outcaller: '4005', ringgroup: '6500' },
  }),
  dial({
    action: 'dialOutboundTwo',
    summary: 'Connect two external numbers',
    lines: '4652-4690',
    params: { outcaller: number(), outcallee: number() },
    example: { outcaller: '4005', outcallee: '1506' },
  }),
  control({
    action: 'refuseCall',
    summary: 'Reject an inbound call waiting for Call Control',
    lines: '4692-4726',
    callControl: true,
    decisions: [
      {
        question: 'A channel that is live but not waiting (already accepted, auto-accepted after the 10 s window, or not inbound) (ucm.md A20)',
        choice: '-16: there is no call waiting for a decision on that channel.',
      },
      { question: 'An API user without Call Control', choice: '-47 "No permission" (ucm.md A2).' },
      { question: 'CDR of a refused call', choice: 'disposition "NO ANSWER", billsec "0".' },
    ],
  }),
  control({
    action: 'acceptCall',
    summary: 'Accept an inbound call waiting for Call Control',
    lines: '4728-4762',
    callControl: true,
    decisions: [
      {
        question: 'A channel that is live but not waiting (already accepted, auto-accepted after the 10 s window, or not inbound) (ucm.md A20)',
        choice: '-16: there is no call waiting for a decision on that channel.',
      },
      { question: 'An API user without Call Control', choice: '-47 "No permission" (ucm.md A2).' },
      {
        question: 'The 10-second window (doc 53, 4694)',
        choice: '`api_settings.login.call_control_timeout_seconds` (10) on the emulator clock; then the call is accepted by itself and goes on to its destination.',
      },
    ],
  }),
];
