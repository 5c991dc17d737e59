import type { PackContext } from '../../core/pack.ts';
import { fail } from '../call.ts';
import { invalidValue, normalisePath, readSettings, resetSettings, writeSetting, type SettingsTree } from '../models/settings-tree.ts';

/**
 * The two forms of a settings URI that the document prints without a setting path (page group
 * service, park orbit options; quirk settings-path-forms): the bare URI (`…/settings`) and the
 * setting-path form sipxconfig serves (`…/settings/{path}`, the contract's `alsoAt`), both on the one
 * settings mechanism (models/settings-tree.ts). `path` is the wildcard value, absent on the bare URI.
 */
type Context = Pick<PackContext, 'state' | 'quirks'>;
type ManyBody = string | number | boolean | { settings: Array<{ path: string; value?: unknown }> } | undefined;

const named = (path: string | undefined) => normalisePath(path) !== '';
const asText = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'string' ? value : String(value));

/** Bare: every setting; with a path: that setting (a leaf, unwrapped) or the settings under it. */
export function readSettingsAt(context: Context, tree: SettingsTree, owner: string | number, path: string | undefined) {
  if (!named(path)) return { settings: readSettings(context, tree, owner) };
  const wanted = normalisePath(path);
  const found = readSettings(context, tree, owner, wanted);
  const leaf = found.length === 1 && found[0].path === wanted;
  return leaf && context.quirks['settings-leaf-unwrapped'] !== false ? found[0] : { settings: found };
}

/** `path=value` lines, or the list as GET shows it. */
function pairsOf(body: ManyBody): Array<{ path: string; value: string }> {
  if (body !== null && typeof body === 'object') return body.settings.map((s) => ({ path: s.path, value: asText(s.value) }));
  if (typeof body !== 'string') fail('validationFailed', 'Failed input validation: name the setting (PUT …/settings/{path} with the value as plain text, or path=value lines)');
  const pairs = body.split(/\r?\n/).flatMap((line, i) => {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) return [];
    const at = text.indexOf('=');
    if (at <= 0) fail('validationFailed', `Failed input validation: line ${i + 1}: expected path=value, got "${text.slice(0, 80)}"`);
    return [{ path: text.slice(0, at).trim(), value: text.slice(at + 1).trim() }];
  });
  if (pairs.length === 0) fail('validationFailed', 'Failed input validation: no setting given (one path=value per line)');
  return pairs;
}

/** With a path: the body is the new value (plain text). Bare: many settings, all or nothing. */
export function writeSettingsAt(context: Context, tree: SettingsTree, owner: string | number, path: string | undefined, body: ManyBody): void {
  if (named(path)) {
    if (body !== null && typeof body === 'object') fail('validationFailed', 'Failed input validation: PUT data is plain text (the new value)');
    writeSetting(context, tree, owner, path!, asText(body));
    return;
  }
  const pairs = pairsOf(body);
  for (const { path: p, value } of pairs) {
    const definition = tree.definitions.find((d) => d.path === normalisePath(p));
    if (!definition) fail('notFound', `No setting at path: ${normalisePath(p)}`);
    const problem = invalidValue(definition, value.trim());
    if (problem) fail('validationFailed', `Failed input validation: ${problem}`);
  }
  for (const { path: p, value } of pairs) writeSetting(context, tree, owner, p, value);
}

/** With a path: the settings under it back to their defaults; bare: every setting. */
export function revertSettingsAt(context: Context, tree: SettingsTree, owner: string | number, path: string | undefined): void {
  resetSettings(context, tree, owner, named(path) ? path : undefined);
}
