/** A typed client for the emulator's control API under `/__emulator/`. */
export class ControlClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  private async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
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

  reset() {
    return this.request<{ reset: string }>('POST', 'reset', {});
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
