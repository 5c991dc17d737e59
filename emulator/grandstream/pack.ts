import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { OperationContract } from '../../contracts/core/index.ts';
import { grandstreamErrors } from '../../contracts/grandstream/errors.ts';
import { grandstreamContracts } from '../../contracts/grandstream/index.ts';
import { aliasesOf, needsCallControl, needsCookie, paramNames, sectionOf } from '../../contracts/grandstream/operation.ts';
import { ACTION_ALIASES, grandstreamQuirks } from '../../contracts/grandstream/quirks.ts';
import { seedGrandstream } from '../../fixtures/grandstream/index.ts';
import { ContractViolation, VendorError, describeIssues } from '../core/errors.ts';
import { TransportFaultApplied } from '../core/faults.ts';
import { invokeOperation } from '../core/invoke.ts';
import type { PackContext, VendorPack } from '../core/pack.ts';
import { fail, type UcmAuth, type UcmExtra } from './call.ts';
import { grandstreamHandlers } from './handlers/index.ts';
import { findApiUser, mayUse } from './models/api-user.ts';
import { parseBody } from './parse.ts';
import { errorBody, JSON_TYPE, RawReply } from './render.ts';
import { authRuntime } from './sessions.ts';
import { ACTION_VARIANTS } from './variants.ts';
import { registerCallControlRoutes } from './control.ts';
import { registerWebSocket } from './websocket.ts';

/**
 * Grandstream UCM6xxx: HTTPS only, `POST /api` with `{"request": {"action": …, "cookie": …, …}}`,
 * answered `{"response": {…}, "status": N}` with HTTP 200 whatever happened (doc 65-100, 159-298;
 * field evidence). See README.md in this folder for how sections plug in.
 */
export const grandstreamPack: VendorPack = {
  vendor: 'grandstream',
  title: 'Grandstream UCM6xxx',
  scheme: 'https',
  defaultPort: 8089,
  extraListeners: [],
  contracts: grandstreamContracts,
  errors: grandstreamErrors,
  quirks: grandstreamQuirks,
  credentials: [
    { name: 'user', description: 'API user (Integrations > API Configuration; the document\'s sample user is "cdrapi")', default: 'cdrapi', env: 'UCM_USER' },
    { name: 'password', description: 'password of that API user (every permission, Call Control on)', default: 'cdrapi123', env: 'UCM_PASSWORD' },
  ],
  served: () => new Set(Object.keys(grandstreamHandlers)),
  seedFixtures: seedGrandstream,
  register: registerGrandstream,
  redact: (text) => text.replace(/("(?:token|cookie|password|secret|vmsecret|user_password)"\s*:\s*")[^"]*/gi, '$1***'),
};

/** Contracts by lower-cased, trimmed action name (quirk action-name-lenient). */
const byLooseName = new Map<string, OperationContract>();
for (const contract of grandstreamContracts) {
  if (contract.transport.kind === 'action') byLooseName.set(contract.transport.action.trim().toLowerCase(), contract);
}

