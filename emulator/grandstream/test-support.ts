import { createHash } from 'node:crypto';
import { Clock } from '../core/clock.ts';
import { startEmulator, type Emulator, type StartOptions } from '../index.ts';

export interface UcmReply {
  httpStatus: number;
  contentType: string;
  text: string;
  /** The decoded JSON body (undefined when the body is not JSON). */
  body: any;
}

export interface UcmTestEmulator {
  emulator: Emulator;
  clock: Clock;
  user: string;
  password: string;
  /** POSTs a raw body to /api (a string is sent as it is, anything else as JSON). */
  raw(body: unknown, options?: { remoteAddress?: string; headers?: Record<string, string> }): Promise<UcmReply>;
  /** POSTs `{"request": {action, ...params}}`. */
  send(action: string, params?: Record<string, unknown>, options?: { remoteAddress?: string }): Promise<UcmReply>;
  /** challenge + login; answers the cookie (throws when the login fails). */
  login(user?: string, password?: string, options?: { remoteAddress?: string }): Promise<string>;
  /** Sends an action with a fresh (cached) cookie of the main user; answers the decoded body. */
  call(action: string, params?: Record<string, unknown>): Promise<any>;
  close(): Promise<void>;
}

export const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** An in-process UCM emulator (no socket, strict contract checking, a frozen clock) for unit tests. */
export async function startUcm(options: Omit<StartOptions, 'vendor'> = {}): Promise<UcmTestEmulator> {
  const clock = options.clock ?? new Clock({ start: Date.UTC(2024, 10, 14, 10, 0, 0), frozen: true });
  const emulator = await startEmulator({ vendor: 'grandstream', listen: false, strict: true, clock, ...options });
  const running = emulator.vendor('grandstream');
  const { user, password } = running.credentials;
  const raw: UcmTestEmulator['raw'] = async (body, opts = {}) => {
    const response = await running.app.inject({
      method: 'POST',
      url: '/api',
      remoteAddress: opts.remoteAddress,
      headers: { 'content-type': 'application/json;charset=UTF-8', ...opts.headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
    let decoded: unknown;
    try {
      decoded = JSON.parse(response.body);
    } catch {
      decoded = undefined;
    }
    return { httpStatus: response.statusCode, contentType: String(response.headers['content-type']), text: response.body, body: decoded };
  };
  const send: UcmTestEmulator['send'] = (action, params = {}, opts) => raw({ request: { action, ...params } }, opts);
  const login: UcmTestEmulator['login'] = async (u = user, pw = password, opts) => {
    const challenge = await send('challenge', { user: u, version: '1.0' }, opts);
    if (challenge.body?.status !== 0) throw new Error(`challenge failed: ${challenge.text}`);
    const reply = await send('login', { user: u, token: md5(challenge.body.response.challenge + pw) }, opts);
    if (reply.body?.status !== 0) throw new Error(`login failed: ${reply.text}`);
    return reply.body.response.cookie as string;
  };
  let cookie: string | undefined;
  return {
    emulator,
    clock,
    user,
    password,
    raw,
    send,
    login,
    async call(action, params = {}) {
      cookie ??= await login();
      let reply = await send(action, { cookie, ...params });
      if (reply.body?.status === -6) {
        cookie = await login();
        reply = await send(action, { cookie, ...params });
      }
      if (reply.httpStatus !== 200) throw new Error(`${action}: HTTP ${reply.httpStatus} ${reply.text}`);
      return reply.body;
    },
    close: () => emulator.close(),
  };
}
