import type { z } from 'zod';
import type { archivingReport } from '../../../contracts/pbxware/archiving.ts';
import type { VendorState } from '../../core/store.ts';

/** An archiving run's report, stored as `archiving.list` shows it (doc 6366-6384) plus its epoch for filtering. */
export type ArchivingReport = z.infer<typeof archivingReport>;
export interface ArchivingRecord {
  report: ArchivingReport;
  /** `date_time` as Unix epoch seconds. */
  at: number;
}

export const archivingReports = (state: VendorState) => state.table<ArchivingRecord>('archiving_reports');

/** `2023-04-04 10:42:36` (doc 6368), UTC. */
export function formatDateTime(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
}
