import type { PackContext } from '../../core/pack.ts';
import { EMAIL_FORMATS, FOLDERS, GREETINGS } from '../../../contracts/sipxcom/voicemail.ts';
import { TABLES } from './tables.ts';

type Ctx = Pick<PackContext, 'state'>;
export type Greeting = (typeof GREETINGS)[number];
export type Folder = (typeof FOLDERS)[number];

export interface VoicemailPrefs {
  emailformat: (typeof EMAIL_FORMATS)[number] | null;
  altEmailFormat: (typeof EMAIL_FORMATS)[number] | null;
  greeting: Greeting;
  emailAttachType: 'yes' | 'no';
  emailIncludeAudioAttachment: boolean;
  email: string | null;
}

export interface PersonalAttendant {
  operator: string | null;
  overrideLanguage: boolean;
  menu: Record<string, string>;
  language: string;
  depositVM: boolean;
  forwardDeleteVM: boolean;
  playVMDefaultOptions: boolean;
}

/** A user's voicemail settings, keyed by user id; a user without a row has the defaults. */
export interface VoicemailSettingsRow {
  userId: number;
  prefs: VoicemailPrefs;
  attendant: PersonalAttendant;
}

/** A message in a user's mailbox (seeded; the feed shows a folder of them). */
export interface VoicemailMessageRow {
  id: number;
  userId: number;
  folder: Folder;
  from: string;
  fromName: string | null;
  /** ms since 1970 on the emulator clock. */
  received: number;
  durationSecs: number;
  heard: boolean;
}

export const voicemailSettings = (context: Ctx) => context.state.table<VoicemailSettingsRow>(TABLES.voicemailSettings);
export const voicemailMessages = (context: Ctx) => context.state.table<VoicemailMessageRow>(TABLES.voicemailMessages);

export const defaultVoicemailPrefs = (): VoicemailPrefs => ({
  emailformat: null,
  altEmailFormat: null,
  greeting: 'none',
  emailAttachType: 'no',
  emailIncludeAudioAttachment: false,
  email: null,
});

export const defaultAttendant = (): PersonalAttendant => ({
  operator: null,
  overrideLanguage: false,
  menu: {},
  language: 'en',
  depositVM: true,
  forwardDeleteVM: true,
  playVMDefaultOptions: true,
});

export function voicemailSettingsOf(context: Ctx, userId: number): VoicemailSettingsRow {
  return voicemailSettings(context).get(userId) ?? { userId, prefs: defaultVoicemailPrefs(), attendant: defaultAttendant() };
}

/** Writes part of a user's voicemail settings (the row is created on first write). */
export function saveVoicemailSettings(context: Ctx, userId: number, changes: { prefs?: Partial<VoicemailPrefs>; attendant?: Partial<PersonalAttendant> }) {
  const current = voicemailSettingsOf(context, userId);
  voicemailSettings(context).set(userId, {
    userId,
    prefs: { ...current.prefs, ...changes.prefs },
    attendant: { ...current.attendant, ...changes.attendant },
  });
}

/** The messages of one folder of a user's mailbox, newest first. */
export function messagesIn(context: Ctx, userId: number, folder: Folder): VoicemailMessageRow[] {
  return voicemailMessages(context)
    .values()
    .filter((m) => m.userId === userId && m.folder === folder)
    .sort((a, b) => b.received - a.received || b.id - a.id);
}
