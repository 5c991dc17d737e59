import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope } from './shapes.ts';
import { FIELD_EVIDENCE, doc } from './source.ts';

/**
 * Call forwarding of the authenticated user (doc 4152-4325): the call sequence ("rings") without
 * schedules (/my/forward), with schedules (/my/callfwd), the user's schedules (/my/callfwdschedule,
 * /my/callfwdsched/{id}). Base `/sipxconfig/rest` (index A1: `/my/*` are Restlet routes, O4).
 */
const BASE = { base: 'rest' as const, baseNote: 'not documented; index A1 suggests /rest for every /my/* route (Restlet, O4: /my/forward)' };
const my = { access: 'user' as const, produces: ['xml', 'json'] as ['xml', 'json'] };

/** The two ring types the document names (4195-4197), as it prints them. */
export const RING_TYPES = ['if no response', 'at the same time'] as const;

const ringFields = {
  /** "The number or extension to forward to." */
  number: z.string(),
  /** "The time measured in seconds that the phone will ring" */
  expiration: z.number().int(),
  /** "‘if no response’ (call is not forked) or ‘at the same time’ (call is forked)" */
  type: z.enum(RING_TYPES),
  enabled: z.boolean(),
};
export const ring = z.object(ringFields);
export const scheduledRing = z.object({ ...ringFields, scheduleId: z.number().int().nullable() });

const ringInputFields = {
  number: z.string().min(1).max(255),
  expiration: z.number().int().min(1).max(3600).optional(),
  type: z.string().max(40).optional(),
  enabled: z.boolean().optional(),
};
const ringInput = z.object(ringInputFields);
const scheduledRingInput = z.object({ ...ringInputFields, scheduleId: z.number().int().nullable().optional() });

/** A period of a schedule: "The start and end dates of the period. The format is hours/minutes." (4291) */
export const period = z.object({ start: z.string(), end: z.string() });
export const schedule = z.object({
  scheduleId: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  periods: z.array(period),
});
const scheduleInput = z.object({
  scheduleId: z.number().int().optional(),
  name: z.string().max(255).optional(),
  description: z.string().max(1000).nullable().optional(),
  periods: z.array(z.object({ start: z.string().max(20), end: z.string().max(20) })).max(50).optional(),
});

const callSequence = (r: z.ZodType) => z.object({ 'call-sequence': z.object({ rings: z.array(r), withVoicemail: z.boolean() }) });
const callSequenceInput = (r: z.ZodType) => z.object({ rings: z.array(r).max(20).optional(), withVoicemail: z.boolean().optional() });

const sequenceDecisions = [
  {
    question: 'Representation of the call sequence (the document shows no example)?',
    choice:
      `One named root \`call-sequence\` (${FIELD_EVIDENCE} (V): JSON has one named root, {"call-sequence": {…}}) holding \`rings\` (items \`ring\`: number, expiration, type, enabled — the properties of 4189-4203) and \`withVoicemail\` (whether unanswered calls end in voicemail).`,
  },
  {
    question: 'Values of `type`?',
    choice:
      'Answered as the document prints them: "if no response" or "at the same time"; read in any case, also as "delayed"/"immediate"; anything else is 400. Default "if no response"; expiration defaults to 20 s (1-3600), enabled to true.',
  },
  {
    question: 'PUT: what does the body replace?',
    choice: 'The whole list of rings when `rings` is sent (an empty list clears it); `withVoicemail` when sent. Answer: the envelope SUCCESS_UPDATED (index A11).',
  },
];

const scheduleRules = {
  question: 'When does a schedule "save or update fail" (422, 4254)?',
  choice:
    'When a period is not two HH:MM times with start before end, when the name is empty or already used by another of the user\'s schedules, or when a new schedule has no name. Unknown schedule ids are 404; a schedule belongs to its user (another user\'s id is 404 too).',
};

