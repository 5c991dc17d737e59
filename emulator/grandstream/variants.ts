import { resolvePmsOperation } from './pms-data.ts';

/**
 * Actions served by several contracts (pmsapi's 17 sub-operations, recapi local vs GDMS/NAS): the
 * contract registry maps an action name to one contract only, so the pack asks these resolvers which
 * contract a request means. A resolver gets the raw `request` object and answers a contract id, or
 * undefined for "no such sub-operation" (answered -1). Phase 2 adds `pmsapi` and `recapi` here.
 */
export type VariantResolver = (request: Record<string, unknown>) => string | undefined;

export const ACTION_VARIANTS: Record<string, VariantResolver> = {};

// pmsapi: the root of `data` names the sub-operation (doc 6969-7548).
ACTION_VARIANTS.pmsapi = resolvePmsOperation;

// recapi: a `path_type` (gdms, netdisk) means the GDMS/NAS variant (doc 6845-6934), else local files (doc 6809-6843).
ACTION_VARIANTS.recapi = (request) => (Object.keys(request).some((k) => k.toLowerCase() === 'path_type') ? 'recapi:gdms-netdisk' : 'recapi');
