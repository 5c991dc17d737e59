import type { VendorId } from '../contracts/core/index.ts';
import type { VendorPack } from './core/pack.ts';
import { grandstreamPack } from './grandstream/pack.ts';
import { pbxwarePack } from './pbxware/pack.ts';
import { portsipPack } from './portsip/pack.ts';
import { sipxcomPack } from './sipxcom/pack.ts';

/** Every vendor pack this build serves. */
export const ALL_PACKS: readonly VendorPack[] = [
  pbxwarePack,
  grandstreamPack,
  portsipPack,
  sipxcomPack,
];

export function packFor(vendor: string): VendorPack | undefined {
  return ALL_PACKS.find((p) => p.vendor === vendor);
}

export function availableVendors(): VendorId[] {
  return ALL_PACKS.map((p) => p.vendor);
}
