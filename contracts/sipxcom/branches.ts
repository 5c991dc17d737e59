import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope, metadata, pagingQuery, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Branches (doc 223-397). Base `/sipxconfig/rest`, documented. PUT creates on the collection (337) and
 * updates on the item (391) — the "PUT to create" convention of doc 47-55, unlike phones (POST creates).
 * Users and user groups refer to a branch; deleting it takes it off them.
 */
const BASE = { base: 'rest' as const, baseNote: 'documented: Resource URI /rest/branch (227, 348), examples 311, 341, 372' };
const xmlItems = { branches: 'branch' };

/** The branch address (doc 265-291, 324-331, 377-385); `id` appears in the XML, not in the table. */
export const branchAddress = z.object({
  id: z.number().int(),
  street: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  officeDesignation: z.string().nullable(),
});

/** A branch as GET answers it (doc 373-388). */
export const branchView = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  address: branchAddress,
  phoneNumber: z.string().nullable(),
  faxNumber: z.string().nullable(),
});

const text = (max: number) => z.union([z.string().max(max), z.number().transform(String)]).nullable().optional();

/** What PUT /branch and PUT /branch/{id} read (doc 341: {"branch":{…}}; "any value entered" for id is ignored, 337). */
export const branchInput = z.object({
  id: z.unknown().optional(),
  name: z.string().min(1).max(255).optional(),
  description: z.string().max(1000).nullable().optional(),
  address: z
    .object({
      id: z.unknown().optional(),
      street: text(255),
      city: text(255),
      country: text(255),
      state: text(255),
      zip: text(40),
      officeDesignation: text(255),
    })
    .nullable()
    .optional(),
  phoneNumber: text(40),
  faxNumber: text(40),
});

const shapeDecisions = [
  {
    question: 'The table says resultPerPage and "ID"; the XML says resultsPerPage and <id>, and nests an address <id> the table lacks (249 vs 317, 253 vs 321)?',
    choice: 'The XML\'s names: resultsPerPage, id, address.id (quirk branch-table-names). Empty fields are left out of the XML (the list example shows no phoneNumber); JSON carries them as null.',
    quirk: 'branch-table-names',
  },
];

export const branchContracts = [
  sipxOperation({
    id: 'GET /branch',
    ...BASE,
    summary: 'Retrieves a list of branches defined in the system.',
    kind: 'read',
    doc: [doc('225-334')],
    request: z.object(pagingQuery),
    response: z.object({ branch: z.object({ metadata, branches: z.array(branchView) }) }),
    produces: ['xml', 'json'],
    xmlItems,
    decisions: [...shapeDecisions, { question: 'Paging?', choice: 'As /user (quirk page-params); sortby name or description.', quirk: 'page-params' }],
  }),
  sipxOperation({
    id: 'PUT /branch',
    ...BASE,
    summary: 'Adds a new branch. The ID is automatically generated and any value entered is ignored.',
    kind: 'write',
    doc: [doc('335-344')],
    request: z.object({ body: branchInput }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'branch',
    errors: ['duplicate'],
    decisions: [
      ...shapeDecisions,
      { question: 'Create answer?', choice: '201 and the envelope of doc 342 (SUCCESS_CREATED, data.id = the new id), XML by default even for a JSON request (index A12).' },
      { question: 'Missing name, or a name another branch has?', choice: '400 ERROR_VALIDATION_FAILED (the name is the only field every example has).' },
      {
        question: 'POST /branch is neither documented nor listed unsupported (only DELETE is, 344)?',
        choice: '405 like every undocumented method (index A8); PUT creates here.',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /branch/{id}',
    ...BASE,
    summary: 'Retrieves information on the branch with the specified ID.',
    kind: 'read',
    doc: [doc('346-388')],
    request: z.object({ id: pathId }),
    response: z.object({ branch: branchView }),
    produces: ['xml', 'json'],
    errors: ['notFound'],
    decisions: [...shapeDecisions, { question: 'Unknown id on GET (the 400 of 364 is about updates)?', choice: '404 (quirk not-found-404; off = 400).', quirk: 'not-found-404' }],
  }),
  sipxOperation({
    id: 'PUT /branch/{id}',
    ...BASE,
    summary: 'Updates the branch with the specified ID. Uses the same XML as for creation.',
    kind: 'write',
    doc: [doc('389-391'), doc('362-364', 'Error 400 - wrong ID when updating the branch')],
    request: z.object({ id: pathId, body: branchInput }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'branch',
    errors: ['notFound400', 'duplicate'],
    decisions: [
      ...shapeDecisions,
      { question: 'Unknown or malformed id?', choice: '400 ERROR_OBJECT_NOT_FOUND (doc 364).' },
      { question: 'Partial bodies?', choice: 'Fields given replace, absent fields stay; address fields merge one by one; an id in the body is ignored.' },
    ],
  }),
  sipxOperation({
    id: 'DELETE /branch/{id}',
    ...BASE,
    summary: 'Removes the branch with the specified ID; users, user groups and gateways in it are left without a branch.',
    kind: 'write',
    doc: [doc('393-397'), doc('362-364', 'Error 400 - wrong ID')],
    request: z.object({ id: pathId }),
    response: envelope,
    produces: ['xml', 'json'],
    errors: ['notFound400'],
    decisions: [
      { question: 'Unknown id?', choice: '400 ERROR_OBJECT_NOT_FOUND (the section\'s only code, 364).' },
      {
        question: 'Users, user groups and gateways in the branch?',
        choice: 'They stay, with no branch (sipxconfig clears the reference; "The branch element is optional", 3927).',
      },
    ],
  }),
];
