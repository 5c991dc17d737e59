import type { FastifyInstance } from 'fastify';
import type {
  ContractRegistry,
  ErrorCatalogue,
  OperationContract,
  QuirkDefinition,
  QuirkSettings,
  VendorId,
} from '../../contracts/core/index.ts';
import type { Clock } from './clock.ts';
import type { FaultSchedule } from './faults.ts';
import type { Journal } from './journal.ts';
import type { Store, VendorState } from './store.ts';

export type FixtureSize = 'small' | 'large' | 'none';

export interface FixtureOptions {
  seed: number;
  size: FixtureSize;
}

/** A credential the pack needs, with its documented default and the environment variable that sets it. */
export interface CredentialSpec {
  name: string;
  description: string;
  default: string;
  env: string;
}

/** What a vendor pack is given when the core mounts it on its own Fastify instance. */
export interface PackContext {
  vendor: VendorId;
  registry: ContractRegistry;
  store: Store;
  state: VendorState;
  clock: Clock;
  journal: Journal;
  credentials: Record<string, string>;
  quirks: QuirkSettings;
  /** Validate every response against its contract and fail loudly on a mismatch (tests, CI). */
  strict: boolean;
  /**
   * In-memory things every listener of the vendor shares and a reset clears (sessions, live calls,
   * WebSocket subscribers): get one with `runtime(context, key, create)`.
   */
  runtime: Map<string, unknown>;
  /** Faults set through the control API; checked on every operation. */
  faults: FaultSchedule;
}

/** The shared in-memory object under `key`, created on first use. */
export function runtime<T>(context: PackContext, key: string, create: () => T): T {
  let value = context.runtime.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    context.runtime.set(key, value);
  }
  return value;
}

/** One server socket of a vendor: PortSIP has HTTP 8899 and HTTPS 8900, sipXcom HTTPS and plain HTTP. */
export interface ListenerSpec {
  name: string;
  scheme: 'http' | 'https';
  defaultPort: number;
}

export interface VendorPack {
  vendor: VendorId;
  title: string;
  scheme: 'http' | 'https';
  /** The vendor's usual port, used when free; otherwise the core picks another and says so. */
  defaultPort: number;
  /** Further listeners besides the main one (`scheme` on `defaultPort`, named `main`). */
  extraListeners?: readonly ListenerSpec[];
  contracts: readonly OperationContract[];
  /** The vendor's error catalogue: what a fault rule may make an operation answer. */
  errors: ErrorCatalogue;
  quirks: readonly QuirkDefinition[];
  credentials: readonly CredentialSpec[];
  /** Operation ids this pack has a handler for; everything else in `contracts` must be declined. */
  served(): ReadonlySet<string>;
  /** Fills an empty vendor state with deterministic data. */
  seedFixtures(state: VendorState, options: FixtureOptions, clock: Clock): void;
  /** Mounts the vendor's routes. Called once per listener, each its own Fastify instance sharing `context`. */
  register(app: FastifyInstance, context: PackContext): void | Promise<void>;
  /**
   * The tenant a stored row belongs to, for multi-tenant vendors (PBXware `server`): lets the control
   * API reset one tenant to its fixtures without touching the others.
   */
  tenantOf?(table: string, id: string, row: unknown): string | undefined;
  /** Redacts secrets from a URL or body before they reach the journal or a report. */
  redact?(text: string): string;
}
