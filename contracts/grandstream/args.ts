import { z } from 'zod';

/**
 * Parameter builders for `request.*` fields. The UCM's examples send the same field as a string in one
 * place and a number in another (`"item_num":"30"`, `"max_contacts":"3"` vs `1`, `"trunkgroup":7`;
 * ucm.md §7.4 #20), so numbers are accepted either way, and enumerations ignore case (`Yes, no`; the
 * tables capitalise values the examples write in lower case). Every builder yields the canonical form.
 */

/** Longest value accepted for a single string parameter; longer values are refused with -15. */
export const MAX_VALUE_LENGTH = 4096;

const text = () => z.string().max(MAX_VALUE_LENGTH, `is longer than ${MAX_VALUE_LENGTH} characters`);

/** A number sent as a JSON number or as digits. */
const numeric = (min: number, max: number) =>
  z
    .union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/, 'must be a number')])
    .transform((v) => Number(v))
    .pipe(z.number().int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const isNullWord = (v: unknown) => v === null || v === '' || (typeof v === 'string' && v.toLowerCase() === 'null');

export const p = {
  /** A string; a number is accepted and written as digits. */
  str: () => z.union([text(), z.number().transform(String)]),
  /** A string or null (fields whose documented default is `null`). */
  nullableStr: () => z.union([text(), z.number().transform(String), z.null()]),
  /** A non-empty string. */
  required: () => z.union([text().trim().min(1, 'is required'), z.number().transform(String)]),
  /** A whole number within [min, max], sent as a number or as digits. */
  int: (min = 0, max = Number.MAX_SAFE_INTEGER) => numeric(min, max),
  /** A whole number, or null / "null" / "" meaning "use the global setting" (`ring_timeout`). */
  nullableInt: (min = 0, max = Number.MAX_SAFE_INTEGER) =>
    z.union([z.custom<null>(isNullWord).transform(() => null), numeric(min, max)]),
  /** Digits of a given length range (extension numbers: "2-18 digits"). */
  digits: (min = 1, max = 32) =>
    z
      .union([text(), z.number().int().nonnegative().transform(String)])
      .pipe(z.string().regex(new RegExp(`^\\d{${min},${max}}$`), `must be ${min}-${max} digits`)),
  /** One of the documented values, ignoring case; yields the value as listed. */
  choice: <const T extends readonly [string, ...string[]]>(values: T) =>
    z
      .union([text(), z.number().transform(String)])
      .transform((v, ctx) => {
        const found = values.find((c) => c.toLowerCase() === v.trim().toLowerCase());
        if (found === undefined) {
          ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}` });
          return z.NEVER;
        }
        return found as T[number];
      }),
  /** `yes` or `no` (any case). */
  yesno: () => p.choice(['yes', 'no'] as const),
  /** A JSON array, sent as an array or as a string holding one (`"multi_mode":"[]"`, ucm.md §7.4 #25). */
  jsonArray: <T extends z.ZodType>(item: T) =>
    z.union([
      z.array(item).max(1000),
      text().transform((v, ctx) => {
        try {
          return z.array(item).max(1000).parse(JSON.parse(v === '' ? '[]' : v));
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be a JSON array' });
          return z.NEVER;
        }
      }),
    ]),
};

/** The time-condition code set used by every `*_timetype` field: "0 … 6, 8" — there is no 7 (doc 849). */
export const TIME_TYPES = [0, 1, 2, 3, 4, 5, 6, 8] as const;
export const timeType = () =>
  numeric(0, 8).refine((v) => (TIME_TYPES as readonly number[]).includes(v), 'must be one of 0-6, 8');

/** Comma-separated list as the document writes them (`"1001,1002"`); empty → []. */
export function commaList(value: string | null | undefined): string[] {
  if (value === undefined || value === null || value.trim() === '') return [];
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
