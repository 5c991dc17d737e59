import { z } from 'zod';

/** Paging metadata of `/rest` lists, as the branch list shows it (doc 312-318). */
export const metadata = z.object({
  totalResults: z.number().int(),
  currentPage: z.number().int(),
  totalPages: z.number().int(),
  resultsPerPage: z.number().int(),
});

/**
 * Paging and sorting query of `/rest` lists (doc 2129-2143, 3690-3704 …). `page` is documented as
 * "Required. The requested page size." (sic): it is the page number; paging happens only when both
 * `page` and `pagesize` are whole numbers ≥ 1, otherwise everything is one page (quirk page-params).
 */
export const pagingQuery = {
  page: z.string().max(20).optional(),
  pagesize: z.string().max(20).optional(),
  sortdir: z.string().max(20).optional(),
  sortby: z.string().max(40).optional(),
};

/** The `/rest` write envelope (doc 342): `<response><code/><message/><data><id/></data></response>`. */
export const envelope = z.object({
  response: z.object({
    code: z.enum(['SUCCESS', 'SUCCESS_CREATED', 'SUCCESS_UPDATED', 'SUCCESS_DELETED']),
    message: z.string(),
    data: z.object({ id: z.number().int() }).optional(),
  }),
});

/** The error envelope (same element names; codes from the error catalogue). */
export const errorEnvelope = z.object({
  response: z.object({
    code: z.string(),
    message: z.string(),
    data: z.object({ additionalMessage: z.string() }).optional(),
  }),
});

/** An `/api` write answers 200 with no body (index A11). */
export const noBody = z.undefined();

/** Path identifiers: bounded strings (ids are checked by the handlers, which answer 404). */
export const pathId = z.string().min(1).max(200);

/** A setting object of the `/api` settings trees (doc 450, 1118). */
export const setting = z.object({
  path: z.string(),
  type: z.string(),
  options: z.record(z.string(), z.string().nullable()).nullable(),
  value: z.string().nullable(),
  defaultValue: z.string().nullable(),
  label: z.string().nullable(),
  description: z.string().nullable(),
});
