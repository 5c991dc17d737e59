import type { PackContext } from '../../core/pack.ts';
import { SCHEDULE_DAYS } from '../../../contracts/sipxcom/schedules.ts';
import { TABLES } from './tables.ts';
import { userGroups } from './user-groups.ts';
import { users, type UserRow } from './users.ts';

type Ctx = Pick<PackContext, 'state'>;

export interface SchedulePeriod {
  day: (typeof SCHEDULE_DAYS)[number];
  start: string;
  end: string;
}

/**
 * A schedule (doc 3386-3550, properties 4285-4299): general (no owner), of a user group (`groupId`) or
 * a user's personal one (`userId`); `periods` in their order (the `{index}` of the period routes).
 */
export interface ScheduleRow {
  id: number;
  name: string;
  description: string | null;
  userId: number | null;
  groupId: number | null;
  periods: SchedulePeriod[];
}

export const schedules = (context: Ctx) => context.state.table<ScheduleRow>(TABLES.schedules);

/** True while the schedule's owner exists: a deleted user's or group's schedules are gone with them. */
function ownerExists(context: Ctx, row: ScheduleRow): boolean {
  if (row.userId !== null) return users(context).has(row.userId);
  if (row.groupId !== null) return userGroups(context).has(row.groupId);
  return true;
}

/** Schedules whose owner exists, in creation order. */
export function liveSchedules(context: Ctx): ScheduleRow[] {
  return schedules(context)
    .values()
    .filter((s) => ownerExists(context, s))
    .sort((a, b) => a.id - b.id);
}

export function findSchedule(context: Ctx, id: number): ScheduleRow | undefined {
  const row = schedules(context).get(id);
  return row && ownerExists(context, row) ? row : undefined;
}

/** The schedules a user can use: personal, then of their groups, then general (GET …/all). */
export function schedulesAvailableTo(context: Ctx, user: UserRow): ScheduleRow[] {
  const live = liveSchedules(context);
  return [
    ...live.filter((s) => s.userId === user.id),
    ...live.filter((s) => s.groupId !== null && user.groupIds.includes(s.groupId)),
    ...live.filter((s) => s.userId === null && s.groupId === null),
  ];
}

/** A day as a period names it, in any case (`weekdays`, `MONDAY`); undefined when it is no day. */
export function scheduleDay(text: string): SchedulePeriod['day'] | undefined {
  const wanted = text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  return SCHEDULE_DAYS.find((d) => d.toLowerCase() === wanted || d.toLowerCase().replace(' ', '') === wanted.replace(' ', ''));
}

export const scheduleView = (row: ScheduleRow) => ({
  scheduleId: row.id,
  name: row.name,
  description: row.description,
  userId: row.userId,
  groupId: row.groupId,
  periods: row.periods.map((p) => ({ ...p })),
});
