import type { Clock } from './clock.ts';
import { ContractViolation } from './errors.ts';
import type { PackContext } from './pack.ts';
import type { Store } from './store.ts';

/**
 * Rendered answers of read operations, kept while the state does not change. A read whose handler
 * looked at the clock is never kept (its answer moves with time), so the cache needs no list of
 * time-dependent operations: `trackClock` tells.
 */
export class ReadCache<T extends { length: number } = string> {
  private entries = new Map<string, T>();
  private version = -1;
  private bytes = 0;

  constructor(
    private readonly store: Store,
    private readonly capacity = 256,
    /** Total size of the kept answers (`length`: characters or bytes); a big list must not multiply in memory. */
    private readonly maxChars = 8 * 1024 * 1024,
  ) {}

  get(key: string): T | undefined {
    this.sync();
    return this.entries.get(key);
  }

  set(key: string, rendered: T): void {
    this.sync();
    if (rendered.length > this.maxChars / 4 || this.entries.has(key)) return;
    while (this.entries.size >= this.capacity || (this.entries.size > 0 && this.bytes + rendered.length > this.maxChars)) {
      const [oldest, value] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.bytes -= value.length;
    }
    this.entries.set(key, rendered);
    this.bytes += rendered.length;
  }

  private sync(): void {
    if (this.version !== this.store.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = this.store.version;
    }
  }
}

/** A copy of `context` whose clock records whether anyone read it. */
export function trackClock(context: PackContext): { context: PackContext; clockRead: () => boolean } {
  let read = false;
  const clock = new Proxy(context.clock, {
    get(target, property, receiver) {
      read = true;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as Clock;
  return { context: { ...context, clock }, clockRead: () => read };
}

/** What strict mode throws when a recomputed answer differs from the kept one. */
export function staleAnswer(operation: string, body?: unknown): ContractViolation {
  return new ContractViolation(operation, [{ code: 'custom', path: [], message: 'cached answer went stale: a handler changed state without Table.set', input: body }], body);
}
