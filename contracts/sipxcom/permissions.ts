import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope, metadata, pagingQuery, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Call permissions (doc 2077-2213). Base `/sipxconfig/rest` (index A1: Restlet routes `/permission`,
 * `/permission/{name}`, O4); XML by default like every `/rest` example, JSON on `Accept: application/json`.
 */
const BASE = { base: 'rest' as const, baseNote: 'not documented; index A1 suggests /rest (Restlet routes /permission, /permission/{name}, O4)' };
const xmlItems = { permissions: 'permission' };

/** A permission as GET answers it: the property table of doc 2105-2121 plus the template's description (2161). */
export const permissionView = z.object({
  name: z.string(),
  label: z.string(),
  description: z.string().nullable(),
  defaultValue: z.boolean(),
  type: z.enum(['string', 'boolean', 'enum']),
  builtIn: z.boolean(),
});

/** A boolean as XML and JSON bodies carry it ("true", true, "ENABLE", …); the handler reads it. */
export const looseBoolean = z.union([z.boolean(), z.string().max(20)]);

/** The creation template (doc 2158-2163), also the update body ("Uses the same XML as for creation", 2200). */
export const permissionInput = z.object({
  name: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits and _ . - only')
    .optional(),
  label: z.string().min(1).max(255).optional(),
  description: z.string().max(1000).nullable().optional(),
  defaultValue: looseBoolean.optional(),
  type: z.unknown().optional(),
  builtIn: z.unknown().optional(),
});

const shapeDecisions = [
  {
    question: 'Element names and shape (the document shows the create template only)?',
    choice:
      'The template\'s and the property table\'s names: <permission><name/><label/><description/><defaultValue/><type/><builtIn/></permission>; defaultValue and builtIn are booleans, type is "boolean" (call permissions are on/off). The list is <permission><metadata/><permissions><permission>…</permission></permissions></permission>, as the branch list (doc 312-334).',
  },
];

const builtInDecision = {
  question: 'May built-in permissions be changed or deleted?',
  choice:
    'No: built-in permissions (builtIn true: LocalDialing, LongDistanceDialing, InternationalDialing, …) are part of the dial plan; PUT and DELETE on one answer 400 ERROR_VALIDATION_FAILED. Only custom permissions (created with PUT /permission) change or go.',
};

const notFoundDecision = {
  question: 'Unknown permission name?',
  choice: '400 ERROR_OBJECT_NOT_FOUND, as the document says ("Error 400 when {name} is not found or invalid", 2189), also with quirk not-found-404 on.',
};

export const permissionContracts = [
  sipxOperation({
    id: 'GET /permission',
    ...BASE,
    summary: 'Retrieves a list of all permissions (paged and sorted on request).',
    kind: 'read',
    doc: [doc('2077-2153')],
    request: z.object(pagingQuery),
    response: z.object({ permission: z.object({ metadata, permissions: z.array(permissionView) }) }),
    produces: ['xml', 'json'],
    xmlItems,
    decisions: [
      ...shapeDecisions,
      {
        question: 'page and pagesize are "Required" (2131-2135)?',
        choice: 'Optional, as for /user (quirk page-params): without both, one page of everything. sortby is name or description (the label).',
        quirk: 'page-params',
      },
    ],
  }),
  sipxOperation({
    id: 'PUT /permission',
    ...BASE,
    summary: 'Adds a new (custom) permission from the template of doc 2158-2163.',
    kind: 'write',
    doc: [doc('2154-2169')],
    request: z.object({ body: permissionInput }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'permission',
    errors: ['duplicate'],
    decisions: [
      ...shapeDecisions,
      { question: 'Create answer?', choice: '201 and the envelope of doc 342 (SUCCESS_CREATED, data.id = the permission\'s internal id).' },
      {
        question: 'The template carries a name (perm_7): is it used, and what if it is absent?',
        choice: 'Used as given; absent, the permission is named perm_<n> (sipxconfig\'s own naming of custom permissions, as the template shows). A name already used by any permission is 400. label defaults to the name, defaultValue to false.',
      },
      {
        question: '"Any new permissions created will not have any call permissions applied" (2167)?',
        choice: 'A new permission belongs to no dial plan rule; it shows in every user\'s and group\'s permission view with its default value.',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /permission/{name}',
    ...BASE,
    summary: 'Retrieves information on the permission specified by name (the document says "ID", 2193).',
    kind: 'read',
    doc: [doc('2171-2197')],
    request: z.object({ name: pathId }),
    response: z.object({ permission: permissionView }),
    produces: ['xml', 'json'],
    xmlItems,
    errors: ['notFound400'],
    decisions: [...shapeDecisions, notFoundDecision],
  }),
  sipxOperation({
    id: 'PUT /permission/{name}',
    ...BASE,
    summary: 'Updates the permission with the specified name. Uses the same XML as for creation.',
    kind: 'write',
    doc: [doc('2198-2204'), doc('2189-2189')],
    request: z.object({ name: pathId, body: permissionInput }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'permission',
    errors: ['notFound400'],
    decisions: [
      notFoundDecision,
      builtInDecision,
      {
        question: 'A name in the body?',
        choice: 'Ignored: the path names the permission (users\' and groups\' values are kept by name). label, description and defaultValue given replace; absent ones stay. A changed defaultValue shows at once in every permission view.',
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /permission/{name}',
    ...BASE,
    summary: 'Removes the permission specified by name; it leaves every user\'s and group\'s permissions.',
    kind: 'write',
    doc: [doc('2205-2213'), doc('2189-2189')],
    request: z.object({ name: pathId }),
    response: envelope,
    produces: ['xml', 'json'],
    errors: ['notFound400'],
    decisions: [notFoundDecision, builtInDecision],
  }),
];
