import { GREETINGS } from '../../../contracts/sipxcom/voicemail.ts';
import { SALUTATIONS } from '../../../contracts/sipxcom/preferences.ts';
import { envelope, fail, notFound, self, type SipxCall, type SipxHandler } from '../call.ts';
import {
  contactInformationView,
  preferencesOf,
  savePreferences,
  userPreferences,
  type Address,
  type ContactInformation,
  type ImbotPrefs,
  type ImPrefs,
} from '../models/preferences.ts';
import { findUser, users } from '../models/users.ts';
import { saveVoicemailSettings } from '../models/voicemail.ts';

type Nullable<T> = { [K in keyof T]?: T[K] | null };
type ContactInput = Nullable<Omit<ContactInformation, 'homeAddress' | 'officeAddress' | 'timestamp' | 'salutation' | 'useBranchAddress'>> & {
  homeAddress?: Partial<Address> | null;
  officeAddress?: Partial<Address> | null;
  salutation?: string | null;
  useBranchAddress?: boolean;
  firstName?: string | null;
  lastName?: string | null;
};

const TEXT_FIELDS = ['jobTitle', 'jobDept', 'companyName', 'imID', 'imDisplayName', 'emailAddress', 'twitterName', 'linkedinName', 'facebookName', 'xingName'] as const;
const DIALABLE = /^[A-Za-z0-9._+*#@-]{1,255}$/;

const clean = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() || null);

function mergeAddress(current: Address, input: Partial<Address> | null): Address {
  if (input === null) return { street: null, city: null, state: null, country: null, zip: null, officeDesignation: null };
  const out = { ...current };
  for (const key of Object.keys(out) as Array<keyof Address>) if (input[key] !== undefined) out[key] = clean(input[key]) ?? null;
  return out;
}

/** Keys of `body` that are set, copied over `current`. */
function merged<T extends object>(current: T, body: Partial<T>): T {
  const out = { ...current };
  for (const [key, value] of Object.entries(body)) if (value !== undefined && key in current) (out as Record<string, unknown>)[key] = value;
  return out;
}

export const preferenceHandlers: Record<string, SipxHandler> = {
  'GET /my/contact-information': (call: SipxCall) => {
    const [, user] = self(call);
    return { 'contact-information': contactInformationView(call.context, user) };
  },

  'PUT /my/contact-information': (call: SipxCall<{ body: ContactInput }>) => {
    const [id, user] = self(call);
    const { context } = call;
    const body = call.args.body;
    const contact = { ...preferencesOf(context, id).contact };
    for (const key of TEXT_FIELDS) if (body[key] !== undefined) contact[key] = clean(body[key]) ?? null;
    if (contact.emailAddress !== null && !/^[^@\s]+@[^@\s]+$/.test(contact.emailAddress)) {
      fail('validationFailed', `Failed input validation: ${contact.emailAddress} is not an e-mail address`);
    }
    if (contact.imID !== null && body.imID !== undefined) {
      const clash = userPreferences(context).values().some((p) => p.userId !== id && p.contact.imID === contact.imID && users(context).get(p.userId));
      if (clash) fail('duplicate', `Failed input validation: IM id ${contact.imID} is already in use`);
    }
    if (body.salutation !== undefined) {
      const salutation = SALUTATIONS.find((s) => s.toLowerCase() === (body.salutation ?? 'none').toLowerCase());
      if (!salutation) fail('validationFailed', `Failed input validation: salutation is one of ${SALUTATIONS.join(', ')}`);
      contact.salutation = salutation;
    }
    if (body.useBranchAddress !== undefined) contact.useBranchAddress = body.useBranchAddress;
    if (body.homeAddress !== undefined) contact.homeAddress = mergeAddress(contact.homeAddress, body.homeAddress);
    if (body.officeAddress !== undefined) contact.officeAddress = mergeAddress(contact.officeAddress, body.officeAddress);
    contact.timestamp = context.clock.now();
    savePreferences(context, id, { contact });
    const names = { ...(body.firstName !== undefined ? { firstName: clean(body.firstName) ?? null } : {}), ...(body.lastName !== undefined ? { lastName: clean(body.lastName) ?? null } : {}) };
    if (Object.keys(names).length > 0) users(context).update(user.id, names);
    return envelope('SUCCESS_UPDATED');
  },

  'GET /my/im/prefs': (call: SipxCall) => ({ 'im-prefs': preferencesOf(call.context, self(call)[0]).im }),

  'PUT /my/im/prefs': (call: SipxCall<{ body: Partial<ImPrefs> }>) => {
    const [id] = self(call);
    const body = { ...call.args.body, ...(call.args.body.otpMessage !== undefined ? { otpMessage: clean(call.args.body.otpMessage) ?? null } : {}) };
    savePreferences(call.context, id, { im: merged(preferencesOf(call.context, id).im, body) });
    return envelope('SUCCESS_UPDATED');
  },

  'GET /my/imbot/prefs': (call: SipxCall) => ({ 'imbot-prefs': preferencesOf(call.context, self(call)[0]).imbot }),

  'PUT /my/imbot/prefs': (call: SipxCall<{ body: Partial<ImbotPrefs> }>) => {
    const [id] = self(call);
    savePreferences(call.context, id, { imbot: merged(preferencesOf(call.context, id).imbot, call.args.body) });
    return envelope('SUCCESS_UPDATED');
  },

  'GET /my/speeddial': (call: SipxCall) => ({ speeddial: { canSubscribeToPresence: true, ...preferencesOf(call.context, self(call)[0]).speeddial } }),

  'PUT /my/speeddial': (
    call: SipxCall<{ body: { updatePhones?: boolean; groupSpeedDial?: boolean; buttons?: Array<{ number: string; label?: string | null; blf?: boolean }> } }>,
  ) => {
    const [id] = self(call);
    const { updatePhones, groupSpeedDial, buttons } = call.args.body;
    const current = preferencesOf(call.context, id).speeddial;
    const next = {
      updatePhones: updatePhones ?? current.updatePhones,
      groupSpeedDial: groupSpeedDial ?? current.groupSpeedDial,
      buttons:
        buttons?.map((b, i) => {
          const number = b.number.trim();
          if (!DIALABLE.test(number)) fail('validationFailed', `Failed input validation: speed dial ${i + 1} number "${b.number}" is not dialable`);
          return { number, label: clean(b.label) ?? null, blf: b.blf ?? false };
        }) ?? current.buttons,
    };
    savePreferences(call.context, id, { speeddial: next });
    return envelope('SUCCESS_UPDATED');
  },

  'PUT /my/mailbox/{user}/preferences/activegreeting/{greeting}': (call: SipxCall<{ user: string; greeting: string }>) => {
    const { context, auth } = call;
    const target = findUser(context, call.args.user);
    if (auth.role !== 'admin') {
      const [id] = self(call);
      if (target?.id !== id) fail('forbidden', 'A user may set the active greeting of their own mailbox only');
    }
    if (!target) notFound(call, `user ${call.args.user}`);
    const text = call.args.greeting.trim().toLowerCase();
    if (text === '') fail('validationFailed', 'Failed input validation: the greeting cannot be empty');
    // "For other content the “none” greeting will be saved." (doc 5079; quirk active-greeting-fallback)
    const known = GREETINGS.find((g) => g === text);
    if (!known && context.quirks['active-greeting-fallback'] === false) {
      fail('validationFailed', `Failed input validation: the greeting is one of ${GREETINGS.join(', ')}`);
    }
    saveVoicemailSettings(context, target.id, { prefs: { greeting: known ?? 'none' } });
    return envelope('SUCCESS_UPDATED');
  },
};
