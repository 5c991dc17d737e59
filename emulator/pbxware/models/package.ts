import type { z } from 'zod';
import type { packageConfiguration } from '../../../contracts/pbxware/package.ts';
import type { VendorState } from '../../core/store.ts';

/** A tenant package, stored under the names `package.configuration` reads back. */
export type PackageRecord = z.infer<typeof packageConfiguration>;

export const packages = (state: VendorState) => state.table<PackageRecord>('packages');
