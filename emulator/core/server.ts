import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { createServer } from 'node:net';
import { ContractRegistry, applyQuirkOverrides, type VendorId } from '../../contracts/core/index.ts';
import { Clock } from './clock.ts';
import { registerControlApi } from './control.ts';
import { Journal, journalArgs, redactUrl } from './journal.ts';
import type { FixtureOptions, ListenerSpec, PackContext, VendorPack } from './pack.ts';
import { selfSignedCertificate } from './tls.ts';
import { bodyFaultHook, currentExchange, FaultSchedule } from './faults.ts';
import { Store } from './store.ts';

export interface VendorSettings {
  /** Port of the main listener. */
  port?: number;
  /** Ports of further listeners by name (e.g. PortSIP `https`). */
  ports?: Record<string, number>;
  credentials?: Record<string, string>;
  quirks?: Record<string, boolean>;
}

export interface EmulatorOptions {
  packs: readonly VendorPack[];
  host?: string;
  /** Per-vendor port, credentials and quirk switches. Port 0 picks a free port. */
  vendors?: Partial<Record<VendorId, VendorSettings>>;
  /** lowdb JSON file for persistent state; memory when absent. */
  dataFile?: string;
  fixtures?: FixtureOptions;
  clock?: Clock;
  strict?: boolean;
  /** Mount the control API under /__emulator/ (on by default). */
  control?: boolean;
  /** Certificate for HTTPS listeners; a self-signed one is made when absent. */
  tls?: { key: string; cert: string };
  /** Do not bind sockets: apps are used through `inject` only. */
  listen?: boolean;
  logger?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface RunningListener {
  name: string;
  scheme: 'http' | 'https';
  app: FastifyInstance;
  url: string;
  /** Set when the listener's usual port was taken and another was used. */
  portNote?: string;
}

export interface RunningVendor {
  vendor: VendorId;
  title: string;
  /** The main listener's Fastify instance. */
  app: FastifyInstance;
  context: PackContext;
  pack: VendorPack;
  /** The main listener's URL. */
  url: string;
  listeners: RunningListener[];
  credentials: Record<string, string>;
  /** Set when the main listener's usual port was taken and another was used. */
  portNote?: string;
}

export interface Emulator {
  vendors: RunningVendor[];
  store: Store;
  clock: Clock;
  journal: Journal;
  registry: ContractRegistry;
  vendor(id: VendorId): RunningVendor;
  /** Drops one vendor's state (or everyone's) and seeds its fixtures again. */
  reset(vendor?: VendorId): void;
  /** Puts one tenant of a multi-tenant vendor back to its fixture state, leaving the other tenants alone. */
  resetTenant(vendor: VendorId, tenant: string): { removed: number; restored: number };
  close(): Promise<void>;
}

export const DEFAULT_FIXTURES: FixtureOptions = { seed: 1, size: 'small' };

export function resolveCredentials(pack: VendorPack, overrides: Record<string, string> = {}, env = process.env) {
  const out: Record<string, string> = {};
  for (const spec of pack.credentials) {
    out[spec.name] = overrides[spec.name] ?? env[spec.env] ?? spec.default;
  }
  return out;
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const clock = options.clock ?? new Clock();
  const journal = new Journal();
  const store = options.dataFile ? await Store.open(options.dataFile) : Store.memory();
  const fixtures = options.fixtures ?? DEFAULT_FIXTURES;
  const registry = new ContractRegistry(options.packs.flatMap((p) => p.contracts));
  const running: RunningVendor[] = [];

  // Every Fastify instance made, so a start that fails half-way still closes what it opened.
  const opened: FastifyInstance[] = [];
  const bind = async (app: FastifyInstance, spec: ListenerSpec, requested: number | undefined) => {
    if (options.listen === false) return { url: `${spec.scheme}://${host}` };
    let port = requested ?? spec.defaultPort;
    if (requested === undefined && port !== 0 && !(await portIsFree(host, port))) port = 0;
    await app.listen({ host, port });
    const address = app.server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    const portNote =
      requested === undefined && actual !== spec.defaultPort ? `port ${spec.defaultPort} was busy; using ${actual}` : undefined;
    return { url: `${spec.scheme}://${host.includes(':') ? `[${host}]` : host}:${actual}`, portNote };
  };

  const seed = (pack: VendorPack) => {
    const state = store.vendor(pack.vendor);
    if (fixtures.size !== 'none') pack.seedFixtures(state, fixtures, clock);
  };

  const emulator: Emulator = {
    vendors: running,
    store,
    clock,
    journal,
    registry,
    vendor(id) {
      const found = running.find((v) => v.vendor === id);
      if (!found) throw new Error(`vendor ${id} is not running`);
      return found;
    },
    reset(vendor) {
      for (const v of running) {
        if (vendor && v.vendor !== vendor) continue;
        store.resetVendor(v.vendor);
        journal.clear(v.vendor);
        v.context.runtime.clear();
        v.context.faults.clear();
        seed(v.pack);
      }
    },
    resetTenant(vendor, tenant) {
      const v = emulator.vendor(vendor);
      const tenantOf = v.pack.tenantOf;
      if (!tenantOf) throw new Error(`${vendor} has no tenants`);
      const scratch = Store.memory();
      if (fixtures.size !== 'none') v.pack.seedFixtures(scratch.vendor(vendor), fixtures, clock);
      const fresh = scratch.vendor(vendor);
      const live = store.vendor(vendor);
      let removed = 0;
      let restored = 0;
      for (const name of new Set([...live.tableNames(), ...fresh.tableNames()])) {
        const table = live.table<unknown>(name);
        for (const [id, row] of table.entries()) {
          if (tenantOf(name, id, row) === tenant && table.delete(id)) removed++;
        }
        for (const [id, row] of fresh.table<unknown>(name).entries()) {
          if (tenantOf(name, id, row) !== tenant) continue;
          table.set(id, row);
          restored++;
        }
      }
      // Restored rows keep their fixture ids; sequences never fall back below them.
      for (const [sequence, value] of Object.entries(fresh.dump().sequences)) live.reserveId(sequence, value);
      return { removed, restored };
    },
    async close() {
      clock.dispose();
      await Promise.all(opened.map((app) => app.close()));
      await store.flush();
    },
  };

  try {
    for (const pack of options.packs) {
      const settings = options.vendors?.[pack.vendor] ?? {};
      if (!store.hasVendorData(pack.vendor)) seed(pack);
      const context: PackContext = {
        vendor: pack.vendor,
        registry,
        store,
        state: store.vendor(pack.vendor),
        clock,
        journal,
        credentials: resolveCredentials(pack, settings.credentials, options.env),
        quirks: applyQuirkOverrides(pack.quirks, settings.quirks ?? {}),
        strict: options.strict ?? false,
        runtime: new Map(),
        faults: new FaultSchedule(pack.contracts, pack.errors),
      };
      const specs: ListenerSpec[] = [
        { name: 'main', scheme: pack.scheme, defaultPort: pack.defaultPort },
        ...(pack.extraListeners ?? []),
      ];
      const listeners: RunningListener[] = [];
      for (const spec of specs) {
        const tls = spec.scheme === 'https' ? (options.tls ?? (await selfSignedCertificate())) : undefined;
        const app = Fastify({
          logger: options.logger ?? false,
          ...(tls ? { https: { key: tls.key, cert: tls.cert } } : {}),
          routerOptions: {
            maxParamLength: 2048,
            // Vendors' documents write URLs with doubled slashes (PBXware KB: `//?apikey=…`).
            ignoreDuplicateSlashes: true,
          },
          bodyLimit: 4 * 1024 * 1024,
          return503OnClosing: false,
          // Requests are validated by the zod contracts, never by Fastify route schemas, so Fastify's own
          // compilers (ajv, fast-json-stringify) are never loaded: that is ~40 ms of every start.
          schemaController: { compilersFactory: { buildValidator: noRouteSchemas, buildSerializer: noRouteSchemas } },
        } as FastifyServerOptions);
        opened.push(app);
        installJournal(app, pack, journal);
        installFaultHooks(app);
        if (options.control !== false) registerControlApi(app, { pack, context, emulator });
        await pack.register(app, context);
        await app.ready();
        const requested = spec.name === 'main' ? settings.port : settings.ports?.[spec.name];
        listeners.push({ name: spec.name, scheme: spec.scheme, app, ...(await bind(app, spec, requested)) });
      }
      const main = listeners[0];
      running.push({
        vendor: pack.vendor,
        title: pack.title,
        app: main.app,
        context,
        pack,
        url: main.url,
        listeners,
        credentials: context.credentials,
        portNote: main.portNote,
      });
    }
    await store.flush();
  } catch (error) {
    await emulator.close().catch(() => undefined);
    throw error;
  }
  return emulator;
}

/** Lets faults reach the connection being answered, and cut or drip the bytes a vendor sends. */
function installFaultHooks(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => currentExchange.run({ request, reply }, done));
  app.addHook('onSend', bodyFaultHook);
}

