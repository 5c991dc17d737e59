import { fail, self, type SipxCall, type SipxHandler } from '../call.ts';
import { activeCallsOf, parseTarget, placeCall } from '../models/live-calls.ts';

type CallArgs = { to: string; body?: unknown };

/** Click-to-call (doc 77-81, 4132-4150): validates {to}, then the call goes live on the clock. */
function clickToCall(method: 'PUT' | 'GET') {
  return (call: SipxCall<CallArgs>) => {
    if (method === 'GET' && call.context.quirks['call-get'] === false) {
      fail('methodNotAllowed', 'Method GET is not allowed here; allowed: PUT ("Unsupported HTTP Method: GET, POST, DELETE", doc 4150)');
    }
    const [, caller] = self(call);
    const empty = call.args.body === undefined || (typeof call.args.body === 'string' && call.args.body.trim() === '');
    if (method === 'PUT' && empty && call.context.quirks['call-put-empty-body'] === false) {
      fail('validationFailed', 'Failed input validation: "PUT method requires a non empty body which is ignored" (doc 4144)');
    }
    const target = parseTarget(call.args.to);
    if (!target) fail('invalidSipUri', `Not a valid SIP URI: ${call.args.to.slice(0, 80)}`);
    placeCall(call.context, caller, target);
    return undefined;
  };
}

export const callHandlers: Record<string, SipxHandler> = {
  'PUT /my/call/{to}': clickToCall('PUT'),
  'PUT /call/{to}': clickToCall('PUT'),
  'GET /my/call/{to}': clickToCall('GET'),
  'GET /call/{to}': clickToCall('GET'),
};

export const activeCallHandlers: Record<string, SipxHandler> = {
  'GET /my/activecdrs': (call: SipxCall) => {
    const [id] = self(call);
    return { cdrs: activeCallsOf(call.context, id) };
  },
};
