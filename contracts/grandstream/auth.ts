import { z } from 'zod';
import { p } from './args.ts';
import { ucmOperation } from './operation.ts';
import { emptyResponse, envelope } from './shapes.ts';
import { doc, FIELD_EVIDENCE } from './source.ts';

/*
 * Establishing Connection and User Authentication (doc 159-271): challenge → MD5(challenge + password)
 * → login → cookie carried inside the JSON body → logout.
 */

const AUTH_DECISIONS = [
  {
    question: 'Which code answers which authentication failure? The document maps only -6 (doc 232).',
    choice:
      'Wrong token, unknown user or a login without a live challenge → -37 with `remain_num` (login) or `remain_number` (challenge); a banned source address and user → -68 with `remain_time` (seconds left); a disabled API user → -70. Strict-unknown-user quirk: -71 for an unknown user (ucm.md A2).',
    quirk: 'unknown-user-wrong-password',
  },
  {
    question: 'How many failed attempts, how long a ban? (undocumented, ucm.md A3)',
    choice:
      'Emulator settings (table `api_settings`, row `login`): 5 attempts, 600 s ban by default; whitelisted addresses are never banned (doc 55-57). Failures count per source address and user.',
  },
  {
    question: 'Are remain_* fields inside `response` or next to `status`?',
    choice: 'Inside `response`, as `challenge` and `cookie` are in the examples (ucm.md A3).',
  },
];

export const authContracts = [
  ucmOperation({
    action: 'challenge',
    section: 'auth',
    summary: 'Get a 16-digit challenge for the API user',
    kind: 'read',
    cookie: false,
    doc: [doc('163-198')],
    params: { user: p.required(), version: p.str().optional() },
    aliases: { Version: 'version' },
    response: envelope(z.object({ challenge: z.string().regex(/^\d{16}$/) }).strict()),
    errors: ['wrongAccountOrPassword', 'loginRestriction', 'loginForbidden', 'usernameNotExist'],
    decisions: [
      ...AUTH_DECISIONS,
      {
        question: 'Which `version` values are accepted?',
        choice: `Any string, recorded on the session: "If the requested version cannot be matched, the latest version is used" (doc 185); ${FIELD_EVIDENCE} sees "1.0", "1", "1.2", "1.0.20.23".`,
      },
      {
        question: 'How long does a challenge live, and can it be used twice?',
        choice: 'Once, by the next login of the same user from the same address, within 60 s; a new challenge replaces the old one (ucm.md A5).',
      },
    ],
    examples: [
      {
        request: { action: 'challenge', user: 'cdrapi', version: '1.0' },
        response: { response: { challenge: '0000001652831717' }, status: 0 },
        doc: doc('167-181'),
      },
    ],
  }),
  ucmOperation({
    action: 'login',
    section: 'auth',
    summary: 'Log in with token = MD5(challenge + password); answers the session cookie',
    kind: 'write',
    cookie: false,
    doc: [doc('200-238')],
    // The table marks token "No" (doc 227) but a login without one can only fail: it is checked as wrong.
    params: { user: p.required(), token: p.str().optional(), url: p.str().optional() },
    response: envelope(z.object({ cookie: z.string().regex(/^sid\d+-\d+$/) }).strict()),
    errors: ['wrongAccountOrPassword', 'loginRestriction', 'loginForbidden', 'usernameNotExist'],
    decisions: [
      ...AUTH_DECISIONS,
      {
        question: 'What does the cookie look like, and when does it expire?',
        choice:
          '`sid<challenge without leading zeros>-<unix seconds>` as in the example (doc 217; ucm.md A6). "Cookie times out in 10 minutes" (doc 232): idle expiry on the emulator clock, every authenticated request restarts it (field evidence: "An idle cookie expires"); the length is the `session_ttl_seconds` setting. Quirk `absolute-cookie-expiry` makes it absolute.',
        quirk: 'absolute-cookie-expiry',
      },
      { question: 'What happens with `url`?', choice: 'Recorded, never called: "This feature is not supported yet" (doc 229).' },
    ],
    examples: [
      {
        request: { action: 'login', token: '0faa24433e3c7a9bcfa8000f735305d5', url: 'http://192.168.5.199:8070', user: 'cdrapi' },
        response: { response: { cookie: 'sid1652831717-1574421057' }, status: 0 },
        doc: doc('204-221'),
      },
    ],
  }),
  ucmOperation({
    action: 'logout',
    section: 'auth',
    summary: 'End the API session',
    kind: 'write',
    doc: [doc('240-271')],
    params: {},
    response: emptyResponse,
    decisions: [
      {
        question: 'The table marks `cookie` optional (doc 266). What does a logout without a live cookie answer?',
        choice: '-6, as every other request without a valid cookie; the cookie is dead afterwards (-6 on reuse).',
      },
    ],
    examples: [{ request: { action: 'logout', cookie: 'sid930353464-1670323942' }, response: { response: {}, status: 0 }, doc: doc('244-261') }],
  }),
];
