import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { noBody, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Hunt groups (call groups), doc 5095-5143: curl examples only, admin calls as superadmin to
 * `/sipxconfig/api/callgroups` (documented base), a group named by its extension. JSON by default
 * like the examples, XML on `Accept: text/xml` (O3: the API produces JSON and XML).
 */
const BASE = { base: 'api' as const, baseNote: 'documented: every hunt-group example calls /sipxconfig/api/callgroups (5101-5143)' };
const xmlItems = { callGroups: 'callGroup', ringBeans: 'ringBean' };

export const RING_TYPES = ['if no response', 'at the same time'] as const;

/** A member of the ring list: a user (by user name = extension), how long it rings, and how. */
export const ringBean = z.object({
  userName: z.string(),
  expiration: z.number().int(),
  type: z.enum(RING_TYPES),
});

/** A hunt group as the examples show it (5119, 5137), ring members as ringBeans. */
export const huntGroupView = z.object({
  name: z.string(),
  extension: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  did: z.string().nullable(),
  ringBeans: z.array(ringBean),
  fallbackDestination: z.string().nullable(),
  voicemailFallback: z.boolean(),
  userForward: z.boolean(),
  useFwdTimers: z.boolean(),
});

const extensionText = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_.+*#-]+$/, 'letters, digits and _ . + * # - only');
const ringInput = z.object({
  userName: z.string().min(1).max(255),
  expiration: z.union([z.number().int().min(1).max(3600), z.string().max(10)]).optional(),
  type: z.string().max(40).optional(),
});
/** The create/update body of the examples; every field optional on update (what is absent stays). */
export const huntGroupInput = z.object({
  name: z.string().min(1).max(255).optional(),
  extension: extensionText.optional(),
  description: z.string().max(1000).nullable().optional(),
  enabled: z.boolean().optional(),
  did: z.string().max(40).nullable().optional(),
  ringBeans: z.array(ringInput).max(100).nullable().optional(),
  fallbackDestination: z.string().max(255).nullable().optional(),
  voicemailFallback: z.boolean().optional(),
  userForward: z.boolean().optional(),
  useFwdTimers: z.boolean().optional(),
});

const extension = { extension: pathId };
const shapeDecisions = [
  {
    question: 'Representation of a hunt group and of the list (only request bodies are shown)?',
    choice:
      'The example body\'s fields (5119): name, extension (a string), description, enabled, did, ringBeans, fallbackDestination, voicemailFallback, userForward, useFwdTimers. The list is {"callGroups":[…]} (index A23: named after sipxconfig\'s CallGroupList; unconfirmed), XML <callGroups><callGroup>…; one group is unwrapped (<callGroup> in XML).',
  },
  {
    question: 'What is a ringBean (the examples send an empty list)?',
    choice:
      'A member of the ring list: {userName, expiration, type} — userName names an existing user (user name, id or alias; shown as the user name), expiration the seconds it rings (default 30), type "if no response" or "at the same time" (the ring types of call forwarding, 4242; DELAYED/IMMEDIATE accepted too; default "if no response"). An unknown user is 400; a user deleted later leaves every ring list.',
  },
];
const uniqueDecision = {
  question: 'Extension, name and DID clashes?',
  choice:
    'The extension must be new: not another hunt group\'s extension nor a user\'s name or alias (they share the dial plan); the name is unique among hunt groups; a DID is used by one group. A clash is 400 ERROR_VALIDATION_FAILED.',
};
const notFoundDecision = { question: 'No hunt group has that extension?', choice: '404 ERROR_OBJECT_NOT_FOUND.' };

export const huntGroupContracts = [
  sipxOperation({
    id: 'GET /callgroups',
    ...BASE,
    summary: 'Get all hunt groups (by extension).',
    kind: 'read',
    doc: [doc('5095-5101')],
    request: z.object({}),
    response: z.object({ callGroups: z.array(huntGroupView) }),
    produces: ['json', 'xml'],
    xmlItems,
    decisions: shapeDecisions,
  }),
  sipxOperation({
    id: 'POST /callgroups',
    ...BASE,
    summary: 'Create a hunt group from the JSON of the example.',
    kind: 'write',
    doc: [doc('5115-5119')],
    request: z.object({ body: huntGroupInput }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'callGroup',
    errors: ['duplicate'],
    decisions: [
      ...shapeDecisions,
      uniqueDecision,
      {
        question: 'Required fields and defaults; answer?',
        choice: 'name and extension are required (400 without); description "" , enabled true, did null, ringBeans [], fallbackDestination null, voicemailFallback true, userForward true, useFwdTimers false (the example\'s values). 200 with no body, as every /api create (index A11).',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /callgroups/prefix/{prefix}',
    ...BASE,
    summary: 'Get all hunt groups whose extension starts with the prefix.',
    kind: 'read',
    doc: [doc('5103-5107')],
    request: z.object({ prefix: pathId }),
    response: z.object({ callGroups: z.array(huntGroupView) }),
    produces: ['json', 'xml'],
    xmlItems,
    decisions: [...shapeDecisions, { question: 'No group matches?', choice: 'An empty list, 200.' }],
  }),
  sipxOperation({
    id: 'GET /callgroups/{extension}',
    ...BASE,
    summary: 'Get the hunt group with the extension.',
    kind: 'read',
    doc: [doc('5109-5113')],
    request: z.object(extension),
    response: huntGroupView,
    produces: ['json', 'xml'],
    xmlRoot: 'callGroup',
    xmlItems,
    errors: ['notFound'],
    decisions: [...shapeDecisions, notFoundDecision],
  }),
  sipxOperation({
    id: 'PUT /callgroups/{extension}',
    ...BASE,
    summary: 'Update the hunt group with the extension (the same JSON as for creation).',
    kind: 'write',
    doc: [doc('5133-5137')],
    request: z.object({ ...extension, body: huntGroupInput }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'callGroup',
    errors: ['notFound', 'duplicate'],
    decisions: [
      notFoundDecision,
      uniqueDecision,
      { question: 'Partial bodies, a new extension in the body?', choice: 'Fields given replace, absent ones stay (ringBeans replace the whole list). An extension in the body different from the path moves the group to it (checked for clashes); from then on it is found by the new one.' },
    ],
  }),
  sipxOperation({
    id: 'DELETE /callgroups/{extension}',
    ...BASE,
    summary: 'Delete the hunt group with the extension.',
    kind: 'write',
    doc: [doc('5139-5143')],
    request: z.object(extension),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
    decisions: [notFoundDecision],
  }),
  sipxOperation({
    id: 'POST /callgroups/{extension}/duplicate/{newExtension}',
    ...BASE,
    summary: 'Duplicate the hunt group as a new hunt group with a different extension.',
    kind: 'write',
    doc: [doc('5121-5125')],
    request: z.object({ ...extension, newExtension: pathId, body: z.unknown().optional() }),
    response: noBody,
    produces: ['empty'],
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound', 'duplicate'],
    decisions: [
      notFoundDecision,
      uniqueDecision,
      {
        question: 'What does the copy carry (the example sends no body)?',
        choice: 'Everything but the extension ({newExtension}), the name ("<name> <newExtension>", made unique) and the DID (null: a DID belongs to one group). A body is ignored; 200 with no body.',
      },
    ],
  }),
  sipxOperation({
    id: 'POST /callgroups/{extension}/rotate/{ringExtension}',
    ...BASE,
    summary: 'Rotate the ring list: the members after {ringExtension} ring first, {ringExtension} last.',
    kind: 'write',
    doc: [doc('5127-5131')],
    request: z.object({ ...extension, ringExtension: pathId, body: z.unknown().optional() }),
    response: noBody,
    produces: ['empty'],
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound'],
    decisions: [
      notFoundDecision,
      {
        question: 'What does "rotate/3" mean?',
        choice:
          'Index A23 (sipxconfig CallGroupApi: "rings 1,2,3,4,5 where ringExtension = 3 will be 4,5,1,2,3"): {ringExtension} is the user name (extension) of a ring member; the members after it move to the front and it becomes the last. A ringExtension that is no member is 404. A body is ignored; 200 with no body.',
      },
    ],
  }),
];
