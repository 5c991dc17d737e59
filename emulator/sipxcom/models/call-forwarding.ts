import type { PackContext } from '../../core/pack.ts';
import { RING_TYPES } from '../../../contracts/sipxcom/call-forwarding.ts';
import { TABLES } from './tables.ts';

type Ctx = Pick<PackContext, 'state'>;
export type RingType = (typeof RING_TYPES)[number];

/** One ring of a user's call sequence (doc 4189-4203); `scheduleId` null = at any time. */
export interface RingRow {
  number: string;
  expiration: number;
  type: RingType;
  enabled: boolean;
  scheduleId: number | null;
}

/** A user's call sequence, keyed by user id (a user without a row has none: no rings, voicemail on). */
export interface CallForwardingRow {
  userId: number;
  rings: RingRow[];
  withVoicemail: boolean;
}

/** A call forwarding schedule of one user (doc 4285-4299). Periods are HH:MM times of day. */
export interface ForwardScheduleRow {
  id: number;
  userId: number;
  name: string;
  description: string | null;
  periods: Array<{ start: string; end: string }>;
}

export const callForwarding = (context: Ctx) => context.state.table<CallForwardingRow>(TABLES.callForwarding);
export const forwardSchedules = (context: Ctx) => context.state.table<ForwardScheduleRow>(TABLES.forwardSchedules);

export function forwardingOf(context: Ctx, userId: number): CallForwardingRow {
  return callForwarding(context).get(userId) ?? { userId, rings: [], withVoicemail: true };
}

export function schedulesOf(context: Ctx, userId: number): ForwardScheduleRow[] {
  return forwardSchedules(context).values().filter((s) => s.userId === userId).sort((a, b) => a.id - b.id);
}

/** `if no response` / `at the same time`, read in any case, also as sipxconfig's delayed / immediate. */
export function ringType(text: string | undefined): RingType | undefined {
  if (text === undefined) return 'if no response';
  const t = text.trim().toLowerCase();
  if (t === 'delayed') return 'if no response';
  if (t === 'immediate') return 'at the same time';
  return RING_TYPES.find((r) => r === t);
}

export const ringView = (r: RingRow) => ({ number: r.number, expiration: r.expiration, type: r.type, enabled: r.enabled });
export const scheduledRingView = (r: RingRow) => ({ ...ringView(r), scheduleId: r.scheduleId });
export const scheduleView = (s: ForwardScheduleRow) => ({ scheduleId: s.id, name: s.name, description: s.description, periods: s.periods });
