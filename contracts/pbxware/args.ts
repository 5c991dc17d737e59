import { z } from 'zod';

/**
 * PBXware receives every argument as a flat string (query string or form field). These builders
 * describe arguments the way the document does: required or optional, digits, 0/1 flags, enums,
 * comma or colon lists. Repeated keys (`open_days[]=…&open_days[]=…`) arrive as arrays.
 */

/** Longest value accepted for any single argument; longer values are refused, not truncated. */
export const MAX_ARG_LENGTH = 4096;

const text = () => z.string().max(MAX_ARG_LENGTH, `is longer than ${MAX_ARG_LENGTH} characters`);

export const arg = {
  /** A required, non-empty string. */
  required: () => text().trim().min(1, 'is required'),
  optional: () => text().optional(),
  /** A required positive integer written in digits (ids, numbers). */
  id: () => text().regex(/^\d+$/, 'must be a number'),
  optionalId: () => text().regex(/^\d+$/, 'must be a number').optional(),
  /** A required non-negative whole number written in digits (limits, counts). */
  count: () => text().regex(/^\d+$/, 'must be a whole number'),
  /** Digits that may be empty (optional numeric settings). */
  digits: () => text().regex(/^\d*$/, 'must be a number').optional(),
  /** A signed decimal number (amounts). */
  decimal: () => text().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number'),
  /** Yes=1, No=0. */
  flag: () => z.enum(['0', '1'], { error: 'must be 0 or 1' }),
  optionalFlag: () => z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional(),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) =>
    z.enum(values, { error: `must be one of ${values.join(', ')}` }),
  /** A value that may be sent once or repeated (`name[]=a&name[]=b`). */
  repeated: () => z.union([text(), z.array(text()).max(1000)]).optional(),
  /** `mmm-dd-YYYY`, e.g. `Feb-01-2009` (cdr.download, billing history, SMS reports). */
  monthDate: () =>
    text().regex(/^[A-Za-z]{3}-\d{2}-\d{4}$/, 'must be a date like Feb-01-2009 (mmm-dd-YYYY)'),
  /** `hh:mm:ss`. */
  time: () => text().regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, 'must be a time like 23:59:59 (hh:mm:ss)').optional(),
};

/** The arguments every request carries besides the action's own. */
export const envelopeArgs = {
  apikey: text(),
  action: text(),
  apiformat: z.string().optional(),
};

/** Builds an action's request schema: its own arguments plus the envelope; unknown arguments are ignored as PHP does. */
export function args<T extends z.ZodRawShape>(shape: T) {
  return z.looseObject({ ...envelopeArgs, ...shape });
}

/** Splits a comma list as the document writes them (`100,101`); an empty string is an empty list. */
export function commaList(value: string | undefined): string[] {
  if (value === undefined || value === '') return [];
  return value.split(',').map((v) => v.trim());
}

/** Splits a colon list (`CCV5:MTv5`), as `ext.es.callerid.edit` takes its per-trunk lists. */
export function colonList(value: string | undefined): string[] {
  if (value === undefined || value === '') return [];
  return value.split(':');
}

/** A repeated argument as an array, whether it arrived once or many times. */
export function asArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
