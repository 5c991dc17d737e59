import { ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { applyPending } from '../pending.ts';
import { authRuntime } from '../sessions.ts';
import { hms, ucmDateTime } from '../time.ts';

/** Versions the emulated UCM reports: the getSystemGeneralStatus example's (doc 362-371). */
const VERSIONS = {
  'base-version': '1.0.20.13',
  'boot-version': '1.0.20.8',
  'core-version': '1.0.20.8',
  'gswave-version': '1.0.20.13',
  'lang-version': '1.0.20.13',
  'product-model': 'UCM6202 V1.5A',
  'prog-version': '1.0.20.13',
  'rcvr-version': '1.0.20.8',
};

export const systemHandlers: UcmHandlers = {
  getSystemStatus: (call: UcmCall) => {
    const rt = authRuntime(call.context);
    const now = call.context.clock.now();
    return ok({
      'idle-time': hms(now - rt.previousRequestAt),
      'part-number': '9660002815A',
      'serial-number': '21AWMJPH70BCA783',
      'system-time': `${ucmDateTime(now)} UTC+00:00`,
      'up-time': hms(now - rt.startedAt),
    });
  },

  getSystemGeneralStatus: () => ok({ ...VERSIONS }),

  applyChanges: (call: UcmCall) => {
    applyPending(call.context);
    return ok({ settings: '0' as const });
  },
};
