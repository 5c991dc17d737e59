import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { looseBoolean } from './permissions.ts';
import { envelope, metadata, pagingQuery, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * The permission views of users (doc 3771-3870) and user groups (doc 4005-4126), and the user avatar
 * (doc 3618-3634). Base `/sipxconfig/rest` (index A1: Restlet routes `/user-permission`,
 * `/user-permission/{id}`, `/user-group-permission[/{id}]`, `/avatar/{user}`, O4).
 */
const BASE = {
  base: 'rest' as const,
  baseNote: 'not documented; index A1 suggests /rest (Restlet routes /user-permission/{id}, /user-group-permission/{id}, /avatar/{user}, O4)',
};
const xmlItems = { users: 'user', groups: 'group', permissions: 'setting' };

/** One permission of a user: value ENABLE or DISABLE, absent when "set to the default and never changed" (3845-3851). */
const userSetting = z.object({ name: z.string(), value: z.enum(['ENABLE', 'DISABLE']).nullable(), defaultValue: z.boolean() });
/** One permission of a group: value true or false, absent when never changed (4069-4075, 4120). */
const groupSetting = z.object({ name: z.string(), value: z.boolean().nullable(), defaultValue: z.boolean() });

export const userPermissionView = z.object({
  id: z.number().int(),
  lastName: z.string().nullable(),
  firstName: z.string().nullable(),
  permissions: z.array(userSetting),
});

export const userGroupPermissionView = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  permissions: z.array(groupSetting),
});

/**
 * What PUT reads: the settings to change, each with a value (4118: "The setting element must contain a
 * value element"); id, names and defaultValue are information only and ignored (3823, 3851, 4116, 4122).
 */
const settingInput = z.object({ name: z.string().min(1).max(255), value: looseBoolean, defaultValue: z.unknown().optional() });
const permissionsInput = z.object({
  id: z.unknown().optional(),
  lastName: z.unknown().optional(),
  firstName: z.unknown().optional(),
  name: z.unknown().optional(),
  description: z.unknown().optional(),
  permissions: z.array(settingInput).max(500).optional(),
});

const valueDecision = {
  question: 'Which values does PUT accept, and how does GET show them?',
  choice:
    'PUT reads enable/disable (4120) in any case, and also true/false, enabled/disabled, 1/0; an empty value sets the permission back to its default ("blank … never changed"); any other value is 400. GET shows a user\'s value as ENABLE or DISABLE (3847, the words of 4120) and a group\'s as true or false (4071); a permission never changed has no value element (null in JSON). An unknown permission name is 400.',
};

const shapeDecision = (root: string, items: string) => ({
  question: 'Element names and shape (no example)?',
  choice: `The property table's names: <${root}><id/>…<permissions><setting><name/><value/><defaultValue/></setting>…</permissions></${root}>; the list is <${root}><metadata/><${items}><${root}>…</${root}></${items}></${root}>, as /user and /user-group are. Every permission (built-in and custom) is listed; a deleted custom permission leaves every view.`,
});

const misprintDecision = {
  question: 'The URI is printed /user-permission{id}, without the slash (3811, index A2)?',
  choice:
    'Both forms are served: /user-permission/{id} (the Restlet route, O4) and the printed /user-permission{id} (e.g. /user-permission12); the route is the wildcard /user-permission* and the id is what follows, with or without the slash (quirk user-permission-misprint).',
  quirk: 'user-permission-misprint',
};

/** The wildcard value of `/user-permission*`: `/12`, `12`, `/12/`. */
const misprintedId = z.object({ '*': z.string().max(200) });

