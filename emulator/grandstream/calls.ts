import { createHash } from 'node:crypto';
import { runtime, type PackContext } from '../core/pack.ts';
import { fail } from './call.ts';
import { extensionStatusEvent, ucmEvents } from './events.ts';
import { cdrRowOf, cdrs, CDR_SEQUENCE, recordings, type CdrRow } from './models/cdr.ts';
import { extensions, type ExtensionRow } from './models/extension.ts';
import { fieldOf, findNumber, firstTrunk, kindOf, type NumberKind } from './models/numbers.ts';
import { loginSettings } from './models/settings.ts';
import { TABLES } from './models/tables.ts';
import { ucmDateTime } from './time.ts';

/**
 * The call simulator behind Voice Call, paging and playPromptByOrg: live calls on the emulator clock,
 * ring → answer → hang-up, with channels `PJSIP/<ext>-<8 hex>` / `PJSIP/trunk_<n>-<8 hex>` as the
 * document's examples (doc 3944-3999, 4061, 4418). Every change publishes ActiveCallStatus and
 * ExtensionStatus events (field evidence), every finished call leaves CDR legs and, when recorded,
 * a recording. Live calls are runtime state: a reset drops them (as a reboot would).
 */

/** Timings of the simulation (settings row `api_settings.calls`; emulator defaults, not vendor facts). */
export interface CallSettings {
  /** Seconds a called side rings before it answers. */
  ring_seconds: number;
  /** Seconds an answered call lasts before the far end hangs up by itself (0: until hung up). */
  talk_seconds: number;
  /** Seconds playPromptByOrg plays its prompt. */
  prompt_seconds: number;
}

export const DEFAULT_CALL_SETTINGS: CallSettings = { ring_seconds: 3, talk_seconds: 120, prompt_seconds: 5 };

export function callSettings(context: Pick<PackContext, 'state'>): CallSettings {
  const row = context.state.table<Partial<CallSettings>>(TABLES.settings).get('calls') ?? {};
  return { ...DEFAULT_CALL_SETTINGS, ...row };
}

export interface Leg {
  channel: string;
  uniqueid: string;
  number: string;
  name: string;
  /** Trunk name of an external leg ("" for extensions and media channels). */
  trunk: string;
  kind: 'extension' | 'external' | 'media';
  state: 'Ring' | 'Ringing' | 'Up';
  service: string;
  allocTime: number;
  muted: boolean;
  held: boolean;
}

type Direction = 'Internal' | 'Inbound' | 'Outbound';

interface Segment {
  a: Leg;
  b?: Leg;
  dst: string;
  start: number;
  answer?: number;
  end: number;
  lastapp: string;
  lastdata: string;
  disposition: string;
}

/** Where a call goes once its calling side is up: a local number's kind, or an external number. */
type Target = { kind: NumberKind | 'external'; number: string };

export interface LiveCall {
  linkedid: string;
  session: string;
  userfield: Direction;
  a: Leg;
  b?: Leg;
  /** Barging legs (callbarge). */
  extras: Leg[];
  phase: 'control' | 'ringing' | 'app' | 'up';
  target: Target;
  dst: string;
  startedAt: number;
  answeredAt?: number;
  bridgedAt?: number;
  bridgeId?: string;
  dcontext: string;
  lastapp: string;
  lastdata: string;
  actionType: string;
  actionOwner: string;
  service: string;
  record: boolean;
  /** Legs of the call already finished (transfers). */
  segments: Segment[];
  /** Queue the call waits in (CallQueueStatus). */
  queue?: string;
  /** Paging group of a page (MulticastPagingHangup). */
  page?: string;
  /** Seconds of talk before the far end hangs up (0: never). */
  talkSeconds: number;
  /** An answered call that ends after this many seconds whatever happens (paging `limitime`, prompts). */
  limitSeconds?: number;
  cancelTimer?: () => void;
  cancelEnd?: () => void;
}

export interface InboundSpec {
  from: string;
  to: string;
  fromName?: string;
  trunk?: string;
  callControl: boolean;
  ringSeconds?: number;
  talkSeconds?: number;
  record?: boolean;
}

const KEY = 'grandstream.calls';

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** The simulator of a pack context (one per vendor; a reset makes a new one). */
export function calls(context: PackContext): CallSimulator {
  return runtime(context, KEY, () => new CallSimulator(context));
}

