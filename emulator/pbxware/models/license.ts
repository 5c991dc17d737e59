import type { VendorState } from '../../core/store.ts';

/**
 * The PBXware license: a singleton. `info` holds the `license.info` keys in the document's order and
 * types (all strings, doc 9085-9110); `dashboardMax` the IVR/queue/conference maxima that
 * `dashboard.licensing` shows next to the `Extensions` limit (doc 573-595), which `license.info` does not list.
 */
export interface LicenseRecord {
  info: Record<string, string>;
  dashboardMax: { ivr: number; queue: number; conference: number };
  /** When the license file was last refreshed, epoch milliseconds. */
  lastRefreshed: number;
}

const LICENSE_ID = '1';

/** The document's sample license (doc 9085-9110) and dashboard maxima (doc 573-595). */
export const DOCUMENT_LICENSE: LicenseRecord = {
  info: {
    Edition: 'Multi-Tenant',
    Version: '6.5.0.0',
    Channels: '512',
    DIDs: '9999',
    Extensions: '100',
    'Hot Desking': '9999',
    'PSTN Trunks': '20',
    Tenants: '999',
    'VOIP Trunks': '20',
    Archiving: '1',
    Bas: '1',
    'Call Rating': '1',
    'Crm Routing': '1',
    'Did Multi User': '1',
    'Email To Fax': '1',
    'Ext Limits': '1',
    'Max Generic Apps': '1',
    'Pin Based Dialling': '1',
    'Presence Panel': '1',
    'Sms Bandwidth': '1',
    'Sms Module': '1',
    'Touchless Provisioning': '1',
    Wakeupcall: '1',
    'Web Callback': '1',
  },
  dashboardMax: { ivr: 200, queue: 200, conference: 200 },
  // "25 Jan 2022 16:53:32" (doc 9073-9075), read as UTC.
  lastRefreshed: Date.UTC(2022, 0, 25, 16, 53, 32),
};

const licenseTable = (state: VendorState) => state.table<LicenseRecord>('license');

/** The license in force; the document's sample when none was seeded (fixtures `none`). */
export function currentLicense(state: VendorState): LicenseRecord {
  return licenseTable(state).get(LICENSE_ID) ?? DOCUMENT_LICENSE;
}

export function saveLicense(state: VendorState, record: LicenseRecord): void {
  licenseTable(state).set(LICENSE_ID, record);
}

/** A license limit as a number (`"100"` → 100); 0 when the license does not name it. */
export function licenseLimit(record: LicenseRecord, key: string): number {
  const value = Number(record.info[key]);
  return Number.isFinite(value) ? value : 0;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `25 Jan 2022 16:53:32` (doc 9073-9075), in UTC: the emulated server's time zone. */
export function formatRefreshed(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