export const callForwardingContracts = [
  sipxOperation({
    id: 'GET /my/forward',
    ...BASE,
    ...my,
    summary: 'Retrieves user call forwarding settings without schedules.',
    kind: 'read',
    doc: [doc('4152-4175')],
    request: z.object({}),
    response: callSequence(ring),
    decisions: sequenceDecisions,
  }),
  sipxOperation({
    id: 'PUT /my/forward',
    ...BASE,
    ...my,
    summary: 'Modifies user call forwarding settings without schedules.',
    kind: 'write',
    doc: [doc('4167-4175')],
    request: z.object({ body: callSequenceInput(ringInput) }),
    response: envelope,
    bodyRoot: 'call-sequence',
    decisions: [
      ...sequenceDecisions,
      { question: 'Schedules of rings written through /my/forward?', choice: 'None: rings written here ring at any time (scheduleId null in /my/callfwd).' },
    ],
  }),
  sipxOperation({
    id: 'GET /my/callfwd',
    ...BASE,
    ...my,
    summary: 'Retrieves user call forwarding scheme with schedules.',
    kind: 'read',
    doc: [doc('4177-4222')],
    request: z.object({}),
    response: callSequence(scheduledRing),
    decisions: [...sequenceDecisions, { question: 'How are schedules shown?', choice: 'Each ring carries `scheduleId`: the id of one of the user\'s schedules, or null (always).' }],
  }),
  sipxOperation({
    id: 'PUT /my/callfwd',
    ...BASE,
    ...my,
    summary: 'Modifies user call forwarding scheme with schedules.',
    kind: 'write',
    doc: [doc('4214-4222')],
    request: z.object({ body: callSequenceInput(scheduledRingInput) }),
    response: envelope,
    bodyRoot: 'call-sequence',
    errors: ['notFound'],
    decisions: [...sequenceDecisions, { question: 'A ring naming a schedule the user does not have?', choice: '404, nothing saved.' }],
  }),
  sipxOperation({
    id: 'GET /my/callfwdschedule',
    ...BASE,
    ...my,
    summary: 'Retrieves call forwarding schedules.',
    kind: 'read',
    doc: [doc('4224-4271')],
    request: z.object({}),
    response: z.object({ schedules: z.array(schedule) }),
    decisions: [
      {
        question: 'The property table of /my/callfwdschedule repeats the ring properties of /my/callfwd (4236-4250): what is listed?',
        choice: 'The user\'s schedules, each as /my/callfwdsched/{id} describes one (description, periods, scheduleId, name, 4285-4299), under `schedules` (items `schedule`).',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/callfwdschedule',
    ...BASE,
    ...my,
    summary: 'Modifies call forwarding schedules: saves one schedule (created without scheduleId, updated with it).',
    kind: 'write',
    doc: [doc('4263-4271'), doc('4254-4254', '422 when schedule save or update failed')],
    request: z.object({ body: scheduleInput }),
    response: envelope,
    bodyRoot: 'schedule',
    errors: ['scheduleNotSaved', 'notFound'],
    decisions: [
      {
        question: 'POST is unsupported here and on /my/callfwdsched/{id} (4271, 4325): how is a schedule created?',
        choice: 'PUT /my/callfwdschedule saves the schedule in the body: without `scheduleId` it is created (201 SUCCESS_CREATED with its id), with one it updates that schedule (SUCCESS_UPDATED).',
      },
      scheduleRules,
    ],
  }),
  sipxOperation({
    id: 'GET /my/callfwdsched/{id}',
    ...BASE,
    ...my,
    summary: 'Retrieves the call forwarding schedule with the specified ID.',
    kind: 'read',
    doc: [doc('4273-4309')],
    request: z.object({ id: z.string().max(200) }),
    response: z.object({ schedule }),
    errors: ['notFound', 'scheduleIdMissing'],
    decisions: [scheduleRules],
  }),
  sipxOperation({
    id: 'PUT /my/callfwdsched/{id}',
    ...BASE,
    ...my,
    summary: 'Updates existing schedule of the specified ID (fields sent replace those stored).',
    kind: 'write',
    doc: [doc('4310-4316'), doc('4254-4254', '403 on PUT or DELETE and the schedule id not specified; 422 when the update fails')],
    request: z.object({ id: z.string().max(200), body: scheduleInput }),
    response: envelope,
    bodyRoot: 'schedule',
    errors: ['notFound', 'scheduleIdMissing', 'scheduleNotSaved'],
    decisions: [
      scheduleRules,
      {
        question: '"Error 403 on PUT or DELETE and the schedule id not specified" is printed under /my/callfwdschedule, which has no DELETE (index §6 item 19).',
        choice: 'It applies to /my/callfwdsched/{id}: an empty id (`/my/callfwdsched/`) on PUT or DELETE is 403 ERROR_MISSING_ID (quirk callfwd-schedule-403).',
        quirk: 'callfwd-schedule-403',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /my/callfwdsched/{id}',
    ...BASE,
    ...my,
    summary: 'Deletes existing schedule of the specified ID; rings that used it ring at any time from then on.',
    kind: 'write',
    doc: [doc('4317-4325'), doc('4254-4254')],
    request: z.object({ id: z.string().max(200) }),
    response: envelope,
    errors: ['notFound', 'scheduleIdMissing'],
    decisions: [
      { question: 'Rings that use the deleted schedule?', choice: 'They stay, with scheduleId null.' },
      { question: 'Empty id?', choice: '403 ERROR_MISSING_ID (4254; quirk callfwd-schedule-403).', quirk: 'callfwd-schedule-403' },
    ],
  }),
];
