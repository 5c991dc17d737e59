import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { doc } from './source.ts';

/**
 * Licensing (Uniteme only, doc 1314-1346): the license file and its universal ID. "Default Resource
 * Properties N/A" (1318) yet both examples answer the same twelve JSON keys (1331, 1344).
 */
const BASE = { base: 'api' as const, baseNote: 'documented: Resource URI /api/license (doc 1316) and the examples /sipxconfig/api/license/ (doc 1330, 1343)' };

export const license = z.object({
  uid: z.string(),
  domain: z.string(),
  version: z.string(),
  /** dd-Mon-yyyy (`03-Jan-2026`, doc 1331). */
  expire: z.string(),
  support: z.string(),
  licenseType: z.string(),
  /** -1 in the first example (1331), 500 in the second (1344). */
  users: z.number().int(),
  mobileDevices: z.number().int(),
  company: z.string(),
  contactEmail: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
});

const propertiesDecision = {
  question: '"Default Resource Properties N/A" (doc 1318): which shape?',
  choice: 'The twelve keys both examples show (1331, 1344), users and mobileDevices as JSON numbers; XML under <license>.',
};

export const licenseContracts = [
  sipxOperation({
    id: 'GET /license',
    ...BASE,
    summary: 'Retrieves the current license file.',
    kind: 'read',
    doc: [doc('1314-1335')],
    request: z.object({}),
    response: license,
    produces: ['json', 'xml'],
    xmlRoot: 'license',
    decisions: [propertiesDecision],
  }),
  sipxOperation({
    id: 'POST /license',
    path: '/license/{uid}',
    ...BASE,
    summary: 'Sets the universal ID of the license (the UID is the last path segment, doc 1343); answers the license.',
    kind: 'write',
    doc: [doc('1337-1346')],
    request: z.object({ uid: z.string().min(1).max(200), body: z.unknown().optional() }),
    response: license,
    produces: ['json', 'xml'],
    xmlRoot: 'license',
    consumes: ['text', 'json', 'xml'],
    decisions: [
      propertiesDecision,
      {
        question: 'The Resource URI is /api/license (1316) but the example POSTs to /api/license/508316691110519 (1343): where is the UID?',
        choice: 'In the path: POST /sipxconfig/api/license/{uid}; POST /api/license without one is 405. A body is ignored.',
        quirk: 'license-uid-in-path',
      },
      {
        question: 'Which UIDs are accepted, and what changes?',
        choice:
          'Letters, digits, "-", "_" and "." up to 64 characters (the example is 15 digits); anything else is 400. Only `uid` changes (the second example shows a different license altogether, fetched from the licensing server, which the emulator does not have). 200 with the license, as the example shows (1344), rather than the empty /api write answer.',
      },
    ],
  }),
];
