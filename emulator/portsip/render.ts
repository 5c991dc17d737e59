import type { FastifyReply, FastifyRequest } from 'fastify';
import type { QuirkSettings } from '../../contracts/core/index.ts';
import type { VendorError } from '../core/errors.ts';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** An error: non-2xx with `{"error": id, "message": text}` (field evidence); 400 for all under all-errors-400. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: VendorError, quirks: QuirkSettings) {
  request.pbxError = error.id;
  const status = quirks['all-errors-400'] ? 400 : error.definition.httpStatus;
  if (status === 405 && error.details?.allow) reply.header('allow', String(error.details.allow));
  return reply.code(status).type(JSON_TYPE).send(JSON.stringify({ error: error.id, message: error.message }));
}

/** A success: the JSON body, or nothing at all for writes (their "Sample Response" is empty). */
export function sendSuccess(reply: FastifyReply, body: unknown) {
  if (body === undefined) return reply.code(200).send();
  return reply.code(200).type(JSON_TYPE).send(JSON.stringify(body));
}
