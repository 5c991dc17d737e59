import type { PackContext } from '../../core/pack.ts';
import { fail } from '../call.ts';
import { normalisePath, readSettingsAt, resetSettings, settingAssignments, writeSetting, writeSettings, type SettingsTree } from '../models/settings-tree.ts';

/**
 * The two forms of a settings URI that the document prints without a setting path (page group
 * service, park orbit options; quirk settings-path-forms): the bare URI (`…/settings`) and the
 * setting-path form sipxconfig serves (`…/settings/{path}`, the contract's `alsoAt`), both on the one
 * settings mechanism (models/settings-tree.ts). `path` is the wildcard value, absent on the bare URI.
 */
type Context = Pick<PackContext, 'state' | 'quirks'>;
type ManyBody = string | number | boolean | { settings: Array<{ path: string; value?: unknown }> } | undefined;

const named = (path: string | undefined) => normalisePath(path) !== '';

/** Bare: every setting; with a path: that setting (a leaf, unwrapped) or the settings under it. */
export { readSettingsAt };

/** With a path: the body is the new value (plain text). Bare: many settings, all or nothing. */
export function writeSettingsAt(context: Context, tree: SettingsTree, owner: string | number, path: string | undefined, body: ManyBody): void {
  if (!named(path)) return writeSettings(context, tree, owner, settingAssignments(body));
  if (body !== null && typeof body === 'object') fail('validationFailed', 'Failed input validation: PUT data is plain text (the new value)');
  writeSetting(context, tree, owner, path!, body);
}

/** With a path: the settings under it back to their defaults; bare: every setting. */
export function revertSettingsAt(context: Context, tree: SettingsTree, owner: string | number, path: string | undefined): void {
  resetSettings(context, tree, owner, named(path) ? path : undefined);
}
