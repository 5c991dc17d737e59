import type { PackContext } from '../../core/pack.ts';
import { SYSTEM } from './service-settings.ts';
import { TABLES } from './tables.ts';

/** The license file (Uniteme only, doc 1314-1346): one row, key `LICENSE_KEY`. */
export interface LicenseRow {
  uid: string;
  domain: string;
  version: string;
  expire: string;
  support: string;
  licenseType: string;
  users: number;
  mobileDevices: number;
  company: string;
  contactEmail: string;
  contactName: string;
  contactPhone: string;
}

export const LICENSE_KEY = 'current';

export const licenses = (context: Pick<PackContext, 'state'>) => context.state.table<LicenseRow>(TABLES.license);

/** What a system without a license file answers: its domain, everything else empty (0 users). */
const UNLICENSED: LicenseRow = {
  uid: '',
  domain: SYSTEM.domain,
  version: '',
  expire: '',
  support: '',
  licenseType: '',
  users: 0,
  mobileDevices: 0,
  company: '',
  contactEmail: '',
  contactName: '',
  contactPhone: '',
};

export function currentLicense(context: Pick<PackContext, 'state'>): LicenseRow {
  return licenses(context).get(LICENSE_KEY) ?? UNLICENSED;
}

/** A universal ID the emulator accepts (the example is 15 digits, doc 1343). */
export const LICENSE_UID = /^[A-Za-z0-9._-]{1,64}$/;

export const licenseView = (row: LicenseRow): LicenseRow => ({ ...row });
