import type { DocRef } from '../core/index.ts';

/** Grandstream "IPPBX HTTPS API" guide (UCM620x/630x/630xA/6510), 7,679 lines. */
export const UCM_DOC = '001_fcb4b84c8e25203c.txt';

/** A citation into the UCM document. */
export function doc(lines: string, note?: string): DocRef {
  return { seed: UCM_DOC, lines, ...(note ? { note } : {}) };
}

/** Where a behaviour comes from real devices rather than the document. */
export const FIELD_EVIDENCE = 'field-evidence.md, Grandstream UCM6xxx';
