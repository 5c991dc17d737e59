import { z } from 'zod';
import { settingDecisions, settingPathParam, settingPathRead, settingValueBody } from './device-settings.ts';
import { sipxOperation } from './operation.ts';
import { noBody, pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Settings of a phone and of its lines (doc 2518-2578, 2644-2694). Base `/sipxconfig/api`, as the
 * rest of /phones (index A1, O3 PhoneApi: "settings PUT consumes text/plain"). `{settingPath}` holds
 * slashes (a group of settings or one setting): served with the wildcard `*`.
 */
const BASE = { base: 'api' as const, baseNote: 'not printed; follows /phones (send-profile example, doc 2221; index A1, O3 PhoneApi)' };

const phoneParams = { phoneId: pathId, ...settingPathParam };
const lineParams = { phoneId: pathId, lineId: pathId, ...settingPathParam };

const treeDecision = {
  question: 'Which settings does a phone (a line) have? The section is titled "View group settings" and prints no example.',
  choice:
    'Those of its model\'s vendor (Polycom, Yealink, Cisco, Grandstream): short trees of the emulator\'s own in sipxconfig\'s style, typed string/boolean/integer/enum as the table says (doc 2536). A "group" in the descriptions is a subtree path (`up`, `reg`), not a phone group. {phoneId} is the id or the MAC (doc 2436).',
};
const inheritDecision = {
  question: 'How do phone-group settings reach a phone?',
  choice:
    'As in sipxconfig, the values a phone group sets for the phone\'s model (/phoneGroups/{groupId}/model/{modelName}/settings) become the phone\'s defaults: a phone shows them until it sets its own, and DELETE reverts to them; of several groups the last in the order (highest weight) wins.',
};
const lineDecision = {
  question: 'Which lines, and what defaults?',
  choice:
    '{lineId} is the id of one of the phone\'s lines (GET /phones/{phoneId}/lines), else 404. The line\'s label and display name default to its user\'s name and the line\'s display name.',
};

export const phoneSettingContracts = [
  sipxOperation({
    id: 'GET /phones/{phoneId}/settings/{settingPath}',
    path: '/phones/{phoneId}/settings/*',
    ...BASE,
    summary: 'Retrieves the settings from the group of the specified path.',
    kind: 'read',
    doc: [doc('2518-2562')],
    request: z.object(phoneParams),
    response: settingPathRead,
    produces: ['json'],
    errors: ['notFound'],
    decisions: [treeDecision, inheritDecision, settingDecisions.pathRead],
  }),
  sipxOperation({
    id: 'PUT /phones/{phoneId}/settings/{settingPath}',
    path: '/phones/{phoneId}/settings/*',
    ...BASE,
    summary: 'Update the setting or settings from the group of the specified path.',
    kind: 'write',
    doc: [doc('2563-2569')],
    request: z.object({ ...phoneParams, body: settingValueBody }),
    response: noBody,
    produces: ['empty'],
    consumes: ['text'],
    errors: ['notFound'],
    decisions: [
      {
        ...settingDecisions.write,
        question: '"Update the setting or settings" with a body the document does not show: what does it take?',
        choice: `${settingDecisions.write.choice} The path names one setting (index O3: PhoneApi settings PUT consumes text/plain).`,
      },
    ],
  }),
  sipxOperation({
    id: 'DELETE /phones/{phoneId}/settings/{settingPath}',
    path: '/phones/{phoneId}/settings/*',
    ...BASE,
    summary: 'Delete the setting from the group of the specified path (back to its default).',
    kind: 'write',
    doc: [doc('2570-2578')],
    request: z.object(phoneParams),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
    decisions: [settingDecisions.revert, inheritDecision],
  }),
  sipxOperation({
    id: 'GET /phones/{phoneId}/lines/{lineId}/settings/{settingPath}',
    path: '/phones/{phoneId}/lines/{lineId}/settings/*',
    ...BASE,
    summary: 'Retrieve the group setting from the specified path.',
    kind: 'read',
    doc: [doc('2644-2678')],
    request: z.object(lineParams),
    response: settingPathRead,
    produces: ['json'],
    errors: ['notFound'],
    decisions: [
      lineDecision,
      {
        question: 'The table lists only path, type and description (doc 2656-2668): the whole setting object?',
        choice: 'Yes, the setting object every settings tree answers (doc 1118); the table is a subset.',
      },
      settingDecisions.pathRead,
    ],
  }),
  sipxOperation({
    id: 'PUT /phones/{phoneId}/lines/{lineId}/settings/{settingPath}',
    path: '/phones/{phoneId}/lines/{lineId}/settings/*',
    ...BASE,
    summary: 'Modify the group setting from the specified path.',
    kind: 'write',
    doc: [doc('2679-2685')],
    request: z.object({ ...lineParams, body: settingValueBody }),
    response: noBody,
    produces: ['empty'],
    consumes: ['text'],
    errors: ['notFound'],
    decisions: [lineDecision, settingDecisions.write],
  }),
  sipxOperation({
    id: 'DELETE /phones/{phoneId}/lines/{lineId}/settings/{settingPath}',
    path: '/phones/{phoneId}/lines/{lineId}/settings/*',
    ...BASE,
    summary: 'Delete the group setting from the specified path (back to its default).',
    kind: 'write',
    doc: [doc('2686-2694')],
    request: z.object(lineParams),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
    decisions: [lineDecision, settingDecisions.revert],
  }),
];
