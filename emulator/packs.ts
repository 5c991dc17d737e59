import type { VendorId } from '../contracts/core/index.ts';
import type { VendorPack } from './core/pack.ts';

/**
 * Every vendor pack this build serves, loaded on demand: a start with `--vendor pbxware` never parses
 * the other vendors' contracts and handlers (start-up time and memory).
 */
const LOADERS: Record<VendorId, () => Promise<VendorPack>> = {
  pbxware: () => import('./pbxware/pack.ts').then((m) => m.pbxwarePack),
  grandstream: () => import('./grandstream/pack.ts').then((m) => m.grandstreamPack),
  portsip: () => import('./portsip/pack.ts').then((m) => m.portsipPack),
  sipxcom: () => import('./sipxcom/pack.ts').then((m) => m.sipxcomPack),
};

export function availableVendors(): VendorId[] {
  return Object.keys(LOADERS) as VendorId[];
}

export function isAvailableVendor(name: string): name is VendorId {
  return Object.hasOwn(LOADERS, name);
}

export async function loadPack(vendor: VendorId): Promise<VendorPack> {
  if (!isAvailableVendor(vendor)) throw new Error(`unknown vendor "${vendor}"; available: ${availableVendors().join(', ')}`);
  return LOADERS[vendor]();
}

export function loadPacks(vendors: readonly VendorId[] = availableVendors()): Promise<VendorPack[]> {
  return Promise.all(vendors.map(loadPack));
}
