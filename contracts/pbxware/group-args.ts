import { z } from 'zod';
import { MAX_ARG_LENGTH } from './args.ts';

/**
 * Argument builders shared by the call-distribution objects (IVRs, ring groups, ERGs, paging groups,
 * operation times). Kept here rather than in the shared `args.ts`, which belongs to the lead.
 */

const text = () => z.string().max(MAX_ARG_LENGTH, `is longer than ${MAX_ARG_LENGTH} characters`);

/**
 * "Specify yes or no" (ring group, doc 5309-5395). `1`/`0` are accepted as well, because
 * `ring_group.configuration` reads these options back as "1"/"0" (doc 5465-5495) and clients echo them.
 */
export const yesNo = () =>
  z.enum(['yes', 'no', '1', '0'], { error: 'must be yes or no' }).optional();

/** `yes`/`1` → "1", `no`/`0` → "0". */
export function yesNoToFlag(value: string): '1' | '0' {
  return value === 'yes' || value === '1' ? '1' : '0';
}

/** A sound file name that must begin with `prefix` ("All greetings must begin with greeting- ."); empty clears it. */
export const prefixed = (prefix: string) =>
  text().refine((v) => v === '' || v.startsWith(prefix), `must begin with "${prefix}"`);

/** A comma list of numbers (`100,101`); empty is an empty list. */
export const numberList = () =>
  text().regex(/^(\s*\d+\s*(,\s*\d+\s*)*)?$/, 'must be numbers separated by ,').optional();

/** A number that may be empty (optional destinations, timeouts). */
export const optionalDigits = () => text().regex(/^\d*$/, 'must be a number').optional();
