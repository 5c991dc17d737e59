import { z } from 'zod';
import type { Decision } from '../core/index.ts';
import { settingsFormsContracts } from './device-settings.ts';
import { sipxOperation } from './operation.ts';
import { noBody, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Page groups (doc 1637-1865). Base `/sipxconfig/api` (index A1: PagingGroupApi `@Path("/pagegroups/")`
 * in the JAX-RS api.beans.xml, O3). The prompts of the section are contracts/sipxcom/prompts.ts.
 */
const BASE = {
  base: 'api' as const,
  baseNote: 'not documented (the Resource URI has no prefix and no example); index A1 suggests /api: PagingGroupApi (@Path("/pagegroups/")) is registered in the JAX-RS api.beans.xml (O3)',
};

/** A page group as GET answers it: the property table of doc 1650-1671. */
export const pageGroup = z.object({
  id: z.number().int(),
  enabled: z.boolean(),
  groupNumber: z.string(),
  timeout: z.number().int(),
  sound: z.string(),
  description: z.string().nullable(),
  /** The members (user names), who hear the page. */
  users: z.array(z.string()),
});

const userRef = z.union([z.string().min(1).max(255), z.number().int()]);
const flag = z.union([z.boolean(), z.enum(['true', 'false', '0', '1'])]);
const count = z.union([z.number().int(), z.string().regex(/^\d{1,6}$/)]);

/** What POST and PUT read: the table's fields; `pageGroupNumber` (sipxconfig's bean name) is read as `groupNumber`. */
export const pageGroupInput = z.object({
  id: z.unknown().optional(),
  enabled: flag.optional(),
  groupNumber: z.union([z.string().max(100), z.number().int()]).optional(),
  pageGroupNumber: z.union([z.string().max(100), z.number().int()]).optional(),
  timeout: count.optional(),
  sound: z.string().max(255).optional(),
  description: z.string().max(1000).nullable().optional(),
  users: z.union([z.array(userRef).max(1000), z.null()]).optional(),
});

const shapeDecisions: Decision[] = [
  {
    question: 'Field names and representation (a property table, no example — "foo"/"bar")?',
    choice:
      'The table\'s names in the camel case of its other fields: id (the table\'s "ID"), enabled (true/false), groupNumber (the table\'s "GroupNumber"; input also reads sipxconfig\'s "pageGroupNumber"), timeout (whole seconds), sound (a file of the page group prompt library), description; plus users, the user names of the members (sipxconfig pages the phones of a group\'s users). A list is {"pageGroups":[…]}; one group is unwrapped (XML root <pageGroup>). JSON by default, XML on Accept: text/xml.',
  },
];

const inputDecisions: Decision[] = [
  {
    question: 'What is checked on create and update?',
    choice:
      'groupNumber: required on create, 1-10 digits, unique among page groups (sipxconfig refuses a duplicate page group number) — a page group number is dialled after the paging prefix (settings page-config/prefix), so it does not share the extension space of users and orbits; timeout: 1-86400 seconds (default 60); sound: a file of /pagegroups/prompts (default default.wav, seeded); users: each an id, user name or alias of an existing user (index: users are named by "ID, name, or alias", doc 3153), kept once each. Any violation is 400 ERROR_VALIDATION_FAILED naming it. An id in the body is ignored. Create and update answer 200 with no body (index A11); a create is found by its number in the list.',
  },
  {
    question: 'A member user is deleted?',
    choice: 'They leave the group: a group lists only users that exist.',
  },
];

const putConflict: Decision = {
  question: 'PUT is documented ("Modifies …") and listed in "Unsupported HTTP Method: PUT, POST" on the same URI: served?',
  choice: 'Served: the HTTP Method block wins (index A7 default; O3 declares the PUT).',
  quirk: 'put-documented-and-unsupported',
};

const settingsDecisions: Decision[] = [
  {
    question: 'Which settings has the paging service (the document shows "foo"/"bar")?',
    choice:
      'page-config/prefix (string, default *77: the paging feature code), page-config/SIP_PAGE_LOG_LEVEL (enum of log levels, default NOTICE), page-config/sip-trace (boolean, default 0) — one of each type the property table names (string, boolean, enum; doc 1766-1784). Scenarios do not assume these paths on a real system.',
  },
  {
    question: 'The URI carries no setting path, yet DELETE "Deletes the paging group specified by path": where is the path?',
    choice:
      'The bare URI works for every documented method and the same operation is also served at /pagegroups/settings/{path} (sipxconfig\'s settings/{path:.*}, O3). GET: bare = every setting; with a path = that setting unwrapped (a leaf) or {"settings":[…]} (a subtree; quirk settings-leaf-unwrapped). PUT: with a path = the new value as plain text; bare = one path=value per line, or {"settings":[{"path","value"}]} as GET shows it (all or nothing). DELETE: with a path = the settings under it back to their defaults; bare = every setting back to its default. An unknown path is 404, a value the type refuses 400; writes answer 200 with no body.',
    quirk: 'settings-path-forms',
  },
];

const jsonOnly: Decision = {
  question: 'Representation of the settings?',
  choice: 'JSON, the only representation the document shows for settings (doc 450, 1447, 1482); a leaf and a subtree have different shapes, so an Accept asking for XML still gets JSON (never 406).',
};


export const pageGroupContracts = [
  sipxOperation({
    id: 'GET /pagegroups',
    ...BASE,
    summary: 'Retrieves all the page groups defined in the system.',
    kind: 'read',
    doc: [doc('1637-1681')],
    request: z.object({}),
    response: z.object({ pageGroups: z.array(pageGroup) }),
    produces: ['json', 'xml'],
    xmlItems: { users: 'user' },
    decisions: shapeDecisions,
  }),
  sipxOperation({
    id: 'POST /pagegroups',
    ...BASE,
    summary: 'Creates a new page group.',
    kind: 'write',
    doc: [doc('1682-1690')],
    request: z.object({ body: pageGroupInput }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'pageGroup',
    xmlItems: { users: 'user' },
    errors: ['duplicate'],
    decisions: [...shapeDecisions, ...inputDecisions],
  }),
  sipxOperation({
    id: 'GET /pagegroups/{pagegroupId}',
    ...BASE,
    summary: 'Retrieves the page group with the specified ID.',
    kind: 'read',
    doc: [doc('1692-1736')],
    request: z.object({ pagegroupId: pathId }),
    response: pageGroup,
    produces: ['json', 'xml'],
    xmlRoot: 'pageGroup',
    xmlItems: { users: 'user' },
    errors: ['notFound'],
    decisions: [...shapeDecisions, { question: 'An id that is not a number, or no group has?', choice: '404 ERROR_OBJECT_NOT_FOUND (sipxconfig reads an integer id).' }],
  }),
  sipxOperation({
    id: 'PUT /pagegroups/{pagegroupId}',
    ...BASE,
    summary: 'Modifies the page group with the specified ID (fields given replace, absent fields stay).',
    kind: 'write',
    doc: [doc('1737-1743'), doc('1752-1752', '"Unsupported HTTP Method: PUT, POST"')],
    request: z.object({ pagegroupId: pathId, body: pageGroupInput }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'pageGroup',
    xmlItems: { users: 'user' },
    errors: ['notFound', 'duplicate'],
    decisions: [...inputDecisions, putConflict],
  }),
  sipxOperation({
    id: 'DELETE /pagegroups/{pagegroupId}',
    ...BASE,
    summary: 'Deletes the page group specified by ID.',
    kind: 'write',
    doc: [doc('1744-1752')],
    request: z.object({ pagegroupId: pathId }),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
    decisions: [{ question: 'What goes with the group?', choice: 'Only the group: its members stay users, its sound stays in the prompt library. 200 with no body.' }],
  }),
  ...settingsFormsContracts({
    base: BASE,
    uri: '/pagegroups/settings',
    params: {},
    decisions: settingsDecisions,
    read: { summary: 'Retrieves the options of the paging service (all, or those under a setting path).', doc: [doc('1754-1794')], decisions: [jsonOnly] },
    write: {
      summary: 'Modifies options of the paging service. PUT data is plain text.',
      doc: [doc('1795-1801'), doc('1806-1806', '"Unsupported HTTP Method: PUT, POST"')],
      decisions: [{ ...putConflict, question: 'PUT is documented and listed in "Unsupported HTTP Method: PUT, POST" (1806): served?' }],
    },
    revert: { summary: 'Reverts options of the paging service to their defaults (those under a path, or all).', doc: [doc('1802-1806')] },
  }),
];
