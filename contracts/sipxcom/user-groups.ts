import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope, metadata, pagingQuery, pathId } from './shapes.ts';
import { doc } from './source.ts';

/** User groups (doc 3874-4003). Base `/sipxconfig/rest` (index A1: Restlet `/user-group`, O4). */
const BASE = { base: 'rest' as const, baseNote: 'not documented; index A1 suggests /rest (Restlet routes /user-group, /user-group/{id}, O4)' };
const xmlItems = { groups: 'group' };

export const userGroupView = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  branch: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});

export const userGroupInput = z.object({
  id: z.unknown().optional(),
  name: z.string().min(1).max(255).optional(),
  description: z.string().max(1000).nullable().optional(),
  branch: z.union([z.number().int(), z.string().min(1).max(255), z.object({ id: z.number().int().optional(), name: z.string().max(255).optional() })]).nullable().optional(),
});

const shapeDecision = {
  question: 'Element names (no example)?',
  choice: 'The table\'s (doc 3886-3892, 3947-3977): root <group>; the list adds <metadata> and <groups><group>…</group></groups> as the branch list does (doc 312-334).',
};

export const userGroupContracts = [
  sipxOperation({
    id: 'GET /user-group',
    ...BASE,
    summary: 'Retrieves information on all the user groups.',
    kind: 'read',
    doc: [doc('3874-3924')],
    request: z.object(pagingQuery),
    response: z.object({ group: z.object({ metadata, groups: z.array(userGroupView) }) }),
    produces: ['xml', 'json'],
    xmlItems,
    decisions: [shapeDecision, { question: 'Paging?', choice: 'As /user (quirk page-params).', quirk: 'page-params' }],
  }),
  sipxOperation({
    id: 'PUT /user-group',
    ...BASE,
    summary: 'Adds a new user group. The id is automatically generated and any value is ignored. The branch element is optional.',
    kind: 'write',
    doc: [doc('3925-3931')],
    request: z.object({ body: userGroupInput }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'group',
    errors: ['duplicate'],
    decisions: [shapeDecision, { question: 'Missing or duplicate name, unknown branch?', choice: '400 ERROR_VALIDATION_FAILED.' }],
  }),
  sipxOperation({
    id: 'GET /user-group/{id}',
    ...BASE,
    summary: 'Retrieves information on the user group specified by ID.',
    kind: 'read',
    doc: [doc('3935-3987')],
    request: z.object({ id: pathId }),
    response: z.object({ group: userGroupView }),
    produces: ['xml', 'json'],
    errors: ['notFound'],
    decisions: [
      shapeDecision,
      {
        question: 'The table lists paging metadata (totalResults …) for one group (3947-3961)?',
        choice: 'One group answers without metadata, as /branch/{id} does (doc 373-388; quirk user-group-item-metadata).',
        quirk: 'user-group-item-metadata',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /user-group/{id}',
    ...BASE,
    summary: 'Updates group with the specified ID. Uses the same XML as for creation.',
    kind: 'write',
    doc: [doc('3988-3994')],
    request: z.object({ id: pathId, body: userGroupInput }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'group',
    errors: ['notFound', 'duplicate'],
  }),
  sipxOperation({
    id: 'DELETE /user-group/{id}',
    ...BASE,
    summary: 'Removes the user group specified by ID; its members leave it.',
    kind: 'write',
    doc: [doc('3995-4001')],
    request: z.object({ id: pathId }),
    response: envelope,
    produces: ['xml', 'json'],
    errors: ['notFound'],
  }),
];
