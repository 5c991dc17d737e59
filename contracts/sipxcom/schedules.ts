import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { noBody, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Schedules (doc 3386-3550): general schedules, user-group schedules and users' personal schedules,
 * each a list of periods. Base `/sipxconfig/api` (index A1: the JAX-RS `schedule` API, O3); JSON by
 * default like every `/api` example, XML on `Accept: text/xml`.
 */
const BASE = { base: 'api' as const, baseNote: 'not documented; index A1 suggests /api (JAX-RS schedule API registered in api.beans.xml, O3)' };
const xmlItems = { schedules: 'schedule', periods: 'period' };

/** The days a period can name (sipxconfig's scheduled days). */
export const SCHEDULE_DAYS = ['Every day', 'Weekdays', 'Weekend', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'hours/minutes as HH:MM');

/** A period: a day and its start and end, "The format is hours/minutes." (doc 4289-4291). */
export const schedulePeriod = z.object({ day: z.string(), start: time, end: time });

/** A schedule: the properties of doc 4285-4299 (scheduleId, name, description, periods) and its owner. */
export const scheduleView = z.object({
  scheduleId: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  userId: z.number().int().nullable(),
  groupId: z.number().int().nullable(),
  periods: z.array(schedulePeriod),
});

const periodInput = z.object({ day: z.string().min(1).max(20), start: time, end: time });
export const scheduleInput = z.object({
  scheduleId: z.unknown().optional(),
  name: z.string().min(1).max(255).optional(),
  description: z.string().max(1000).nullable().optional(),
  userId: z.unknown().optional(),
  groupId: z.unknown().optional(),
  periods: z.array(periodInput).max(100).optional(),
});

const list = z.object({ schedules: z.array(scheduleView) });
const shapeDecision = {
  question: 'Representation (the document shows no property table and "foo"/"bar" examples)?',
  choice:
    'The schedule properties of doc 4285-4299 (scheduleId, name, description, periods) plus its owner (userId, groupId; both null for a general schedule). A period is {day, start, end}: day is Every day, Weekdays, Weekend or a weekday name (any case on input), start/end HH:MM ("hours/minutes", 4291), start before end. Lists are {"schedules":[…]} (<schedules><schedule>…); one schedule is unwrapped (<schedule> in XML), as the gateway of doc 1048.',
};
const ownerDecision = (what: string) => ({
  question: `Unknown ${what}?`,
  choice: `404 ERROR_OBJECT_NOT_FOUND. {${what === 'user' ? 'userId' : 'groupId'}} is the id (or the ${what === 'user' ? 'user name' : 'group name'}).`,
});
const literalDecision = {
  question: 'The literal /schedules/general collides with /schedules/{scheduleId} (index §6 item 9)?',
  choice: 'The literal wins: GET /schedules/general lists the general schedules; PUT, POST and DELETE there are 405 ("Unsupported HTTP Method: POST, PUT, DELETE", 3408). Schedule ids are numbers.',
};

export const scheduleContracts = [
  sipxOperation({
    id: 'GET /schedules/general',
    ...BASE,
    summary: 'Retrieve all general schedules (those of no user and no group).',
    kind: 'read',
    doc: [doc('3386-3408')],
    request: z.object({}),
    response: list,
    produces: ['json', 'xml'],
    xmlItems,
    decisions: [shapeDecision, literalDecision],
  }),
  sipxOperation({
    id: 'GET /schedules/group/{groupId}',
    ...BASE,
    summary: 'Retrieve the schedules of the specified user group.',
    kind: 'read',
    doc: [doc('3410-3432')],
    request: z.object({ groupId: pathId }),
    response: list,
    produces: ['json', 'xml'],
    xmlItems,
    errors: ['notFound'],
    decisions: [shapeDecision, ownerDecision('group')],
  }),
  sipxOperation({
    id: 'GET /schedules/user/{userId}/all',
    ...BASE,
    summary: 'Retrieve all schedules available to the user: personal, those of the user\'s groups, and general ones.',
    kind: 'read',
    doc: [doc('3434-3456')],
    request: z.object({ userId: pathId }),
    response: list,
    produces: ['json', 'xml'],
    xmlItems,
    errors: ['notFound'],
    decisions: [
      shapeDecision,
      ownerDecision('user'),
      {
        question: '"All schedules for the specified user ID" versus "personal schedules" (3474)?',
        choice: 'All = the schedules the user can use: their personal ones, then those of the groups they belong to, then the general ones (sipxconfig\'s available schedules for a user).',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /schedules/user/{userId}/personal',
    ...BASE,
    summary: 'Retrieve the personal schedules of the user.',
    kind: 'read',
    doc: [doc('3458-3478')],
    request: z.object({ userId: pathId }),
    response: list,
    produces: ['json', 'xml'],
    xmlItems,
    errors: ['notFound'],
    decisions: [shapeDecision, ownerDecision('user')],
  }),
  sipxOperation({
    id: 'POST /schedules/user/{userId}/personal',
    ...BASE,
    summary: 'Create a personal schedule for the user.',
    kind: 'write',
    doc: [doc('3479-3487')],
    request: z.object({ userId: pathId, body: scheduleInput }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'schedule',
    errors: ['notFound', 'duplicate'],
    decisions: [
      shapeDecision,
      ownerDecision('user'),
      {
        question: 'Body (the example is "foo") and answer?',
        choice: 'A schedule as GET shows it (JSON, or XML <schedule>): name required, description and periods optional; scheduleId/userId/groupId ignored. A name the user already uses for a schedule is 400. 200 with no body, like every /api create (index A11); the new schedule is listed by GET …/personal.',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /schedules/{scheduleId}',
    ...BASE,
    summary: 'View the specified schedule.',
    kind: 'read',
    doc: [doc('3489-3509')],
    request: z.object({ scheduleId: pathId }),
    response: scheduleView,
    produces: ['json', 'xml'],
    xmlRoot: 'schedule',
    xmlItems,
    errors: ['notFound'],
    decisions: [shapeDecision, literalDecision],
  }),
  sipxOperation({
    id: 'PUT /schedules/{scheduleId}',
    ...BASE,
    summary: 'Update the description (and name, periods) of the specified schedule.',
    kind: 'write',
    doc: [doc('3510-3516')],
    request: z.object({ scheduleId: pathId, body: z.union([z.string().max(1000), scheduleInput]) }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'schedule',
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound', 'duplicate'],
    decisions: [
      {
        question: '"Update the description for the specified schedule ID": what does PUT read?',
        choice:
          'A text/plain body is the new description; a JSON or XML schedule updates the fields it carries (name, description, periods — periods replace the list). A name the owner already uses for another schedule is 400.',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /schedules/{scheduleId}',
    ...BASE,
    summary: 'Delete the specified schedule ("Delete the description of the specified schedule ID").',
    kind: 'write',
    doc: [doc('3517-3525')],
    request: z.object({ scheduleId: pathId }),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
    decisions: [
      {
        question: '"Delete the description" — the schedule, or only its description (index: ambiguous)?',
        choice: 'The schedule (the section\'s "description" is the schedule\'s representation, as GET "View the description" shows the whole schedule). Switch quirk schedule-delete-description off to only clear the description.',
        quirk: 'schedule-delete-description',
      },
    ],
  }),
  sipxOperation({
    id: 'POST /schedules/{scheduleId}/period/{index}',
    ...BASE,
    summary: 'Create a period of the schedule at position {index}.',
    kind: 'write',
    doc: [doc('3527-3541')],
    request: z.object({ scheduleId: pathId, index: pathId, body: periodInput }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'period',
    errors: ['notFound'],
    decisions: [
      {
        question: 'What is {index}, and what does the body hold (the example is "foo")?',
        choice:
          'The 0-based position the new period takes in the schedule\'s list (0 = first, the list length = last); the body is the period {day, start, end} (JSON, or XML <period>). An index beyond the end, or not a number, is 400; a period without day, start or end, or with start not before end, is 400.',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /schedules/{scheduleId}/period/{index}',
    ...BASE,
    summary: 'Remove the period at position {index} from the schedule.',
    kind: 'write',
    doc: [doc('3542-3550')],
    request: z.object({ scheduleId: pathId, index: pathId }),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
    decisions: [{ question: 'An index naming no period?', choice: '404 ERROR_OBJECT_NOT_FOUND; the periods after it move up one place.' }],
  }),
];
