import type { PackContext } from '../../core/pack.ts';
import type { VendorState } from '../../core/store.ts';
import { DAYS, PRESENCE_STATES, SECTIONS, type ExtensionSections, type Section } from '../../../contracts/portsip/shapes.ts';
import type { QuirkSettings } from '../../../contracts/core/index.ts';

export interface ExtensionRecord extends ExtensionSections {
  extension_number: string;
  password: string;
  web_access_password: string;
}

export const extensions = (state: VendorState) => state.table<ExtensionRecord>('extensions');

/** Request sections: any subset of each section's fields (forward_rules one level deeper). */
export type SectionPatch = { [K in Section]?: Record<string, unknown> };

/** Defaults for sections a create leaves out: the sample's values (287-362), personal data empty. */
export function defaultSections(quirks: QuirkSettings): ExtensionSections {
  const rule = { office_hours_action: 'CONNECT_TO_VOICE', office_hours_action_value: '', outside_office_hours_action: 'CONNECT_TO_VOICE', outside_office_hours_action_value: '' };
  const sections: ExtensionSections = {
    profile: { first_name: '', last_name: '', gender: 'MALE', email: '', mobile_phone: '', work_phone: '', home_phone: '', twitter: '', facebook: '', linkedin: '', instagram: '', description: '' },
    options: { enable_audio_record_calls: false, enable_video_record_calls: false, enable_extension: true },
    voice_mail: { enable_voicemail: true, prompt_language: 'en-us', enable_vm_pin_auth: true, voicemail_pin: '', enable_play_caller_id: false, msg_read_out_datetime: 'DO_NOT_READ' },
    forward_rules: {
      available: { no_answer_timeval: 20, no_answer_action: 'CONNECT_TO_VOICE_MAIL', no_answer_action_value: '', busy_action: 'CONNECT_TO_VOICE', busy_action_value: '' },
      offline: { ...rule },
      dnd: { ...rule },
      away: { ...rule },
    },
    office_hours: {
      office_hours_mode: 'CUSTOM',
      ...Object.fromEntries(DAYS.flatMap((d) => [[`${d}_from`, '09:00'], [`${d}_to`, '17:00']])),
    } as ExtensionSections['office_hours'],
  };
  return normaliseSpellings(sections, quirks);
}

/** Sections with `patch` merged over `base`, field by field (forward rules per state). */
export function mergeSections(base: ExtensionSections, patch: SectionPatch, quirks: QuirkSettings): ExtensionSections {
  const out = structuredClone(base) as unknown as Record<string, Record<string, unknown>>;
  for (const section of SECTIONS) {
    const given = patch[section];
    if (!given) continue;
    if (section === 'forward_rules') {
      const rules = out.forward_rules as Record<string, Record<string, unknown>>;
      for (const state of ['available', ...PRESENCE_STATES]) {
        const part = given[state] as Record<string, unknown> | undefined;
        if (part) rules[state] = { ...rules[state], ...part };
      }
    } else {
      out[section] = { ...out[section], ...given };
    }
  }
  return normaliseSpellings(out as unknown as ExtensionSections, quirks);
}

/** Quirk voicemail-action-spellings off: `CONNECT_TO_VOICE` is stored as `CONNECT_TO_VOICE_MAIL`. */
function normaliseSpellings(sections: ExtensionSections, quirks: QuirkSettings): ExtensionSections {
  if (quirks['voicemail-action-spellings']) return sections;
  const rules = sections.forward_rules as unknown as Record<string, Record<string, unknown>>;
  for (const rule of Object.values(rules)) {
    for (const [key, value] of Object.entries(rule)) {
      if (key.endsWith('_action') && value === 'CONNECT_TO_VOICE') rule[key] = 'CONNECT_TO_VOICE_MAIL';
    }
  }
  return sections;
}

/** Extensions in the order every list uses: by number. */
export function orderedExtensions(state: VendorState): ExtensionRecord[] {
  return extensions(state)
    .values()
    .sort((a, b) => Number(a.extension_number) - Number(b.extension_number) || a.extension_number.localeCompare(b.extension_number));
}

export function requireExtension(context: PackContext, number: string, fail: (message: string) => never): ExtensionRecord {
  const found = extensions(context.state).get(number);
  if (!found) fail(`Extension ${number} does not exist.`);
  return found;
}
