import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { closestNames, type OperationContract } from '../../contracts/core/index.ts';
import { pbxwareErrors } from '../../contracts/pbxware/errors.ts';
import { pbxwareContracts } from '../../contracts/pbxware/index.ts';
import { pbxwareQuirks } from '../../contracts/pbxware/quirks.ts';
import { ContractViolation, VendorError, describeIssues } from '../core/errors.ts';
import { invokeOperation } from '../core/invoke.ts';
import { ReadCache, staleAnswer, trackClock } from '../core/read-cache.ts';
import { TransportFaultApplied } from '../core/faults.ts';
import type { PackContext, VendorPack } from '../core/pack.ts';
import { fail } from './call.ts';
import { seedPbxware } from '../../fixtures/pbxware/index.ts';
import { pbxwareHandlers } from './handlers/index.ts';
import { apiKeys, keyAllows } from './models/apikey.ts';
import { CONTENT_TYPES, renderBody, responseFormat, type PbxFormat } from './render.ts';

const actionNames = pbxwareContracts.map((c) => c.id);

/**
 * Bicom PBXware: one endpoint, `/` or `/index.php`, GET or POST, the operation named by `action`,
 * authenticated by `apikey`, answered in JSON or PHP-serialized form, errors as `{"error": …}` with
 * HTTP 200 (doc 81-170; field evidence).
 */
export const pbxwarePack: VendorPack = {
  vendor: 'pbxware',
  title: 'Bicom PBXware',
  scheme: 'http',
  defaultPort: 8180,
  contracts: pbxwareContracts,
  errors: pbxwareErrors,
  quirks: pbxwareQuirks,
  credentials: [
    {
      name: 'apikey',
      description: 'Master Key: every permission (KB 13); the document requires ≥ 10 characters (doc 89)',
      default: 'my.secret.apikey',
      env: 'PBXWARE_APIKEY',
    },
    {
      name: 'restrictedApikey',
      description: 'a key limited to extension, dashboard and enhanced-service actions',
      default: 'restricted.apikey.0001',
      env: 'PBXWARE_RESTRICTED_APIKEY',
    },
  ],
  served: () => new Set(Object.keys(pbxwareHandlers)),
  seedFixtures: seedPbxware,
  register: registerPbxware,
  tenantOf: (table, id, row) =>
    table === 'tenants' ? id : typeof (row as { server?: unknown })?.server === 'string' ? (row as { server: string }).server : undefined,
  redact: (text) => text.replace(/([?&]apikey=)[^&]*/gi, '$1***'),
};

const MIN_KEY_LENGTH = 10;

/**
 * What the `restrictedApikey` credential may call: extensions (enhanced services included) and the
 * dashboard, but not tenants, as the field evidence's restricted key (refused `tenant.list`).
 */
export const RESTRICTED_KEY_SCOPE = ['pbxware.ext.*', 'pbxware.dashboard.*'];

async function registerPbxware(app: FastifyInstance, context: PackContext): Promise<void> {
  for (const [name, key] of Object.entries(context.credentials)) {
    if (key.length < MIN_KEY_LENGTH) {
      throw new Error(`PBXware ${name} must have at least ${MIN_KEY_LENGTH} characters (doc 89)`);
    }
  }
  // PHP fills $_REQUEST from a urlencoded body; so does PBXware (pbxware.md §7 A9).
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  // Any other body type is read as text and ignored, rather than refused with a 415.
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_req, _body, done) => done(null, {}));

  app.setErrorHandler((error, request, reply) => {
    // A transport fault already took the connection over: there is nothing left to answer.
    if (error instanceof TransportFaultApplied) return;
    if (error instanceof ContractViolation) {
      // Strict mode only: a handler broke its contract. Loud on purpose, so the calling test fails.
      return reply.code(500).send({ error: error.message, contractViolation: true });
    }
    const format = responseFormat(readParams(request).apiformat);
    if (error instanceof VendorError) return sendError(request, reply, error, format);
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500) {
      return sendError(request, reply, new VendorError(pbxwareErrors.badRequest, `Malformed request: ${(error as Error).message}`), format);
    }
    request.log.error(error);
    return reply.code(500).type(CONTENT_TYPES[format]).send(renderBody({ error: 'Internal emulator error.' }, format));
  });

  // Kept encoded: a 268 KiB list is not UTF-8 encoded again on every hit.
  const cache = new ReadCache<Buffer>(context.store);
  const handle = (request: FastifyRequest, reply: FastifyReply) => dispatch(request, reply, context, cache);
  for (const url of ['/', '/index.php']) {
    app.get(url, handle);
    app.post(url, handle);
  }
  // `//?apikey=…` (KB 86-252) reaches `/` because the core router ignores duplicate slashes.
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .type(CONTENT_TYPES.json)
      .send(JSON.stringify({ error: `Not found: ${request.method} ${request.url.split('?')[0]}. The API lives at / and /index.php.` })),
  );
}