export class CallSimulator {
  readonly live = new Map<string, LiveCall>();
  /** Status of each extension before its first live leg, restored when its last leg ends. */
  private readonly baseStatus = new Map<string, ExtensionRow['status']>();
  private readonly queueCounters = new Map<string, { total: number; complete: number }>();

  constructor(private readonly context: PackContext) {}

  /** False once a reset replaced this simulator: its timers must then do nothing. */
  private get current(): boolean {
    return this.context.runtime.get(KEY) === this;
  }

  /** The scheduled time of the timer running now: chained timers keep their own times when the clock jumps. */
  private firing: number | undefined;

  /** Now on the simulation's time line (the emulator clock, or the due time of the timer being run). */
  private now(): number {
    return this.firing ?? this.context.clock.now();
  }

  private after(seconds: number, run: () => void): () => void {
    const at = this.now() + seconds * 1000;
    return this.context.clock.after((at - this.context.clock.now()) / 1000, () => {
      if (!this.current) return;
      const outer = this.firing;
      this.firing = at;
      try {
        run();
      } finally {
        this.firing = outer;
      }
    });
  }

  private get settings(): CallSettings {
    return callSettings(this.context);
  }

  // ---- legs and events -------------------------------------------------------------------------

  private newLeg(kind: Leg['kind'], number: string, state: Leg['state'], service: string, options: { trunk?: string; name?: string; media?: string } = {}): Leg {
    const seq = this.context.state.nextId('channel');
    const now = this.now();
    let channel: string;
    let trunk = '';
    if (kind === 'external') {
      const index = options.trunk ?? firstTrunk(this.context.state).index;
      channel = `PJSIP/trunk_${index}-${hex8(seq)}`;
      trunk = fieldOf(this.context.state.table<Record<string, unknown>>(TABLES.sipTrunks).get(index), 'trunk_name');
    } else if (kind === 'media') {
      channel = options.media ?? `MulticastRTP/0x${hex8(seq)}`;
    } else {
      channel = `PJSIP/${number}-${hex8(seq)}`;
    }
    const leg: Leg = {
      channel,
      uniqueid: `${Math.floor(now / 1000)}.${seq}`,
      number,
      name: options.name ?? (kind === 'extension' ? this.displayName(number) : ''),
      trunk,
      kind,
      state,
      service,
      allocTime: now,
      muted: false,
      held: false,
    };
    if (kind === 'extension') this.extensionStatus(number, state === 'Up' ? 'InUse' : 'Ringing');
    return leg;
  }

  private displayName(extension: string): string {
    const row = extensions(this.context.state).get(extension);
    const user = this.context.state.table<Record<string, unknown>>(TABLES.users).get(extension);
    const full = [user?.first_name, user?.last_name].filter((v) => typeof v === 'string' && v !== '').join(' ');
    return full || String(row?.fields.fullname ?? extension);
  }

  private extensionStatus(extension: string, status: ExtensionRow['status']): void {
    const table = extensions(this.context.state);
    const row = table.get(extension);
    if (!row) return;
    if (!this.baseStatus.has(extension)) this.baseStatus.set(extension, row.status);
    if (row.status === status) return;
    table.set(extension, { ...row, status });
    ucmEvents(this.context).publish(extensionStatusEvent(extension, status));
  }

  private releaseExtension(extension: string): void {
    const busy = [...this.live.values()].some((c) => this.legsOf(c).some((l) => l.kind === 'extension' && l.number === extension));
    if (busy) return;
    const base = this.baseStatus.get(extension);
    this.baseStatus.delete(extension);
    if (base === undefined) return;
    const table = extensions(this.context.state);
    const row = table.get(extension);
    if (!row || row.status === base) return;
    table.set(extension, { ...row, status: base });
    ucmEvents(this.context).publish(extensionStatusEvent(extension, base));
  }

  legsOf(call: LiveCall): Leg[] {
    return [call.a, ...(call.b ? [call.b] : []), ...call.extras];
  }

  private subject(call: LiveCall): string {
    return [...new Set(this.legsOf(call).map((l) => l.number).concat(call.dst))].join(',');
  }

