import type { PackContext } from '../../core/pack.ts';
import { fail } from '../call.ts';
import { TABLES } from './tables.ts';

/**
 * The settings trees of sipxconfig (`/api/<service>/settings[/{path}]`, phone, line, gateway and
 * phone-group model settings): one mechanism for all of them (doc 400-470, 1110-1130).
 *
 * A tree is a fixed list of setting definitions (what the device model or service declares); what
 * state holds is only the values that differ from the definition's initial value, per owner (the
 * service, a phone id, `phone:line`, a gateway id, `group:model` …). Deleting a setting puts it back
 * to its default, as sipxconfig's "revert to default" does.
 */
export interface SettingDefinition {
  path: string;
  /** sipxconfig's type names: string, integer, boolean, enum, … */
  type: 'string' | 'integer' | 'boolean' | 'enum' | 'hash' | 'ipaddr' | 'hostname' | 'sip-uri' | string;
  /** For `enum`: value → label. */
  options?: Record<string, string | null> | null;
  defaultValue?: string | null;
  label?: string | null;
  description?: string | null;
}

export interface SettingsTree {
  /** Unique name of the tree: `dns`, `proxy`, `phone:polycom-vvx`, `gateway:audiocodes` … */
  key: string;
  definitions: readonly SettingDefinition[];
  /**
   * How the tree writes booleans: `0-1` (the default, DNS doc 450) or `true-false` (the gateway SIP
   * trunk example, doc 1118). Either spelling is accepted on input.
   */
  booleans?: '0-1' | 'true-false';
}

/** The setting object the document shows (doc 450): every field present, `null` where unset. */
export interface SettingView {
  path: string;
  type: string;
  options: Record<string, string | null> | null;
  value: string | null;
  defaultValue: string | null;
  label: string | null;
  description: string | null;
}

interface StoredValue {
  value: string | null;
}

type StateContext = Pick<PackContext, 'state'>;

const values = (context: StateContext) => context.state.table<StoredValue>(TABLES.settingValues);
const storageKey = (tree: SettingsTree, owner: string | number, path: string) => `${tree.key}|${owner}|${path}`;

/** Normalises a requested path: no leading/trailing slash, no empty segments. */
export function normalisePath(path: string | undefined): string {
  return (path ?? '').split('/').filter(Boolean).join('/');
}

function matches(definition: SettingDefinition, prefix: string): boolean {
  return prefix === '' || definition.path === prefix || definition.path.startsWith(`${prefix}/`);
}

function view(context: StateContext, tree: SettingsTree, owner: string | number, d: SettingDefinition): SettingView {
  const stored = values(context).get(storageKey(tree, owner, d.path));
  return {
    path: d.path,
    type: d.type,
    options: d.options ?? null,
    value: stored ? stored.value : (d.defaultValue ?? null),
    defaultValue: d.defaultValue ?? null,
    label: d.label ?? null,
    description: d.description ?? null,
  };
}

/**
 * The settings under `prefix` (all of them when it is empty) with their current values, in
 * definition order. An unknown path fails with 404, as sipxconfig does for a path no setting has.
 */
export function readSettings(context: StateContext, tree: SettingsTree, owner: string | number, prefix?: string): SettingView[] {
  const wanted = normalisePath(prefix);
  // A device without settings (an unmanaged gateway) lists nothing rather than 404.
  if (tree.definitions.length === 0 && wanted === '') return [];
  const found = tree.definitions.filter((d) => matches(d, wanted));
  if (found.length === 0) fail('notFound', `No setting at path: ${wanted}`);
  return found.map((d) => view(context, tree, owner, d));
}

/** Why a value is not acceptable for a definition, or undefined when it is. */
export function invalidValue(definition: SettingDefinition, value: string): string | undefined {
  switch (definition.type) {
    case 'boolean':
      return /^(0|1|true|false)$/.test(value) ? undefined : `${definition.path} takes 0 or 1`;
    case 'integer':
      return /^-?\d{1,12}$/.test(value) ? undefined : `${definition.path} takes a whole number`;
    case 'enum':
      return definition.options && !(value in definition.options)
        ? `${definition.path} takes one of: ${Object.keys(definition.options).join(', ')}`
        : undefined;
    default:
      return value.length > 4096 ? `${definition.path} takes at most 4096 characters` : undefined;
  }
}

/**
 * Sets one setting (PUT data is plain text, doc 466). The path must name one setting (404 otherwise);
 * an unacceptable value is refused with 400 and the reason. Booleans are stored as 0/1.
 */
