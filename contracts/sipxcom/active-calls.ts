import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { doc } from './source.ts';

/**
 * Active calls (doc 4327-4389): the authenticated user's calls in progress, "in xml or json format"
 * (4383). Base `/sipxconfig/rest` (index A1: /my/activecdrs is a Restlet route, O4). The properties
 * are the document's (4337-4375), hyphenated names included; the list root is the emulator's.
 */
const BASE = { base: 'rest' as const, baseNote: 'not documented; index A1 puts /my/* under /rest (Restlet route /my/activecdrs, O4)' };

export const activeCdr = z.object({
  /** "The user part of a sip uri, or pstn number". */
  from: z.string(),
  /** "The entire From URI". */
  'from-aor': z.string(),
  to: z.string(),
  'to-aor': z.string(),
  direction: z.enum(['INCOMING', 'OUTBOUND']),
  /** "The user that answered the call." ('' while nobody has). */
  recipient: z.string(),
  /** "If the call was internal extension to extension". */
  internal: z.boolean(),
  /** "Field is read-only, for internal use". */
  type: z.string(),
  /** "Start time of the call." (ISO 8601, UTC). */
  'start-time': z.string(),
  /** "Length of the call." (seconds so far). */
  duration: z.number().int(),
});

export const activeCallContracts = [
  sipxOperation({
    id: 'GET /my/activecdrs',
    ...BASE,
    summary: 'Retrieves user active calls in xml or json format.',
    kind: 'read',
    doc: [doc('4327-4389')],
    request: z.object({}),
    response: z.object({ cdrs: z.array(activeCdr) }),
    produces: ['xml', 'json'],
    xmlItems: { cdrs: 'cdr' },
    access: 'user',
    decisions: [
      { question: 'The list\'s root and item names (the example is "foo")?', choice: '{"cdrs":[{…}]} / <cdrs><cdr>…</cdr></cdrs> (emulator choice); XML by default like the other /rest resources.' },
      {
        question: 'Which calls are the user\'s, and in which direction?',
        choice:
          'Calls the user placed (click-to-call) are OUTBOUND from the moment they are placed; a call to a local user shows on that user\'s list as INCOMING once it is connected. `recipient` is the user part of whoever answered, \'\' while the far end has not. A call leaves the list when it ends on the emulator clock.',
      },
      { question: 'Units of start-time and duration (not stated)?', choice: 'start-time ISO 8601 UTC with milliseconds; duration whole seconds since the start, read from the emulator clock.' },
      { question: '"type – read-only, for internal use": which values?', choice: 'REQUESTED while the caller\'s phone rings, IN_PROGRESS once connected (sipxconfig CDR termination names; emulator choice).' },
    ],
  }),
];
