import type { VendorId } from '../contracts/core/index.ts';
import type { VendorPack } from './core/pack.ts';
import { pbxwarePack } from './pbxware/pack.ts';

/** Every vendor pack this build serves. */
export const ALL_PACKS: readonly VendorPack[] = [pbxwarePack];

export function packFor(vendor: string): VendorPack | undefined {
  return ALL_PACKS.find((p) => p.vendor === vendor);
}

export function availableVendors(): VendorId[] {
  return ALL_PACKS.map((p) => p.vendor);
}
