import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { client, createPhone, createUser, serialFor, someModel } from './helpers.ts';
import { isOn, settingAt, type SettingRead } from './setting-read.ts';

/**
 * The settings of a phone, line or phone-group model, found by reading the whole tree (the document
 * names no phone setting): `{settingPath}` empty. Answers undefined when the target does not list
 * a tree that way (noted), so the scenario stops there.
 */
async function treeOf(t: ScenarioContext, operation: string, params: Record<string, string | number>): Promise<SettingRead[] | undefined> {
  const sipx = client(t);
  const r = await sipx.raw(operation, { params: { ...params, '*': '' }, accept: 'json' });
  if (r.status !== 200) {
    t.note(`${operation} with an empty path answered ${r.status}: the target does not list the tree, nothing to round-trip`);
    return undefined;
  }
  return (sipx.decode(operation, r) as { settings: SettingRead[] }).settings;
}

const textSetting = (tree: SettingRead[]) => tree.find((s) => s.type === 'string');
const booleanSetting = (tree: SettingRead[]) => tree.find((s) => s.type === 'boolean');

export const deviceSettingScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phone-settings.round-trip',
    title: 'A phone setting: PUT plain text, read back, a bad boolean refused, DELETE reverts, unknown path 404, gone with the phone',
    doc: [doc('2518-2578')],
    operations: ['GET /phones/{phoneId}/settings/{settingPath}', 'PUT /phones/{phoneId}/settings/{settingPath}', 'DELETE /phones/{phoneId}/settings/{settingPath}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const phone = await createPhone(t, serialFor(t.number()), await someModel(t));
      const op = (m: string) => `${m} /phones/{phoneId}/settings/{settingPath}`;
      const tree = await treeOf(t, op('GET'), { phoneId: phone.id });
      if (!tree) return;
      const text = textSetting(tree)!;
      const flag = booleanSetting(tree)!;
      assert.ok(text && flag, 'a phone has text and boolean settings (doc 2536: "string or boolean")');
      const value = `conformance-${t.number()}`;
      await sipx.call(op('PUT'), { params: { phoneId: phone.id, '*': text.path }, body: value, contentType: 'text/plain' });
      const byMac = await sipx.call(op('GET'), { params: { phoneId: phone.serialNo, '*': text.path } });
      assert.equal(settingAt(byMac.body, text.path)?.value, value, 'the value reads back (by MAC too)');
      await sipx.call(op('PUT'), { params: { phoneId: phone.id, '*': flag.path }, body: isOn(flag.value) ? '0' : '1', contentType: 'text/plain' });
      const flipped = await sipx.call(op('GET'), { params: { phoneId: phone.id, '*': flag.path } });
      assert.equal(isOn(settingAt(flipped.body, flag.path)?.value), !isOn(flag.value), 'the boolean flipped');
      const bad = await sipx.refused(op('PUT'), [400], { params: { phoneId: phone.id, '*': flag.path }, body: 'perhaps', contentType: 'text/plain' });
      assert.equal(bad.status, 400, 'a boolean refuses other text');
      await sipx.call(op('DELETE'), { params: { phoneId: phone.id, '*': text.path } });
      const reverted = settingAt((await sipx.call(op('GET'), { params: { phoneId: phone.id, '*': text.path } })).body, text.path);
      assert.equal(reverted?.value, text.defaultValue, 'DELETE reverts to the default');
      assert.equal((await sipx.refused(op('GET'), [404], { params: { phoneId: phone.id, '*': `no/such/setting${t.number()}` } })).status, 404);
      const post = await sipx.send('POST', sipx.path(op('GET'), { phoneId: phone.id, '*': text.path }), { body: 'x' });
      assert.equal(post.status, 405, 'POST is unsupported (doc 2578)');
      await sipx.call('DELETE /phones/{phoneId}', { params: { phoneId: phone.id } });
      assert.equal((await sipx.refused(op('GET'), [404], { params: { phoneId: phone.id, '*': text.path } })).status, 404, 'a deleted phone has no settings');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.line-settings.round-trip',
    title: 'A line setting: PUT, read back, DELETE reverts; a line the phone does not have is 404',
    doc: [doc('2580-2694')],
    operations: [
      'GET /phones/{phoneId}/lines/{lineId}/settings/{settingPath}',
      'PUT /phones/{phoneId}/lines/{lineId}/settings/{settingPath}',
      'DELETE /phones/{phoneId}/lines/{lineId}/settings/{settingPath}',
      'POST /phones/{phoneId}/lines',
      'GET /phones/{phoneId}/lines',
    ],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const phone = await createPhone(t, serialFor(t.number()), await someModel(t));
      const user = await createUser(t);
      await sipx.call('POST /phones/{phoneId}/lines', { params: { phoneId: phone.id }, body: { line: { user: user.username } } });
      const [line] = (await sipx.call('GET /phones/{phoneId}/lines', { params: { phoneId: phone.id } })).body.lines as Array<{ id: number }>;
      const op = (m: string) => `${m} /phones/{phoneId}/lines/{lineId}/settings/{settingPath}`;
      const params = { phoneId: phone.id, lineId: line.id };
      const tree = await treeOf(t, op('GET'), params);
      if (!tree) return;
      const text = textSetting(tree)!;
      assert.ok(text, 'a line has a text setting');
      const value = `Desk ${t.number()}`;
      await sipx.call(op('PUT'), { params: { ...params, '*': text.path }, body: value, contentType: 'text/plain' });
      assert.equal(settingAt((await sipx.call(op('GET'), { params: { ...params, '*': text.path } })).body, text.path)?.value, value);
      await sipx.call(op('DELETE'), { params: { ...params, '*': text.path } });
      assert.equal(settingAt((await sipx.call(op('GET'), { params: { ...params, '*': text.path } })).body, text.path)?.value, text.defaultValue);
      const otherLine = await sipx.refused(op('GET'), [404], { params: { ...params, lineId: line.id + 100000, '*': text.path } });
      assert.equal(otherLine.status, 404, 'a line of no phone (or another phone) is 404');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.phone-group-settings.inherit',
    title: 'A phone group\'s settings for a model become its phones\' defaults; the phone\'s own value wins until DELETE',
    doc: [doc('2906-2982'), doc('2495-2509')],
    operations: [
      'GET /{groupId}/model/{modelName}/settings',
      'PUT /{groupId}/model/{modelName}/settings',
      'DELETE /{groupId}/model/{modelName}/settings',
      'GET /{groupId}/model/{modelName}/settings/{path:.*}',
      'PUT /{groupId}/model/{modelName}/settings/{path:.*}',
      'DELETE /{groupId}/model/{modelName}/settings/{path:.*}',
      'GET /phones/{phoneId}/settings/{settingPath}',
      'PUT /phones/{phoneId}/settings/{settingPath}',
      'DELETE /phones/{phoneId}/settings/{settingPath}',
    ],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const model = await someModel(t);
      const phone = await createPhone(t, serialFor(t.number()), model);
      const name = t.name('pgs');
      await sipx.call('POST /phones/{phoneId}/groups/{groupName}', { params: { phoneId: phone.id, groupName: name }, body: 'x' });
      const group = (await sipx.call('GET /phoneGroups', { accept: 'json' })).body.groups.find((g: { name: string }) => g.name === name);
      assert.ok(group, 'the group exists');
      t.cleanup(() => sipx.raw('DELETE /phoneGroups/{phoneGroupId}', { params: { phoneGroupId: group.id } }));
      const at = { groupId: group.id, modelName: model };
      const groupTree = (await sipx.call('GET /{groupId}/model/{modelName}/settings', { params: at })).body.settings as SettingRead[];
      const text = textSetting(groupTree)!;
      assert.ok(text, 'the model has a text setting');
      const phoneSetting = async () => settingAt((await sipx.call('GET /phones/{phoneId}/settings/{settingPath}', { params: { phoneId: phone.id, '*': text.path } })).body, text.path);
      const groupValue = `group-${t.number()}`;
      await sipx.call('PUT /{groupId}/model/{modelName}/settings/{path:.*}', { params: { ...at, '*': text.path }, body: groupValue, contentType: 'text/plain' });
      assert.equal(settingAt((await sipx.call('GET /{groupId}/model/{modelName}/settings/{path:.*}', { params: { ...at, '*': text.path } })).body, text.path)?.value, groupValue);
      assert.equal((await phoneSetting())?.value, groupValue, 'the phone shows its group\'s value');
      const own = `own-${t.number()}`;
      await sipx.call('PUT /phones/{phoneId}/settings/{settingPath}', { params: { phoneId: phone.id, '*': text.path }, body: own, contentType: 'text/plain' });
      assert.equal((await phoneSetting())?.value, own, 'the phone\'s own value wins');
      await sipx.call('DELETE /phones/{phoneId}/settings/{settingPath}', { params: { phoneId: phone.id, '*': text.path } });
      assert.equal((await phoneSetting())?.value, groupValue, 'reverting the phone falls back to the group');
      await sipx.call('DELETE /{groupId}/model/{modelName}/settings/{path:.*}', { params: { ...at, '*': text.path } });
      assert.equal((await phoneSetting())?.value, text.defaultValue, 'reverting the group falls back to the model default');
      await sipx.call('PUT /{groupId}/model/{modelName}/settings', { params: at, body: `${text.path}=${groupValue}`, contentType: 'text/plain' });
      assert.equal(settingAt((await sipx.call('GET /{groupId}/model/{modelName}/settings', { params: at, accept: 'xml' })).body, text.path)?.value, groupValue, 'path=value text sets it');
      await sipx.call('DELETE /{groupId}/model/{modelName}/settings', { params: at });
      assert.equal(settingAt((await sipx.call('GET /{groupId}/model/{modelName}/settings', { params: at })).body, text.path)?.value, text.defaultValue, 'DELETE reverts the group\'s settings');
      const still = await sipx.call('GET /phoneGroups/{phoneGroupId}', { params: { phoneGroupId: group.id } });
      assert.equal(still.body.name, name, '"Deletes the phone group." (sic) leaves the group in place');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.device-settings.not-found',
    title: 'Settings of an unknown phone, group, model or gateway are 404; the group paths live under /phoneGroups',
    doc: [doc('2518-2578'), doc('2906-2982'), doc('1073-1162')],
    operations: [
      'GET /phones/{phoneId}/settings/{settingPath}',
      'PUT /phones/{phoneId}/settings/{settingPath}',
      'GET /{groupId}/model/{modelName}/settings',
      'GET /gateways/{gatewayId}/settings',
      'PUT /gateways/{gatewayId}/settings/{path:.*}',
    ],
    async run(t) {
      const sipx = client(t);
      const model = await someModel(t);
      const groups = (await sipx.call('GET /phoneGroups', { accept: 'json' })).body.groups as Array<{ id: number }>;
      const noGroup = Math.max(0, ...groups.map((g) => g.id)) + 1000;
      const checks: Array<[string, Record<string, string | number>]> = [
        ['GET /phones/{phoneId}/settings/{settingPath}', { phoneId: 'ffffffffff01', '*': 'up' }],
        ['PUT /phones/{phoneId}/settings/{settingPath}', { phoneId: 'ffffffffff01', '*': 'up' }],
        ['GET /{groupId}/model/{modelName}/settings', { groupId: noGroup, modelName: model }],
        ['GET /gateways/{gatewayId}/settings', { gatewayId: 7999000 + t.number() }],
        ['PUT /gateways/{gatewayId}/settings/{path:.*}', { gatewayId: 7999000 + t.number(), '*': 'itsp-account/user-name' }],
      ];
      for (const [operation, params] of checks) {
        const r = await sipx.refused(operation, [404], { params, ...(operation.startsWith('PUT') ? { body: 'x', contentType: 'text/plain' } : {}) });
        assert.equal(r.status, 404, operation);
      }
      if (groups.length > 0) {
        const unknownModel = await sipx.refused('GET /{groupId}/model/{modelName}/settings', [404], { params: { groupId: groups[0].id, modelName: `noSuchModel${t.number()}` } });
        assert.equal(unknownModel.status, 404, 'a model the catalogue does not list');
        const bare = await sipx.send('GET', `/sipxconfig/api/${groups[0].id}/model/${encodeURIComponent(model)}/settings`);
        assert.equal(bare.status, 404, 'the printed path without /phoneGroups is not a route (index A3)');
      }
    },
  }),
];
