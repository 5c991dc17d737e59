import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Auto attendants (doc 87-221). Base `/sipxconfig/rest`, documented (Resource URIs `/rest/auto-attendant…`,
 * example 125). No create or delete: the list is read-only; one global special mode (on/off), one
 * attendant marked special, and a live mode per code (the phone extension).
 */
const BASE = { base: 'rest' as const, baseNote: 'documented: Resource URI /rest/auto-attendant… (91, 142, 186, 207), example 125' };

/** An auto attendant as the list shows it (doc 101-115, 126-136). */
export const autoAttendant = z.object({
  name: z.string(),
  systemId: z.string(),
  specialSelected: z.boolean(),
});

/** `{"specialMode":"true"}` (doc 173, 180): a string in the examples, a boolean accepted too (index A25). */
const specialModeBody = z.object({ specialMode: z.union([z.boolean(), z.enum(['true', 'false', 'TRUE', 'FALSE', 'True', 'False'])]).optional() });

const attendant = { attendant: pathId };
const code = { code: z.string().min(1).max(40) };

const specialModeDecision = {
  question: 'PUT and DELETE specialmode carry {"specialMode":"true"} (doc 173, 180): does the body decide the mode?',
  choice: 'No: PUT turns special mode on and DELETE turns it off, as their descriptions say; the body is read (it must be well formed) and ignored, so DELETE with "true" still turns it off (quirk aa-specialmode-body).',
  quirk: 'aa-specialmode-body',
};
const actionAnswer = {
  question: 'What does a successful AA write answer (no example)?',
  choice: '200 and the /rest envelope SUCCESS_UPDATED "Updated" (doc 342 shape, index A11).',
};
const liveDecision = {
  question: 'What is {code}, and an unknown one?',
  choice:
    'The live-attendant code of an auto attendant ("the code represents the phones extension", 215): PUT enables the live attendant of every attendant with that code, DELETE disables it. No attendant with that code: 404 ERROR_OBJECT_NOT_FOUND (the document gives no code; issue: 404 for unknown ids). The live state appears in no documented read.',
};

export const autoAttendantContracts = [
  sipxOperation({
    id: 'GET /auto-attendant',
    ...BASE,
    summary: 'Retrieves the list of auto-attendants configured.',
    kind: 'read',
    doc: [doc('89-138')],
    request: z.object({}),
    response: z.object({ autoAttendants: z.array(autoAttendant) }),
    produces: ['xml', 'json'],
    decisions: [
      {
        question: 'The example XML never closes <autoAttendants> (126-136)?',
        choice: 'A well-formed <autoAttendants><autoAttendant>…</autoAttendant></autoAttendants> (quirk aa-example-truncated); JSON {"autoAttendants":[…]} with a real boolean specialSelected (field evidence: one named root).',
        quirk: 'aa-example-truncated',
      },
      { question: 'Order?', choice: 'By system id as created (the fixtures: operator, afterhour, as the example).' },
    ],
  }),
  sipxOperation({
    id: 'GET /auto-attendant/specialmode',
    ...BASE,
    summary: 'Displays if the auto attendant special mode is activated or not.',
    kind: 'read',
    doc: [doc('140-166')],
    request: z.object({}),
    response: z.object({ specialAttendant: z.object({ specialMode: z.boolean() }) }),
    produces: ['xml', 'json'],
    decisions: [
      {
        question: 'The example never closes <specialAttendant> (165-166)?',
        choice: 'A well-formed <specialAttendant><specialMode>false</specialMode></specialAttendant> (quirk aa-example-truncated).',
        quirk: 'aa-example-truncated',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /auto-attendant/specialmode',
    ...BASE,
    summary: 'The status is set to true and the special mode is activated.',
    kind: 'write',
    doc: [doc('167-173')],
    request: z.object({ body: specialModeBody.optional() }),
    response: envelope,
    produces: ['xml', 'json'],
    decisions: [specialModeDecision, actionAnswer],
  }),
  sipxOperation({
    id: 'DELETE /auto-attendant/specialmode',
    ...BASE,
    summary: 'The status is set to false and the special mode is deactivated.',
    kind: 'write',
    doc: [doc('174-182')],
    request: z.object({ body: specialModeBody.optional() }),
    response: envelope,
    produces: ['xml', 'json'],
    decisions: [specialModeDecision, actionAnswer],
  }),
  sipxOperation({
    id: 'PUT /auto-attendant/{attendant}/special',
    ...BASE,
    summary: 'The auto attendant is marked as special.',
    kind: 'write',
    doc: [doc('184-197')],
    request: z.object({ ...attendant, body: z.unknown().optional() }),
    response: envelope,
    produces: ['xml', 'json'],
    consumes: ['xml', 'json', 'text'],
    errors: ['attendantNotFound'],
    decisions: [
      { question: '{attendant}?', choice: 'The attendant\'s systemId (operator, afterhour — doc 129, 134); its name is accepted too. Unknown: 400 (doc 191).' },
      { question: 'How many attendants can be special?', choice: 'One: marking an attendant unmarks the one marked before (sipxconfig keeps a single special attendant). Any body is ignored.' },
      actionAnswer,
    ],
  }),
  sipxOperation({
    id: 'DELETE /auto-attendant/{attendant}/special',
    ...BASE,
    summary: 'Remove the attendant special mode.',
    kind: 'write',
    doc: [doc('184-203')],
    request: z.object({ ...attendant, body: z.unknown().optional() }),
    response: envelope,
    produces: ['xml', 'json'],
    consumes: ['xml', 'json', 'text'],
    errors: ['attendantNotFound', 'specialModeOn'],
    decisions: [
      { question: 'Unknown {attendant}?', choice: '400 (doc 191), before the special-mode check.' },
      {
        question: '"Error 409 - when the special mode is true on DELETE" (193): whose special mode?',
        choice: 'The global special mode (GET specialmode): while it is on, no attendant can be unmarked (index A26); otherwise the mark is cleared (a no-op when the attendant was not marked).',
      },
      actionAnswer,
    ],
  }),
  sipxOperation({
    id: 'PUT /auto-attendant/livemode/{code}',
    ...BASE,
    summary: 'The auto attendant with the specified code (the phone extension) is enabled.',
    kind: 'write',
    doc: [doc('205-215')],
    request: z.object({ ...code, body: z.unknown().optional() }),
    response: envelope,
    produces: ['xml', 'json'],
    consumes: ['xml', 'json', 'text'],
    errors: ['notFound'],
    decisions: [liveDecision, actionAnswer],
  }),
  sipxOperation({
    id: 'DELETE /auto-attendant/livemode/{code}',
    ...BASE,
    summary: 'The auto attendant with the specified code (the phone extension) is disabled.',
    kind: 'write',
    doc: [doc('217-221')],
    request: z.object({ ...code, body: z.unknown().optional() }),
    response: envelope,
    produces: ['xml', 'json'],
    consumes: ['xml', 'json', 'text'],
    errors: ['notFound'],
    decisions: [liveDecision, actionAnswer],
  }),
];
