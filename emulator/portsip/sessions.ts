import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { runtime, type PackContext } from '../core/pack.ts';
import { SessionStore } from '../core/sessions.ts';
import { fail } from './call.ts';
import { portsipSettings } from './settings.ts';

export interface TokenData {
  user: string;
  role: string;
}

/**
 * The token store, shared by the HTTP and HTTPS listeners and cleared by a reset (a rebooted PBX
 * forgets its tokens). TTL from PORTSIP_TOKEN_TTL (30 s by default), on the emulator clock.
 */
export function tokenStore(context: PackContext): SessionStore<TokenData> {
  return runtime(
    context,
    'tokens',
    () => new SessionStore<TokenData>(context.clock, { ttlSeconds: tokenTtl(), sliding: context.quirks['token-sliding-expiry'] }),
  );
}

export function tokenTtl(): number {
  return portsipSettings().tokenTtlSeconds;
}

/** 32 uppercase hexadecimal characters, like the sample token 196ACE20C6F34027895F7F95402BB164. */
export function newToken(): string {
  return randomBytes(16).toString('hex').toUpperCase();
}

/** The token a request carries: `access_token` header, query parameter or JSON body member. */
export function tokenOf(request: FastifyRequest, args: Record<string, unknown>): unknown {
  const header = request.headers['access_token'];
  if (header !== undefined) return Array.isArray(header) ? header[0] : header;
  return args.access_token;
}

/** Checks a token: absent, unknown and expired tokens are refused with 401 and a JSON error. */
export function authenticate(context: PackContext, token: unknown): { token: string; data: TokenData } {
  if (token === undefined || token === '') fail('missingToken');
  if (typeof token !== 'string') fail('invalidToken', 'access_token must be a string.');
  const found = tokenStore(context).use(token);
  if ('missing' in found) fail(found.missing === 'expired' ? 'expiredToken' : found.missing === 'absent' ? 'missingToken' : 'invalidToken');
  return { token, data: found.session.data };
}
