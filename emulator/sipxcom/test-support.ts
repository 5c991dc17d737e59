import { Clock } from '../core/clock.ts';
import { startEmulator, type Emulator, type StartOptions } from '../index.ts';
import type { QuirkSettings } from '../../contracts/core/index.ts';

export interface SipxReply {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  contentType: string;
  text: string;
  /** The decoded JSON body, when the answer is JSON. */
  json: any;
}

export interface SipxRequestOptions {
  body?: unknown;
  /** `xml`, `json` or a full Accept header. */
  accept?: string;
  contentType?: string;
  /** `[user, password]` (Basic); `null` sends no credentials. Default: the superadmin. */
  auth?: [string, string] | null;
  headers?: Record<string, string>;
}

export interface SipxTestEmulator {
  emulator: Emulator;
  clock: Clock;
  admin: [string, string];
  /** Sends a request in-process; `path` is below the origin (`/sipxconfig/api/phones`). */
  request(method: string, path: string, options?: SipxRequestOptions): Promise<SipxReply>;
  close(): Promise<void>;
}

export const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** An in-process sipXcom emulator (no socket, strict contract checking, a frozen clock) for unit tests. */
export async function startSipx(options: Omit<StartOptions, 'vendor'> & { quirks?: QuirkSettings } = {}): Promise<SipxTestEmulator> {
  const { quirks, ...rest } = options;
  const clock = rest.clock ?? new Clock({ start: Date.UTC(2024, 10, 14, 10, 0, 0), frozen: true });
  const emulator = await startEmulator({
    vendor: 'sipxcom',
    listen: false,
    strict: true,
    clock,
    ...(quirks ? { vendors: { sipxcom: { quirks } } } : {}),
    ...rest,
  });
  const running = emulator.vendor('sipxcom');
  const admin: [string, string] = [running.credentials.user, running.credentials.password];
  return {
    emulator,
    clock,
    admin,
    async request(method, path, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      const auth = opts.auth === undefined ? admin : opts.auth;
      if (auth) headers.authorization = basic(auth[0], auth[1]);
      if (opts.accept) headers.accept = opts.accept === 'json' ? 'application/json' : opts.accept === 'xml' ? 'text/xml' : opts.accept;
      let payload: string | undefined;
      if (opts.body !== undefined) {
        payload = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
        headers['content-type'] = opts.contentType ?? (typeof opts.body === 'string' ? (payload.trimStart().startsWith('<') ? 'application/xml' : 'text/plain') : 'application/json');
      }
      const reply = await running.app.inject({ method: method as 'GET', url: path, headers, ...(payload !== undefined ? { payload } : {}) });
      const contentType = String(reply.headers['content-type'] ?? '');
      let json: unknown;
      if (contentType.includes('json')) {
        try {
          json = JSON.parse(reply.body);
        } catch {
          json = undefined;
        }
      }
      return { status: reply.statusCode, headers: reply.headers, contentType, text: reply.body, json };
    },
    close: () => emulator.close(),
  };
}
