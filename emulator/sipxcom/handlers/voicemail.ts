import { envelope, fail, self, type SipxCall, type SipxHandler } from '../call.ts';
import { users } from '../models/users.ts';

/** A PIN sipXcom can save: 4 to 32 digits (contract decision; index A30). */
export const VALID_PIN = /^\d{4,32}$/;

export const voicemailHandlers: Record<string, SipxHandler> = {
  'PUT /my/voicemail/pin/{pin}': (call: SipxCall<{ pin: string }>) => {
    const [id] = self(call);
    if (!VALID_PIN.test(call.args.pin)) fail('pinNotSaved', 'The new PIN cannot be saved: it must be 4 to 32 digits');
    users(call.context).update(id, { pin: call.args.pin });
    return envelope('SUCCESS_UPDATED');
  },
};
