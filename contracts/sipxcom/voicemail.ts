import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope, noBody } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Voicemail (doc 4391-4604). Base `/sipxconfig/rest` (index A1: `/my/*` are Restlet routes, O4;
 * `/rest/my/voicemail/attendant` is documented at 4558). Phase 1 holds the PIN change only.
 */
const BASE = { base: 'rest' as const, baseNote: 'not documented for this URI; /rest/my/voicemail/attendant is (doc 4558), index A1' };
const copyPaste =
  'The document gives this method the description and properties of call-forwarding schedules ("Retrieves call forwarding schedules." / "Deletes existing schedule given {id}", doc 4405-4445; quirk voicemail-pin-copy-paste): a PIN is never read back or deleted through a URL, so the method answers 405.';

export const voicemailContracts = [
  sipxOperation({
    id: 'PUT /my/voicemail/pin/{pin}',
    ...BASE,
    summary: 'Changes the voicemail PIN of the authenticated user; it authenticates with the new PIN from then on.',
    kind: 'write',
    doc: [doc('4393-4438'), doc('4423-4423', '400 when the new PIN cannot be saved')],
    request: z.object({ pin: z.string().max(255), body: z.unknown().optional() }),
    response: envelope,
    produces: ['xml', 'json'],
    consumes: ['text', 'json', 'xml'],
    access: 'user',
    errors: ['pinNotSaved'],
    decisions: [
      {
        question: 'When can the new PIN not be saved?',
        choice: 'When it is not 4 to 32 digits (index A30: "400 when empty/non-numeric").',
      },
      { question: 'Answer?', choice: '200 with the envelope SUCCESS_UPDATED "Updated" (index A11).' },
    ],
  }),
  sipxOperation({
    id: 'GET /my/voicemail/pin/{pin}',
    ...BASE,
    summary: 'Retrieves call forwarding schedules. (sic)',
    kind: 'read',
    doc: [doc('4425-4431')],
    request: z.object({ pin: z.string() }),
    response: noBody,
    produces: ['empty'],
    access: 'user',
    declined: copyPaste,
  }),
  sipxOperation({
    id: 'DELETE /my/voicemail/pin/{pin}',
    ...BASE,
    summary: 'Deletes existing schedule given {id}. (sic)',
    kind: 'write',
    doc: [doc('4439-4445')],
    request: z.object({ pin: z.string() }),
    response: noBody,
    produces: ['empty'],
    access: 'user',
    declined: copyPaste,
  }),
];
