import { fail, notFound, numericId, type SipxCall, type SipxHandler } from '../call.ts';
import {
  findSchedule,
  liveSchedules,
  scheduleDay,
  schedules,
  schedulesAvailableTo,
  scheduleView,
  type SchedulePeriod,
  type ScheduleRow,
} from '../models/schedules.ts';
import { SEQUENCES } from '../models/tables.ts';
import { findUserGroup, type UserGroupRow } from '../models/user-groups.ts';
import { findUser, type UserRow } from '../models/users.ts';

interface PeriodInput {
  day: string;
  start: string;
  end: string;
}
interface ScheduleInput {
  name?: string;
  description?: string | null;
  periods?: PeriodInput[];
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** A period as stored: a known day, start before end (400 otherwise). */
function period(input: PeriodInput): SchedulePeriod {
  const day = scheduleDay(input.day) ?? fail('validationFailed', `Failed input validation: "${input.day}" is not a day (Every day, Weekdays, Weekend, Monday … Sunday)`);
  if (minutes(input.start) >= minutes(input.end)) fail('validationFailed', `Failed input validation: the period starts at ${input.start}, not before its end ${input.end}`);
  return { day, start: input.start, end: input.end };
}

function userOr404(call: SipxCall<{ userId: string }>): UserRow {
  return findUser(call.context, call.args.userId) ?? notFound(call, `user ${call.args.userId}`);
}

function groupOr404(call: SipxCall<{ groupId: string }>): UserGroupRow {
  return findUserGroup(call.context, call.args.groupId) ?? notFound(call, `user group ${call.args.groupId}`);
}

function scheduleOr404(call: SipxCall<{ scheduleId: string }>): ScheduleRow {
  return findSchedule(call.context, numericId(call, call.args.scheduleId, 'schedule')) ?? notFound(call, `schedule ${call.args.scheduleId}`);
}

/** A schedule name is unique among the schedules of one owner (a user, a group, or the general ones). */
function refuseTakenName(call: SipxCall, owner: Pick<ScheduleRow, 'userId' | 'groupId'>, name: string, exceptId?: number): void {
  const clash = liveSchedules(call.context).find((s) => s.id !== exceptId && s.userId === owner.userId && s.groupId === owner.groupId && s.name === name);
  if (clash) fail('duplicate', `Failed input validation: a schedule of this owner is already named ${name}`);
}

const list = (rows: ScheduleRow[]) => ({ schedules: rows.map(scheduleView) });

export const scheduleHandlers: Record<string, SipxHandler> = {
  'GET /schedules/general': ({ context }: SipxCall) => list(liveSchedules(context).filter((s) => s.userId === null && s.groupId === null)),

  'GET /schedules/group/{groupId}': (call: SipxCall<{ groupId: string }>) => {
    const group = groupOr404(call);
    return list(liveSchedules(call.context).filter((s) => s.groupId === group.id));
  },

  'GET /schedules/user/{userId}/all': (call: SipxCall<{ userId: string }>) => list(schedulesAvailableTo(call.context, userOr404(call))),

  'GET /schedules/user/{userId}/personal': (call: SipxCall<{ userId: string }>) => {
    const user = userOr404(call);
    return list(liveSchedules(call.context).filter((s) => s.userId === user.id));
  },

  'POST /schedules/user/{userId}/personal': (call: SipxCall<{ userId: string; body: ScheduleInput }>) => {
    const user = userOr404(call);
    const { name, description, periods } = call.args.body;
    if (name === undefined) fail('validationFailed', 'Failed input validation: a schedule needs a name');
    const owner = { userId: user.id, groupId: null };
    refuseTakenName(call, owner, name);
    const rows = (periods ?? []).map(period);
    const id = call.context.state.nextId(SEQUENCES.schedules);
    schedules(call.context).set(id, { id, name, description: description ?? null, ...owner, periods: rows });
    return undefined;
  },

  'GET /schedules/{scheduleId}': (call: SipxCall<{ scheduleId: string }>) => scheduleView(scheduleOr404(call)),

  'PUT /schedules/{scheduleId}': (call: SipxCall<{ scheduleId: string; body: string | ScheduleInput }>) => {
    const row = scheduleOr404(call);
    const body = call.args.body;
    if (typeof body === 'string') {
      schedules(call.context).update(row.id, { description: body.trim() || null });
      return undefined;
    }
    if (body.name !== undefined) refuseTakenName(call, row, body.name, row.id);
    const periods = body.periods?.map(period);
    schedules(call.context).update(row.id, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.description !== undefined ? { description: body.description || null } : {}),
      ...(periods ? { periods } : {}),
    });
    return undefined;
  },

  'DELETE /schedules/{scheduleId}': (call: SipxCall<{ scheduleId: string }>) => {
    const row = scheduleOr404(call);
    // Quirk schedule-delete-description: "Delete the description" deletes the schedule; off = clears the description only.
    if (call.context.quirks['schedule-delete-description'] === false) schedules(call.context).update(row.id, { description: null });
    else schedules(call.context).delete(row.id);
    return undefined;
  },

  'POST /schedules/{scheduleId}/period/{index}': (call: SipxCall<{ scheduleId: string; index: string; body: PeriodInput }>) => {
    const row = scheduleOr404(call);
    const at = /^\d{1,4}$/.test(call.args.index) ? Number(call.args.index) : Number.NaN;
    if (!(at <= row.periods.length)) fail('validationFailed', `Failed input validation: the period index must be 0 … ${row.periods.length}, not ${call.args.index}`);
    const periods = [...row.periods];
    periods.splice(at, 0, period(call.args.body));
    schedules(call.context).update(row.id, { periods });
    return undefined;
  },

  'DELETE /schedules/{scheduleId}/period/{index}': (call: SipxCall<{ scheduleId: string; index: string }>) => {
    const row = scheduleOr404(call);
    const at = /^\d{1,4}$/.test(call.args.index) ? Number(call.args.index) : Number.NaN;
    if (!(at < row.periods.length)) notFound(call, `period ${call.args.index} of schedule ${row.id}`);
    schedules(call.context).update(row.id, { periods: row.periods.filter((_, i) => i !== at) });
    return undefined;
  },
};
