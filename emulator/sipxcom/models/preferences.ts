import type { PackContext } from '../../core/pack.ts';
import { SALUTATIONS } from '../../../contracts/sipxcom/preferences.ts';
import { branches } from './branches.ts';
import { TABLES } from './tables.ts';
import type { UserRow } from './users.ts';

type Ctx = Pick<PackContext, 'state'>;

export interface Address {
  street: string | null;
  city: string | null;
  state: string | null;
  country: string | null;
  zip: string | null;
  officeDesignation: string | null;
}

export const emptyAddress = (): Address => ({ street: null, city: null, state: null, country: null, zip: null, officeDesignation: null });

/** A user's contact details (doc 4873-4913); first and last name live on the user row. */
export interface ContactInformation {
  jobTitle: string | null;
  jobDept: string | null;
  companyName: string | null;
  homeAddress: Address;
  officeAddress: Address;
  imID: string | null;
  imDisplayName: string | null;
  emailAddress: string | null;
  useBranchAddress: boolean;
  salutation: (typeof SALUTATIONS)[number];
  twitterName: string | null;
  linkedinName: string | null;
  facebookName: string | null;
  xingName: string | null;
  /** Time of the last change, ms since 1970 (emulator clock). */
  timestamp: number;
}

export interface ImPrefs {
  statusCallInfo: boolean;
  otpMessage: string | null;
  voicemailonDnd: boolean;
  statusPhonePresence: boolean;
}
export interface ImbotPrefs {
  confExit: boolean;
  vmBegin: boolean;
  vmEnd: boolean;
  confEnter: boolean;
}
export interface SpeedDial {
  updatePhones: boolean;
  groupSpeedDial: boolean;
  buttons: Array<{ number: string; label: string | null; blf: boolean }>;
}

/** Everything a user sets under Preferences, keyed by user id; a user without a row has the defaults. */
export interface UserPreferencesRow {
  userId: number;
  contact: ContactInformation;
  im: ImPrefs;
  imbot: ImbotPrefs;
  speeddial: SpeedDial;
}

export const userPreferences = (context: Ctx) => context.state.table<UserPreferencesRow>(TABLES.userPreferences);

export const defaultContact = (): ContactInformation => ({
  jobTitle: null,
  jobDept: null,
  companyName: null,
  homeAddress: emptyAddress(),
  officeAddress: emptyAddress(),
  imID: null,
  imDisplayName: null,
  emailAddress: null,
  useBranchAddress: false,
  salutation: 'None',
  twitterName: null,
  linkedinName: null,
  facebookName: null,
  xingName: null,
  timestamp: 0,
});

export function preferencesOf(context: Ctx, userId: number): UserPreferencesRow {
  return (
    userPreferences(context).get(userId) ?? {
      userId,
      contact: defaultContact(),
      im: { statusCallInfo: false, otpMessage: null, voicemailonDnd: false, statusPhonePresence: false },
      imbot: { confExit: false, vmBegin: false, vmEnd: false, confEnter: false },
      speeddial: { updatePhones: false, groupSpeedDial: false, buttons: [] },
    }
  );
}

/** Writes part of a user's preferences (the row is created on first write). */
export function savePreferences(context: Ctx, userId: number, changes: Partial<Omit<UserPreferencesRow, 'userId'>>) {
  userPreferences(context).set(userId, { ...preferencesOf(context, userId), ...changes, userId });
}

/** The address of the user's branch (doc 373-388), when the user has a branch with an address. */
export function branchAddressOf(context: Ctx, user: UserRow): Address | null {
  const branch = user.branchId === null ? undefined : branches(context).get(user.branchId);
  const a = branch?.address as Partial<Record<keyof Address, unknown>> | undefined;
  if (!a || typeof a !== 'object') return null;
  const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return { street: s(a.street), city: s(a.city), state: s(a.state), country: s(a.country), zip: s(a.zip), officeDesignation: s(a.officeDesignation) };
}

export function contactInformationView(context: Ctx, user: UserRow) {
  const c = preferencesOf(context, user.id).contact;
  return {
    jobTitle: c.jobTitle,
    jobDept: c.jobDept,
    companyName: c.companyName,
    homeAddress: c.homeAddress,
    officeAddress: c.officeAddress,
    branchAddress: branchAddressOf(context, user),
    imID: c.imID,
    imDisplayName: c.imDisplayName,
    emailAddress: c.emailAddress,
    useBranchAddress: c.useBranchAddress,
    salutation: c.salutation,
    twitterName: c.twitterName,
    linkedinName: c.linkedinName,
    facebookName: c.facebookName,
    xingName: c.xingName,
    timestamp: c.timestamp,
    enabled: true,
    ldapManaged: false,
    firstName: user.firstName,
    lastName: user.lastName,
  };
}
