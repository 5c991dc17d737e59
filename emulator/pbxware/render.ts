import { serialize } from 'php-serialize';

export type PbxFormat = 'json' | 'php';

/** `apiformat=php` selects PHP `serialize()` output; anything else falls back to JSON (pbxware.md §7 A8). */
export function responseFormat(apiformat: unknown): PbxFormat {
  return apiformat === 'php' ? 'php' : 'json';
}

export const CONTENT_TYPES: Record<PbxFormat, string> = {
  json: 'application/json; charset=utf-8',
  php: 'text/plain; charset=UTF-8',
};

export function renderBody(body: unknown, format: PbxFormat): string {
  return format === 'php' ? serialize(toPhpValue(body)) : JSON.stringify(body);
}

/**
 * PHP arrays turn integer-like string keys into integers (`a:1:{i:7;…}`), which is what PBXware's
 * `serialize()` of a list keyed by id produces (pbxware.md §7 A7). Maps carry those keys through.
 */
function toPhpValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPhpValue);
  if (value && typeof value === 'object') {
    const out = new Map<string | number, unknown>();
    for (const [key, inner] of Object.entries(value)) {
      out.set(/^(0|-?[1-9]\d{0,15})$/.test(key) ? Number(key) : key, toPhpValue(inner));
    }
    return out;
  }
  return value;
}
