import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { closestNames, type ErrorCatalogue, type OperationContract } from '../../contracts/core/index.ts';
import { VendorError } from './errors.ts';

/** Longest a `hang` or `slow` fault may hold a connection, so a test can never wedge a run. */
export const MAX_FAULT_MS = 30_000;

const When = z.union([
  z.object({ first: z.number().int().positive() }).strict(),
  z.object({ nth: z.number().int().positive() }).strict(),
  z.object({ fraction: z.number().gt(0).lte(1), seed: z.number().int().nonnegative().default(1) }).strict(),
  z.object({ always: z.literal(true) }).strict(),
]);

const Effect = z.union([
  z.object({ error: z.string().min(1), message: z.string().optional() }).strict(),
  z
    .object({
      transport: z.enum(['reset', 'hang', 'truncate', 'slow']),
      ms: z.number().int().nonnegative().max(MAX_FAULT_MS).optional(),
    })
    .strict(),
  z.object({ latencyMs: z.number().int().positive().max(MAX_FAULT_MS) }).strict(),
  // Test-only breakage of a JSON answer: drop a field, or turn a value into another type (`*` matches any key).
  z
    .object({ mutate: z.object({ drop: z.string().min(1).optional(), retype: z.string().min(1).optional() }).strict() })
    .strict(),
]);

export const FaultRuleInput = z
  .object({
    operation: z.string().min(1),
    when: When.default({ always: true }),
    effect: Effect,
  })
  .strict();

export type FaultRule = z.infer<typeof FaultRuleInput> & { id: number; calls: number; fired: number };

export class FaultRuleError extends Error {}

/**
 * Deterministic faults for one vendor: for an operation, fail the first N calls, the Nth call, a seeded
 * fraction, or every call — with one of the vendor's documented errors (rendered by the vendor pack in
 * its own format), a transport fault, or added latency. Off until a rule is set.
 */
export class FaultSchedule {
  private rules: FaultRule[] = [];
  private nextId = 1;

  constructor(
    private readonly contracts: readonly OperationContract[],
    private readonly errors: ErrorCatalogue,
  ) {}

