import { z } from 'zod';
import { deviceSettingsContracts, settingDecisions } from './device-settings.ts';
import { pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * Settings of a phone and of its lines (doc 2518-2578, 2644-2694). Base `/sipxconfig/api`, as the
 * rest of /phones (index A1, O3 PhoneApi: "settings PUT consumes text/plain"). `{settingPath}` holds
 * slashes (a group of settings or one setting): served with the wildcard `*`.
 */
const BASE = { base: 'api' as const, baseNote: 'not printed; follows /phones (send-profile example, doc 2221; index A1, O3 PhoneApi)' };


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
  ...deviceSettingsContracts({
    base: BASE,
    collection: '/phones/{phoneId}/settings',
    pathParam: '{settingPath}',
    params: { phoneId: pathId },
    decisions: [treeDecision],
    read: { summary: 'Retrieves the settings from the group of the specified path.', doc: [doc('2518-2562')], decisions: [inheritDecision] },
    write: {
      summary: 'Update the setting or settings from the group of the specified path.',
      doc: [doc('2563-2569')],
      ownDecisionsOnly: true,
      decisions: [
        {
          ...settingDecisions.write,
          question: '"Update the setting or settings" with a body the document does not show: what does it take?',
          choice: `${settingDecisions.write.choice} The path names one setting (index O3: PhoneApi settings PUT consumes text/plain).`,
        },
      ],
    },
    revert: { summary: 'Delete the setting from the group of the specified path (back to its default).', doc: [doc('2570-2578')], decisions: [inheritDecision] },
  }),
  ...deviceSettingsContracts({
    base: BASE,
    collection: '/phones/{phoneId}/lines/{lineId}/settings',
    pathParam: '{settingPath}',
    params: { phoneId: pathId, lineId: pathId },
    decisions: [lineDecision],
    read: {
      summary: 'Retrieve the group setting from the specified path.',
      doc: [doc('2644-2678')],
      decisions: [
        {
          question: 'The table lists only path, type and description (doc 2656-2668): the whole setting object?',
          choice: 'Yes, the setting object every settings tree answers (doc 1118); the table is a subset.',
        },
      ],
    },
    write: { summary: 'Modify the group setting from the specified path.', doc: [doc('2679-2685')] },
    revert: { summary: 'Delete the group setting from the specified path (back to its default).', doc: [doc('2686-2694')] },
  }),
];
