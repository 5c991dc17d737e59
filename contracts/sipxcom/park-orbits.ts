import { z } from 'zod';
import type { Decision } from '../core/index.ts';
import { settingsFormsContracts } from './device-settings.ts';
import { sipxOperation } from './operation.ts';
import { noBody, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Park orbits (doc 1867-2073). Base `/sipxconfig/api` (index A1: CallParkApi `@Path("/orbits/")` in the
 * JAX-RS api.beans.xml, O3). The prompts of the section are contracts/sipxcom/prompts.ts.
 * The document gives the orbit no property and no example: every field is a decision below.
 */
const BASE = {
  base: 'api' as const,
  baseNote: 'not documented (the Resource URI has no prefix and no example); index A1 suggests /api: CallParkApi (@Path("/orbits/")) is registered in the JAX-RS api.beans.xml (O3)',
};

/** A park orbit as GET answers it (sipxconfig's ParkOrbit: name, extension, description, enabled, music). */
export const parkOrbit = z.object({
  id: z.number().int(),
  name: z.string(),
  extension: z.string(),
  description: z.string().nullable(),
  enabled: z.boolean(),
  /** The music a parked call hears: a file of the park orbit prompt library. */
  music: z.string(),
});

const flag = z.union([z.boolean(), z.enum(['true', 'false', '0', '1'])]);

export const parkOrbitInput = z.object({
  id: z.unknown().optional(),
  name: z.string().max(255).optional(),
  extension: z.union([z.string().max(100), z.number().int()]).optional(),
  description: z.string().max(1000).nullable().optional(),
  enabled: flag.optional(),
  music: z.string().max(255).optional(),
});

const shapeDecisions: Decision[] = [
  {
    question: 'Fields of an orbit ("Default Resource Properties" empty, examples "foo"/"bar")?',
    choice:
      'Those of sipxconfig\'s park orbit: id, name, extension, description, enabled (true/false), music (a file of /orbits/prompts, the music a parked call hears). A list is {"orbits":[…]}; one orbit is unwrapped (XML root <orbit>). JSON by default, XML on Accept: text/xml.',
  },
];

const inputDecisions: Decision[] = [
  {
    question: 'What is checked on create and update?',
    choice:
      'name: required on create, 1-255 characters, unique among orbits; extension: required on create, 1-20 digits, unique among orbits and not a user name or alias (sipxconfig refuses an extension another entity uses: a call to it must reach one place); music: a file of /orbits/prompts (default default.wav, seeded); enabled defaults to true. Any violation is 400 ERROR_VALIDATION_FAILED naming it. An id in the body is ignored. Create and update answer 200 with no body (index A11); a create is found by its extension in the list.',
  },
];

const copyPaste: Decision = {
  question: 'GET /orbits "Downloads prompts based upon file name." and POST "Uploads a park orbit prompt based upon file name." (sic)?',
  choice: 'The section heading ("View park orbits") and the URI win: GET lists the orbits, POST creates one. Prompts are /orbits/prompts.',
  quirk: 'orbits-prompt-descriptions',
};

const putConflict: Decision = {
  question: 'PUT is documented ("Modifies …") and listed in "Unsupported HTTP Method: PUT, POST" on the same URI: served?',
  choice: 'Served: the HTTP Method block wins (index A7 default; O3 declares the PUT).',
  quirk: 'put-documented-and-unsupported',
};

const settingsDecisions: Decision[] = [
  {
    question: 'Which options has an orbit?',
    choice:
      'Those of sipxconfig\'s park orbit: general/enableTimeout (boolean, default 1), general/parkTimeout (integer seconds, default 120), general/multipleCalls (boolean, default 0), general/allowTransfer (boolean, default 0), general/transferKey (string, default 0). Each orbit has its own values; deleting the orbit forgets them. Scenarios do not assume these paths on a real system.',
  },
  {
    question: 'The URI is documented twice: "Manage park orbit options" (1938) and "Manage the park orbit service" — "Retrieves general service options." (1976): which?',
    choice:
      'One operation: the options of the orbit in the path (the URI carries an orbit id). The park service\'s general options (sipxconfig\'s /orbits/settings, index A4) have no URI of their own in the document and are not served.',
    quirk: 'orbit-settings-documented-twice',
  },
  {
    question: 'Where is the setting path of a PUT or DELETE (the URI carries none)?',
    choice:
      'The bare URI works for every documented method and the same operation is also served at /orbits/{orbitId}/settings/{path} (sipxconfig\'s {orbitId}/settings/{path:.*}, O3). GET: bare = every option; with a path = that setting unwrapped (a leaf) or {"settings":[…]} (a subtree; quirk settings-leaf-unwrapped). PUT: with a path = the new value as plain text; bare = one path=value per line, or {"settings":[{"path","value"}]} (all or nothing). DELETE: with a path = the options under it back to their defaults; bare = every option back to its default ("Deletes the options"). Unknown orbit or path 404, a value the type refuses 400; writes answer 200 with no body. JSON only, as every settings example.',
    quirk: 'settings-path-forms',
  },
];

const byOrbit = { orbitId: pathId };

export const parkOrbitContracts = [
  sipxOperation({
    id: 'GET /orbits',
    ...BASE,
    summary: 'Retrieves the park orbits.',
    kind: 'read',
    doc: [doc('1867-1889')],
    request: z.object({}),
    response: z.object({ orbits: z.array(parkOrbit) }),
    produces: ['json', 'xml'],
    decisions: [...shapeDecisions, copyPaste],
  }),
  sipxOperation({
    id: 'POST /orbits',
    ...BASE,
    summary: 'Creates a park orbit.',
    kind: 'write',
    doc: [doc('1890-1898')],
    request: z.object({ body: parkOrbitInput }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'orbit',
    errors: ['duplicate'],
    decisions: [...shapeDecisions, ...inputDecisions, copyPaste],
  }),
  sipxOperation({
    id: 'GET /orbits/{orbitId}',
    ...BASE,
    summary: 'Retrieves the park orbit with the specified ID.',
    kind: 'read',
    doc: [doc('1900-1920')],
    request: z.object(byOrbit),
    response: parkOrbit,
    produces: ['json', 'xml'],
    xmlRoot: 'orbit',
    errors: ['notFound'],
    decisions: [...shapeDecisions, { question: 'An id that is not a number, or no orbit has?', choice: '404 ERROR_OBJECT_NOT_FOUND.' }],
  }),
  sipxOperation({
    id: 'PUT /orbits/{orbitId}',
    ...BASE,
    summary: 'Modifies the park orbit with the specified ID (fields given replace, absent fields stay).',
    kind: 'write',
    doc: [doc('1921-1927'), doc('1936-1936', '"Unsupported HTTP Method: PUT, POST"')],
    request: z.object({ ...byOrbit, body: parkOrbitInput }),
    response: noBody,
    produces: ['empty'],
    bodyRoot: 'orbit',
    errors: ['notFound', 'duplicate'],
    decisions: [...inputDecisions, putConflict],
  }),
  sipxOperation({
    id: 'DELETE /orbits/{orbitId}',
    ...BASE,
    summary: 'Deletes the park orbit with the specified ID, and its options.',
    kind: 'write',
    doc: [doc('1928-1936')],
    request: z.object(byOrbit),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
  }),
  ...settingsFormsContracts({
    base: BASE,
    uri: '/orbits/{orbitId}/settings',
    params: byOrbit,
    decisions: settingsDecisions,
    read: {
      summary: 'Retrieves the options of the park orbit (all, or those under a setting path).',
      doc: [doc('1938-1958'), doc('1976-1996', 'the same URI documented again: "Retrieves general service options."')],
    },
    write: {
      summary: 'Modifies options of the park orbit. PUT data is plain text.',
      doc: [doc('1959-1965'), doc('1997-2003', 'documented again: "Modifies the general service options."'), doc('1974-1974', '"Unsupported HTTP Method: PUT, POST"')],
      decisions: [{ ...putConflict, question: 'PUT is documented and listed in "Unsupported HTTP Method: PUT, POST" (1974, 2012): served?' }],
    },
    revert: {
      summary: 'Reverts options of the park orbit to their defaults (those under a path, or all).',
      doc: [doc('1966-1974'), doc('2004-2012', 'documented again: "Deletes the service options."')],
    },
  }),
];
