import { z } from 'zod';
import { sipxOperation } from './operation.ts';
import { envelope, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Conferences (doc 5147-5319): the authenticated user's own conferences, their live details
 * (participants) and their settings. Base `/sipxconfig/rest` (index A1: /my/conferences and
 * /my/conferencedetails/{confName} are Restlet routes, O4). Conferences are made by the
 * administrator (no create in the document); participants join by dial-out (conference-commands.ts).
 */
const BASE = { base: 'rest' as const, baseNote: 'not documented for these URIs; the conference commands\' base is /sipxconfig/rest/my/conference (doc 5331), index A1' };

/** One conference of the list: the union of both documented property tables (5159-5169, 5248-5256). */
export const conferenceSummary = z.object({
  enabled: z.boolean(),
  name: z.string(),
  description: z.string().nullable(),
  extension: z.string(),
  accessCode: z.string().nullable(),
});

/** A participant (doc 5195-5217). */
export const conferenceMember = z.object({
  id: z.number().int(),
  name: z.string(),
  imID: z.string(),
  uuid: z.string(),
  volumeIn: z.number().int(),
  energyLevel: z.number().int(),
  canHear: z.boolean(),
  canSpeak: z.boolean(),
});

export const conferenceDetails = z.object({
  conference: z.object({
    extension: z.string(),
    locked: z.boolean(),
    members: z.array(conferenceMember),
  }),
});

/** Music on hold sources (the MOH setting's options, doc 1482). */
export const MOH_SOURCES = ['FILES_SRC', 'NONE', 'SOUNDCARD_SRC'] as const;

/** The settings of one conference (doc 5282-5300), `named` as printed (quirk conference-named). */
export const conferenceSettings = z.object({
  enabled: z.boolean(),
  named: z.string(),
  autoRecord: z.boolean(),
  quickStart: z.boolean(),
  video: z.boolean(),
  sendActiveVideoOnly: z.boolean(),
  maxMembers: z.number().int(),
  moh: z.enum(MOH_SOURCES),
  moderatedRoom: z.boolean(),
  publicRoom: z.boolean(),
});

const settingsChanges = z
  .object({
    enabled: z.boolean(),
    named: z.string().max(255),
    name: z.string().max(255),
    autoRecord: z.boolean(),
    quickStart: z.boolean(),
    video: z.boolean(),
    sendActiveVideoOnly: z.boolean(),
    maxMembers: z.number().int().min(0).max(10000),
    moh: z.enum(MOH_SOURCES),
    moderatedRoom: z.boolean(),
    publicRoom: z.boolean(),
  })
  .partial();

const ownerDecision = {
  question: 'Whose conferences may a user read or change?',
  choice: 'Only their own: another user\'s conference is 403 (doc 5222, stated for details and commands, applied to the settings too); an unknown name is 404 (doc 5220).',
};

export const conferenceContracts = [
  sipxOperation({
    id: 'GET /my/conferences',
    ...BASE,
    summary: 'Returns a list of all conferences for a specific user (the conferences the authenticated user owns).',
    kind: 'read',
    doc: [doc('5147-5179'), doc('5236-5268', 'documented twice: "View conference settings for all users"')],
    request: z.object({}),
    response: z.object({ conferences: z.array(conferenceSummary) }),
    produces: ['xml', 'json'],
    xmlItems: { conferences: 'conference' },
    access: 'user',
    decisions: [
      {
        question: 'The URI is documented twice (5147 and 5236) with different property tables and Unsupported lists.',
        choice: 'One route; each conference carries the union of both tables (index A6); the second table\'s `conference` is the item element. PUT is documented by neither section and answers 405. Quirk conferences-documented-twice.',
        quirk: 'conferences-documented-twice',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /my/conferencedetails/{confName}',
    ...BASE,
    summary: 'Returns conference details including participant details.',
    kind: 'read',
    doc: [doc('5183-5234')],
    request: z.object({ confName: pathId }),
    response: conferenceDetails,
    produces: ['xml', 'json'],
    xmlItems: { members: 'member' },
    access: 'user',
    errors: ['notFound', 'notConferenceOwner', 'conferenceNotActive'],
    decisions: [
      ownerDecision,
      { question: 'When is a conference "active"?', choice: 'While it has participants; with none it is 406 (doc 5224).' },
      {
        question: 'Which properties belong to the conference and which to a participant?',
        choice: 'conference: extension, locked, members; each member: id (the FreeSWITCH member id), name, imID (\'\' for a non-user), uuid (call leg), volumeIn, energyLevel, canHear (not deaf), canSpeak (not muted).',
      },
    ],
  }),
  sipxOperation({
    id: 'GET /my/conferences/{name}',
    ...BASE,
    summary: 'Retrieve user conference details of {name} (its settings).',
    kind: 'read',
    doc: [doc('5270-5310')],
    request: z.object({ name: pathId }),
    response: z.object({ conference: conferenceSettings }),
    produces: ['xml', 'json'],
    access: 'user',
    errors: ['notFound', 'notConferenceOwner'],
    decisions: [
      ownerDecision,
      { question: 'The property `named` (5284) where every other table says `name`.', choice: 'Answered as printed: `named` holds the conference name (quirk conference-named).', quirk: 'conference-named' },
      { question: 'What are `moh` and `maxMembers`?', choice: 'moh: the music-on-hold source, one of the MOH setting\'s options FILES_SRC, NONE, SOUNDCARD_SRC (doc 1482); maxMembers: the most participants, 0 = no limit.' },
    ],
  }),
  sipxOperation({
    id: 'PUT /my/conferences/{name}',
    ...BASE,
    summary: 'Saves user conference details of {name}.',
    kind: 'write',
    doc: [doc('5311-5319')],
    request: z.object({ name: pathId, body: settingsChanges }),
    response: envelope,
    produces: ['xml', 'json'],
    bodyRoot: 'conference',
    access: 'user',
    errors: ['notFound', 'notConferenceOwner'],
    decisions: [
      ownerDecision,
      {
        question: 'What does the PUT body hold (the example is "bar")?',
        choice:
          'The GET representation ({"conference":{…}} or <conference>…</conference>, or the fields unwrapped); fields left out keep their value. The name is not changed by a PUT: `named` (or `name`) must be the conference\'s own name if given, else 400.',
      },
      {
        question: 'A conference now holding more participants than a lowered maxMembers, or disabled while running?',
        choice: 'The participants stay; the limit and the enabled flag refuse new ones (dial).',
      },
      { question: 'Answer?', choice: '200 with the envelope SUCCESS_UPDATED "Updated" (index A11).' },
    ],
  }),
];
