import { unserialize } from 'php-serialize';
import { startEmulator, type Emulator, type StartOptions } from '../index.ts';

export interface PbxTestEmulator {
  emulator: Emulator;
  apikey: string;
  /** Sends a GET (or form POST) with the Master Key unless `apikey` is given; answers the decoded body. */
  call<T = any>(params: Record<string, string | string[]>, options?: { method?: 'GET' | 'POST'; path?: string }): Promise<T>;
  /** The raw reply, for status, headers and PHP bodies. */
  raw(params: Record<string, string | string[]>, options?: { method?: 'GET' | 'POST'; path?: string }): Promise<{
    status: number;
    contentType: string;
    text: string;
  }>;
  close(): Promise<void>;
}

/** An in-process PBXware emulator (no socket, strict contract checking) for unit tests. */
export async function startPbxware(options: Omit<StartOptions, 'vendor'> = {}): Promise<PbxTestEmulator> {
  const emulator = await startEmulator({ vendor: 'pbxware', listen: false, strict: true, ...options });
  const running = emulator.vendor('pbxware');
  const apikey = running.credentials.apikey;
  const raw: PbxTestEmulator['raw'] = async (params, opts = {}) => {
    const search = new URLSearchParams();
    if (!('apikey' in params)) search.append('apikey', apikey);
    for (const [k, v] of Object.entries(params)) for (const item of ([] as string[]).concat(v)) search.append(k, item);
    const method = opts.method ?? 'GET';
    const response = await running.app.inject({
      method,
      url: method === 'GET' ? `${opts.path ?? '/'}?${search}` : (opts.path ?? '/'),
      ...(method === 'POST'
        ? { payload: search.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } }
        : {}),
    });
    return { status: response.statusCode, contentType: String(response.headers['content-type']), text: response.body };
  };
  return {
    emulator,
    apikey,
    raw,
    async call(params, opts) {
      const reply = await raw(params, opts);
      return params.apiformat === 'php' ? unserialize(reply.text, {}, { strict: false }) : JSON.parse(reply.text);
    },
    close: () => emulator.close(),
  };
}
