import { z } from 'zod';
import { settingDecisions, settingList, settingPathParam, settingPathRead, settingsBatchBody, settingValueBody } from './device-settings.ts';
import { sipxOperation } from './operation.ts';
import { noBody, pathId } from './shapes.ts';
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

export const phoneGroupSettingContracts = [
  sipxOperation({
    id: 'GET /{groupId}/model/{modelName}/settings',
    path: '/phoneGroups/{groupId}/model/{modelName}/settings',
    ...BASE,
    summary: 'Retrieves the settings of the phone group for the phone model. (Printed: "Retrieves the phone group with the specified ID.")',
    kind: 'read',
    doc: [doc('2906-2928')],
    request: z.object(params),
    response: settingList,
    produces: ['json', 'xml'],
    errors: ['notFound'],
    decisions: [subpathDecision, modelDecision, copyDecision],
  }),
  sipxOperation({
    id: 'PUT /{groupId}/model/{modelName}/settings',
    path: '/phoneGroups/{groupId}/model/{modelName}/settings',
    ...BASE,
    summary: 'Updates settings of the phone group for the phone model. PUT data is plain text. (Printed: "Updates the phone group.")',
    kind: 'write',
    doc: [doc('2929-2935')],
    request: z.object({ ...params, body: settingsBatchBody }),
    response: noBody,
    produces: ['empty'],
    consumes: ['text', 'json', 'xml'],
    errors: ['notFound'],
    decisions: [subpathDecision, modelDecision, copyDecision, settingDecisions.batch],
  }),
  sipxOperation({
    id: 'DELETE /{groupId}/model/{modelName}/settings',
    path: '/phoneGroups/{groupId}/model/{modelName}/settings',
    ...BASE,
    summary: 'Reverts every setting of the phone group for the phone model. (Printed: "Deletes the phone group.")',
    kind: 'write',
    doc: [doc('2936-2944')],
    request: z.object(params),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
    decisions: [subpathDecision, modelDecision, copyDecision],
  }),
  sipxOperation({
    id: 'GET /{groupId}/model/{modelName}/settings/{path:.*}',
    path: '/phoneGroups/{groupId}/model/{modelName}/settings/*',
    ...BASE,
    summary: 'Retrieves the setting in the specified path.',
    kind: 'read',
    doc: [doc('2946-2966')],
    request: z.object({ ...params, ...settingPathParam }),
    response: settingPathRead,
    produces: ['json'],
    errors: ['notFound'],
    decisions: [subpathDecision, modelDecision, settingDecisions.pathRead],
  }),
  sipxOperation({
    id: 'PUT /{groupId}/model/{modelName}/settings/{path:.*}',
    path: '/phoneGroups/{groupId}/model/{modelName}/settings/*',
    ...BASE,
    summary: 'Updates the setting in the specified path. PUT data is plain text.',
    kind: 'write',
    doc: [doc('2967-2973')],
    request: z.object({ ...params, ...settingPathParam, body: settingValueBody }),
    response: noBody,
    produces: ['empty'],
    consumes: ['text'],
    errors: ['notFound'],
    decisions: [subpathDecision, modelDecision, settingDecisions.write],
  }),
  sipxOperation({
    id: 'DELETE /{groupId}/model/{modelName}/settings/{path:.*}',
    path: '/phoneGroups/{groupId}/model/{modelName}/settings/*',
    ...BASE,
    summary: 'Reverts the setting to the default value.',
    kind: 'write',
    doc: [doc('2974-2982')],
    request: z.object({ ...params, ...settingPathParam }),
    response: noBody,
    produces: ['empty'],
    errors: ['notFound'],
    decisions: [subpathDecision, modelDecision, settingDecisions.revert],
  }),
];
