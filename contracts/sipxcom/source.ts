import type { DocRef } from '../core/index.ts';

/** The sipXcom (sipxconfig) REST API reference (shared/seeds/README.md). */
export const SIPX_DOC = '004_24e42ef6cfc907c4.txt';

/** A citation of the seed: `doc('2247-2260')`. */
export function doc(lines: string, note?: string): DocRef {
  return note ? { seed: SIPX_DOC, lines, note } : { seed: SIPX_DOC, lines };
}

/** Field evidence (shared/vendors/field-evidence.md, "sipXcom / sipxconfig"), for quirks and decisions. */
export const FIELD_EVIDENCE = 'field-evidence.md, sipXcom / sipxconfig';