async function registerGrandstream(app: FastifyInstance, context: PackContext): Promise<void> {
  // Created now, so getSystemStatus up-time counts from the start.
  authRuntime(context);
  // The WebSocket at /websockify and the call-injection control route (group 2).
  await registerWebSocket(app, context);
  registerCallControlRoutes(app, context);

  app.register(async (api) => {
    // Any content type: real clients send application/json, text/plain or nothing; the body is read as text.
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    api.setErrorHandler((error, request, reply) => {
      if (error instanceof TransportFaultApplied) return;
      if (error instanceof ContractViolation) return reply.code(500).send({ error: error.message, contractViolation: true });
      if (error instanceof VendorError) return sendError(request, reply, context, error);
      const status = (error as { statusCode?: number }).statusCode;
      if (status && status < 500) {
        return sendError(request, reply, context, new VendorError(grandstreamErrors.invalidParameters, `Malformed request: ${(error as Error).message}`));
      }
      request.log.error(error);
      return sendError(request, reply, context, new VendorError(grandstreamErrors.abnormalSystemError));
    });

    api.post('/api', (request, reply) => dispatch(request, reply, context));
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .type(JSON_TYPE)
      .send(JSON.stringify({ error: `Not found: ${request.method} ${request.url.split('?')[0]}. The API is POST /api.` })),
  );
}

function sendError(request: FastifyRequest, reply: FastifyReply, context: PackContext, error: VendorError) {
  request.pbxError = error.id;
  return reply.code(200).type(JSON_TYPE).send(JSON.stringify(errorBody(error, context.quirks)));
}

/** The contract a request names: exact, then (lenient) trimmed and case-insensitive, aliases, variants. */
function resolve(context: PackContext, action: string, request: Record<string, unknown>): OperationContract | undefined {
  const lenient = context.quirks['action-name-lenient'];
  let name = action;
  let contract = context.registry.byActionName('grandstream', name);
  if (!contract && lenient) {
    const loose = action.trim().toLowerCase();
    name = ACTION_ALIASES[loose] ?? loose;
    contract = byLooseName.get(name);
  }
  if (!contract) return undefined;
  const variant = contract.transport.kind === 'action' ? ACTION_VARIANTS[contract.transport.action] : undefined;
  if (variant) {
    const id = variant(request);
    if (!id) fail('invalidParameters', `${action}: no such sub-operation`);
    return context.registry.get('grandstream', id);
  }
  return contract;
}

/** Renames documented alternative spellings and differently-cased names to the contract's own. */
function normaliseParams(contract: OperationContract, request: Record<string, unknown>): Record<string, unknown> {
  const aliases = aliasesOf(contract);
  const names = paramNames(contract);
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    if (key === 'action') continue;
    const canonical = names.includes(key) ? key : (aliases[key] ?? byLower.get(key.toLowerCase()) ?? key);
    // The canonical spelling wins when both arrive.
    if (canonical !== key && canonical in request) continue;
    out[canonical] = value;
  }
  return out;
}

function invalidRequest(issues: readonly z.core.$ZodIssue[]): VendorError {
  const missing = issues.find((i) => i.input === undefined && (i.code === 'invalid_type' || i.code === 'invalid_union' || i.code === 'invalid_value'));
  if (missing) return new VendorError(grandstreamErrors.invalidParameters, `Missing parameter: ${missing.path.join('.')}`);
  return new VendorError(grandstreamErrors.invalidValue, `Invalid value: ${describeIssues(issues, 2)}`);
}

function authenticate(context: PackContext, contract: OperationContract, cookie: unknown): UcmAuth {
  const rt = authRuntime(context);
  const found = rt.sessions.use(typeof cookie === 'string' ? cookie : undefined);
  if (!('session' in found)) fail('cookieError');
  const user = findApiUser(context, found.session.data.user);
  if (!user || user.enable !== 'yes') {
    rt.sessions.revoke(found.session.token);
    fail('cookieError');
  }
  if (!mayUse(user, sectionOf(contract)) || (needsCallControl(contract) && user.call_control !== 'yes')) fail('noPermission');
  return { cookie: found.session.token, session: found.session.data, user };
}

async function dispatch(request: FastifyRequest, reply: FastifyReply, context: PackContext) {
  const text = typeof request.body === 'string' ? request.body : '';
  let body: unknown;
  try {
    body = parseBody(text, context.quirks['lenient-json']);
  } catch {
    fail('invalidParameters', 'Malformed JSON body');
  }
  const envelope = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).request : undefined;
  if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) {
    fail('invalidParameters', 'Expected {"request": {"action": …}}');
  }
  const params = envelope as Record<string, unknown>;
  // The journal records the request's arguments (secrets redacted by the core).
  request.body = params;
  if (typeof params.action !== 'string' || params.action.trim() === '') fail('invalidParameters', 'Missing parameter: action');

  const rt = authRuntime(context);
  rt.touch();
  const contract = resolve(context, params.action, params);
  if (!contract) fail('unsupported', `Unsupported action: ${params.action.slice(0, 80)}`);
  request.pbxOperation = contract.id;

  const auth = needsCookie(contract) ? authenticate(context, contract, params.cookie) : undefined;
  if (contract.declined) fail('unsupported', `${contract.id} is not available: ${contract.declined}`);
  const handler = grandstreamHandlers[contract.id];
  if (!handler) fail('unsupported', `${contract.id} is not implemented by the emulator yet`);

  const extra: UcmExtra = { auth, ip: request.ip };
  const result = await invokeOperation({
    contract,
    handler,
    context,
    rawArgs: normaliseParams(contract, params),
    extra,
    invalidRequest,
  });
  if (result instanceof RawReply) {
    return reply.code(200).headers(result.headers).type(result.contentType).send(result.body);
  }
  return reply.code(200).type(JSON_TYPE).send(JSON.stringify(result));
}
