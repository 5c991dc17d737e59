import { createHash } from 'node:crypto';
import { authOf, fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { findApiUser } from '../models/api-user.ts';
import { authRuntime } from '../sessions.ts';

/** challenge → login → logout (doc 159-271). Failures count per source address and user (doc 194, 236). */

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

/** Refuses a banned (address, user) with -68 and the seconds left; `remainKey` is the action's own spelling. */
function guard(call: UcmCall, user: string, remainKey: 'remain_number' | 'remain_num') {
  const rt = authRuntime(call.context);
  const banned = rt.banRemaining(call.ip, user);
  if (banned > 0) fail('loginRestriction', undefined, { remain_time: banned });
  const apiUser = findApiUser(call.context, user);
  if (!apiUser) {
    const left = rt.recordFailure(call.ip, user);
    if (call.context.quirks['unknown-user-wrong-password']) fail('wrongAccountOrPassword', undefined, { [remainKey]: left });
    fail('usernameNotExist', undefined, { [remainKey]: left });
  }
  if (apiUser.enable !== 'yes') fail('loginForbidden');
  return { rt, apiUser };
}

export const authHandlers: UcmHandlers = {
  challenge: (call: UcmCall<{ user: string; version?: string }>) => {
    const { rt } = guard(call, call.args.user, 'remain_number');
    return ok({ challenge: rt.issueChallenge(call.args.user, call.ip, call.args.version ?? null) });
  },

  login: (call: UcmCall<{ user: string; token?: string; url?: string }>) => {
    const { rt, apiUser } = guard(call, call.args.user, 'remain_num');
    const challenge = rt.takeChallenge(apiUser.user, call.ip);
    const token = call.args.token?.trim().toLowerCase();
    if (!challenge || token !== md5(challenge.challenge + apiUser.password)) {
      fail('wrongAccountOrPassword', undefined, { remain_num: rt.recordFailure(call.ip, apiUser.user) });
    }
    rt.clearFailures(call.ip, apiUser.user);
    return ok({ cookie: rt.login(apiUser.user, call.ip, challenge, call.args.url ?? null) });
  },

  logout: (call: UcmCall) => {
    authRuntime(call.context).sessions.revoke(authOf(call).cookie);
    return ok({});
  },
};
