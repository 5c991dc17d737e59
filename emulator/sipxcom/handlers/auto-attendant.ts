import { envelope, fail, notFound, type SipxCall, type SipxHandler } from '../call.ts';
import {
  autoAttendants,
  autoAttendantView,
  findAutoAttendant,
  setSpecialMode,
  specialMode,
  type AutoAttendantRow,
} from '../models/auto-attendant.ts';

function attendantOr400(call: SipxCall<{ attendant: string }>): AutoAttendantRow {
  return findAutoAttendant(call.context, call.args.attendant) ?? fail('attendantNotFound', `Auto attendant ${call.args.attendant} not found`);
}

/** Switches the live attendant of every attendant whose code is `{code}` (404 when none has it). */
function live(call: SipxCall<{ code: string }>, enabled: boolean) {
  const matching = autoAttendants(call.context).values().filter((a) => a.liveCode === call.args.code.trim());
  if (matching.length === 0) notFound(call, `auto attendant with live code ${call.args.code}`);
  for (const a of matching) autoAttendants(call.context).update(a.systemId, { liveEnabled: enabled });
  return envelope('SUCCESS_UPDATED');
}

export const autoAttendantHandlers: Record<string, SipxHandler> = {
  'GET /auto-attendant': ({ context }: SipxCall) => ({ autoAttendants: autoAttendants(context).values().map(autoAttendantView) }),

  'GET /auto-attendant/specialmode': ({ context }: SipxCall) => ({ specialAttendant: { specialMode: specialMode(context) } }),

  // The body ({"specialMode":"true"} in both examples, 173 and 180) does not decide: quirk aa-specialmode-body.
  'PUT /auto-attendant/specialmode': ({ context }: SipxCall) => {
    setSpecialMode(context, true);
    return envelope('SUCCESS_UPDATED');
  },
  'DELETE /auto-attendant/specialmode': ({ context }: SipxCall) => {
    setSpecialMode(context, false);
    return envelope('SUCCESS_UPDATED');
  },

  'PUT /auto-attendant/{attendant}/special': (call: SipxCall<{ attendant: string }>) => {
    const chosen = attendantOr400(call);
    for (const a of autoAttendants(call.context).values()) {
      const selected = a.systemId === chosen.systemId;
      if (a.specialSelected !== selected) autoAttendants(call.context).update(a.systemId, { specialSelected: selected });
    }
    return envelope('SUCCESS_UPDATED');
  },

  'DELETE /auto-attendant/{attendant}/special': (call: SipxCall<{ attendant: string }>) => {
    const chosen = attendantOr400(call);
    if (specialMode(call.context)) fail('specialModeOn', 'Special mode is on: turn it off (DELETE /auto-attendant/specialmode) before removing the special attendant');
    if (chosen.specialSelected) autoAttendants(call.context).update(chosen.systemId, { specialSelected: false });
    return envelope('SUCCESS_UPDATED');
  },

  'PUT /auto-attendant/livemode/{code}': (call: SipxCall<{ code: string }>) => live(call, true),
  'DELETE /auto-attendant/livemode/{code}': (call: SipxCall<{ code: string }>) => live(call, false),
};
