import type { DocRef } from '../core/index.ts';

/** PortSIP PBX REST API reference (the v12–v16 generation: query/body `access_token`, verb-in-path URLs). */
export const PORTSIP_DOC = '003_ed428bb7757706a2.txt';

export function doc(lines: string, note?: string): DocRef {
  return { seed: PORTSIP_DOC, lines, ...(note ? { note } : {}) };
}

/** The token sentence every operation repeats (e.g. lines 3-5). */
export const TOKEN_DOC = doc('3-5', '"Access token is a 32-byte string with validity of 30 seconds."');

/** Where field evidence settles what the document leaves out. */
export const FIELD_EVIDENCE = 'field-evidence.md, PortSIP PBX (R)';