function noRouteSchemas(): never {
  throw new Error('route schemas are not used: validate with the operation contracts');
}

function installJournal(app: FastifyInstance, pack: VendorPack, journal: Journal): void {
  app.decorateRequest('pbxOperation', '');
  app.decorateRequest('pbxError', '');
  app.decorateRequest('pbxHint', '');
  app.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith('/__emulator/')) return;
    const redact = pack.redact ?? redactUrl;
    journal.record({
      time: new Date().toISOString(),
      vendor: pack.vendor,
      method: request.method,
      url: redact(request.url),
      operation: request.pbxOperation || undefined,
      status: reply.statusCode,
      error: request.pbxError || undefined,
      hint: request.pbxHint || undefined,
      args: journalArgs({
        ...(request.query && typeof request.query === 'object' ? request.query : {}),
        ...(request.body && typeof request.body === 'object' && !Buffer.isBuffer(request.body) ? request.body : {}),
      }) as Record<string, unknown>,
      durationMs: Math.round(reply.elapsedTime * 100) / 100,
    });
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The contract id the request resolved to, for the journal. */
    pbxOperation: string;
    /** The vendor error id the request was answered with, for the journal. */
    pbxError: string;
    /** A suggestion for a request that matched no operation (closest documented names), for the journal. */
    pbxHint: string;
  }
}

function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}
