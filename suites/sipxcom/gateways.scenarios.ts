import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { client } from './helpers.ts';
import { settingAt } from './setting-read.ts';

/** A gateway id no gateway of the target has (the run's number), created with POST and deleted at cleanup. */
async function createGateway(t: ScenarioContext, model: string, extra: Record<string, unknown> = {}) {
  const sipx = client(t);
  const id = t.number();
  const free = await sipx.refused('GET /gateways/{gatewayId}', [404], { params: { gatewayId: id } });
  assert.equal(free.status, 404, `gateway ${id} must not exist before the scenario creates it`);
  const name = t.name('gw');
  await sipx.call('POST /gateways/{gatewayId}', { params: { gatewayId: id }, body: { name, model, address: '192.0.2.10', description: 'conformance gateway', ...extra } });
  t.cleanup(() => sipx.raw('DELETE /gateways/{gatewayId}', { params: { gatewayId: id } }));
  return { id, name };
}

export const gatewayScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.gateway.catalogue',
    title: 'The gateway model catalogue and the gateway list answer JSON; the catalogue refuses writes with 405',
    doc: [doc('975-1021')],
    operations: ['GET /gateways/models', 'GET /gateways'],
    async run(t) {
      const sipx = client(t);
      const models = await sipx.call('GET /gateways/models');
      assert.match(models.response.contentType, /json/, '/api answers JSON by default (doc 1019)');
      const ids = models.body.models.map((m: { modelId: string }) => m.modelId);
      for (const id of ['sipTrunkStandard', 'genericGatewayStandard']) assert.ok(ids.includes(id), `the catalogue lists ${id} (doc 1019)`);
      const xml = await sipx.call('GET /gateways/models', { accept: 'xml' });
      assert.deepEqual(xml.body.models.map((m: { modelId: string }) => m.modelId), ids, 'XML lists the same models');
      const list = await sipx.call('GET /gateways', { accept: 'json' });
      for (const g of list.body.gateways) assert.ok(ids.includes(g.model.modelId), `gateway ${g.id} has a catalogue model`);
      for (const method of ['PUT', 'POST', 'DELETE']) {
        const r = await sipx.send(method, sipx.path('GET /gateways/models'), method === 'DELETE' ? {} : { body: 'x' });
        assert.equal(r.status, 405, `${method} /gateways/models is unsupported (doc 1021)`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.gateway.lifecycle',
    title: 'POST /gateways/{id} creates with that id, GET reads it unwrapped, PUT updates, DELETE removes',
    doc: [doc('1023-1071'), doc('984-984')],
    operations: ['POST /gateways/{gatewayId}', 'GET /gateways/{gatewayId}', 'PUT /gateways/{gatewayId}', 'DELETE /gateways/{gatewayId}', 'GET /gateways'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const { id, name } = await createGateway(t, 'sipTrunkStandard');
      const read = await sipx.call('GET /gateways/{gatewayId}', { params: { gatewayId: id } });
      assert.equal(read.body.id, id, 'the gateway has the id the POST named');
      assert.equal(read.body.name, name);
      assert.equal(read.body.model.modelId, 'sipTrunkStandard');
      assert.equal(read.body.address, '192.0.2.10');
      assert.ok(read.body.callerAliasInfo && typeof read.body.callerAliasInfo.keepDigits === 'number', 'caller-ID fields are nested (doc 984)');
      const again = await sipx.refused('POST /gateways/{gatewayId}', [400, 409], { params: { gatewayId: id }, body: { name: t.name('gw'), model: 'sipTrunkStandard' } });
      assert.ok(again.status >= 400 && again.status < 500, 'a second create with the same id is refused');
      await sipx.call('PUT /gateways/{gatewayId}', { params: { gatewayId: id }, body: { gateway: { description: 'moved to rack 2', addressPort: 5080 } } });
      const updated = await sipx.call('GET /gateways/{gatewayId}', { params: { gatewayId: id }, accept: 'xml' });
      assert.equal(updated.body.description, 'moved to rack 2');
      assert.equal(updated.body.addressPort, 5080);
      assert.equal(updated.body.name, name, 'fields not given stay');
      const list = await sipx.call('GET /gateways');
      assert.ok(list.body.gateways.some((g: { id: number }) => g.id === id), 'the list holds the new gateway');
      await sipx.call('DELETE /gateways/{gatewayId}', { params: { gatewayId: id } });
      assert.equal((await sipx.refused('GET /gateways/{gatewayId}', [404], { params: { gatewayId: id } })).status, 404);
      const after = await sipx.call('GET /gateways');
      assert.ok(!after.body.gateways.some((g: { id: number }) => g.id === id), 'the deleted gateway left the list');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.gateway.refusals',
    title: 'A gateway with an unknown model is refused and not created; unknown ids are 404 on GET, PUT and DELETE',
    doc: [doc('1012-1069')],
    operations: ['POST /gateways/{gatewayId}', 'GET /gateways/{gatewayId}', 'PUT /gateways/{gatewayId}', 'DELETE /gateways/{gatewayId}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const id = t.number();
      t.cleanup(() => sipx.raw('DELETE /gateways/{gatewayId}', { params: { gatewayId: id } }));
      assert.equal((await sipx.refused('GET /gateways/{gatewayId}', [404], { params: { gatewayId: id } })).status, 404);
      const badModel = await sipx.refused('POST /gateways/{gatewayId}', [400], { params: { gatewayId: id }, body: { name: t.name('gw'), model: `noSuchModel${id}` } });
      assert.equal(badModel.status, 400, 'a model the catalogue does not list is refused');
      const noName = await sipx.refused('POST /gateways/{gatewayId}', [400], { params: { gatewayId: id }, body: { model: 'genericGatewayStandard' } });
      assert.equal(noName.status, 400, 'a gateway needs a name');
      assert.equal((await sipx.refused('GET /gateways/{gatewayId}', [404], { params: { gatewayId: id } })).status, 404, 'nothing was created');
      const put = await sipx.refused('PUT /gateways/{gatewayId}', [404], { params: { gatewayId: id }, body: { description: 'x' } });
      assert.equal(put.status, 404, 'PUT updates only: an unknown id is 404');
      assert.equal((await sipx.refused('DELETE /gateways/{gatewayId}', [404], { params: { gatewayId: id } })).status, 404);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.gateway.settings',
    title: 'A SIP trunk\'s itsp-account settings: PUT plain text, read back, typed values checked, DELETE reverts, gone with the gateway',
    doc: [doc('1073-1162')],
    operations: [
      'GET /gateways/{gatewayId}/settings',
      'GET /gateways/{gatewayId}/settings/{path:.*}',
      'PUT /gateways/{gatewayId}/settings/{path:.*}',
      'DELETE /gateways/{gatewayId}/settings/{path:.*}',
    ],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const { id } = await createGateway(t, 'sipTrunkStandard');
      const all = await sipx.call('GET /gateways/{gatewayId}/settings', { params: { gatewayId: id } });
      const paths = all.body.settings.map((s: { path: string }) => s.path);
      for (const p of ['itsp-account/user-name', 'itsp-account/registration-interval', 'itsp-account/sip-keepalive-method']) assert.ok(paths.includes(p), `a SIP trunk has ${p} (doc 1118)`);
      const user = 'itsp-account/user-name';
      const value = String(5500 + (t.number() % 100));
      await sipx.call('PUT /gateways/{gatewayId}/settings/{path:.*}', { params: { gatewayId: id, '*': user }, body: value, contentType: 'text/plain' });
      const read = await sipx.call('GET /gateways/{gatewayId}/settings/{path:.*}', { params: { gatewayId: id, '*': user } });
      assert.equal(settingAt(read.body, user)?.value, value, 'the PUT text is the value');
      const group = await sipx.call('GET /gateways/{gatewayId}/settings/{path:.*}', { params: { gatewayId: id, '*': 'itsp-account' } });
      assert.equal(settingAt(group.body, user)?.value, value, 'a subtree path lists the setting too');
      const interval = 'itsp-account/registration-interval';
      const bad = await sipx.refused('PUT /gateways/{gatewayId}/settings/{path:.*}', [400], { params: { gatewayId: id, '*': interval }, body: 'soon', contentType: 'text/plain' });
      assert.equal(bad.status, 400, 'an integer setting refuses text');
      const keepalive = 'itsp-account/sip-keepalive-method';
      const enumBad = await sipx.refused('PUT /gateways/{gatewayId}/settings/{path:.*}', [400], { params: { gatewayId: id, '*': keepalive }, body: 'PING', contentType: 'text/plain' });
      assert.equal(enumBad.status, 400, 'an enum setting takes one of its options (CR-LF, NONE)');
      await sipx.call('PUT /gateways/{gatewayId}/settings/{path:.*}', { params: { gatewayId: id, '*': keepalive }, body: 'NONE', contentType: 'text/plain' });
      await sipx.call('DELETE /gateways/{gatewayId}/settings/{path:.*}', { params: { gatewayId: id, '*': keepalive } });
      const reverted = settingAt((await sipx.call('GET /gateways/{gatewayId}/settings/{path:.*}', { params: { gatewayId: id, '*': keepalive } })).body, keepalive);
      assert.equal(reverted?.value, reverted?.defaultValue, 'DELETE reverts to the default');
      const unknown = await sipx.refused('GET /gateways/{gatewayId}/settings/{path:.*}', [404], { params: { gatewayId: id, '*': `no-such-group/x${id}` } });
      assert.equal(unknown.status, 404);
      const post = await sipx.send('POST', sipx.path('GET /gateways/{gatewayId}/settings/{path:.*}', { gatewayId: id, '*': user }), { body: 'x' });
      assert.equal(post.status, 405, 'POST is unsupported (doc 1162)');
      const putAll = await sipx.send('PUT', sipx.path('GET /gateways/{gatewayId}/settings', { gatewayId: id }), { body: 'x' });
      assert.equal(putAll.status, 405, 'PUT on the whole list is unsupported (doc 1120)');
      await sipx.call('DELETE /gateways/{gatewayId}', { params: { gatewayId: id } });
      const gone = await sipx.refused('GET /gateways/{gatewayId}/settings', [404], { params: { gatewayId: id } });
      assert.equal(gone.status, 404, 'a deleted gateway has no settings');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.gateway.ports',
    title: 'An FXO gateway\'s port settings: several at once as path=value text (all or nothing), one by path, DELETE reverts',
    doc: [doc('1164-1244')],
    operations: [
      'GET /gateways/{gatewayId}/port/{portId}/settings',
      'PUT /gateways/{gatewayId}/port/{portId}/settings',
      'DELETE /gateways/{gatewayId}/port/{portId}/settings',
      'GET /gateways/{gatewayId}/port/{portId}/settings/{path:.*}',
      'PUT /gateways/{gatewayId}/port/{portId}/settings/{path:.*}',
      'DELETE /gateways/{gatewayId}/port/{portId}/settings/{path:.*}',
    ],
    mutates: true,
    skipOn: { real: 'no operation creates a gateway port: on a real system ports are added in the admin UI; the emulator gives each AudioCodes gateway fixed ports' },
    async run(t) {
      const sipx = client(t);
      const fxo = await createGateway(t, 'audiocodesMP1X4_4_FXO');
      const port = { gatewayId: fxo.id, portId: 1 };
      const list = (await sipx.call('GET /gateways/{gatewayId}/port/{portId}/settings', { params: port })).body.settings as Array<{ path: string; type: string; value: string | null; defaultValue: string | null }>;
      const text = list.find((s) => s.type === 'string')!;
      const number = list.find((s) => s.type === 'integer')!;
      assert.ok(text && number, 'an FXO port has a text and a number setting');
      await sipx.call('PUT /gateways/{gatewayId}/port/{portId}/settings', { params: port, body: `${text.path}=7${t.number()}\n${number.path}=4`, contentType: 'text/plain' });
      const after = await sipx.call('GET /gateways/{gatewayId}/port/{portId}/settings', { params: port, accept: 'xml' });
      assert.equal(settingAt(after.body, number.path)?.value, '4');
      const refused = await sipx.refused('PUT /gateways/{gatewayId}/port/{portId}/settings', [400], { params: port, body: `${text.path}=999\n${number.path}=many`, contentType: 'text/plain' });
      assert.equal(refused.status, 400);
      const unchanged = await sipx.call('GET /gateways/{gatewayId}/port/{portId}/settings/{path:.*}', { params: { ...port, '*': text.path } });
      assert.notEqual(settingAt(unchanged.body, text.path)?.value, '999', 'a refused PUT writes nothing');
      await sipx.call('PUT /gateways/{gatewayId}/port/{portId}/settings/{path:.*}', { params: { ...port, '*': number.path }, body: '6', contentType: 'text/plain' });
      assert.equal(settingAt((await sipx.call('GET /gateways/{gatewayId}/port/{portId}/settings/{path:.*}', { params: { ...port, '*': number.path } })).body, number.path)?.value, '6');
      await sipx.call('DELETE /gateways/{gatewayId}/port/{portId}/settings/{path:.*}', { params: { ...port, '*': number.path } });
      assert.equal(settingAt((await sipx.call('GET /gateways/{gatewayId}/port/{portId}/settings/{path:.*}', { params: { ...port, '*': number.path } })).body, number.path)?.value, number.defaultValue);
      await sipx.call('DELETE /gateways/{gatewayId}/port/{portId}/settings', { params: port });
      const reset = await sipx.call('GET /gateways/{gatewayId}/port/{portId}/settings', { params: port });
      assert.equal(settingAt(reset.body, text.path)?.value, text.defaultValue, 'DELETE on the list reverts every port setting');
      assert.equal((await sipx.refused('GET /gateways/{gatewayId}/port/{portId}/settings', [404], { params: { ...port, portId: 99 } })).status, 404, 'an MP114 has 4 ports');
      const trunk = await createGateway(t, 'sipTrunkStandard');
      assert.equal((await sipx.refused('GET /gateways/{gatewayId}/port/{portId}/settings', [404], { params: { gatewayId: trunk.id, portId: 1 } })).status, 404, 'a SIP trunk has no ports');
    },
  }),
];
