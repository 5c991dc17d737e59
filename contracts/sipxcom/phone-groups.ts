import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { phoneGroup, phoneModel } from './phones.ts';
import { noBody, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Phone groups (doc 2762-2980). Base `/sipxconfig/api` (index A1: registered with the phones in the
 * JAX-RS API, O3). The `/{groupId}/…` URIs are printed without their parent; they are served under
 * `/phoneGroups/{groupId}/…` (quirk phone-group-subpaths, index A3).
 */
const BASE = { base: 'api' as const, baseNote: 'not documented; index A1 suggests /api (JAX-RS PhoneGroupApi, O3), like /phones (doc 2221)' };
const xmlItems = { groups: 'group', models: 'model', versions: 'version' };
const groupId = { groupId: pathId };
const subpathDecision = {
  question: 'The document prints this URI without its parent (/{groupId}/…): where is it served?',
  choice: 'Under /sipxconfig/api/phoneGroups/{groupId}/… (index A3, O3 PhoneGroupApi).',
  quirk: 'phone-group-subpaths',
};

export const phoneGroupContracts = [
  sipxOperation({
    id: 'GET /phoneGroups',
    ...BASE,
    summary: 'Retrieves all phone groups, in their order (weight).',
    kind: 'read',
    doc: [doc('2764-2798')],
    request: z.object({}),
    response: z.object({ groups: z.array(phoneGroup) }),
    produces: ['json', 'xml'],
    xmlItems,
  }),
  sipxOperation({
    id: 'GET /phoneGroups/{phoneGroupId}',
    ...BASE,
    summary: 'Retrieves the phone group with the specified ID.',
    kind: 'read',
    doc: [doc('2802-2822')],
    request: z.object({ phoneGroupId: pathId }),
    response: phoneGroup,
    produces: ['json', 'xml'],
    xmlRoot: 'group',
    errors: ['notFound'],
  }),
  sipxOperation({
    id: 'PUT /phoneGroups/{phoneGroupId}',
    ...BASE,
    summary: 'Updates the phone group. PUT data is plain text.',
    kind: 'write',
    doc: [doc('2823-2829')],
    request: z.object({
      phoneGroupId: pathId,
      body: z.union([
        z.string().max(1000),
        z.object({ name: z.string().min(1).max(255).optional(), description: z.string().max(1000).nullable().optional() }),
      ]),
    }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'group',
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound', 'duplicate'],
    decisions: [
      {
        question: '"PUT data is plain text": what does the text mean?',
        choice: 'A text/plain body is the group\'s new description; a JSON or XML group ({"name","description"}) updates those fields. A name already used by another group is 400.',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /phoneGroups/{phoneGroupId}',
    ...BASE,
    summary: 'Deletes the phone group; its phones stay and leave the group.',
    kind: 'write',
    doc: [doc('2830-2836')],
    request: z.object({ phoneGroupId: pathId }),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
  }),
  ...(['up', 'down'] as const).map((direction) =>
    sipxOperation({
      id: `PUT /{groupId}/${direction}`,
      path: `/phoneGroups/{groupId}/${direction}`,
      ...BASE,
      summary: `Move the phone group ${direction} in ordering. PUT data is plain text.`,
      kind: 'write',
      doc: [direction === 'up' ? doc('2838-2854') : doc('2856-2872')],
      request: z.object({ ...groupId, body: z.unknown().optional() }),
      response: noBody,
      produces: ['empty'],
      consumes: ['text', 'json', 'xml'],
      errors: ['notFound'],
      decisions: [
        subpathDecision,
        { question: 'Moving the first group up or the last down?', choice: 'Nothing changes; 200. The body is ignored.' },
      ],
    }),
  ),
  sipxOperation({
    id: 'GET /{groupId}/models',
    path: '/phoneGroups/{groupId}/models',
    ...BASE,
    summary: 'Retrieves all phone models specified in the group (the models of its phones).',
    kind: 'read',
    doc: [doc('2874-2904')],
    request: z.object(groupId),
    response: z.object({ models: z.array(phoneModel) }),
    produces: ['json', 'xml'],
    xmlItems,
    errors: ['notFound'],
    decisions: [subpathDecision],
  }),
];
