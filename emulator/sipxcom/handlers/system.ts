import { PORTAL_PASSWORD } from '../../../contracts/sipxcom/system.ts';
import { envelope, fail, self, type SipxCall, type SipxHandler } from '../call.ts';
import { REGISTRAR } from '../models/phones.ts';
import { faxPreferences, portalPasswordDigest, portalPasswords } from '../models/system.ts';

export const systemHandlers: Record<string, SipxHandler> = {
  'PUT /my/portal/password/{password}': (call: SipxCall<{ password: string }>) => {
    const [id] = self(call);
    if (!PORTAL_PASSWORD.test(call.args.password)) {
      fail('portalPasswordInvalid', 'The portal password is not valid: 8 to 255 characters, no control characters (doc 5554)');
    }
    portalPasswords(call.context).set(id, { userId: id, sha256: portalPasswordDigest(id, call.args.password), changedAt: call.context.clock.now() });
    return envelope('SUCCESS_UPDATED');
  },

  'GET /my/faxprefs': (call: SipxCall) => {
    const [id, user] = self(call);
    if (call.context.quirks['faxprefs-documented-twice'] === false) {
      return {
        logindetails: { userName: user.username, imID: user.username, ldapImAuth: false, sipPassword: user.sipPassword, pin: user.pin, 'im-location': REGISTRAR, fqdn: REGISTRAR },
      };
    }
    const prefs = faxPreferences(call.context).get(id);
    return { faxprefs: { extension: prefs?.extension ?? null, did: prefs?.did ?? null } };
  },

  'GET /my/time': (call: SipxCall) => {
    self(call);
    const now = call.context.clock.now();
    return { time: { date: new Date(now).toISOString(), epoch: now, timezone: 'UTC' } };
  },

  'GET /my/logindetails': (call: SipxCall) => {
    const [, user] = self(call);
    return { 'login-details': { userName: user.username, imID: user.username, ldapImAuth: false, sipPassword: user.sipPassword } };
  },

  'GET /my/keepalive': (call: SipxCall) => {
    self(call);
    return undefined;
  },
};
