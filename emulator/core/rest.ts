import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { z } from 'zod';
import type { OperationContract } from '../../contracts/core/index.ts';
import type { VendorError } from './errors.ts';
import { invokeOperation, type OperationHandler } from './invoke.ts';
import type { PackContext } from './pack.ts';
import { ReadCache, staleAnswer, trackClock } from './read-cache.ts';

/**
 * How a REST vendor binds its contracts to HTTP. The core turns every served `rest` contract into a
 * route (`/api/users/{id}` → `/api/users/:id`), runs it through the one operation path (validation,
 * handler, strict response check, persistence) and leaves representation and errors to the pack.
 */
export interface RestBinding<Extra extends object> {
  contracts: readonly OperationContract[];
  handlers: Readonly<Record<string, OperationHandler<any, Extra>>>;
  /** The raw arguments the contract's request schema sees (path params, query, body…). */
  args(request: FastifyRequest, contract: OperationContract): unknown;
  /** Authenticates and authorises; returns what handlers get besides their arguments. Throws a VendorError. */
  authenticate(request: FastifyRequest, contract: OperationContract): Extra | Promise<Extra>;
  /** Writes a successful answer in the vendor's representation. */
  send(reply: FastifyReply, body: unknown, contract: OperationContract, request: FastifyRequest): unknown;
  invalidRequest(issues: readonly z.core.$ZodIssue[], contract: OperationContract): VendorError;
  /** Answers a documented path called with a method it does not document (405 and `Allow`, usually). */
  methodNotAllowed?(reply: FastifyReply, allowed: string[], request: FastifyRequest): unknown;
  /**
   * Keep the rendered answers of read operations until the state changes (see ReadCache): keyed by
   * method, URL, `Accept`, the caller `authenticate` returned and the quirk settings. Answers that
   * read the clock, or whose handler changed the state, are never kept; operations with a fault set
   * are never answered from it. In strict mode every hit is recomputed and compared.
   */
  cacheReads?: boolean;
}

interface CachedAnswer {
  length: number;
  payload: Buffer;
  type: string;
}

/** What the route's onSend hook needs to keep (or check) the answer being sent. */
interface PendingAnswer {
  key: string;
  keep: boolean;
  hit: CachedAnswer | undefined;
}

export function fastifyPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}

const ALL_METHODS: HTTPMethods[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

export function registerRestOperations<Extra extends object>(
  app: FastifyInstance,
  context: PackContext,
  binding: RestBinding<Extra>,
): void {
  const methodsByPath = new Map<string, Set<string>>();
  const cache = binding.cacheReads ? new ReadCache<CachedAnswer>(context.store) : undefined;
  const pending = new WeakMap<FastifyRequest, PendingAnswer>();
  for (const contract of binding.contracts) {
    if (contract.transport.kind !== 'rest' || contract.declined) continue;
    const handler = binding.handlers[contract.id];
    if (!handler) continue;
    const { method, path } = contract.transport;
    const url = fastifyPath(path);
    const methods = methodsByPath.get(url) ?? new Set<string>();
    if (methods.has(method)) throw new Error(`${contract.vendor}: two served contracts answer ${method} ${path}`);
    methods.add(method);
    methodsByPath.set(url, methods);
    app.route({
      method,
      url,
      handler: async (request, reply) => {
        request.pbxOperation = contract.id;
        const extra = await binding.authenticate(request, contract);
        const key =
          cache && contract.kind === 'read' && !context.faults.targets(contract.id)
            ? [method, request.url, request.headers.accept ?? '', JSON.stringify(extra), JSON.stringify(context.quirks)].join('\u0000')
            : undefined;
        const hit = key === undefined ? undefined : cache!.get(key);
        if (hit && !context.strict) return reply.code(200).type(hit.type).send(hit.payload);
        const version = context.store.version;
        const tracked = key === undefined ? undefined : trackClock(context);
        const body = await invokeOperation({
          contract,
          handler,
          context: tracked?.context ?? context,
          rawArgs: binding.args(request, contract),
          extra,
          invalidRequest: binding.invalidRequest,
        });
        if (key !== undefined && tracked) pending.set(request, { key, hit, keep: !tracked.clockRead() && context.store.version === version });
        return binding.send(reply, body, contract, request);
      },
      // Only reads of a caching binding keep (or, in strict mode, check) what they send.
      ...(cache && contract.kind === 'read'
        ? {
            onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
              const answer = pending.get(request);
              if (!answer || reply.statusCode !== 200) return payload;
              const bytes = typeof payload === 'string' ? Buffer.from(payload) : Buffer.isBuffer(payload) ? payload : undefined;
              if (!bytes) return payload;
              if (answer.hit && !answer.hit.payload.equals(bytes)) {
                throw staleAnswer(contract.id);
              }
              if (answer.keep) cache.set(answer.key, { length: bytes.length, payload: bytes, type: String(reply.getHeader('content-type') ?? 'application/octet-stream') });
              return payload;
            },
          }
        : {}),
    });
  }
  if (!binding.methodNotAllowed) return;
  for (const [url, methods] of methodsByPath) {
    const others = ALL_METHODS.filter((m) => !methods.has(m) && !(m === 'HEAD' && methods.has('GET')));
    if (others.length === 0) continue;
    const allowed = [...methods].sort();
    app.route({
      method: others,
      url,
      handler: async (request, reply) => binding.methodNotAllowed!(reply, allowed, request),
    });
  }
}
