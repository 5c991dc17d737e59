import type { VendorError } from '../core/errors.ts';
import type { QuirkSettings } from '../../contracts/core/index.ts';
import { statusOf } from '../../contracts/grandstream/errors.ts';

export const JSON_TYPE = 'application/json;charset=UTF-8';

/**
 * A reply that is not the JSON envelope: cdrapi CSV/XML, queueapi XML, recapi file bytes (phase 2).
 * A handler returns one; its contract's response schema is `z.instanceof(RawReply)`.
 */
export class RawReply {
  constructor(
    readonly contentType: string,
    readonly body: string | Buffer,
    readonly headers: Record<string, string> = {},
  ) {}
}

/**
 * A failure as the UCM answers it: HTTP 200, `status` the negative code, `response` holding
 * `error_msg` (quirk error-msg-in-response) and any details (remain_num, remain_time …).
 */
export function errorBody(error: VendorError, quirks: QuirkSettings): Record<string, unknown> {
  const response: Record<string, unknown> = {};
  if (quirks['error-msg-in-response']) response.error_msg = error.message;
  Object.assign(response, error.details ?? {});
  return Object.keys(response).length > 0 ? { response, status: statusOf(error.definition) } : { status: statusOf(error.definition) };
}
