import type { VendorPack } from '../core/pack.ts';

/** Placeholder until the PortSIP PBX pack is built: registered so the CLI and suites know the vendor. */
export const portsipPack: VendorPack = {
  vendor: 'portsip',
  title: 'PortSIP PBX',
  scheme: 'http',
  defaultPort: 8899,
  extraListeners: [{ name: 'https', scheme: 'https', defaultPort: 8900 }],
  contracts: [],
  errors: {},
  quirks: [],
  credentials: [],
  served: () => new Set(),
  seedFixtures() {},
  register() {},
};