  private publishLeg(call: LiveCall, leg: Leg, action: 'add' | 'update'): void {
    const other = leg === call.a ? call.b : call.a;
    ucmEvents(this.context).publish({
      eventname: 'ActiveCallStatus',
      subject: this.subject(call),
      eventbody: [
        {
          action,
          chantype: 'unbridge',
          linkedid: call.linkedid,
          uniqueid: leg.uniqueid,
          channel: leg.channel,
          callernum: leg.number,
          callername: leg.name,
          connectednum: other?.number ?? call.dst,
          connectedname: other?.name ?? '',
          state: leg.state,
          service: leg.service,
          inbound_trunk_name: call.userfield === 'Inbound' ? call.a.trunk : '',
          outbound_trunk_name: call.b?.kind === 'external' ? call.b.trunk : '',
          alloc_time: ucmDateTime(leg.allocTime),
        },
      ],
    });
  }

  private publishBridge(call: LiveCall): void {
    ucmEvents(this.context).publish({ eventname: 'ActiveCallStatus', subject: this.subject(call), eventbody: [{ action: 'add', chantype: 'bridge', linkedid: call.linkedid, ...this.bridgeView(call) }] });
  }

  private publishGone(call: LiveCall, leg: Leg): void {
    ucmEvents(this.context).publish({ eventname: 'ActiveCallStatus', subject: this.subject(call), eventbody: [{ action: 'delete', channel: leg.channel }] });
  }

  private publishQueue(queue: string, action: string, member?: string): void {
    const counters = this.queueCounters.get(queue) ?? { total: 0, complete: 0 };
    const waiting = [...this.live.values()].filter((c) => c.queue === queue && c.phase !== 'up').length;
    const row = findNumber(this.context.state, 'queue', queue);
    const members = fieldOf(row, 'members').split(',').map((m) => m.trim()).filter(Boolean);
    ucmEvents(this.context).publish({
      eventname: 'CallQueueStatus',
      subject: queue,
      eventbody: [
        {
          extension: queue,
          member: members.map((m) => ({
            member_extension: m,
            status: extensions(this.context.state).get(m)?.status ?? 'Unavailable',
            queue_action: m === member || (!member && m === members[0]) ? action : '',
          })),
          callswaiting: String(waiting),
          callstotal: String(counters.total),
          callscomplete: String(counters.complete),
        },
      ],
    });
  }

  // ---- views -------------------------------------------------------------------------------

  bridgeView(call: LiveCall) {
    const b = call.b!;
    return {
      bridge_id: call.bridgeId ?? '',
      bridge_time: ucmDateTime(call.bridgedAt ?? call.startedAt),
      callerid1: call.a.number,
      callerid2: b.number,
      channel1: call.a.channel,
      channel2: b.channel,
      have_send: 1,
      inbound_trunk_name: call.userfield === 'Inbound' ? call.a.trunk : '',
      name1: call.a.name,
      name2: b.name,
      outbound_trunk_name: b.kind === 'external' ? b.trunk : '',
      uniqueid1: call.a.uniqueid,
      uniqueid2: b.uniqueid,
    };
  }

  /** Bridged calls as listBridgedChannels answers them, oldest first. */
  bridged() {
    return [...this.live.values()].filter((c) => c.phase === 'up' && c.b).map((c) => this.bridgeView(c));
  }

  /** Channels not in a bridge, as listUnBridgedChannels answers them. */
  unbridged() {
    const out: Array<Record<string, string>> = [];
    for (const call of this.live.values()) {
      const bridged = call.phase === 'up' && call.b ? new Set([call.a, call.b]) : new Set<Leg>();
      for (const leg of this.legsOf(call)) {
        if (bridged.has(leg)) continue;
        const other = leg === call.a ? call.b : call.a;
        out.push({
          channel: leg.channel,
          state: leg.state,
          service: leg.service,
          callername: leg.name,
          callernum: leg.number,
          connectednum: other?.number ?? call.dst,
          connectedname: other?.name ?? '',
          alloc_time: ucmDateTime(leg.allocTime),
          inbound_trunk_name: call.userfield === 'Inbound' && leg === call.a ? leg.trunk : '',
          outbound_trunk_name: leg.kind === 'external' && leg !== call.a ? leg.trunk : call.userfield === 'Outbound' && leg.kind === 'external' ? leg.trunk : '',
        });
      }
    }
    return out;
  }

