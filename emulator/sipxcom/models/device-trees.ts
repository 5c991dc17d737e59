import type { PackContext } from '../../core/pack.ts';
import { fail } from '../call.ts';
import { invalidValue, normalisePath, readSettings, resetSettings, writeSetting, type SettingsTree, type SettingView } from './settings-tree.ts';

/**
 * What the device settings trees (gateways, ports, phones, lines, phone-group models) need beyond
 * models/settings-tree.ts, kept here on top of it (values still live in its one table):
 *  - how a tree writes booleans: `0-1` (the shared default, DNS doc 450) or `true-false` (the gateway
 *    example, doc 1118, prints "true"/"false");
 *  - a tree with no settings at all lists nothing (an unmanaged gateway) instead of 404;
 *  - a PUT of several settings at once, all checked before any is written.
 */
export interface DeviceTree extends SettingsTree {
  booleans: '0-1' | 'true-false';
}

type State = Pick<PackContext, 'state'>;

/** The settings under `prefix` (all when empty); an empty tree lists nothing; an unknown path is 404. */
export function readDevice(context: State, tree: DeviceTree, owner: string | number, prefix?: string): SettingView[] {
  if (tree.definitions.length === 0 && normalisePath(prefix) === '') return [];
  return readSettings(context, tree, owner, prefix);
}

/** Writes one setting; a `true-false` tree stores booleans as "true"/"false". */
export function writeDevice(context: State, tree: DeviceTree, owner: string | number, path: string, raw: unknown): void {
  const wanted = normalisePath(path);
  const definition = tree.definitions.find((d) => d.path === wanted);
  if (!definition || definition.type !== 'boolean' || tree.booleans === '0-1') {
    writeSetting(context, tree, owner, path, raw);
    return;
  }
  const value = (typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : String(raw)).trim();
  const problem = invalidValue(definition, value);
  if (problem) fail('validationFailed', `${problem} (or true/false)`);
  // Stored through the shared table under the same key; typed as text so the shared writer keeps the spelling.
  const asText: SettingsTree = { key: tree.key, definitions: [{ ...definition, type: 'string' }] };
  writeSetting(context, asText, owner, wanted, value === '1' || value === 'true' ? 'true' : 'false');
}

export function resetDevice(context: State, tree: DeviceTree, owner: string | number, prefix?: string): void {
  if (tree.definitions.length === 0 && normalisePath(prefix) === '') return;
  resetSettings(context, tree, owner, prefix);
}

/** The `path → value` assignments a collection PUT carries (text lines, a settings list, or an object). */
export function assignmentsOf(body: unknown): Array<[string, string | null]> {
  if (body === undefined || body === null) return [];
  if (typeof body === 'string') {
    return body
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => {
        const at = line.indexOf('=');
        if (at <= 0) fail('validationFailed', `Failed input validation: "${line.slice(0, 80)}" is not path=value`);
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()] as [string, string];
      });
  }
  if (typeof body === 'object' && Array.isArray((body as { settings?: unknown }).settings)) {
    return ((body as { settings: Array<{ path: string; value?: string | null }> }).settings).map((s) => [s.path, s.value ?? null]);
  }
  if (typeof body === 'object') return Object.entries(body as Record<string, string | null>);
  fail('validationFailed', 'Failed input validation: the body must be path=value lines');
}

/**
 * Writes several settings: every path must name one setting (404) and every value fit it (400)
 * before anything is written, so a refused PUT changes nothing.
 */
export function writeDeviceBatch(context: State, tree: DeviceTree, owner: string | number, body: unknown): void {
  const assignments = assignmentsOf(body);
  if (assignments.length === 0) fail('validationFailed', 'Failed input validation: no setting to change (path=value lines)');
  for (const [path, value] of assignments) {
    const definition = tree.definitions.find((d) => d.path === normalisePath(path));
    if (!definition) fail('notFound', `No setting at path: ${normalisePath(path)}`);
    const problem = invalidValue(definition, (value ?? '').trim());
    if (problem) fail('validationFailed', problem);
  }
  for (const [path, value] of assignments) writeDevice(context, tree, owner, path, value ?? '');
}
