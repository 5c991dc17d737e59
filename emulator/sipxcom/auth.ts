import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { OperationContract } from '../../contracts/core/index.ts';
import { sipxMeta } from '../../contracts/sipxcom/operation.ts';
import { runtime, type PackContext } from '../core/pack.ts';
import { fail, type SipxAuth } from './call.ts';
import { users } from './models/users.ts';

/** The realm of both challenges (index A9; the text is the emulator's choice). */
export const REALM = 'sipXconfig';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

function secret(context: PackContext): Buffer {
  return runtime(context, 'sipxcom.digest-secret', () => randomBytes(32));
}

/** A Digest nonce the emulator can check without remembering it: `<time>.<hmac>` (emulator clock). */
export function makeNonce(context: PackContext): string {
  const stamp = String(context.clock.now());
  const mac = createHmac('sha256', secret(context)).update(stamp).digest('base64url').slice(0, 22);
  return Buffer.from(`${stamp}.${mac}`).toString('base64url');
}

function nonceValid(context: PackContext, nonce: string): boolean {
  const [stamp, mac] = Buffer.from(nonce, 'base64url').toString().split('.');
  if (!stamp || !mac) return false;
  const expected = createHmac('sha256', secret(context)).update(stamp).digest('base64url').slice(0, 22);
  return mac.length === expected.length && timingSafeEqual(Buffer.from(mac), Buffer.from(expected));
}

/** The WWW-Authenticate challenges of a 401: Basic and (quirk basic-and-digest) Digest. */
export function challenges(context: PackContext): string[] {
  const basic = `Basic realm="${REALM}"`;
  if (context.quirks['basic-and-digest'] === false) return [basic];
  return [basic, `Digest realm="${REALM}", qop="auth", nonce="${makeNonce(context)}", algorithm=MD5`];
}

/** The password a name authenticates with: the superadmin credential, or a user's PIN. */
function passwordOf(context: PackContext, username: string): { password: string; auth: SipxAuth } | undefined {
  if (username === context.credentials.user) {
    return { password: context.credentials.password, auth: { role: 'admin', username } };
  }
  const user = users(context).values().find((u) => u.username === username);
  if (!user || user.pin === '') return undefined;
  return { password: user.pin, auth: { role: 'user', username, userId: user.id } };
}

function parseDigest(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) out[m[1].toLowerCase()] = m[2] ?? m[3] ?? '';
  return out;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Who the request authenticates as, or undefined (no, malformed or wrong credentials). */
export function identify(request: FastifyRequest, context: PackContext): SipxAuth | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || header.length > 8192) return undefined;
  const space = header.indexOf(' ');
  const scheme = header.slice(0, space).toLowerCase();
  const value = header.slice(space + 1).trim();
  if (scheme === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const known = passwordOf(context, decoded.slice(0, colon));
    return known && safeEqual(known.password, decoded.slice(colon + 1)) ? known.auth : undefined;
  }
  if (scheme === 'digest' && context.quirks['basic-and-digest'] !== false) {
    const p = parseDigest(value);
    if (!p.username || !p.nonce || !p.uri || !p.response || p.realm !== REALM || !nonceValid(context, p.nonce)) return undefined;
    const known = passwordOf(context, p.username);
    if (!known) return undefined;
    const ha1 = md5(`${p.username}:${REALM}:${known.password}`);
    const ha2 = md5(`${request.method}:${p.uri}`);
    const expected = p.qop ? md5(`${ha1}:${p.nonce}:${p.nc ?? ''}:${p.cnonce ?? ''}:${p.qop}:${ha2}`) : md5(`${ha1}:${p.nonce}:${ha2}`);
    return safeEqual(expected, p.response.toLowerCase()) ? known.auth : undefined;
  }
  return undefined;
}

/**
 * Authenticates and authorises a call: 401 (with challenges, added by the error renderer) without
 * valid credentials; 403 when a regular user calls an admin resource (index A10).
 */
export function authenticate(request: FastifyRequest, contract: OperationContract, context: PackContext): { auth: SipxAuth } {
  const auth = identify(request, context);
  if (!auth) fail('unauthorized');
  if (sipxMeta(contract.id).access === 'admin' && auth.role !== 'admin') fail('forbidden');
  return { auth };
}
