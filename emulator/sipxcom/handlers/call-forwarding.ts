import { envelope, fail, notFound, self, type SipxCall, type SipxHandler } from '../call.ts';
import {
  callForwarding,
  forwardingOf,
  forwardSchedules,
  ringType,
  ringView,
  scheduledRingView,
  schedulesOf,
  scheduleView,
  type ForwardScheduleRow,
  type RingRow,
} from '../models/call-forwarding.ts';
import { SEQUENCES } from '../models/tables.ts';

type RingInput = { number: string; expiration?: number; type?: string; enabled?: boolean; scheduleId?: number | null };
type SequenceInput = { rings?: RingInput[]; withVoicemail?: boolean };
type ScheduleInput = { scheduleId?: number; name?: string; description?: string | null; periods?: Array<{ start: string; end: string }> };

const DEFAULT_EXPIRATION = 20;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The caller's schedule `id`, or 404 (a schedule of another user is not found either). */
function ownSchedule(call: SipxCall, userId: number, id: string | number): ForwardScheduleRow {
  const text = String(id).trim();
  const row = /^\d{1,15}$/.test(text) ? forwardSchedules(call.context).get(Number(text)) : undefined;
  if (!row || row.userId !== userId) notFound(call, `schedule ${text}`);
  return row;
}

/** `/my/callfwdsched/` with no id: 403 (doc 4254). */
function scheduleIdOf(call: SipxCall<{ id: string }>): string {
  if (call.args.id.trim() === '') fail('scheduleIdMissing', 'ID value missing from request: the schedule id is not specified');
  return call.args.id;
}

/** Saves the rings and voicemail flag of a call sequence; `withSchedules` reads each ring's scheduleId. */
function saveSequence(call: SipxCall<{ body: SequenceInput }>, withSchedules: boolean) {
  const [userId] = self(call);
  const body = call.args.body;
  const current = forwardingOf(call.context, userId);
  let rings = current.rings;
  if (body.rings !== undefined) {
    rings = body.rings.map((r, i): RingRow => {
      const type = ringType(r.type);
      if (!type) fail('validationFailed', `Failed input validation: ring ${i + 1} type "${r.type}" is neither "if no response" nor "at the same time"`);
      let scheduleId: number | null = null;
      if (withSchedules && r.scheduleId !== undefined && r.scheduleId !== null) scheduleId = ownSchedule(call, userId, r.scheduleId).id;
      return { number: r.number.trim(), expiration: r.expiration ?? DEFAULT_EXPIRATION, type, enabled: r.enabled ?? true, scheduleId };
    });
    if (rings.some((r) => r.number === '')) fail('validationFailed', 'Failed input validation: a ring needs a number');
  }
  callForwarding(call.context).set(userId, { userId, rings, withVoicemail: body.withVoicemail ?? current.withVoicemail });
  return envelope('SUCCESS_UPDATED');
}

/** Checks a schedule as it would be saved: 422 when it cannot be (doc 4254). */
function checkSchedule(call: SipxCall, userId: number, schedule: Omit<ForwardScheduleRow, 'id' | 'userId'>, exceptId?: number) {
  if (schedule.name.trim() === '') fail('scheduleNotSaved', 'The schedule cannot be saved: it needs a name');
  if (schedulesOf(call.context, userId).some((s) => s.id !== exceptId && s.name === schedule.name)) {
    fail('scheduleNotSaved', `The schedule cannot be saved: you already have a schedule named ${schedule.name}`);
  }
  for (const p of schedule.periods) {
    if (!TIME.test(p.start) || !TIME.test(p.end)) fail('scheduleNotSaved', `The schedule cannot be saved: period ${p.start}-${p.end} is not two HH:MM times`);
    if (p.start >= p.end) fail('scheduleNotSaved', `The schedule cannot be saved: period ${p.start}-${p.end} ends before it starts`);
  }
}

function updateSchedule(call: SipxCall, userId: number, row: ForwardScheduleRow, body: ScheduleInput) {
  const next = {
    name: body.name ?? row.name,
    description: body.description !== undefined ? body.description || null : row.description,
    periods: body.periods ?? row.periods,
  };
  checkSchedule(call, userId, next, row.id);
  forwardSchedules(call.context).update(row.id, next);
  return envelope('SUCCESS_UPDATED', row.id);
}

export const callForwardingHandlers: Record<string, SipxHandler> = {
  'GET /my/forward': (call: SipxCall) => {
    const [userId] = self(call);
    const row = forwardingOf(call.context, userId);
    return { 'call-sequence': { rings: row.rings.map(ringView), withVoicemail: row.withVoicemail } };
  },

  'PUT /my/forward': (call: SipxCall<{ body: SequenceInput }>) => saveSequence(call, false),

  'GET /my/callfwd': (call: SipxCall) => {
    const [userId] = self(call);
    const row = forwardingOf(call.context, userId);
    return { 'call-sequence': { rings: row.rings.map(scheduledRingView), withVoicemail: row.withVoicemail } };
  },

  'PUT /my/callfwd': (call: SipxCall<{ body: SequenceInput }>) => saveSequence(call, true),

  'GET /my/callfwdschedule': (call: SipxCall) => {
    const [userId] = self(call);
    return { schedules: schedulesOf(call.context, userId).map(scheduleView) };
  },

  'PUT /my/callfwdschedule': (call: SipxCall<{ body: ScheduleInput }>) => {
    const [userId] = self(call);
    const body = call.args.body;
    if (body.scheduleId !== undefined) return updateSchedule(call, userId, ownSchedule(call, userId, body.scheduleId), body);
    const schedule = { name: body.name ?? '', description: body.description || null, periods: body.periods ?? [] };
    checkSchedule(call, userId, schedule);
    const id = call.context.state.nextId(SEQUENCES.forwardSchedules);
    forwardSchedules(call.context).set(id, { id, userId, ...schedule });
    return envelope('SUCCESS_CREATED', id);
  },

  'GET /my/callfwdsched/{id}': (call: SipxCall<{ id: string }>) => {
    const [userId] = self(call);
    return { schedule: scheduleView(ownSchedule(call, userId, scheduleIdOf(call))) };
  },

  'PUT /my/callfwdsched/{id}': (call: SipxCall<{ id: string; body: ScheduleInput }>) => {
    const [userId] = self(call);
    return updateSchedule(call, userId, ownSchedule(call, userId, scheduleIdOf(call)), call.args.body);
  },

  'DELETE /my/callfwdsched/{id}': (call: SipxCall<{ id: string }>) => {
    const [userId] = self(call);
    const schedule = ownSchedule(call, userId, scheduleIdOf(call));
    // Rings that used the schedule stay and ring at any time.
    const forwarding = forwardingOf(call.context, userId);
    if (forwarding.rings.some((r) => r.scheduleId === schedule.id)) {
      callForwarding(call.context).set(userId, { ...forwarding, rings: forwarding.rings.map((r) => (r.scheduleId === schedule.id ? { ...r, scheduleId: null } : r)) });
    }
    forwardSchedules(call.context).delete(schedule.id);
    return envelope('SUCCESS_DELETED', schedule.id);
  },
};
