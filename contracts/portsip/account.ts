import { z } from 'zod';
import { portsipOperation } from './operation.ts';
import { FIELD_EVIDENCE, TOKEN_DOC, doc } from './source.ts';
import { text, token } from './shapes.ts';

/** `{"access_token", "expires", …}` (portsip.md §9 P1/P2): 32 uppercase hex characters like the samples. */
const tokenResponse = z.strictObject({
  access_token: z.string().regex(/^[0-9A-Fa-f]{32}$/),
  expires: z.union([z.number().int(), z.string().regex(/^\d+$/)]),
  role: z.string().optional(),
  api_version: z.string().optional(),
});

const tokenDecisions = [
  {
    question: 'How is a token obtained? (the document never says)',
    choice: 'POST /api/account/credentials/verify with JSON {"name", "password"} (field evidence; "username" accepted too, as the account page of the same documentation writes it; optional "domain"). Wrong credentials answer 400 (P1).',
  },
  {
    question: 'How long is a token valid?',
    choice: '30 seconds from issue, on the emulator clock, as every operation says (lines 3-5); `expires` reports it. PORTSIP_TOKEN_TTL sets another number of seconds (the v12 sample says 600). Absolute by default; quirk token-sliding-expiry renews on every successful call (P2).',
    quirk: 'token-sliding-expiry',
  },
];

/**
 * Token operations: not in the document (it only describes the token, lines 3-5) but needed by every
 * other operation; taken from field evidence. Tagged `field-evidence` so coverage can tell them apart.
 */
export const accountContracts = [
  portsipOperation({
    method: 'POST',
    path: '/api/account/credentials/verify',
    summary: 'Issue an access token for an administrator name and password',
    kind: 'write',
    authenticated: false,
    doc: [TOKEN_DOC],
    request: z.union([
      z.strictObject({ name: text(128), password: text(128), domain: text(128).optional() }),
      z.strictObject({ username: text(128), password: text(128), domain: text(128).optional() }),
    ]),
    response: tokenResponse,
    errors: ['badCredentials'],
    decisions: tokenDecisions,
    examples: [
      {
        title: 'field evidence',
        request: { name: 'admin', password: 'admin123' },
        response: { access_token: '196ACE20C6F34027895F7F95402BB164', expires: 30, role: 'admin', api_version: '16.0' },
      },
    ],
    tags: ['field-evidence', FIELD_EVIDENCE],
  }),
  portsipOperation({
    method: 'POST',
    path: '/api/account/token/refresh',
    summary: 'Renew a live access token for another full validity period',
    kind: 'write',
    doc: [TOKEN_DOC, doc('1-13', 'the token travels in the request like every operation\'s access_token')],
    request: z.strictObject({ access_token: token }),
    response: tokenResponse,
    decisions: [
      ...tokenDecisions,
      {
        question: 'Does refresh issue a new token?',
        choice: 'No: the same token lives on for a new full period (clients with requests in flight keep working); an expired token cannot be refreshed (401).',
      },
    ],
    tags: ['field-evidence', FIELD_EVIDENCE],
  }),
];
