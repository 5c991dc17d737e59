import type { VendorId } from '../contracts/core/index.ts';
import { startEmulator as startCore, type Emulator, type EmulatorOptions } from './core/server.ts';
import { availableVendors, loadPacks } from './packs.ts';

export type { Emulator, EmulatorOptions, RunningVendor, VendorSettings } from './core/server.ts';
export { Clock } from './core/clock.ts';
export { ControlClient } from './control-client.ts';
export type { FaultEffect, FaultRule, FaultWhen, Snapshot, VerifyResult } from './control-client.ts';
export { availableVendors, isAvailableVendor, loadPack, loadPacks } from './packs.ts';

export interface StartOptions extends Omit<EmulatorOptions, 'packs'> {
  /** Vendors to start; all by default. */
  vendor?: VendorId | VendorId[];
}

/**
 * Starts the emulator in this process: one Fastify server per vendor on 127.0.0.1, each on a free port
 * unless told otherwise. `await emulator.close()` stops it.
 */
export async function startEmulator(options: StartOptions = {}): Promise<Emulator> {
  const wanted = options.vendor === undefined ? availableVendors() : ([] as VendorId[]).concat(options.vendor);
  const packs = await loadPacks(wanted);
  return startCore({ ...options, packs });
}
