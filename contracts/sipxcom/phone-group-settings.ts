import { deviceSettingsContracts } from './device-settings.ts';
import { pathId } from './shapes.ts';
import { doc } from './source.ts';

/**
 * The settings a phone group gives the phones of one model (doc 2906-2982). Printed without their
 * parent (`/{groupId}/model/{modelName}/settings`): served under `/phoneGroups/{groupId}/…` (quirk
 * phone-group-subpaths, index A3, O3 PhoneGroupApi). Base `/sipxconfig/api` as /phoneGroups.
 */
const BASE = { base: 'api' as const, baseNote: 'not printed; index A1/A3 suggest /api (O3 PhoneGroupApi "/phoneGroups/"), as /phoneGroups' };
const params = { groupId: pathId, modelName: pathId };
const subpathDecision = {
  question: 'The document prints this URI without its parent (/{groupId}/model/…): where is it served?',
  choice: 'Under /sipxconfig/api/phoneGroups/{groupId}/model/{modelName}/settings… (index A3, O3 PhoneGroupApi); the bare path is 404.',
  quirk: 'phone-group-subpaths',
};
const modelDecision = {
  question: 'Which group and model?',
  choice:
    '{groupId} a phone group id (404 otherwise), {modelName} a model id of GET /phones/models (404 otherwise), whether or not the group has phones of it. The settings are the phone settings of that model\'s vendor (as /phones/{phoneId}/settings); the values become the defaults of the group\'s phones of that model.',
};
const copyDecision = {
  question: 'The three descriptions are the phone group\'s ("Retrieves the phone group …", "Updates the phone group", "Deletes the phone group."): do they act on the group?',
  choice: 'No: on the group\'s settings for the model (the section\'s title). DELETE reverts them all to the model defaults; the group stays.',
  quirk: 'group-model-settings-copy-paste',
};

export const phoneGroupSettingContracts = deviceSettingsContracts({
  base: BASE,
  collection: '/{groupId}/model/{modelName}/settings',
  pathParam: '{path:.*}',
  routePrefix: '/phoneGroups',
  params,
  decisions: [subpathDecision, modelDecision],
  list: {
    summary: 'Retrieves the settings of the phone group for the phone model. (Printed: "Retrieves the phone group with the specified ID.")',
    doc: [doc('2906-2928')],
    decisions: [copyDecision],
  },
  writeAll: {
    summary: 'Updates settings of the phone group for the phone model. PUT data is plain text. (Printed: "Updates the phone group.")',
    doc: [doc('2929-2935')],
    decisions: [copyDecision],
  },
  revertAll: {
    summary: 'Reverts every setting of the phone group for the phone model. (Printed: "Deletes the phone group.")',
    doc: [doc('2936-2944')],
    decisions: [copyDecision],
    ownDecisionsOnly: true,
  },
  read: { summary: 'Retrieves the setting in the specified path.', doc: [doc('2946-2966')] },
  write: { summary: 'Updates the setting in the specified path. PUT data is plain text.', doc: [doc('2967-2973')] },
  revert: { summary: 'Reverts the setting to the default value.', doc: [doc('2974-2982')] },
});