export function writeSetting(context: StateContext, tree: SettingsTree, owner: string | number, path: string, raw: unknown): SettingView {
  const wanted = normalisePath(path);
  const definition = tree.definitions.find((d) => d.path === wanted);
  if (!definition) fail('notFound', `No setting at path: ${wanted}`);
  const text = raw === undefined || raw === null ? '' : typeof raw === 'string' ? raw : JSON.stringify(raw);
  const value = text.trim();
  const problem = invalidValue(definition, value);
  if (problem) fail('validationFailed', problem);
  const truthy = value === 'true' || value === '1';
  const stored = definition.type !== 'boolean' ? value : tree.booleans === 'true-false' ? String(truthy) : truthy ? '1' : '0';
  values(context).set(storageKey(tree, owner, wanted), { value: stored === '' ? null : stored });
  return view(context, tree, owner, definition);
}

/** Puts every setting under `prefix` (all when empty) back to its default; 404 for an unknown path. */
export function resetSettings(context: StateContext, tree: SettingsTree, owner: string | number, prefix?: string): number {
  const wanted = normalisePath(prefix);
  if (tree.definitions.length === 0 && wanted === '') return 0;
  const found = tree.definitions.filter((d) => matches(d, wanted));
  if (found.length === 0) fail('notFound', `No setting at path: ${wanted}`);
  const table = values(context);
  for (const d of found) table.delete(storageKey(tree, owner, d.path));
  return found.length;
}

/** Forgets every value an owner had (when a phone, line or gateway is deleted). */
export function dropSettingsOf(context: StateContext, tree: SettingsTree, owner: string | number): void {
  const table = values(context);
  const start = `${tree.key}|${owner}|`;
  for (const [key] of table.entries()) if (String(key).startsWith(start)) table.delete(key);
}

/**
 * A read by path (doc 477, 1482; quirk settings-leaf-unwrapped): a path naming one setting answers
 * that setting alone, a subtree `{"settings": […]}`; no path, the whole tree.
 */
export function readSettingsAt(
  context: StateContext & Pick<PackContext, 'quirks'>,
  tree: SettingsTree,
  owner: string | number,
  path: string | undefined,
): SettingView | { settings: SettingView[] } {
  const wanted = normalisePath(path);
  const found = readSettings(context, tree, owner, wanted);
  const leaf = wanted !== '' && found.length === 1 && found[0].path === wanted;
  return leaf && context.quirks['settings-leaf-unwrapped'] !== false ? found[0] : { settings: found };
}

export interface SettingAssignment {
  path: string;
  value: string;
}

const asText = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value));

/**
 * The settings a PUT on a whole collection changes ("PUT data is plain text", doc 1189, 1297, 2931):
 * `path=value` lines (`#` comments and blank lines skipped), the list as GET shows it
 * (`{"settings": [{"path", "value"}]}`), or an object `{"<path>": "<value>"}`. None is a 400.
 */
export function settingAssignments(body: unknown): SettingAssignment[] {
  let pairs: SettingAssignment[];
  if (typeof body === 'string') {
    pairs = body.split(/\r?\n/).flatMap((line, i) => {
      const text = line.trim();
      if (text === '' || text.startsWith('#')) return [];
      const at = text.indexOf('=');
      if (at <= 0) fail('validationFailed', `Failed input validation: line ${i + 1}: expected path=value, got "${text.slice(0, 80)}"`);
      return [{ path: text.slice(0, at).trim(), value: text.slice(at + 1).trim() }];
    });
  } else if (body !== null && typeof body === 'object' && Array.isArray((body as { settings?: unknown }).settings)) {
    pairs = (body as { settings: Array<{ path: string; value?: unknown }> }).settings.map((s) => ({ path: s.path, value: asText(s.value) }));
  } else if (body !== null && typeof body === 'object') {
    pairs = Object.entries(body as Record<string, unknown>).map(([path, value]) => ({ path, value: asText(value) }));
  } else {
    pairs = [];
  }
  if (pairs.length === 0) fail('validationFailed', 'Failed input validation: no setting given (send one path=value per line)');
  return pairs;
}

/**
 * Writes several settings, all or nothing: every path must name one setting (404) and every value
 * fit it (400) before any is written, so a refused PUT changes nothing.
 */
export function writeSettings(context: StateContext, tree: SettingsTree, owner: string | number, assignments: SettingAssignment[]): void {
  for (const { path, value } of assignments) {
    const definition = tree.definitions.find((d) => d.path === normalisePath(path));
    if (!definition) fail('notFound', `No setting at path: ${normalisePath(path)}`);
    const problem = invalidValue(definition, value.trim());
    if (problem) fail('validationFailed', `Failed input validation: ${problem}`);
  }
  for (const { path, value } of assignments) writeSetting(context, tree, owner, path, value);
}
