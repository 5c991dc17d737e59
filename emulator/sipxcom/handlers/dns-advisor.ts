import { notFound, type SipxCall, type SipxHandler } from '../call.ts';
import { dnsAdvice, SYSTEM } from '../models/service-settings.ts';

/** The DNS advisor (doc 488-525): plain-text zone lines of the records a server still needs. */
export const dnsAdvisorHandlers: Record<string, SipxHandler> = {
  'GET /dns/advisor/server/{serverId}': (call: SipxCall<{ serverId: string }>) => {
    const id = /^\d{1,9}$/.test(call.args.serverId) ? Number(call.args.serverId) : NaN;
    if (!(SYSTEM.serverIds as readonly number[]).includes(id)) notFound(call, `server ${call.args.serverId}`);
    return dnsAdvice(call.context);
  },
};
