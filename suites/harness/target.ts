import type { FastifyInstance } from 'fastify';
import type { VendorId } from '../../contracts/core/index.ts';
import { ControlClient } from '../../emulator/control-client.ts';

export type TargetKind = 'in-process' | 'http' | 'real';

/**
 * What a scenario runs against: the emulator in this process (Fastify inject, no socket), the emulator
 * over real HTTP, or a real PBX. Scenarios see only `fetch`, `baseUrl` and `credentials`.
 */
export interface Target {
  vendor: VendorId;
  kind: TargetKind;
  name: string;
  baseUrl: string;
  credentials: Record<string, string>;
  fetch: typeof fetch;
  /** The emulator's control API; absent on real systems (scenarios needing it are skipped). */
  control?: ControlClient;
  /** Mutating scenarios run only when allowed (always on the emulator, opt-in on real systems). */
  allowMutations: boolean;
  /** Numbers scenarios may create things with, inclusive. */
  numberRange: { from: number; to: number };
  /** Prefix carried by every name a scenario creates, so a run's leftovers are recognisable. */
  runPrefix: string;
  /** Vendor-specific settings of a real system (PBXware: the tenant to work in). */
  settings: Record<string, string>;
  /** Accept a self-signed or otherwise untrusted certificate (fetch does; raw sockets such as WebSockets must too). */
  insecure?: boolean;
}

/** A `fetch` that answers from a Fastify instance without opening a socket. */
export function injectFetch(app: FastifyInstance, origin: string): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url, origin);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const response = await app.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(request.headers.entries()),
      ...(body ? { payload: body } : {}),
    });
    const headers = new Headers();
    for (const [key, value] of Object.entries(response.headers)) {
      if (value === undefined) continue;
      for (const v of ([] as Array<string | number>).concat(value)) headers.append(key, String(v));
    }
    const nullBody = response.statusCode === 204 || response.statusCode === 304 || request.method === 'HEAD';
    // WHATWG Response takes 200-599 only, but real servers answer others (sipXcom documents 743-747),
    // and undici's fetch passes them through: carry the real status as an own property.
    const representable = response.statusCode >= 200 && response.statusCode <= 599;
    const reply = new Response(nullBody ? null : new Uint8Array(response.rawPayload), { status: representable ? response.statusCode : 599, headers });
    if (!representable) Object.defineProperty(reply, 'status', { value: response.statusCode });
    return reply;
  }) as typeof fetch;
}

export function defaultRunPrefix(): string {
  return `pbxemu${Date.now().toString(36).slice(-5)}`;
}

export function emulatorTarget(
  options: Omit<Target, 'allowMutations' | 'numberRange' | 'runPrefix' | 'settings' | 'control'> &
    Partial<Pick<Target, 'numberRange' | 'runPrefix' | 'settings'>> & { controlFetch?: typeof fetch },
): Target {
  const { controlFetch, ...rest } = options;
  return {
    allowMutations: true,
    numberRange: { from: 7900, to: 7999 },
    runPrefix: defaultRunPrefix(),
    settings: {},
    ...rest,
    control: new ControlClient(options.baseUrl, controlFetch ?? options.fetch),
  };
}

let insecureAgent: import('undici').Agent | undefined;

/**
 * A `fetch` that accepts self-signed certificates: the emulator makes one at start, and many PBXs ship
 * with one. Used only where the user asked (`--insecure`) or for the emulator itself.
 */
export async function insecureFetch(): Promise<typeof fetch> {
  const { Agent, fetch: undiciFetch } = await import('undici');
  insecureAgent ??= new Agent({ connect: { rejectUnauthorized: false } });
  const agent = insecureAgent;
  return (async (input: string | URL | Request, init?: RequestInit) =>
    undiciFetch(input as never, { ...((await portableInit(init)) as object), dispatcher: agent } as never)) as unknown as typeof fetch;
}

/**
 * npm undici does not recognise the FormData, Blob or stream classes of Node's built-in fetch (another
 * copy of undici): it would send "[object FormData]". Such bodies are encoded here, through the
 * built-in Response, into bytes and the content type (with its multipart boundary) they imply.
 */
async function portableInit(init: RequestInit | undefined): Promise<RequestInit | undefined> {
  const body = init?.body;
  if (body === undefined || body === null || typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return init;
  const encoded = new Response(body);
  const headers = new Headers(init!.headers);
  const type = encoded.headers.get('content-type');
  if (type && !headers.has('content-type')) headers.set('content-type', type);
  return { ...init, headers, body: new Uint8Array(await encoded.arrayBuffer()) };
}
