import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { startEmulator, type Emulator, type StartOptions } from '../index.ts';

export interface PortsipReply {
  status: number;
  headers: Record<string, unknown>;
  text: string;
  /** The decoded JSON body; undefined for an empty or non-JSON body. */
  body: any;
}

export interface PortsipTestEmulator {
  emulator: Emulator;
  /** Logs in with the configured credentials and answers a fresh token. */
  login(): Promise<string>;
  /** GET with a query string (token added unless `token: null`). */
  get(path: string, query?: Record<string, string | number>, options?: { token?: string | null }): Promise<PortsipReply>;
  /** POST a JSON body (token added as a member unless `token: null`). */
  post(path: string, body?: Record<string, unknown>, options?: { token?: string | null }): Promise<PortsipReply>;
  /** Any request, as it is. */
  inject(request: InjectOptions): Promise<PortsipReply>;
  advance(seconds: number): void;
  close(): Promise<void>;
}

function reply(response: LightMyRequestResponse): PortsipReply {
  let body: unknown;
  try {
    body = response.body ? JSON.parse(response.body) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.statusCode, headers: response.headers, text: response.body, body };
}

/** An in-process PortSIP emulator (no socket, strict contract checking) for unit tests. */
export async function startPortsip(options: Omit<StartOptions, 'vendor'> = {}): Promise<PortsipTestEmulator> {
  const emulator = await startEmulator({ vendor: 'portsip', listen: false, strict: true, ...options });
  const running = emulator.vendor('portsip');
  let token: string | undefined;
  const inject: PortsipTestEmulator['inject'] = async (request) => reply(await running.app.inject(request));
  const login = async () => {
    const r = await inject({
      method: 'POST',
      url: '/api/account/credentials/verify',
      payload: { name: running.credentials.user, password: running.credentials.password },
    });
    if (r.status !== 200) throw new Error(`login failed: ${r.text}`);
    token = r.body.access_token as string;
    return token;
  };
  const tokenFor = async (given: string | null | undefined) => (given === undefined ? (token ?? (await login())) : given);
  return {
    emulator,
    login,
    async get(path, query = {}, opts = {}) {
      const t = await tokenFor(opts.token);
      const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      if (t !== null) search.set('access_token', t);
      return inject({ method: 'GET', url: `${path}?${search}` });
    },
    async post(path, body = {}, opts = {}) {
      const t = await tokenFor(opts.token);
      return inject({ method: 'POST', url: path, payload: { ...(t === null ? {} : { access_token: t }), ...body } });
    },
    inject,
    advance: (seconds) => void emulator.clock.advance(seconds),
    close: () => emulator.close(),
  };
}
