import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope, metadata, pagingQuery, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Users (doc 3636-3769). Base `/sipxconfig/rest` (index A1: Restlet routes `/user`, `/user/{id}`, O4);
 * representation XML by default like every `/rest` example, JSON on `Accept: application/json`.
 */
const BASE = { base: 'rest' as const, baseNote: 'not documented; index A1 suggests /rest (Restlet routes /user, /user/{id}, O4)' };
const xmlItems = { users: 'user', groups: 'group', aliases: 'alias' };

/** A user as GET answers it: the property table of doc 3648-3682 (`ID` written `id`, as the branch XML does). */
export const userView = z.object({
  id: z.number().int(),
  username: z.string(),
  lastName: z.string().nullable(),
  firstName: z.string().nullable(),
  pin: z.string(),
  sipPassword: z.string(),
  groups: z.array(z.object({ id: z.number().int(), name: z.string() })),
  branch: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  aliases: z.array(z.string()),
});

const ref = z.union([z.number().int(), z.string().min(1).max(255), z.object({ id: z.number().int().optional(), name: z.string().max(255).optional() })]);

/** What PUT /user and PUT /user/{id} read (doc 3715-3729): id ignored, empty PIN keeps the PIN. */
export const userInput = z.object({
  id: z.unknown().optional(),
  username: z.string().min(1).max(255).regex(/^[A-Za-z0-9_.@~+-]+$/, 'letters, digits and _ . @ ~ + - only').optional(),
  lastName: z.string().max(255).nullable().optional(),
  firstName: z.string().max(255).nullable().optional(),
  pin: z.string().max(255).nullable().optional(),
  sipPassword: z.string().max(255).nullable().optional(),
  groups: z.array(ref).max(500).nullable().optional(),
  branch: ref.nullable().optional(),
  aliases: z.array(z.string().min(1).max(255)).max(100).nullable().optional(),
});

const userDecisions = [
  {
    question: 'Element names (the document gives a property table, no example)?',
    choice:
      'The table\'s names: id (the table\'s "ID", written <id> as the branch XML does), username, lastName, firstName, pin, sipPassword, groups (<group><id/><name/></group>), branch (<id/><name/>), aliases (<alias>, the table\'s "alias").',
  },
  {
    question: 'How do regular users authenticate?',
    choice: 'User name and PIN (Basic or Digest); the PIN set here (or by PUT /my/voicemail/pin/{pin}) is what they authenticate with from then on.',
  },
];

export const userContracts = [
  sipxOperation({
    id: 'GET /user',
    ...BASE,
    summary: 'Retrieves information on all users (paged and sorted on request).',
    kind: 'read',
    doc: [doc('3636-3714')],
    request: z.object(pagingQuery),
    response: z.object({ user: z.object({ metadata, users: z.array(userView) }) }),
    produces: ['xml', 'json'],
    xmlItems,
    decisions: [
      ...userDecisions,
      {
        question: 'List shape?',
        choice: 'As the branch list (doc 312-334): root <user> holding <metadata> and <users><user>…</user></users>.',
      },
      {
        question: 'page/pagesize/sortdir/sortby marked "Required" but the prose calls sorting optional (3700-3710)?',
        choice: 'All optional (quirk page-params): paging only with both page and pagesize valid; sortdir alone sorts by name; sortby is name (username) or description (last, first name).',
        quirk: 'page-params',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /user',
    ...BASE,
    summary: 'Adds a new user.',
    kind: 'write',
    doc: [doc('3715-3729')],
    request: z.object({ body: userInput }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'user',
    errors: ['duplicate', 'notFound'],
    decisions: [
      ...userDecisions,
      { question: 'Create answer?', choice: '201 and the envelope of doc 342 (SUCCESS_CREATED, data.id = the new id).' },
      { question: 'Missing username, or one already used (as user name or alias)?', choice: '400 ERROR_VALIDATION_FAILED.' },
      { question: 'Groups or branch naming nothing?', choice: '400 ERROR_VALIDATION_FAILED naming it.' },
    ],
  }),
  sipxOperation({
    id: 'GET /user/{id}',
    ...BASE,
    summary: 'Retrieves information about the user specified by ID.',
    kind: 'read',
    doc: [doc('3733-3757')],
    request: z.object({ id: pathId }),
    response: z.object({ user: userView }),
    produces: ['xml', 'json'],
    xmlItems,
    errors: ['notFound'],
    decisions: userDecisions,
  }),
  sipxOperation({
    id: 'PUT /user/{id}',
    ...BASE,
    summary: 'Updates specified user ID; the response data contains the id of the item affected.',
    kind: 'write',
    doc: [doc('3758-3764'), doc('3725-3729', 'ID ignored; empty PIN keeps the current PIN')],
    request: z.object({ id: pathId, body: userInput }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'user',
    errors: ['notFound', 'duplicate'],
    decisions: [
      ...userDecisions,
      { question: 'Partial bodies?', choice: 'Fields given replace, absent fields stay; an empty or absent pin keeps the PIN (3727).' },
    ],
  }),
  sipxOperation({
    id: 'DELETE /user/{id}',
    ...BASE,
    summary: 'Removes the user specified by ID (and the phone lines that use them).',
    kind: 'write',
    doc: [doc('3765-3767')],
    request: z.object({ id: pathId }),
    response: envelope,
    produces: ['xml', 'json'],
    errors: ['notFound'],
  }),
];
