import type { PackContext } from '../../core/pack.ts';
import type { SettingsTree } from './settings-tree.ts';
import { orderedPhoneGroups } from './phone-groups.ts';
import { phoneModel, type LineRow, type PhoneRow } from './phones.ts';
import { dropSettingsOf, readSettings, type SettingDefinition } from './settings-tree.ts';
import { users } from './users.ts';

type State = Pick<PackContext, 'state'>;

/**
 * Phone, line and phone-group model settings (doc 2518-2578, 2644-2694, 2906-2982). The document
 * prints no example: the trees are short and the emulator's own, in sipxconfig's style, one per
 * vendor of the phone model catalogue (models/phones.ts).
 */
interface Family {
  phone: SettingDefinition[];
  /** Line settings; `{label}` / `{displayName}` defaults are filled per line. */
  line: SettingDefinition[];
}

const s = (path: string, type: string, defaultValue: string | null, label: string, extra: Partial<SettingDefinition> = {}): SettingDefinition => ({
  path,
  type,
  defaultValue,
  label,
  ...extra,
});
const LANGUAGES = { English: 'English', French: 'Français', German: 'Deutsch', Spanish: 'Español' };

const FAMILIES: Record<string, Family> = {
  Polycom: {
    phone: [
      s('up/headsetMode', 'boolean', '0', 'Headset memory mode'),
      s('up/backlight/idleIntensity', 'enum', 'Low', 'Backlight idle intensity', { options: { Off: 'Off', Low: 'Low', Medium: 'Medium', High: 'High' } }),
      s('call/donotdisturb/perReg', 'boolean', '0', 'Do not disturb per line'),
      s('tcpIpApp/sntp/address', 'string', 'pool.ntp.org', 'SNTP server'),
      s('tcpIpApp/sntp/gmtOffset', 'integer', '0', 'GMT offset (seconds)'),
    ],
    line: [
      s('reg/displayName', 'string', null, 'Display name'),
      s('reg/label', 'string', null, 'Label'),
      s('reg/ringType', 'enum', 'ringer2', 'Ring type', { options: { ringer1: 'Silent', ringer2: 'Low trill', ringer3: 'Medium trill', ringer4: 'High trill' } }),
      s('reg/lineKeys', 'integer', '1', 'Line keys'),
    ],
  },
  Yealink: {
    phone: [
      s('basic/language', 'enum', 'English', 'Language', { options: LANGUAGES }),
      s('features/dnd/enable', 'boolean', '0', 'Do not disturb'),
      s('advanced/ntp/server', 'string', 'pool.ntp.org', 'NTP server'),
      s('advanced/ntp/timezone', 'string', '+0', 'Time zone'),
    ],
    line: [
      s('account/label', 'string', null, 'Label'),
      s('account/display-name', 'string', null, 'Display name'),
      s('account/auto-answer', 'boolean', '0', 'Auto answer'),
    ],
  },
  Cisco: {
    phone: [
      s('regional/time-zone', 'string', 'GMT', 'Time zone'),
      s('user/dnd-setting', 'boolean', '0', 'Do not disturb'),
      s('system/ntp-server', 'string', 'pool.ntp.org', 'NTP server'),
    ],
    line: [
      s('ext/short-name', 'string', null, 'Label'),
      s('ext/display-name', 'string', null, 'Display name'),
      s('ext/auto-answer', 'boolean', '0', 'Auto answer'),
    ],
  },
  Grandstream: {
    phone: [
      s('basic/language', 'enum', 'English', 'Language', { options: LANGUAGES }),
      s('features/dnd', 'boolean', '0', 'Do not disturb'),
      s('network/ntp-server', 'string', 'pool.ntp.org', 'NTP server'),
    ],
    line: [
      s('account/name', 'string', null, 'Label'),
      s('account/display-name', 'string', null, 'Display name'),
      s('account/auto-answer', 'boolean', '0', 'Auto answer'),
    ],
  },
};

/** The vendor family of a phone model (the catalogue's vendor); unknown models get the Polycom tree. */
function familyOf(modelId: string): string {
  const vendor = phoneModel(modelId)?.vendor ?? 'Polycom';
  return FAMILIES[vendor] ? vendor : 'Polycom';
}

/** The settings a phone group gives the phones of `modelId` (owner `groupId:modelId`). */
export function groupModelTree(modelId: string): SettingsTree {
  const family = familyOf(modelId);
  return { key: `phone-group:${family}`, definitions: FAMILIES[family].phone, booleans: '0-1' };
}
export const groupModelOwner = (groupId: number, modelId: string) => `${groupId}:${modelId}`;

/**
 * A phone's tree: its vendor's settings with the defaults its groups set for its model (sipxconfig
 * decorates a member's settings with its groups'; the group last in the order wins).
 */
export function phoneTree(context: State, phone: PhoneRow): SettingsTree {
  const family = familyOf(phone.modelId);
  const defaults = new Map<string, string | null>();
  for (const group of orderedPhoneGroups(context).filter((g) => phone.groupIds.includes(g.id))) {
    for (const view of readSettings(context, groupModelTree(phone.modelId), groupModelOwner(group.id, phone.modelId))) {
      if (view.value !== view.defaultValue) defaults.set(view.path, view.value);
    }
  }
  const definitions = FAMILIES[family].phone.map((d) => (defaults.has(d.path) ? { ...d, defaultValue: defaults.get(d.path)! } : d));
  return { key: `phone:${family}`, definitions, booleans: '0-1' };
}

/** A line's tree: label and display name default to the line's user. */
export function lineTree(context: State, phone: PhoneRow, line: LineRow): SettingsTree {
  const family = familyOf(phone.modelId);
  const user = users(context).get(line.userId);
  const name = user?.username ?? null;
  const display = line.displayName ?? ([user?.firstName, user?.lastName].filter(Boolean).join(' ') || name);
  const definitions = FAMILIES[family].line.map((d) =>
    d.label === 'Label' ? { ...d, defaultValue: name } : d.label === 'Display name' ? { ...d, defaultValue: display } : d,
  );
  return { key: `line:${family}`, definitions, booleans: '0-1' };
}
export const lineOwner = (phoneId: number, lineId: number) => `${phoneId}:${lineId}`;

/** Forgets a phone's settings and its lines' (handlers/phones.ts calls it when the phone is deleted); answers the phone. */
export function dropPhoneSettings(context: State, phone: PhoneRow): PhoneRow {
  dropSettingsOf(context, phoneTree(context, phone), phone.id);
  for (const line of phone.lines) dropSettingsOf(context, lineTree(context, phone, line), lineOwner(phone.id, line.id));
  return phone;
}
