import type { VendorId } from '../../contracts/core/index.ts';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { defaultRunPrefix, emulatorTarget, injectFetch, insecureFetch, type Target } from './target.ts';

/** Environment variables that point the suites at a real system, per vendor. */
export const REAL_TARGET_ENV: Record<
  VendorId,
  { url: string; credentials: Record<string, string>; settings: Record<string, string>; allowMutations: string; insecure: string }
> = {
  pbxware: {
    url: 'PBXWARE_URL',
    credentials: { apikey: 'PBXWARE_APIKEY' },
    settings: { server: 'PBXWARE_SERVER', restrictedApikey: 'PBXWARE_RESTRICTED_APIKEY' },
    allowMutations: 'PBXWARE_ALLOW_MUTATIONS',
    insecure: 'PBXWARE_INSECURE',
  },
  grandstream: {
    url: 'UCM_URL',
    credentials: { user: 'UCM_USER', password: 'UCM_PASSWORD' },
    settings: {},
    allowMutations: 'UCM_ALLOW_MUTATIONS',
    insecure: 'UCM_INSECURE',
  },
  portsip: {
    url: 'PORTSIP_URL',
    credentials: { user: 'PORTSIP_USER', password: 'PORTSIP_PASSWORD' },
    settings: {},
    allowMutations: 'PORTSIP_ALLOW_MUTATIONS',
    insecure: 'PORTSIP_INSECURE',
  },
  sipxcom: {
    url: 'SIPX_URL',
    credentials: { user: 'SIPX_USER', password: 'SIPX_PASSWORD' },
    settings: {},
    allowMutations: 'SIPX_ALLOW_MUTATIONS',
    insecure: 'SIPX_INSECURE',
  },
};

export interface OwnedTarget {
  target: Target;
  emulator?: Emulator;
  close(): Promise<void>;
}

/** The emulator in this process, answered through Fastify inject; strict contract checking on. */
export async function inProcessTarget(vendor: VendorId): Promise<OwnedTarget> {
  const emulator = await startEmulator({ vendor, listen: false, strict: true });
  const running = emulator.vendor(vendor);
  const origin = `${running.pack.scheme}://emulator.invalid`;
  const fetchImpl = injectFetch(running.app, origin);
  return {
    emulator,
    target: emulatorTarget({
      vendor,
      kind: 'in-process',
      name: `${vendor} emulator (in-process)`,
      baseUrl: origin,
      credentials: running.credentials,
      fetch: fetchImpl,
    }),
    close: () => emulator.close(),
  };
}

/** The emulator listening on a free 127.0.0.1 port, reached over real HTTP. */
export async function httpTarget(vendor: VendorId): Promise<OwnedTarget> {
  const emulator = await startEmulator({ vendor, vendors: { [vendor]: { port: 0 } }, strict: true });
  const running = emulator.vendor(vendor);
  return {
    emulator,
    target: emulatorTarget({
      vendor,
      kind: 'http',
      name: `${vendor} emulator (HTTP)`,
      baseUrl: running.url,
      credentials: running.credentials,
      fetch: running.url.startsWith('https:') ? await insecureFetch() : globalThis.fetch,
      insecure: running.url.startsWith('https:'),
    }),
    close: () => emulator.close(),
  };
}

/** A real system described by environment variables, or undefined with the reason it is not configured. */
export async function realTargetFromEnv(vendor: VendorId, env = process.env): Promise<Target | string> {
  const spec = REAL_TARGET_ENV[vendor];
  const url = env[spec.url];
  if (!url) return `no real ${vendor} configured (set ${spec.url} and ${Object.values(spec.credentials).join(', ')})`;
  const credentials: Record<string, string> = {};
  for (const [name, variable] of Object.entries(spec.credentials)) {
    const value = env[variable];
    if (!value) return `${variable} is not set`;
    credentials[name] = value;
  }
  const settings: Record<string, string> = {};
  for (const [name, variable] of Object.entries(spec.settings)) {
    if (env[variable]) settings[name] = env[variable]!;
  }
  return {
    vendor,
    kind: 'real',
    name: `${vendor} at ${new URL(url).host}`,
    baseUrl: url.replace(/\/+$/, ''),
    credentials,
    // Real PBXs often run self-signed certificates; <VENDOR>_INSECURE=1 accepts them.
    fetch: env[spec.insecure] === '1' ? await insecureFetch() : globalThis.fetch,
    insecure: env[spec.insecure] === '1',
    allowMutations: env[spec.allowMutations] === '1',
    numberRange: { from: 7900, to: 7999 },
    runPrefix: defaultRunPrefix(),
    settings,
  };
}
