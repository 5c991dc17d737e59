import type { DocRef } from '../core/index.ts';

/** PBXware API reference (May 2025). */
export const PBXWARE_DOC = '000_24cb6ef0514faddb.txt';
/** Knowledge-base article with worked examples. */
export const PBXWARE_KB = '002_f1f3e287af45dd76.txt';

export function doc(lines: string, note?: string): DocRef {
  return { seed: PBXWARE_DOC, lines, ...(note ? { note } : {}) };
}

export function kb(lines: string, note?: string): DocRef {
  return { seed: PBXWARE_KB, lines, ...(note ? { note } : {}) };
}
