import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { noBody, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Calls (doc 4132-4150, intro 77-81): click-to-call. "The user phone will ring first, then when
 * answered the system places a call to {phonenumber}, then connects those two calls together."
 * Documented under two URIs, `/my/call/{to}` and `/call/{to}` (4134; the intro uses
 * `/sipxconfig/rest/call/{phonenumber}`, 79). The call lives on the emulator clock and shows in
 * `GET /my/activecdrs` (active-calls.ts) until it ends.
 */
const REST_DOCUMENTED = { base: 'rest' as const, baseNote: 'documented: curl -k -X PUT https://200:password@host.domain/sipxconfig/rest/call/{phonenumber} (doc 79)' };
const REST_SUGGESTED = { base: 'rest' as const, baseNote: 'not documented for /my/call; /rest/call/{to} is (doc 79) and index A1 puts /my/* under /rest (Restlet, O4)' };

/** Timings of an emulated click-to-call (emulator defaults, not vendor facts). */
export const CLICK_TO_CALL = {
  /** Seconds the caller's own phone rings before it answers and the system calls {to}. */
  ringSeconds: 5,
  /** Seconds the connected call lasts before the far end hangs up. */
  talkSeconds: 60,
} as const;

const toDecision = {
  question: 'What is "a valid SIP URI" for {to} (4140)?',
  choice:
    'A number (digits, *, #, optional leading +), a user name or alias, user@host, or sip:/sips: user@host[:port][;params] with a domain or IPv4 host. Anything else (spaces, angle brackets, an empty user part…) is 400. A user part naming a local user (on this domain or with no host) makes an internal call the callee sees too.',
};
const answerDecision = {
  question: 'What does a placed call answer?',
  choice: `200 with no body (sipxconfig's CallResource returns no entity, index O5). The call is live from then on: the caller's phone rings ${CLICK_TO_CALL.ringSeconds} s, then the call is connected for ${CLICK_TO_CALL.talkSeconds} s of emulator clock (emulator defaults).`,
};
const bodyDecision = {
  question: '"PUT method requires a non empty body which is ignored" (4144), yet the intro example PUTs none (79).',
  choice: 'Any body is accepted and ignored; an empty PUT places the call too (index O5: sipxconfig adds a dummy entity). Quirk call-put-empty-body off: an empty PUT is 400.',
  quirk: 'call-put-empty-body',
};
const getDecision = {
  question: '"Supported as a GET for clients that do not handle PUT" (4144) against "Unsupported HTTP Method: GET, POST, DELETE" (4150).',
  choice: 'GET places the call as PUT does (the section\'s own prose). Quirk call-get off: 405, as the Unsupported list and the legacy CallResource (allowGet false, index O5) have it.',
  quirk: 'call-get',
};
const callsDecisions = [toDecision, answerDecision];

const request = z.object({ to: pathId, body: z.unknown().optional() });

function callOperation(method: 'PUT' | 'GET', prefix: '/my' | '') {
  const id = `${method} ${prefix}/call/{to}`;
  return sipxOperation({
    id,
    ...(prefix === '' && method === 'PUT' ? REST_DOCUMENTED : REST_SUGGESTED),
    summary:
      method === 'PUT'
        ? 'Places a call from the authenticated user\'s phone to {to} (click-to-call). PUT method requires a non empty body which is ignored.'
        : 'Places the call as PUT does: "Supported as a GET for clients that do not handle PUT."',
    kind: 'write',
    doc: method === 'PUT' ? [doc('4132-4148'), ...(prefix === '' ? [doc('77-81')] : [])] : [doc('4144-4150')],
    request,
    response: noBody,
    produces: ['empty'],
    consumes: ['text', 'json', 'xml'],
    access: 'user',
    errors: ['invalidSipUri', ...(method === 'GET' ? (['methodNotAllowed'] as const) : [])],
    decisions: [...callsDecisions, method === 'PUT' ? bodyDecision : getDecision],
  });
}

export const callContracts = [callOperation('PUT', '/my'), callOperation('PUT', ''), callOperation('GET', '/my'), callOperation('GET', '')];