  /** The call a channel belongs to, and the leg; -16 when no live call has it. */
  find(channel: string): { call: LiveCall; leg: Leg } {
    for (const call of this.live.values()) {
      const leg = this.legsOf(call).find((l) => l.channel === channel);
      if (leg) return { call, leg };
    }
    fail('noSuchItem', `No live channel ${channel}`);
  }

  // ---- starting calls ----------------------------------------------------------------------

  /** The target of a number: a local number's kind, else external (must look like a number). */
  targetOf(number: string, allowed: ReadonlyArray<NumberKind | 'external'>): Target {
    const kind = kindOf(this.context.state, number);
    if (kind && allowed.includes(kind)) return { kind, number };
    if (!kind && allowed.includes('external') && /^[0-9*#+]+$/.test(number)) return { kind: 'external', number };
    fail('noSuchItem', `No ${allowed.filter((k) => k !== 'external').join('/') || 'destination'} ${number}`);
  }

  /** A local extension that must exist (callers of click-to-call, barge, paging). */
  requireExtension(number: string): void {
    if (!extensions(this.context.state).has(number)) fail('noSuchItem', `No extension ${number}`);
  }

  private newCall(a: Leg, target: Target, userfield: Direction, extra: Partial<LiveCall> = {}): LiveCall {
    const now = this.now();
    const seq = this.context.state.nextId('call');
    const call: LiveCall = {
      linkedid: a.uniqueid,
      session: `${now}${String(seq % 1000).padStart(3, '0')}-${a.number}`,
      userfield,
      a,
      extras: [],
      phase: 'ringing',
      target,
      dst: target.number,
      startedAt: now,
      dcontext: a.kind === 'external' ? 'from-trunk' : 'from-internal',
      lastapp: 'Dial',
      lastdata: '',
      actionType: '',
      actionOwner: '',
      service: '',
      record: false,
      segments: [],
      talkSeconds: this.settings.talk_seconds,
      ...extra,
    };
    this.live.set(call.linkedid, call);
    this.publishLeg(call, a, 'add');
    return call;
  }

  /**
   * A click-to-call: the UCM rings `from` (an extension or an external number) and connects it to
   * `to`. Both sides ring at once; after `ring_seconds` they are bridged (or the caller enters the IVR/queue).
   */
  dial(from: Target, to: Target): LiveCall {
    const a = from.kind === 'external' ? this.newLeg('external', from.number, 'Ringing', 'macro-dial') : this.newLeg('extension', from.number, 'Ringing', 'macro-dial');
    const direction: Direction = from.kind === 'external' || to.kind === 'external' ? 'Outbound' : 'Internal';
    const call = this.newCall(a, to, direction);
    this.route(call);
    return call;
  }

  /** An inbound trunk call (control API). With Call Control it waits for acceptCall/refuseCall. */
  inbound(spec: InboundSpec): LiveCall {
    const target = this.targetOf(spec.to, ['extension', 'queue', 'ivr', 'ringgroup']);
    const a = this.newLeg('external', spec.from, 'Ring', 'from-trunk', { trunk: spec.trunk, name: spec.fromName ?? '' });
    const call = this.newCall(a, target, 'Inbound', {
      talkSeconds: spec.talkSeconds ?? this.settings.talk_seconds,
      record: spec.record ?? false,
      phase: spec.callControl ? 'control' : 'ringing',
    });
    const ring = spec.ringSeconds;
    if (spec.callControl) {
      const wait = loginSettings(this.context.state).call_control_timeout_seconds;
      call.cancelTimer = this.after(wait, () => this.accept(call, ring));
    } else {
      this.route(call, ring);
    }
    return call;
  }

  /** Starts a page of a paging group from `caller` (MulticastPaging). */
  page(group: { extension: string; paginggroup_type: string; members: string | null; multicast_ip: string | null; multicast_port: number | null; limitime: number }, caller: string): LiveCall {
    const a = this.newLeg('extension', caller, 'Up', 'page');
    const multicast = group.paginggroup_type === '3way' || group.paginggroup_type === 'announcement';
    const members = (group.members ?? '').split(',').map((m) => m.trim()).filter((m) => m !== '' && m !== caller);
    const b = multicast || members.length === 0 ? this.newLeg('media', group.extension, 'Up', 'page') : this.newLeg('extension', members[0], 'Up', 'page');
    const ip = group.multicast_ip ?? '224.0.1.2';
    const port = group.multicast_port ?? 8080;
    const call = this.newCall(a, { kind: 'paginggroup', number: group.extension }, 'Internal', {
      dcontext: 'pagegroups',
      lastdata: multicast ? `MulticastRTP/basic/${ip}:${port},${group.limitime},zA() ` : `${members.map((m) => `PJSIP/${m}`).join('&')},${group.limitime},zA() `,
      actionType: `PAGE[${group.extension}]`,
      actionOwner: caller,
      service: 'p',
      page: group.extension,
      limitSeconds: group.limitime > 0 ? group.limitime : undefined,
    });
    call.b = b;
    this.publishLeg(call, b, 'add');
    this.bridge(call);
    return call;
  }

  /** Rings `extension` and plays a prompt when it answers (playPromptByOrg). */
  prompt(extension: string, prompt: string, type: string): LiveCall {
    const a = this.newLeg('extension', extension, 'Ringing', 'playprompt');
    const call = this.newCall(a, { kind: 'extension', number: extension }, 'Internal', {
      phase: 'ringing',
      lastapp: 'Playback',
      lastdata: prompt,
      actionType: `PLAYPROMPT[${type}]`,
      actionOwner: extension,
      limitSeconds: this.settings.prompt_seconds,
    });
    call.cancelTimer = this.after(this.settings.ring_seconds, () => this.enterApp(call, 'playprompt'));
    return call;
  }

  // ---- life cycle ----------------------------------------------------------------------------

  /** Connects the calling side to the call's target: rings the far side, or enters an application. */
  private route(call: LiveCall, ringSeconds = this.settings.ring_seconds): void {
    call.phase = 'ringing';
    const { target } = call;
    if (target.kind === 'extension' || target.kind === 'external') {
      call.b = this.newLeg(target.kind, target.number, 'Ringing', 'macro-dial');
      call.lastdata = target.kind === 'extension' ? `PJSIP/${target.number},60` : `PJSIP/${target.number}@trunk,60`;
      this.publishLeg(call, call.b, 'add');
      call.cancelTimer = this.after(ringSeconds, () => this.bridge(call));
      return;
    }
    // IVR, queue, ring group: the calling side answers into the application first.
    call.cancelTimer = this.after(ringSeconds, () => this.enterApp(call, target.kind === 'ivr' ? 'ivr' : target.kind));
  }

  private accept(call: LiveCall, ringSeconds?: number): void {
    call.cancelTimer?.();
    call.cancelTimer = undefined;
    this.route(call, ringSeconds);
  }

  /** The calling side is up in an application (IVR, queue, ring group, prompt). */
  private enterApp(call: LiveCall, service: string): void {
    call.phase = 'app';
    call.answeredAt ??= this.now();
    call.a.state = 'Up';
    call.a.service = service;
    call.lastapp = service === 'ivr' ? 'IVR' : service === 'playprompt' ? 'Playback' : service === 'queue' ? 'Queue' : 'Dial';
    if (call.a.kind === 'extension') this.extensionStatus(call.a.number, 'InUse');
    this.publishLeg(call, call.a, 'update');
    this.scheduleEnd(call);
    if (service !== 'queue' && service !== 'ringgroup') return;
    if (service === 'queue') {
      call.queue = call.target.number;
      const c = this.queueCounters.get(call.queue) ?? { total: 0, complete: 0 };
      c.total++;
      this.queueCounters.set(call.queue, c);
    }
    const row = findNumber(this.context.state, call.target.kind as NumberKind, call.target.number);
    const member = fieldOf(row, 'members')
      .split(',')
      .map((m) => m.trim())
      .find((m) => extensions(this.context.state).has(m));
    if (call.queue) this.publishQueue(call.queue, 'CallQueueWaiting', member);
    if (!member) return;
    call.b = this.newLeg('extension', member, 'Ringing', 'macro-dial');
    call.lastdata = `PJSIP/${member},60`;
    this.publishLeg(call, call.b, 'add');
    call.cancelTimer = this.after(this.settings.ring_seconds, () => this.bridge(call));
  }

  private bridge(call: LiveCall): void {
    if (!call.b) return;
    const now = this.now();
    call.cancelTimer = undefined;
    call.phase = 'up';
    call.answeredAt ??= now;
    call.bridgedAt = now;
    const seq = this.context.state.nextId('bridge');
    const h = createHash('md5').update(`bridge-${seq}-${call.linkedid}`).digest('hex');
    call.bridgeId = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
    for (const leg of [call.a, call.b]) {
      leg.state = 'Up';
      if (leg.kind === 'extension') this.extensionStatus(leg.number, 'InUse');
    }
    if (!call.record) call.record = this.wantsRecording(call);
    this.publishBridge(call);
    if (call.queue) {
      this.publishQueue(call.queue, 'CallQueueAnswered', call.b.number);
    }
    this.scheduleEnd(call);
  }

  private scheduleEnd(call: LiveCall): void {
    call.cancelEnd?.();
    const seconds = call.limitSeconds ?? call.talkSeconds;
    call.cancelEnd = seconds > 0 ? this.after(seconds, () => this.hangup(call, 'ANSWERED')) : undefined;
  }

  private wantsRecording(call: LiveCall): boolean {
    for (const leg of [call.a, call.b]) {
      if (leg?.kind !== 'extension') continue;
      const mode = String(extensions(this.context.state).get(leg.number)?.fields.auto_record ?? 'off');
      if (mode === 'all') return true;
      if (mode === 'internal' && call.userfield === 'Internal') return true;
      if (mode === 'external' && call.userfield !== 'Internal') return true;
    }
    return false;
  }

  /** Ends a whole call: its legs leave, CDR legs and a recording are written. */
  hangup(call: LiveCall, disposition?: string): void {
    if (!this.live.has(call.linkedid)) return;
    call.cancelTimer?.();
    call.cancelEnd?.();
    const now = this.now();
    this.live.delete(call.linkedid);
    const answered = call.answeredAt !== undefined;
    call.segments.push({
      a: call.a,
      b: call.b,
      dst: call.dst,
      start: call.segments.length ? call.segments.at(-1)!.end : call.startedAt,
      answer: call.phase === 'up' || call.phase === 'app' ? (call.bridgedAt ?? call.answeredAt) : undefined,
      end: now,
      lastapp: call.lastapp,
      lastdata: call.lastdata,
      disposition: disposition ?? (answered && (call.phase === 'up' || call.phase === 'app') ? 'ANSWERED' : 'NO ANSWER'),
    });
    this.writeCdr(call);
    if (call.queue) {
      const c = this.queueCounters.get(call.queue) ?? { total: 0, complete: 0 };
      if (call.phase === 'up') c.complete++;
      this.queueCounters.set(call.queue, c);
      this.publishQueue(call.queue, 'CallQueueHangup', call.b?.number);
    }
    for (const leg of this.legsOf(call)) this.publishGone(call, leg);
    for (const leg of this.legsOf(call)) if (leg.kind === 'extension') this.releaseExtension(leg.number);
  }

  /** Removes one leg that is not the call's (a barging leg). */
  dropExtra(call: LiveCall, leg: Leg): void {
    call.extras = call.extras.filter((l) => l !== leg);
    this.publishGone(call, leg);
    if (leg.kind === 'extension') this.releaseExtension(leg.number);
  }

  // ---- control actions -----------------------------------------------------------------------

  /** The call of a channel that must be answered (hold, mute, transfer, barge). */
  answered(channel: string): { call: LiveCall; leg: Leg } {
    const found = this.find(channel);
    if (found.leg.state !== 'Up') fail('invalidValue', `${channel} is not in a call`);
    return found;
  }

  /** The inbound call waiting for Call Control on `channel`, else -16 (ucm.md A20). */
  waiting(channel: string): LiveCall {
    const found = [...this.live.values()].find((c) => c.phase === 'control' && c.a.channel === channel);
    if (!found) fail('noSuchItem', `No call waiting for acceptCall/refuseCall on ${channel}`);
    return found;
  }

  acceptCall(channel: string): void {
    this.accept(this.waiting(channel));
  }

  refuseCall(channel: string): void {
    this.hangup(this.waiting(channel), 'NO ANSWER');
  }

  barge(channel: string, listener: string, mode: string): Leg {
    const { call } = this.answered(channel);
    if (call.phase !== 'up') fail('invalidValue', `${channel} is not bridged`);
    const leg = this.newLeg('extension', listener, 'Up', 'chanspy');
    leg.name = `${this.displayName(listener)}${mode ? ` (${mode})` : ''}`.trim();
    call.extras.push(leg);
    this.publishLeg(call, leg, 'add');
    return leg;
  }

  /**
   * Replaces one side of a call: `leaving` goes, `staying` becomes the calling side and is connected to
   * `target`. The finished part becomes a CDR leg of its own (sub_cdr).
   */
  transfer(call: LiveCall, leaving: Leg | undefined, staying: Leg, target: Target): void {
    const now = this.now();
    call.cancelTimer?.();
    call.cancelTimer = undefined;
    if (call.b) {
      call.segments.push({
        a: call.a,
        b: call.b,
        dst: call.dst,
        start: call.segments.length ? call.segments.at(-1)!.end : call.startedAt,
        answer: call.phase === 'up' ? call.bridgedAt : undefined,
        end: now,
        lastapp: call.lastapp,
        lastdata: call.lastdata,
        disposition: call.phase === 'up' ? 'ANSWERED' : 'NO ANSWER',
      });
    }
    const gone = [leaving, call.b !== staying ? call.b : undefined, call.a !== staying ? call.a : undefined].filter((l, i, all): l is Leg => !!l && all.indexOf(l) === i);
    call.a = staying;
    call.b = undefined;
    call.bridgedAt = undefined;
    call.target = target;
    call.dst = target.number;
    for (const leg of gone) {
      this.publishGone(call, leg);
      if (leg.kind === 'extension') this.releaseExtension(leg.number);
    }
    this.route(call);
  }

  /** Everything live, for the control API. */
  snapshot() {
    return [...this.live.values()].map((c) => ({
      linkedid: c.linkedid,
      phase: c.phase,
      direction: c.userfield,
      dst: c.dst,
      started: ucmDateTime(c.startedAt),
      legs: this.legsOf(c).map((l) => ({ channel: l.channel, number: l.number, state: l.state, service: l.service, muted: l.muted, held: l.held })),
    }));
  }

  // ---- CDR and recordings -------------------------------------------------------------------

  private writeCdr(call: LiveCall): void {
    const { state } = this.context;
    const table = cdrs(state);
    const cdrId = call.session;
    for (const segment of call.segments) {
      const acct = String(state.nextId(CDR_SEQUENCE));
      const { a, b } = segment;
      const answered = segment.disposition === 'ANSWERED' && segment.answer !== undefined;
      let recordfiles = '';
      if (answered && call.record && b) {
        const name = `auto-${Math.floor(segment.start / 1000)}-${a.number}-${b.number}.wav`;
        const month = ucmDateTime(segment.start).slice(0, 7);
        recordings(state).set(name, {
          filedir: call.queue ? 'queue' : 'monitor',
          filename: name,
          month,
          acctid: acct,
          storage: 'local',
          uniquecode: createHash('md5').update(name).digest('hex'),
          seconds: Math.round((segment.end - (segment.answer ?? segment.start)) / 1000),
          created: segment.end,
        });
        recordfiles = `${month}/${name}`;
      }
      const row: CdrRow = cdrRowOf({
        AcctId: acct,
        action_owner: call.actionOwner,
        action_type: call.actionType,
        amaflags: 'DOCUMENTATION',
        answer: answered ? ucmDateTime(segment.answer!) : '',
        billsec: String(answered ? Math.round((segment.end - segment.answer!) / 1000) : 0),
        caller_name: a.name,
        cdr: cdrId,
        channel: a.channel,
        channel_ext: a.kind === 'extension' ? a.number : '',
        clid: `"${a.name || a.number}" <${a.number}>`,
        dcontext: call.dcontext,
        disposition: segment.disposition,
        dst: segment.dst,
        dst_trunk_name: b?.kind === 'external' ? b.trunk : '',
        dstanswer: answered && b ? b.number : answered ? segment.dst : '',
        dstchannel: b?.channel ?? '',
        dstchannel_ext: b ? (b.kind === 'media' ? b.channel.split('/')[1] : b.kind === 'extension' ? b.number : '') : '',
        duration: String(Math.round((segment.end - segment.start) / 1000)),
        end: ucmDateTime(segment.end),
        lastapp: segment.lastapp,
        lastdata: segment.lastdata,
        recordfiles,
        service: call.service,
        session: cdrId,
        src: a.number,
        src_trunk_name: a.kind === 'external' ? a.trunk : '',
        start: ucmDateTime(segment.start),
        uniqueid: a.uniqueid,
        userfield: call.userfield,
      });
      table.set(acct, row);
    }
  }
}
