import { grandstreamErrors, type GrandstreamErrorId } from '../../contracts/grandstream/errors.ts';
import { VendorError } from '../core/errors.ts';
import type { OperationCall } from '../core/invoke.ts';
import type { ApiUser } from './models/api-user.ts';
import type { SessionData } from './sessions.ts';

/** Throws the UCM error `id` (its documented text unless `message` is given); `details` go into `response`. */
export function fail(id: GrandstreamErrorId, message?: string, details?: Record<string, unknown>): never {
  throw new VendorError(grandstreamErrors[id], message, details);
}

/** The success envelope `{"response": …, "status": 0}` (doc 296-298). */
export function ok<T>(response: T): { response: T; status: 0 } {
  return { response, status: 0 };
}

/** Who is calling: absent for challenge/login, which need no cookie. */
export interface UcmAuth {
  cookie: string;
  session: SessionData;
  user: ApiUser;
}

/** What every UCM handler receives besides validated arguments, its contract and the pack context. */
export interface UcmExtra {
  auth: UcmAuth | undefined;
  /** The client's source address (lockout and whitelist, listUser `ip`). */
  ip: string;
}

export type UcmCall<Args = Record<string, any>> = OperationCall<Args> & UcmExtra;

export type UcmHandler<Args = Record<string, any>> = (call: UcmCall<Args>) => unknown | Promise<unknown>;

export type UcmHandlers = Record<string, UcmHandler<any>>;

/** The authenticated caller; for handlers of operations that need a cookie. */
export function authOf(call: UcmCall): UcmAuth {
  if (!call.auth) fail('cookieError');
  return call.auth;
}
