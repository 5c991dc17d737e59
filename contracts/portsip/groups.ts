import { z } from 'zod';
import { portsipOperation } from './operation.ts';
import { doc } from './source.ts';
import { emptyResponse, extensionNumber, pagingArgs, pagingEnvelope, sortBy, text, token } from './shapes.ts';

const groupId = text(128).min(1);
const flags = {
  enable_intercom: z.boolean(),
  enable_external_call: z.boolean(),
  enable_management_console_access: z.boolean(),
};
const members = z.array(extensionNumber).max(10_000);

const groupSettings = {
  group_name: text(128).min(1),
  group_description: text(1024).optional(),
  ...flags,
  members: members.optional(),
};

const memberDecision = {
  question: 'Members that are not extensions?',
  choice: 'Refused with 400 (portsip.md B16); duplicates in `members` are kept once.',
};
const nameDecision = { question: 'Two groups with one name?', choice: 'Refused with 409 (portsip.md B7).' };

export const groupContracts = [
  portsipOperation({
    method: 'GET',
    path: '/api/extensions/group/list',
    summary: 'Retrive extension groups (one page)',
    kind: 'read',
    doc: [doc('1-47')],
    request: z.strictObject({ ...pagingArgs, sort_by: sortBy.optional() }),
    response: z.strictObject({
      ...pagingEnvelope,
      groups: z.array(z.strictObject({ group_id: z.string(), group_name: z.string(), members_count: z.number().int() })),
    }),
    decisions: [
      {
        question: 'The default group?',
        choice: 'Always present as `__DEFAULT_EXTENSION_GROUP__` (lines 41-45); every new extension joins it; it cannot be removed.',
      },
    ],
  }),
  portsipOperation({
    method: 'GET',
    path: '/api/extensions/group/show',
    summary: 'Reteive settings for extension group',
    kind: 'read',
    doc: [doc('48-85')],
    request: z.strictObject({ access_token: token, group_id: groupId }),
    response: z.strictObject({
      group_id: z.string().optional(),
      group_name: z.string(),
      group_description: z.string(),
      ...flags,
      members: z.array(z.string()),
    }),
    errors: ['notFound'],
    decisions: [
      {
        question: 'The response table requires group_id (58) but the sample omits it (74-85).',
        choice: 'The emulator includes group_id; the contract lets a real device omit it.',
      },
    ],
  }),
  portsipOperation({
    method: 'POST',
    path: '/api/extensions/group/create',
    summary: 'Create an extension group',
    kind: 'write',
    doc: [doc('86-127')],
    request: z.strictObject({ access_token: token, ...groupSettings }),
    response: z.strictObject({ group_id: z.string(), group_name: z.string() }),
    errors: ['referenceMissing', 'duplicate'],
    decisions: [
      { question: 'URL (not shown)?', choice: '/api/extensions/group/create, the verb-in-path style of the documented URLs (portsip.md B3).' },
      {
        question: 'group_id format and the sample answering another name ("test")?',
        choice: 'A long numeric string (field evidence "IDs are long numeric strings"); group_name echoes the name created.',
      },
      memberDecision,
      nameDecision,
    ],
  }),
  portsipOperation({
    method: 'POST',
    path: '/api/extensions/group/update',
    summary: 'Update extension group',
    kind: 'write',
    doc: [doc('128-163')],
    request: z.strictObject({ access_token: token, group_id: groupId, ...groupSettings }),
    response: emptyResponse,
    errors: ['notFound', 'referenceMissing', 'duplicate'],
    decisions: [
      { question: 'URL (not shown)?', choice: '/api/extensions/group/update (portsip.md B3).' },
      {
        question: 'Fields left out of an update?',
        choice: 'group_description and members are optional: left out, they keep their stored values; sent, they replace them.',
      },
      memberDecision,
      nameDecision,
    ],
  }),
  portsipOperation({
    method: 'POST',
    path: '/api/extensions/group/remove',
    summary: 'Remove an extension group',
    kind: 'write',
    doc: [doc('164-177')],
    request: z.strictObject({ access_token: token, group_id: groupId }),
    response: emptyResponse,
    errors: ['notFound', 'defaultGroup'],
    decisions: [
      { question: 'URL (not shown)?', choice: '/api/extensions/group/remove; /api/extensions/group/destroy too (v12 name) under quirk v12-route-aliases.', quirk: 'v12-route-aliases' },
      {
        question: 'The sample passes a group name as group_id (174).',
        choice: 'When no group has that id, a group with that name is removed (quirk group-remove-by-name).',
        quirk: 'group-remove-by-name',
      },
    ],
  }),
];