  add(input: unknown): FaultRule {
    const parsed = FaultRuleInput.safeParse(input);
    if (!parsed.success) {
      throw new FaultRuleError(
        `not a fault rule: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'rule'}: ${i.message}`).join('; ')}`,
      );
    }
    const rule = parsed.data;
    if (!this.contracts.some((c) => c.id === rule.operation)) {
      const hints = closestNames(rule.operation, this.contracts.map((c) => c.id));
      throw new FaultRuleError(`unknown operation "${rule.operation}"${hints.length ? `; closest: ${hints.join(', ')}` : ''}`);
    }
    if ('error' in rule.effect && !(rule.effect.error in this.errors)) {
      const hints = closestNames(rule.effect.error, Object.keys(this.errors));
      throw new FaultRuleError(
        `unknown error "${rule.effect.error}"; documented errors: ${hints.length ? hints.join(', ') : Object.keys(this.errors).join(', ')}`,
      );
    }
    const full: FaultRule = { ...rule, id: this.nextId++, calls: 0, fired: 0 };
    this.rules.push(full);
    return full;
  }

  /** Whether some rule names `operation` (answers that could be cached must then be computed). */
  targets(operation: string): boolean {
    return this.rules.some((r) => r.operation === operation);
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  /** Counts a call of `operation` and answers the first rule that fires for it, if any. */
  next(operation: string): FaultRule | undefined {
    let firing: FaultRule | undefined;
    for (const rule of this.rules) {
      if (rule.operation !== operation) continue;
      rule.calls++;
      if (!firing && fires(rule)) {
        rule.fired++;
        firing = rule;
      }
    }
    return firing;
  }

  errorFor(rule: FaultRule): VendorError | undefined {
    if (!('error' in rule.effect)) return undefined;
    return new VendorError(this.errors[rule.effect.error], rule.effect.message);
  }
}

function fires(rule: FaultRule): boolean {
  const { when, calls } = rule;
  if ('always' in when) return true;
  if ('first' in when) return calls <= when.first;
  if ('nth' in when) return calls === when.nth;
  return seededUnit(when.seed, calls) < when.fraction;
}

/** A deterministic number in [0, 1) for (seed, call number): the same schedule fails the same calls. */
function seededUnit(seed: number, call: number): number {
  let x = (seed * 0x9e3779b1 + call * 0x85ebca6b) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  x ^= x >>> 16;
  // `^` yields a signed 32-bit integer; read it back unsigned.
  return (x >>> 0) / 2 ** 32;
}

/** The request being answered, for faults that act on the connection itself. */
export const currentExchange = new AsyncLocalStorage<{ request: FastifyRequest; reply: FastifyReply }>();

/** Thrown after a transport fault took over the connection; nothing more may be sent. */
export class TransportFaultApplied extends Error {
  constructor(readonly kind: string) {
    super(`transport fault: ${kind}`);
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Marks set on a request whose answer the core's onSend hook must cut short or drip. */
export const pendingBodyFaults = new WeakMap<
  FastifyRequest,
  { kind: 'truncate' | 'slow'; ms: number } | { kind: 'mutate'; drop?: string; retype?: string }
>();

/**
 * Applies a fault rule inside the operation path: latency waits and goes on; an error throws the vendor's
 * own error; `reset` and `hang` take the socket over and throw TransportFaultApplied; `truncate` and
 * `slow` let the vendor answer and act on its real bytes when they are sent (see `bodyFaultHook`).
 */
export async function applyFault(rule: FaultRule, schedule: FaultSchedule): Promise<void> {
  const effect = rule.effect;
  if ('latencyMs' in effect) {
    await delay(effect.latencyMs);
    return;
  }
  const error = schedule.errorFor(rule);
  if (error) throw error;
  const exchange = currentExchange.getStore();
  if (!exchange) return;
  if ('mutate' in effect) {
    pendingBodyFaults.set(exchange.request, { kind: 'mutate', ...effect.mutate });
    return;
  }
  if (!('transport' in effect)) return;
  const ms = Math.min(effect.ms ?? 1_000, MAX_FAULT_MS);
  if (effect.transport === 'truncate' || effect.transport === 'slow') {
    pendingBodyFaults.set(exchange.request, { kind: effect.transport, ms });
    return;
  }
  const { reply } = exchange;
  reply.hijack();
  const socket = reply.raw.socket;
  if (effect.transport === 'hang') await delay(ms);
  socket?.destroy();
  throw new TransportFaultApplied(effect.transport);
}

/**
 * onSend: a truncated answer announces its full length and sends half before the connection drops;
 * a slow one sends its real bytes in five pieces spread over `ms`.
 */
export async function bodyFaultHook(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  const fault = pendingBodyFaults.get(request);
  if (!fault) return payload;
  pendingBodyFaults.delete(request);
  const bytes = Buffer.isBuffer(payload) ? payload : Buffer.from(typeof payload === 'string' ? payload : String(payload ?? ''));
  if (fault.kind === 'mutate') return mutateJson(bytes.toString('utf8'), fault);
  const { Readable } = await import('node:stream');
  if (fault.kind === 'truncate') {
    reply.header('content-length', bytes.length);
    const half = bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2)));
    const socket = reply.raw.socket;
    return Readable.from(
      (async function* () {
        yield half;
        await delay(20);
        socket?.destroy();
      })(),
    );
  }
  const pieces = 5;
  const size = Math.ceil(bytes.length / pieces) || 1;
  return Readable.from(
    (async function* () {
      for (let i = 0; i < bytes.length; i += size) {
        yield bytes.subarray(i, i + size);
        await delay(fault.ms / pieces);
      }
    })(),
  );
}

function mutateJson(text: string, mutation: { drop?: string; retype?: string }): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return text;
  }
  const visit = (node: unknown, path: string[], act: (parent: Record<string, unknown>, key: string) => void) => {
    if (!node || typeof node !== 'object') return;
    const [head, ...rest] = path;
    const keys = head === '*' ? Object.keys(node) : [head];
    for (const key of keys) {
      if (!(key in (node as object))) continue;
      if (rest.length === 0) act(node as Record<string, unknown>, key);
      else visit((node as Record<string, unknown>)[key], rest, act);
    }
  };
  if (mutation.drop) visit(body, mutation.drop.split('.'), (parent, key) => delete parent[key]);
  if (mutation.retype) {
    visit(body, mutation.retype.split('.'), (parent, key) => {
      const value = parent[key];
      parent[key] = typeof value === 'string' ? (Number.isFinite(Number(value)) ? Number(value) : 0) : typeof value === 'number' ? String(value) : String(JSON.stringify(value));
    });
  }
  return JSON.stringify(body);
}
