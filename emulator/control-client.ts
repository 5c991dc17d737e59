import { readFile, writeFile } from 'node:fs/promises';

export type FaultWhen = { first: number } | { nth: number } | { fraction: number; seed?: number } | { always: true };
export type FaultEffect =
  | { error: string; message?: string }
  | { transport: 'reset' | 'hang' | 'truncate' | 'slow'; ms?: number }
  | { latencyMs: number };
export interface FaultRule {
  id: number;
  operation: string;
  when: FaultWhen;
  effect: FaultEffect;
  calls: number;
  fired: number;
}
export interface Snapshot {
  format: 'pbx-emulator/1';
  vendors: Record<string, unknown>;
}
export interface VerifyResult {
  ok: boolean;
  operation: string;
  expected: number | 'at least 1';
  matched: number;
  nearMisses: Array<{ seq: number; operation?: string; args?: Record<string, unknown>; hint?: string; why: string }>;
}

/**
 * A typed client for the emulator's control API under `/__emulator/` of one vendor's URL:
 * `new ControlClient('http://127.0.0.1:8180')`.
 */
export class ControlClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  private async request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await this.fetchImpl(`${this.baseUrl}/__emulator/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      throw new Error(`control API ${method} ${path} answered ${response.status}: ${parsed?.error?.message ?? text}`);
    }
    return parsed as T;
  }

  health() {
    return this.request<{ status: string; vendor: string }>('GET', 'health');
  }

  state<T = unknown>() {
    return this.request<T>('GET', 'state');
  }

  /** Drops the vendor's state and seeds its fixtures again; with `tenant`, only that tenant. */
  reset(tenant?: string) {
    return this.request<{ reset: string; tenant?: string }>('POST', 'reset', tenant ? { tenant } : {});
  }

  snapshot() {
    return this.request<Snapshot>('GET', 'snapshot');
  }

  loadSnapshot(snapshot: Snapshot) {
    return this.request<{ loaded: string }>('PUT', 'snapshot', snapshot);
  }

  /** Saves the vendor's state to a JSON file on this machine (the client writes it, not the server). */
  async saveSnapshot(file: string): Promise<void> {
    await writeFile(file, `${JSON.stringify(await this.snapshot(), null, 2)}\n`);
  }

  async loadSnapshotFile(file: string) {
    return this.loadSnapshot(JSON.parse(await readFile(file, 'utf8')) as Snapshot);
  }

  /**
   * Adds rows: `{"tables": {"<table>": {"<id>": row}}, "sequences": {"<sequence>": highest id}}`, from an
   * object or a JSON file. Table and sequence names are those `GET state` shows.
   */
  async seed(fixture: { tables: Record<string, Record<string, unknown>>; sequences?: Record<string, number> } | string) {
    const body = typeof fixture === 'string' ? JSON.parse(await readFile(fixture, 'utf8')) : fixture;
    return this.request<{ seeded: number }>('POST', 'seed', body);
  }

  faults() {
    return this.request<FaultRule[]>('GET', 'faults');
  }

  addFault(rule: { operation: string; when?: FaultWhen; effect: FaultEffect }) {
    return this.request<FaultRule>('POST', 'faults', rule);
  }

  clearFaults() {
    return this.request<{ cleared: boolean }>('DELETE', 'faults');
  }

  removeFault(id: number) {
    return this.request<{ removed: number }>('DELETE', `faults/${id}`);
  }

  /** "Operation X was called N times with …"; `ok` false comes with near misses. */
  verify(request: { operation: string; times?: number; args?: Record<string, unknown> }) {
    return this.request<VerifyResult>('POST', 'journal/verify', request);
  }

  clock() {
    return this.request<{ now: number; iso: string }>('GET', 'clock');
  }

  advanceClock(seconds: number) {
    return this.request<{ now: number; iso: string }>('POST', 'clock/advance', { seconds });
  }

  setClock(time: number | string) {
    return this.request<{ now: number; iso: string }>('POST', 'clock/set', { time });
  }

  journal(filter: { operation?: string; since?: number; limit?: number } = {}) {
    const query = new URLSearchParams(
      Object.entries(filter)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    return this.request<Array<{ seq: number; operation?: string; status: number; error?: string }>>(
      'GET',
      `journal${query.size ? `?${query}` : ''}`,
    );
  }
}
