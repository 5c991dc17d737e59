import { CLICK_TO_CALL } from '../../../contracts/sipxcom/calls.ts';
import type { PackContext } from '../../core/pack.ts';
import { REGISTRAR } from './phones.ts';
import { SEQUENCES, TABLES } from './tables.ts';
import { findUser, users, type UserRow } from './users.ts';

/**
 * A click-to-call call (doc 77-81, 4132-4150). Kept in a table, not in pack `runtime`: a call is
 * plain data (who, to whom, when it started, how long each phase lasts) and its phase is computed
 * from the emulator clock when read, so it needs no timer object; as state it shows in the control
 * API's state view and snapshots, survives a restart of a persistent emulator like the rest of the
 * state, and a reset clears it. Ended calls are dropped when the next call is placed.
 */
export interface LiveCallRow {
  id: number;
  callerId: number;
  /** The caller's user name when the call was placed. */
  caller: string;
  /** User part of {to} (a number, a user name or the user of a SIP URI). */
  to: string;
  toAor: string;
  /** A local user reached on this system (internal call), or null. */
  calleeId: number | null;
  callee: string | null;
  startedAt: number;
  ringSeconds: number;
  talkSeconds: number;
}

export const liveCalls = (context: Pick<PackContext, 'state'>) => context.state.table<LiveCallRow>(TABLES.liveCalls);

export type CallPhase = 'ringing' | 'connected' | 'ended';

export function phaseOf(row: LiveCallRow, now: number): CallPhase {
  const elapsed = (now - row.startedAt) / 1000;
  if (elapsed < row.ringSeconds) return 'ringing';
  return elapsed < row.ringSeconds + row.talkSeconds ? 'connected' : 'ended';
}

const NUMBER = /^\+?[0-9*#]{1,32}$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const PARAMS = /^(?:;[A-Za-z0-9._~-]+(?:=[A-Za-z0-9._~-]+)?)*$/;

/** {to} as user part and AOR, or undefined when it is not a number, a name or a SIP URI (doc 4140). */
export function parseTarget(text: string): { user: string; host: string | null; aor: string } | undefined {
  const value = text.trim();
  if (NUMBER.test(value) || NAME.test(value)) return { user: value, host: null, aor: `sip:${value}@${REGISTRAR}` };
  const m = /^(?:(sips?):)?([^@:;\s<>"]+)@([^:;\s<>"]+)(?::(\d{1,5}))?(.*)$/i.exec(value);
  if (!m) return undefined;
  const [, scheme, user, host, port, params] = m;
  if (!(NUMBER.test(user) || NAME.test(user)) || !HOST.test(host) || !PARAMS.test(params)) return undefined;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return undefined;
  return { user, host: host.toLowerCase(), aor: `${(scheme ?? 'sip').toLowerCase()}:${user}@${host.toLowerCase()}${port ? `:${port}` : ''}` };
}

/** Places a click-to-call call from `caller` to `to` (already validated) at the clock's now. */
export function placeCall(context: Pick<PackContext, 'state' | 'clock'>, caller: UserRow, target: { user: string; host: string | null; aor: string }): LiveCallRow {
  const now = context.clock.now();
  for (const row of liveCalls(context).values()) if (phaseOf(row, now) === 'ended') liveCalls(context).delete(row.id);
  const local = target.host === null || target.host === REGISTRAR ? findUser(context, target.user) : undefined;
  const id = context.state.nextId(SEQUENCES.liveCalls);
  return liveCalls(context).set(id, {
    id,
    callerId: caller.id,
    caller: caller.username,
    to: target.user,
    toAor: target.aor,
    calleeId: local?.id ?? null,
    callee: local?.username ?? null,
    startedAt: now,
    ringSeconds: CLICK_TO_CALL.ringSeconds,
    talkSeconds: CLICK_TO_CALL.talkSeconds,
  });
}

/** The user's active calls (GET /my/activecdrs): placed by them, or reaching them once connected. */
export function activeCallsOf(context: Pick<PackContext, 'state' | 'clock'>, userId: number) {
  const now = context.clock.now();
  const rows = liveCalls(context)
    .values()
    .sort((a, b) => a.startedAt - b.startedAt || a.id - b.id);
  return rows.flatMap((row) => {
    const phase = phaseOf(row, now);
    if (phase === 'ended') return [];
    const views = [];
    if (row.callerId === userId) views.push(cdrView(row, 'OUTBOUND', phase, now));
    if (row.calleeId === userId && phase === 'connected' && users(context).has(userId)) views.push(cdrView(row, 'INCOMING', phase, now));
    return views;
  });
}

function cdrView(row: LiveCallRow, direction: 'INCOMING' | 'OUTBOUND', phase: CallPhase, now: number) {
  return {
    from: row.caller,
    'from-aor': `sip:${row.caller}@${REGISTRAR}`,
    to: row.to,
    'to-aor': row.toAor,
    direction,
    recipient: phase === 'connected' ? (row.callee ?? row.to) : '',
    internal: row.calleeId !== null,
    type: phase === 'connected' ? 'IN_PROGRESS' : 'REQUESTED',
    'start-time': new Date(row.startedAt).toISOString(),
    duration: Math.max(0, Math.floor((now - row.startedAt) / 1000)),
  };
}
