import type { FastifyInstance } from 'fastify';
import type {
  ContractRegistry,
  OperationContract,
  QuirkDefinition,
  QuirkSettings,
  VendorId,
} from '../../contracts/core/index.ts';
import type { Clock } from './clock.ts';
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
}

export interface VendorPack {
  vendor: VendorId;
  title: string;
  scheme: 'http' | 'https';
  /** The vendor's usual port, used when free; otherwise the core picks another and says so. */
  defaultPort: number;
  contracts: readonly OperationContract[];
  quirks: readonly QuirkDefinition[];
  credentials: readonly CredentialSpec[];
  /** Operation ids this pack has a handler for; everything else in `contracts` must be declined. */
  served(): ReadonlySet<string>;
  /** Fills an empty vendor state with deterministic data. */
  seedFixtures(state: VendorState, options: FixtureOptions, clock: Clock): void;
  /** Mounts the vendor's routes. Called once per Fastify instance. */
  register(app: FastifyInstance, context: PackContext): void | Promise<void>;
  /** Redacts secrets from a URL or body before they reach the journal or a report. */
  redact?(text: string): string;
}