export const userPermissionContracts = [
  sipxOperation({
    id: 'GET /avatar/{user}',
    ...BASE,
    summary: 'Retrieves the avatar image of the user (a PNG).',
    kind: 'read',
    doc: [doc('3618-3634')],
    request: z.object({ user: pathId }),
    response: z.instanceof(Uint8Array),
    produces: ['binary'],
    access: 'user',
    errors: ['notFound'],
    decisions: [
      {
        question: 'What is "avatar content" (the example is "foo")?',
        choice:
          'The image itself: a small PNG (image/png), drawn by the emulator from the user name so each user has their own (no avatar upload is documented). {user} is the user name, id or alias; unknown is 404.',
      },
      {
        question: 'Who may read an avatar?',
        choice: 'The superadmin any user\'s; a regular user their own (index A10), another user\'s is 403.',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /user-permission',
    ...BASE,
    summary: 'Retrieves information on all users and their permission settings (paged and sorted on request).',
    kind: 'read',
    doc: [doc('3771-3807')],
    request: z.object(pagingQuery),
    response: z.object({ user: z.object({ metadata, users: z.array(userPermissionView) }) }),
    produces: ['xml', 'json'],
    xmlItems,
    decisions: [
      shapeDecision('user', 'users'),
      valueDecision,
      { question: 'Paging?', choice: 'As /user (quirk page-params); sortby name = user name, description = last and first name.', quirk: 'page-params' },
    ],
  }),
  sipxOperation({
    id: 'GET /user-permission{id}',
    path: '/user-permission*',
    ...BASE,
    summary: 'Retrieves information on the user with the specified id and its permissions.',
    kind: 'read',
    doc: [doc('3809-3861')],
    request: misprintedId,
    response: z.object({ user: userPermissionView }),
    produces: ['xml', 'json'],
    xmlItems,
    errors: ['notFound'],
    decisions: [misprintDecision, shapeDecision('user', 'users'), valueDecision],
  }),
  sipxOperation({
    id: 'PUT /user-permission{id}',
    path: '/user-permission*',
    ...BASE,
    summary: 'Sets permission values for a user; not all permissions need to be sent.',
    kind: 'write',
    doc: [doc('3862-3870'), doc('3821-3851')],
    request: misprintedId.extend({ body: permissionsInput }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'user',
    errors: ['notFound'],
    decisions: [misprintDecision, valueDecision, { question: 'Answer?', choice: '200 and the envelope SUCCESS_UPDATED with the user id (as PUT /user/{id}).' }],
  }),
  sipxOperation({
    id: 'GET /user-group-permission',
    ...BASE,
    summary: 'Retrieves information on all user groups and their permission settings (paged and sorted on request).',
    kind: 'read',
    doc: [doc('4005-4039')],
    request: z.object(pagingQuery),
    response: z.object({ group: z.object({ metadata, groups: z.array(userGroupPermissionView) }) }),
    produces: ['xml', 'json'],
    xmlItems,
    decisions: [
      shapeDecision('group', 'groups'),
      valueDecision,
      { question: 'Paging?', choice: 'As /user-group (quirk page-params); sortby name or description.', quirk: 'page-params' },
    ],
  }),
  sipxOperation({
    id: 'GET /user-group-permission/{id}',
    ...BASE,
    summary: 'Retrieves information on the user group with the specified ID and its permissions.',
    kind: 'read',
    doc: [doc('4041-4109')],
    request: z.object({ id: pathId, ...pagingQuery }),
    response: z.object({ group: userGroupPermissionView }),
    produces: ['xml', 'json'],
    xmlItems,
    errors: ['notFound400'],
    decisions: [
      shapeDecision('group', 'groups'),
      valueDecision,
      { question: 'Unknown or invalid id?', choice: '400 ERROR_OBJECT_NOT_FOUND ("Error 400 when {id} is invalid or not found.", 4101), also with quirk not-found-404 on.' },
      { question: 'page/pagesize/sortdir/sortby on one group (4083-4097)?', choice: 'Accepted and ignored: one group is one item (as quirk user-group-item-metadata decides for /user-group/{id}).' },
    ],
  }),
  sipxOperation({
    id: 'PUT /user-group-permission/{id}',
    ...BASE,
    summary: 'Sets permission values for a user group; not all permissions need to be sent.',
    kind: 'write',
    doc: [doc('4110-4126')],
    request: z.object({ id: pathId, body: permissionsInput }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'group',
    errors: ['notFound400'],
    decisions: [valueDecision, { question: 'Answer?', choice: '200 and the envelope SUCCESS_UPDATED with the group id (as PUT /user-group/{id}).' }],
  }),
];
