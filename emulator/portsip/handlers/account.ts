import { timingSafeEqual } from 'node:crypto';
import { fail } from '../call.ts';
import { newToken, tokenStore, tokenTtl } from '../sessions.ts';
import type { PortsipHandler } from './types.ts';

export const API_VERSION = '16.0';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const verify: PortsipHandler<{ name?: string; username?: string; password: string }> = ({ args, context }) => {
  const name = args.name ?? args.username ?? '';
  if (!same(name, context.credentials.user) || !same(args.password, context.credentials.password)) fail('badCredentials');
  const token = newToken();
  tokenStore(context).create(token, { user: name, role: 'admin' });
  return { access_token: token, expires: tokenTtl(), role: 'admin', api_version: API_VERSION };
};

const refresh: PortsipHandler = ({ context, auth }) => {
  const store = tokenStore(context);
  const { token, data } = auth!;
  store.revoke(token);
  store.create(token, data);
  return { access_token: token, expires: tokenTtl(), role: data.role, api_version: API_VERSION };
};

export const accountHandlers: Record<string, PortsipHandler> = {
  'POST /api/account/credentials/verify': verify,
  'POST /api/account/token/refresh': refresh,
};
