export interface JournalEntry {
  seq: number;
  time: string;
  vendor: string;
  method: string;
  /** Path and query with credentials redacted. */
  url: string;
  operation?: string;
  status: number;
  /** The vendor-level error id when the reply was an error, whatever its HTTP status. */
  error?: string;
  /** What the vendor pack suggested for a request that matched nothing (closest documented names). */
  hint?: string;
  /** Query and body arguments, secrets redacted, long values cut. */
  args?: Record<string, unknown>;
  durationMs: number;
}

export interface VerifyRequest {
  operation: string;
  /** Expected number of matching calls; any number ≥ 1 when absent. */
  times?: number;
  /** Arguments every matching call must carry (a subset, compared deeply). */
  args?: Record<string, unknown>;
}

export interface VerifyResult {
  ok: boolean;
  operation: string;
  expected: number | 'at least 1';
  matched: number;
  /** Calls that almost matched: the same operation with other arguments, or requests that matched nothing. */
  nearMisses: Array<{ seq: number; operation?: string; args?: Record<string, unknown>; hint?: string; why: string }>;
}

/** A bounded record of requests, newest last; the oldest entries drop off once `capacity` is reached. */
export class Journal {
  private entries: JournalEntry[] = [];
  private seq = 0;

  constructor(private readonly capacity = 10_000) {}

  record(entry: Omit<JournalEntry, 'seq'>): JournalEntry {
    const full = { seq: ++this.seq, ...entry };
    this.entries.push(full);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return full;
  }

  list(filter: { vendor?: string; operation?: string; since?: number; limit?: number } = {}): JournalEntry[] {
    let out = this.entries;
    if (filter.vendor) out = out.filter((e) => e.vendor === filter.vendor);
    if (filter.operation) out = out.filter((e) => e.operation === filter.operation);
    if (filter.since !== undefined) out = out.filter((e) => e.seq > filter.since!);
    if (filter.limit !== undefined) out = out.slice(-filter.limit);
    return out;
  }

  /** "Operation X was called N times with …": counts matching calls and explains the near misses. */
  verify(vendor: string, request: VerifyRequest): VerifyResult {
    const own = this.entries.filter((e) => e.vendor === vendor);
    const sameOperation = own.filter((e) => e.operation === request.operation);
    const matching = sameOperation.filter((e) => request.args === undefined || containsSubset(e.args, request.args));
    const ok = request.times === undefined ? matching.length > 0 : matching.length === request.times;
    const nearMisses: VerifyResult['nearMisses'] = [];
    if (!ok) {
      for (const e of sameOperation) {
        if (!matching.includes(e)) nearMisses.push({ seq: e.seq, operation: e.operation, args: e.args, why: 'same operation, other arguments' });
      }
      for (const e of own) {
        if (e.operation === undefined) nearMisses.push({ seq: e.seq, args: e.args, hint: e.hint, why: 'matched no operation' });
      }
    }
    return {
      ok,
      operation: request.operation,
      expected: request.times ?? 'at least 1',
      matched: matching.length,
      nearMisses: nearMisses.slice(-20),
    };
  }

  clear(vendor?: string): void {
    this.entries = vendor ? this.entries.filter((e) => e.vendor !== vendor) : [];
  }
}

const SECRET_PARAMS = /([?&](?:apikey|api_key|password|secret|token|access_token|pin|cookie)=)[^&]*/gi;

export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1***');
}

const SECRET_KEYS = /^(apikey|api_key|password|secret|token|access_token|pin|cookie|pass)$/i;
const MAX_VALUE = 200;

/** A journal-safe copy of request arguments: secrets replaced, long values cut, depth bounded. */
export function journalArgs(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth > 4) return '…';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => journalArgs(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value).slice(0, 100)) {
    out[key] = SECRET_KEYS.test(key) ? '***' : journalArgs(inner, depth + 1);
  }
  return out;
}

/** Whether `actual` carries every key of `expected` with an equal value (deeply; strings compared as strings). */
export function containsSubset(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return String(actual) === String(expected);
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => containsSubset(actual[i], e));
  }
  return Object.entries(expected).every(([k, v]) => containsSubset((actual as Record<string, unknown>)[k], v));
}
