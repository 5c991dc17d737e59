import type { SmsProvider } from '../../../contracts/pbxware/sms.ts';
import type { VendorState } from '../../core/store.ts';

/**
 * An SMS trunk (doc 3965-4192). `national_prefix` is stored without + as it is written (doc 4088) and
 * read back with one (doc 4061); `fields` hold the provider's own arguments (`api_key`, …).
 */
export interface SmsTrunkRecord {
  enabled: '0' | '1';
  name: string;
  provider: SmsProvider;
  national_prefix: string;
  description: string;
  fields: Record<string, string>;
}

/**
 * Tenant ID → its SMS trunk (each tenant has at most one, doc 4231-4268). `server` repeats the tenant
 * so the assignment goes with its tenant when the tenant is deleted.
 */
export interface TenantSmsTrunkRecord {
  server: string;
  trunk: string;
}

/** One SMS of `sms.reports.list` (doc 3841-3855); `at` is epoch milliseconds. */
export interface SmsMessageRecord {
  server: string;
  provider: string;
  from: string;
  to: string;
  direction: 'Inbound' | 'Outbound';
  at: number;
  status: string;
  error: string;
  type: 'SMS' | 'MMS';
  /** The decoded text, kept for tests and the journal; reports do not show it. */
  body: string;
}

/** One bulk campaign of `sms.reports.bulk_list` (doc 3947-3961); times are epoch milliseconds. */
export interface SmsBulkCampaignRecord {
  server: string;
  name: string;
  sent: number;
  failed: number;
  time_start: number;
  time_end: number;
  from: string;
  csv_file: string;
  status: 'Active' | 'Paused' | 'Stopped' | 'Completed';
  message: string;
}

export const smsTrunks = (state: VendorState) => state.table<SmsTrunkRecord>('sms_trunks');
export const tenantSmsTrunks = (state: VendorState) => state.table<TenantSmsTrunkRecord>('sms_tenant_trunks');
export const smsMessages = (state: VendorState) => state.table<SmsMessageRecord>('sms_messages');
export const smsBulkCampaigns = (state: VendorState) => state.table<SmsBulkCampaignRecord>('sms_bulk_campaigns');

/** `2023-09-22 12:43:53` (UTC), as SMS reports show times (doc 3850). */
export function reportDateTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('T', ' ').slice(0, 19);
}
