import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { z } from 'zod';
import type { OperationContract } from '../../contracts/core/index.ts';
import type { VendorError } from './errors.ts';
import { invokeOperation, type OperationHandler } from './invoke.ts';
import type { PackContext } from './pack.ts';

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
        const body = await invokeOperation({
          contract,
          handler,
          context,
          rawArgs: binding.args(request, contract),
          extra,
          invalidRequest: binding.invalidRequest,
        });
        return binding.send(reply, body, contract, request);
      },
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
