import { fail } from './call.ts';

/**
 * The document's request dates: `mmm-dd-YYYY` (`Feb-01-2009`) with `hh:mm:ss`, read in an IANA time zone
 * (cdr.download, billing history, SMS reports, archiving; pbxware.md §6.7 and §7 A27).
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    fail('invalidArgument', `Invalid argument timezone: unknown time zone '${timeZone}'.`);
  }
}

/** Offset of `timeZone` from UTC at instant `utcMs`, in milliseconds. */
function zoneOffset(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * `date` + `time` on the wall clock of `timeZone` → epoch milliseconds. The contract has checked the
 * shapes; this refuses dates that do not exist (`Feb-30-2009`, `Foo-01-2009`), naming the argument.
 */
export function parseMonthDate(name: string, date: string, time: string, timeZone = 'UTC'): number {
  const [mon, dd, yyyy] = date.split('-');
  const month = MONTHS.indexOf(mon.toLowerCase());
  const day = Number(dd);
  const year = Number(yyyy);
  const probe = new Date(Date.UTC(year, month, day));
  if (month < 0 || probe.getUTCMonth() !== month || probe.getUTCDate() !== day) {
    fail('invalidDate', `Invalid date '${date}' for ${name}: expected mmm-dd-YYYY, e.g. Feb-01-2009.`);
  }
  const [h, m, s] = time.split(':').map(Number);
  const wall = Date.UTC(year, month, day, h, m, s);
  const first = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(first, timeZone); // settles across a DST change
}

export interface DateBound {
  name: string;
  date: string;
  time?: string;
}

/**
 * A start … end window in epoch milliseconds, the end second included whole. Defaults 00:00:00 and
 * `endDefault` (23:59:59 for CDRs and SMS, 00:00:00 for billing history as the document says).
 */
export function dateWindow(start: DateBound, end: DateBound, timeZone = 'UTC', endDefault = '23:59:59'): { from: number; to: number } {
  checkTimeZone(timeZone);
  const from = parseMonthDate(start.name, start.date, start.time ?? '00:00:00', timeZone);
  const to = parseMonthDate(end.name, end.date, end.time ?? endDefault, timeZone) + 999;
  if (to < from) {
    fail('invalidDate', `End date ${end.date} ${end.time ?? endDefault} is before start date ${start.date} ${start.time ?? '00:00:00'}.`);
  }
  return { from, to };
}
