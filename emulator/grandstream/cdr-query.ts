import { fail } from './call.ts';
import type { CdrRow } from './models/cdr.ts';

/**
 * cdrapi's filters (doc 6777-6801): number lists with ranges and wildcards, time windows in the
 * formats the table lists, durations. Pure functions over CDR rows.
 */

/**
 * A caller/callee filter: "5300,5302-5304,_4@". With `@` (any digits, none included) or `_` (one
 * character) an item is a pattern; "a-b" a range of numbers; "0-0" matches non-numeric and empty
 * numbers; other non-numeric items (or several hyphens) are ignored. No usable item → matches all.
 */
export function numberMatcher(filter: string | undefined): (value: string) => boolean {
  if (filter === undefined || filter.trim() === '') return () => true;
  const tests: Array<(value: string) => boolean> = [];
  for (const raw of filter.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    if (/[@_]/.test(item)) {
      const source = [...item].map((c) => (c === '@' ? '\\d*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
      const re = new RegExp(`^${source}$`);
      tests.push((v) => re.test(v));
    } else if (item === '0-0') {
      tests.push((v) => !/^\d+$/.test(v));
    } else if (/^\d+-\d+$/.test(item)) {
      const [from, to] = item.split('-').map(Number);
      tests.push((v) => /^\d+$/.test(v) && Number(v) >= Math.min(from, to) && Number(v) <= Math.max(from, to));
    } else if (/^\d+$/.test(item)) {
      tests.push((v) => v === item);
    }
    // Anything else "will be ignored" (doc 6784).
  }
  if (tests.length === 0) return () => true;
  return (value) => tests.some((t) => t(value));
}

const TIME = /^(?:(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))?|(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))(Z|[+-]\d{2}:?\d{2})?$/;

/** A startTime/endTime value as epoch ms (UTC unless a zone is given); -15 when unreadable. */
export function parseCdrTime(value: string, name: string): number {
  const text = decodeURIComponent(value.trim()).replace(/ (\d{2}:?\d{2})$/, '+$1');
  const m = TIME.exec(text);
  if (!m) fail('invalidValue', `${name}: use YYYY-MM-DDTHH:MM[:SS[.SSS]] or HH:MM[:SS[.SSS]]`);
  const date = m[1] ?? '2000-01-01';
  const time = m[2] ?? m[3] ?? '00:00';
  let zone = m[4] ?? 'Z';
  if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const ms = Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}${zone}`);
  if (!Number.isFinite(ms)) fail('invalidValue', `${name}: not a date`);
  return ms;
}

/** `2019-11-27 07:17:13` (UTC, as CDRs are written) → epoch ms. */
export const cdrTime = (value: string) => (value ? Date.parse(`${value.replace(' ', 'T')}Z`) : NaN);

export interface CdrFilter {
  caller?: string;
  callee?: string;
  startTime?: string;
  endTime?: string;
  minDur?: number;
  maxDur?: number;
  'answered by'?: string;
  'timeFilter Type'?: 'Start' | 'End';
  callerName?: string;
}

/** A predicate over a call's main leg; undefined when no filter is given (every call matches). */
export function cdrPredicate(filter: CdrFilter): ((row: CdrRow) => boolean) | undefined {
  const caller = numberMatcher(filter.caller);
  const callee = numberMatcher(filter.callee);
  const answeredBy = numberMatcher(filter['answered by']);
  const from = filter.startTime ? parseCdrTime(filter.startTime, 'startTime') : -Infinity;
  const to = filter.endTime ? parseCdrTime(filter.endTime, 'endTime') : Infinity;
  const field = filter['timeFilter Type'] === 'End' ? 'end' : 'start';
  const name = filter.callerName?.toLowerCase();
  // Only the filters given are tested: over 100,000 rows, parsing every start time for nothing shows.
  const tests: Array<(row: CdrRow) => boolean> = [];
  if (filter.caller?.trim()) tests.push((row) => caller(row.src));
  if (filter.callee?.trim()) tests.push((row) => callee(row.dst));
  if (filter['answered by'] !== undefined) tests.push((row) => answeredBy(row.dstanswer));
  if (from !== -Infinity || to !== Infinity) {
    tests.push((row) => {
      const t = cdrTime(row[field]);
      return t >= from && t <= to;
    });
  }
  if (filter.minDur !== undefined) tests.push((row) => Number(row.duration) >= filter.minDur!);
  if (filter.maxDur !== undefined) tests.push((row) => Number(row.duration) <= filter.maxDur!);
  if (name !== undefined) tests.push((row) => row.caller_name.toLowerCase().includes(name));
  if (tests.length === 0) return undefined;
  return (row) => tests.every((test) => test(row));
}
