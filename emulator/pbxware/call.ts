import type { PbxwareErrorId } from '../../contracts/pbxware/errors.ts';
import { pbxwareErrors } from '../../contracts/pbxware/errors.ts';
import { VendorError } from '../core/errors.ts';
import type { OperationCall } from '../core/invoke.ts';

/** Throws the PBXware error `id`, optionally with a more specific text. */
export function fail(id: PbxwareErrorId, message?: string, details?: Record<string, unknown>): never {
  throw new VendorError(pbxwareErrors[id], message, details);
}

/** What every PBXware handler receives: validated arguments, its contract and the pack context. */
export type PbxCall<Args = Record<string, any>> = OperationCall<Args>;

export type PbxHandler<Args = Record<string, any>> = (call: PbxCall<Args>) => unknown | Promise<unknown>;

export type PbxHandlers = Record<string, PbxHandler<any>>;
