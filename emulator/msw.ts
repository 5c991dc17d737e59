import { http, type HttpHandler } from 'msw';
import type { VendorId } from '../contracts/core/index.ts';
import type { Emulator } from './core/server.ts';
import { startEmulator, type StartOptions } from './index.ts';

export interface MswEmulator {
  /** msw 2 request handlers: pass them to `setupServer(...handlers)`. */
  handlers: HttpHandler[];
  /** The emulator behind them: state, clock, control (`emulator.reset()`, `emulator.clock.advance(…)`). */
  emulator: Emulator;
  /** The base URL each vendor answers on. */
  urls: Partial<Record<VendorId, string>>;
  close(): Promise<void>;
}

export interface MswOptions extends Omit<StartOptions, 'listen'> {
  /** Base URL per vendor that the handlers answer (default `http://<vendor>.emulator.test`, https for HTTPS vendors). */
  baseUrls?: Partial<Record<VendorId, string>>;
}

/**
 * In-process mode for an integrator's own tests: msw handlers answered by the same vendor packs as
 * the server (no second implementation), through Fastify's inject — no socket, no port.
 */
export async function createMswHandlers(options: MswOptions = {}): Promise<MswEmulator> {
  const { baseUrls = {}, ...start } = options;
  const emulator = await startEmulator({ ...start, listen: false });
  const handlers: HttpHandler[] = [];
  const urls: Partial<Record<VendorId, string>> = {};
  for (const running of emulator.vendors) {
    const base = (baseUrls[running.vendor] ?? `${running.pack.scheme}://${running.vendor}.emulator.test`).replace(/\/+$/, '');
    urls[running.vendor] = base;
    const origin = new URL(base).origin;
    handlers.push(
      http.all(({ request }) => new URL(request.url).origin === origin, async ({ request }) => {
        const url = new URL(request.url);
        const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : Buffer.from(await request.arrayBuffer());
        const reply = await running.app.inject({
          method: request.method as 'GET',
          url: url.pathname + url.search,
          headers: Object.fromEntries(request.headers.entries()),
          ...(body ? { payload: body } : {}),
        });
        const headers = new Headers();
        for (const [key, value] of Object.entries(reply.headers)) {
          if (value === undefined || key === 'content-length' || key === 'transfer-encoding') continue;
          for (const v of ([] as Array<string | number>).concat(value)) headers.append(key, String(v));
        }
        const empty = reply.statusCode === 204 || reply.statusCode === 304 || request.method === 'HEAD';
        return new Response(empty ? null : new Uint8Array(reply.rawPayload), { status: reply.statusCode, headers });
      }),
    );
  }
  return { handlers, emulator, urls, close: () => emulator.close() };
}
