import { z } from 'zod';

/**
 * PBXware lists are JSON objects keyed by record id (`{"12": {…}}`); an empty list is `[]`, which is
 * what PHP's `json_encode` makes of an empty array (field evidence; pbxware.md §7 A10).
 */
export function keyedList<T extends z.ZodType>(item: T) {
  return z.union([z.record(z.string().regex(/^\d+$/), item), z.tuple([])]);
}

/** A list keyed by something other than a numeric id (provider names, composite keys, call ids). */
export function namedList<T extends z.ZodType>(item: T) {
  return z.union([z.record(z.string(), item), z.tuple([])]);
}

/** `{"success": "…"}` with nothing else. */
export const successOnly = z.object({ success: z.string() }).strict();

/** `{"success": "…", "id": <number>}`. */
export const successNumericId = z.object({ success: z.string(), id: z.number().int() }).strict();

/** `{"success": "…", "id": "<string>"}`. */
export const successStringId = z.object({ success: z.string(), id: z.string().regex(/^\d+$/) }).strict();

/** String-typed scalar fields, as most PBXware reads return. */
export const str = z.string();
export const numericString = z.string().regex(/^-?\d+$/);
