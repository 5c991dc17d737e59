import type { VendorPack } from '../core/pack.ts';

/** Placeholder until the sipXcom (sipxconfig) pack is built: registered so the CLI and suites know the vendor. */
export const sipxcomPack: VendorPack = {
  vendor: 'sipxcom',
  title: 'sipXcom (sipxconfig)',
  scheme: 'https',
  defaultPort: 8443,
  extraListeners: [{ name: 'http', scheme: 'http', defaultPort: 8080 }],
  contracts: [],
  errors: {},
  quirks: [],
  credentials: [],
  served: () => new Set(),
  seedFixtures() {},
  register() {},
};
