/** A setting as the /api settings trees answer it (doc 1118). */
export interface SettingRead {
  path: string;
  type: string;
  value: string | null;
  defaultValue: string | null;
  options: Record<string, string | null> | null;
}

/**
 * The setting at `path` in a settings answer: the `{"settings":[…]}` list (doc 477, 1118) or the single
 * setting a real server answers for a leaf path (doc 1482, index O2).
 */
export function settingAt(body: unknown, path: string): SettingRead | undefined {
  const list = (body as { settings?: SettingRead[] } | undefined)?.settings;
  if (Array.isArray(list)) return list.find((s) => s.path === path);
  const one = body as SettingRead | undefined;
  return one?.path === path ? one : undefined;
}

/** Booleans are "0"/"1" on some trees (doc 450) and "true"/"false" on others (doc 1118). */
export const isOn = (value: string | null | undefined) => value === '1' || value === 'true';
