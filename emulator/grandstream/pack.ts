import type { VendorPack } from '../core/pack.ts';

/** Placeholder until the Grandstream UCM6xxx pack is built: registered so the CLI and suites know the vendor. */
export const grandstreamPack: VendorPack = {
  vendor: 'grandstream',
  title: 'Grandstream UCM6xxx',
  scheme: 'https',
  defaultPort: 8089,
  extraListeners: [],
  contracts: [],
  errors: {},
  quirks: [],
  credentials: [],
  served: () => new Set(),
  seedFixtures() {},
  register() {},
};
