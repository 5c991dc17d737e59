import { z } from 'zod';

/**
 * Schema helpers for the PortSIP contracts. Query-string operations receive every value as a string, so
 * integers accept a digit string as well as a JSON number; everything else is typed as the samples show
 * it (identifiers are strings, flags are JSON booleans).
 */

/** A whole number from a JSON number or a digit string (query strings). */
export function intArg(min: number, max: number) {
  return z
    .union([z.number().int(), z.string().regex(/^-?\d{1,9}$/, 'must be a whole number').transform(Number)])
    .pipe(z.number().int().min(min).max(max));
}

export const token = z.string().max(256).optional();
export const text = (max = 255) => z.string().max(max);
export const extensionNumber = z.string().regex(/^\d{2,15}$/, 'must be 2-15 digits');
/** Enum-like values: the document shows one value each and no list (portsip.md B13), so any UPPER_SNAKE word. */
export const enumWord = z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'must be an UPPER_SNAKE_CASE value');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');

/** `sort_by`: "Values include "DEFAULT" and "Optional"" (lines 9-11); v12 writes "OPTIONAL" (portsip.md P4). */
export const SORT_VALUES = ['DEFAULT', 'Optional', 'OPTIONAL'] as const;
export const sortBy = z.enum(SORT_VALUES);

export const pagingArgs = {
  access_token: token,
  pagination: intArg(1, 1_000_000),
  pagesize: intArg(1, 1000).optional(),
};

/** The list envelope (lines 15-27): request paging echoed, then page_count and count. */
export const pagingEnvelope = {
  pagination: z.number().int(),
  pagesize: z.number().int().optional(),
  sort_by: z.string().optional(),
  page_count: z.number().int(),
  count: z.number().int(),
};

// ---- the extension object (lines 287-362) ----

export const profileFields = {
  first_name: text(),
  last_name: text(),
  gender: enumWord,
  email: text(),
  mobile_phone: text(64),
  work_phone: text(64),
  home_phone: text(64),
  twitter: text(),
  facebook: text(),
  linkedin: text(),
  instagram: text(),
  description: text(1024),
};
export const optionsFields = {
  enable_audio_record_calls: z.boolean(),
  enable_video_record_calls: z.boolean(),
  enable_extension: z.boolean(),
};
export const voiceMailFields = {
  enable_voicemail: z.boolean(),
  prompt_language: z.string().regex(/^[a-z]{2}(-[a-z]{2})?$/i, 'must be a language tag like en-us'),
  enable_vm_pin_auth: z.boolean(),
  voicemail_pin: z.string().regex(/^\d{0,16}$/, 'must be digits'),
  enable_play_caller_id: z.boolean(),
  msg_read_out_datetime: enumWord,
};
export const availableFields = {
  no_answer_timeval: z.number().int().min(0).max(3600),
  no_answer_action: enumWord,
  no_answer_action_value: text(),
  busy_action: enumWord,
  busy_action_value: text(),
};
export const presenceRuleFields = {
  office_hours_action: enumWord,
  office_hours_action_value: text(),
  outside_office_hours_action: enumWord,
  outside_office_hours_action_value: text(),
};
export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const officeHoursFields = {
  office_hours_mode: enumWord,
  ...Object.fromEntries(DAYS.flatMap((d) => [[`${d}_from`, hhmm], [`${d}_to`, hhmm]])),
} as Record<string, z.ZodType<string>> & { office_hours_mode: typeof enumWord };

export const PRESENCE_STATES = ['offline', 'dnd', 'away'] as const;

const full = {
  profile: z.strictObject(profileFields),
  options: z.strictObject(optionsFields),
  voice_mail: z.strictObject(voiceMailFields),
  forward_rules: z.strictObject({
    available: z.strictObject(availableFields),
    offline: z.strictObject(presenceRuleFields),
    dnd: z.strictObject(presenceRuleFields),
    away: z.strictObject(presenceRuleFields),
  }),
  office_hours: z.strictObject(officeHoursFields),
};

/** Sections as a request may send them: each field optional, merged over the stored (or default) values. */
export const sectionArgs = {
  profile: full.profile.partial(),
  options: full.options.partial(),
  voice_mail: full.voice_mail.partial(),
  forward_rules: z.strictObject({
    available: full.forward_rules.shape.available.partial().optional(),
    offline: full.forward_rules.shape.offline.partial().optional(),
    dnd: full.forward_rules.shape.dnd.partial().optional(),
    away: full.forward_rules.shape.away.partial().optional(),
  }),
  office_hours: full.office_hours.partial(),
};
export const SECTIONS = ['profile', 'options', 'voice_mail', 'forward_rules', 'office_hours'] as const;
export type Section = (typeof SECTIONS)[number];

export const extensionSections = full;
export type ExtensionSections = { [K in Section]: z.infer<(typeof full)[K]> };

/** One row of the extension list and search (lines 212-222). */
export const extensionListItem = z.strictObject({
  extension_number: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  status: z.string(),
  user_agent: z.string(),
  phone_mac_address: z.string(),
  phone_model: z.string(),
});

/** Writes answer nothing (every write's "Sample Response" is empty); an empty JSON object is tolerated. */
export const emptyResponse = z.union([z.undefined(), z.strictObject({})]);

/** A greeting file name: a plain name that cannot leave the extension's folder. */
export const greetingFileName = z
  .string()
  .min(1)
  .max(128)
  .refine((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..' && !name.startsWith('.'), 'must be a plain file name without path separators');
