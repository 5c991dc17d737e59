import { z } from 'zod';
import { portsipOperation } from './operation.ts';
import { doc } from './source.ts';
import { emptyResponse, extensionNumber, text, token } from './shapes.ts';

export const CALL_SECONDS = 60;

export const callContracts = [
  portsipOperation({
    id: 'GET /apiextensions/call',
    method: 'GET',
    path: '/api/extensions/call',
    summary: 'Call a certain extension.',
    kind: 'write',
    doc: [doc('499-517')],
    request: z.strictObject({
      access_token: token,
      extension: extensionNumber,
      auth: text(64).min(1),
      to: z.string().regex(/^[0-9*#+]{1,32}$/, 'must be a dialable number'),
      domain: text(255).min(1),
      src: text(255),
    }),
    response: emptyResponse,
    errors: ['notFound', 'callRefused'],
    decisions: [
      {
        question: 'The sample URL is /apiextensions/call (missing "/").',
        choice: 'Served at /api/extensions/call, and at the printed /apiextensions/call under quirk call-path-misprint (on by default).',
        quirk: 'call-path-misprint',
      },
      {
        question: 'What are auth, domain and src?',
        choice: '`auth` must be the calling extension\'s SIP password (else 403); `domain` and `src` are recorded, not checked (the emulator has no SIP domain to compare with).',
      },
      {
        question: 'What happens?',
        choice: `The caller (and \`to\` when it is an extension) show status "ON_CALL" for ${CALL_SECONDS} seconds of emulator clock, then "OFFLINE". Answer: 200, empty body (516-517).`,
      },
    ],
  }),
];
