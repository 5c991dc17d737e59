import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { z } from 'zod';
import type { OperationContract } from '../../contracts/core/index.ts';
import { portsipErrors } from '../../contracts/portsip/errors.ts';
import { needsToken } from '../../contracts/portsip/operation.ts';
import { ROUTE_ALIASES } from '../../contracts/portsip/quirks.ts';
import { VendorError, describeIssues } from '../core/errors.ts';
import { invokeOperation } from '../core/invoke.ts';
import type { PackContext } from '../core/pack.ts';
import { fail } from './call.ts';
import { portsipHandlers } from './handlers/index.ts';
import type { PortsipExtra } from './handlers/types.ts';
import { sendError, sendSuccess } from './render.ts';
import { authenticate, tokenOf } from './sessions.ts';

const UPLOAD = 'POST /api/extensions/greeting_file/upload';
const OTHER_METHODS: HTTPMethods[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

/**
 * Binds every served PortSIP contract to its path (and its quirk-gated alias paths). A local variant of
 * the core's registerRestOperations, which has no alias paths and reads arguments synchronously (the
 * multipart upload reads its parts first).
 */
export function registerRoutes(app: FastifyInstance, context: PackContext): void {
  const lenient = context.quirks['lenient-methods'];
  for (const contract of context.registry.list('portsip')) {
    if (contract.transport.kind !== 'rest' || contract.declined || !portsipHandlers[contract.id]) continue;
    const { method, path } = contract.transport;
    const methods: HTTPMethods[] = lenient ? ['GET', 'POST'] : [method];
    const paths = [path, ...(ROUTE_ALIASES[contract.id] ?? []).filter((a) => context.quirks[a.quirk]).map((a) => a.path)];
    for (const url of paths) {
      app.route({ method: methods, url, handler: (request, reply) => serve(request, reply, context, contract) });
      const others = OTHER_METHODS.filter((m) => !methods.includes(m));
      app.route({
        method: others,
        url,
        handler: (request, reply) =>
          sendError(request, reply, new VendorError(portsipErrors.methodNotAllowed, `${request.method} is not allowed here; use ${methods.join(' or ')}.`, { allow: methods.join(', ') }), context.quirks),
      });
    }
  }
}

async function serve(request: FastifyRequest, reply: FastifyReply, context: PackContext, contract: OperationContract) {
  request.pbxOperation = contract.id;
  const rawArgs = contract.id === UPLOAD ? await uploadArgs(request) : jsonArgs(request);
  const extra: PortsipExtra = {};
  const token = tokenOf(request, rawArgs);
  const optional = contract.id === 'POST /api/extensions/create' && context.quirks['create-extension-without-token'] && (token === undefined || token === '');
  if (needsToken(contract) && !optional) extra.auth = authenticate(context, token);
  const body = await invokeOperation({ contract, handler: portsipHandlers[contract.id], context, rawArgs, extra, invalidRequest });
  return sendSuccess(reply, body);
}

/** Query parameters and JSON (or form) body members together; the body must be an object. */
function jsonArgs(request: FastifyRequest): Record<string, unknown> {
  if (request.isMultipart()) fail('unsupportedMediaType', 'multipart/form-data is only for greeting_file/upload.');
  const query = (request.query ?? {}) as Record<string, unknown>;
  const body = request.body;
  if (body === undefined || body === null) return { ...query };
  if (typeof body !== 'object' || Array.isArray(body)) fail('malformedBody', 'The request body must be a JSON object.');
  return { ...query, ...(body as Record<string, unknown>) };
}

/** The upload's fields (and query parameters) with the one file part, read whole within the size limit. */
async function uploadArgs(request: FastifyRequest): Promise<Record<string, unknown>> {
  if (!request.isMultipart()) fail('unsupportedMediaType', 'Upload a greeting as multipart/form-data with a part named "file".');
  const args: Record<string, unknown> = { ...((request.query ?? {}) as Record<string, unknown>) };
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const content = await part.toBuffer();
      if (part.fieldname !== 'file') fail('invalidParameter', `Unexpected file part "${part.fieldname.slice(0, 40)}"; name it "file".`);
      args.file = { filename: part.filename, mimetype: part.mimetype, size: content.length };
    } else {
      args[part.fieldname] = part.value;
    }
  }
  return args;
}

function invalidRequest(issues: readonly z.core.$ZodIssue[]): VendorError {
  const unknown = issues.find((i) => i.code === 'unrecognized_keys');
  if (unknown && unknown.code === 'unrecognized_keys') {
    return new VendorError(portsipErrors.invalidParameter, `Unknown parameter: ${unknown.keys.slice(0, 5).join(', ').slice(0, 200)}.`);
  }
  const missing = issues.find((i) => i.input === undefined && (i.code === 'invalid_type' || i.code === 'invalid_union'));
  if (missing) return new VendorError(portsipErrors.invalidParameter, `Missing required parameter: ${missing.path.join('.')}.`);
  return new VendorError(portsipErrors.invalidParameter, `Invalid parameter ${describeIssues(issues, 2)}.`.slice(0, 500));
}
