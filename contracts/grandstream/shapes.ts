import { z } from 'zod';

/**
 * Reply shapes. Every answer is `{"response": {…}, "status": 0}` with HTTP 200 (doc 168-181, 296-298);
 * contracts describe the whole body, so handlers return `ok(…)` (emulator/grandstream/call.ts).
 */
export function envelope<T extends z.ZodType>(response: T) {
  return z.object({ response, status: z.literal(0) }).strict();
}

/** `{"response": {"need_apply": "yes"|"no"}, "status": 0}` (config writes; dial/transfer answer "no"). */
export function needApply(value?: 'yes' | 'no') {
  return envelope(z.object({ need_apply: value ? z.literal(value) : z.enum(['yes', 'no']) }).strict());
}

/** `{"response": {}, "status": 0}` (logout, mute, hold, acceptCall, …). */
export const emptyResponse = envelope(z.object({}).strict());

/** A paged list: `{"<key>": [...], "page", "total_item", "total_page"}` (doc 532-619 and every list*). */
export function pagedList<T extends z.ZodType>(key: string, item: T) {
  return envelope(
    z
      .object({
        [key]: z.array(item),
        page: z.number().int().min(1),
        total_item: z.number().int().min(0),
        total_page: z.number().int().min(1),
      })
      .strict(),
  );
}

/** The paging parameters every list action takes (doc 598-602). `options` is a comma-separated field list. */
export const listParams = {
  page: z.union([z.number(), z.string()]).optional(),
  item_num: z.union([z.number(), z.string()]).optional(),
  sord: z.string().max(32).optional(),
  sidx: z.string().max(128).optional(),
  options: z.string().max(4096).optional(),
};

/** A value the document types as string that its examples show as null. */
export const nstr = z.string().nullable();
/** A value the document types as int that its examples show as null. */
export const nint = z.number().int().nullable();