function readParams(request: FastifyRequest): Record<string, unknown> {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const body = request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {};
  return { ...query, ...body };
}

async function dispatch(request: FastifyRequest, reply: FastifyReply, context: PackContext, cache: ReadCache<Buffer>) {
  const params = readParams(request);
  const format = responseFormat(params.apiformat);

  const key = params.apikey;
  const master = context.credentials.apikey;
  const keyRecord =
    typeof key !== 'string' || key === master
      ? undefined
      : key === context.credentials.restrictedApikey
        ? { key, label: 'restricted', allow: RESTRICTED_KEY_SCOPE }
        : apiKeys(context.state).get(key);
  if (typeof key !== 'string' || (key !== master && !keyRecord)) fail('invalidApiKey');

  const action = params.action;
  if (typeof action !== 'string' || action === '') fail('unknownAction', 'Missing required argument: action.');
  const contract = context.registry.byActionName('pbxware', action);
  if (!contract) {
    const hints = closestNames(action, actionNames);
    request.pbxHint = hints.length ? `closest documented actions: ${hints.join(', ')}` : '';
    fail('unknownAction', `Invalid action '${truncate(action)}'.${hints.length ? ` Did you mean: ${hints.join(', ')}?` : ''}`);
  }
  request.pbxOperation = contract.id;
  if (keyRecord && !keyAllows(keyRecord, contract.id)) {
    fail('permissionDenied', `API key has no permission for action '${contract.id}'.`);
  }
  if (contract.declined) fail('declinedAction', `Action '${contract.id}' is not available: ${contract.declined}`);
  const handler = pbxwareHandlers[contract.id];
  if (!handler) fail('declinedAction', `Action '${contract.id}' is not implemented by the emulator.`);

  // Reads are answered from the cache while the state is unchanged (see ReadCache); strict mode
  // recomputes every hit and fails loudly if the cached answer went stale.
  const cacheKey =
    contract.kind === 'read' && !context.faults.targets(contract.id)
      ? `${format}\u0000${cacheableArgs(contract, params)}\u0000${JSON.stringify(context.quirks)}`
      : undefined;
  const cached = cacheKey === undefined ? undefined : cache.get(cacheKey);
  if (cached !== undefined && !context.strict) return reply.code(200).type(CONTENT_TYPES[format]).send(cached);

  const tracked = trackClock(context);
  const body = await invokeOperation({
    contract,
    handler,
    context: tracked.context,
    rawArgs: params,
    extra: {},
    invalidRequest: (issues) => {
      // zod reports an absent argument as invalid_type (strings) or invalid_value (enums); both carry input undefined.
      const missing =
        issues.find((i) => (i.code === 'invalid_type' || i.code === 'invalid_value') && i.input === undefined) ??
        issues.find((i) => i.code === 'too_small' && i.path.length === 1 && i.message === 'is required');
      if (missing) return new VendorError(pbxwareErrors.missingArgument, `Missing required argument: ${missing.path.join('.')}.`);
      return new VendorError(pbxwareErrors.invalidArgument, `Invalid argument ${describeIssues(issues, 2)}.`);
    },
  });
  const rendered = renderBody(body, format);
  if (cached !== undefined && !cached.equals(Buffer.from(rendered))) {
    throw staleAnswer(contract.id, body);
  }
  if (cacheKey !== undefined && !tracked.clockRead()) cache.set(cacheKey, Buffer.from(rendered));
  return reply.code(200).type(CONTENT_TYPES[format]).send(rendered);
}

function sendError(request: FastifyRequest, reply: FastifyReply, error: VendorError, format: PbxFormat) {
  request.pbxError = error.id;
  return reply.code(200).type(CONTENT_TYPES[format]).send(renderBody({ error: error.message }, format));
}

/** The arguments an action reads, in a stable order: a cache-busting extra argument must not grow the cache. */
function cacheableArgs(contract: OperationContract, params: Record<string, unknown>): string {
  const known = Object.keys((contract.request as { shape?: Record<string, unknown> }).shape ?? {}).sort();
  const dynamic = Object.keys(params).filter((k) => k.includes('[')).sort();
  return JSON.stringify([...known, ...dynamic].map((k) => params[k] ?? null));
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
