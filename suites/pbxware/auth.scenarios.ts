import assert from 'node:assert/strict';
import { doc, kb } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import type { Target } from '../harness/target.ts';
import { PbxwareClient } from './helpers.ts';

const restrictedKey = (target: Target) => target.credentials.restrictedApikey ?? target.settings.restrictedApikey;

/** Authentication, transport and formats: what every action shares (doc 81-170; KB 13-78). */
export const authScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.auth.invalid-key',
    title: 'a wrong API key is answered exactly {"error": "Invalid API key."}',
    doc: [doc('162-170')],
    operations: ['pbxware.tenant.list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const reply = await pbx.raw({ action: 'pbxware.tenant.list' }, { apikey: 'wrongwrong1' });
      assert.deepEqual(reply.body, { error: 'Invalid API key.' });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.auth.missing-key',
    title: 'a request without an API key gets an error and no data',
    doc: [kb('78'), doc('85-93')],
    operations: ['pbxware.tenant.list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      for (const apikey of [null, '']) {
        const reply = await pbx.raw({ action: 'pbxware.tenant.list' }, { apikey });
        assert.equal(typeof (reply.body as { error?: unknown }).error, 'string', `apikey ${JSON.stringify(apikey)}`);
        assert.deepEqual(Object.keys(reply.body as object), ['error'], 'no tenant data beside the error');
      }
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.auth.bad-key-writes-nothing',
    title: 'a write with a bad key is refused and changes nothing',
    doc: [doc('91-93'), doc('162-170')],
    operations: ['pbxware.package.list', 'pbxware.package.add'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const before = await pbx.call('pbxware.package.list');
      const reply = await pbx.raw(
        {
          action: 'pbxware.package.add', name: t.name('pkg'), call_recordings: '1', monitoring: '1', call_screening: '1',
          extensions: '1', voicemails: '1', queues: '1', cfs: '1', rgroups: '1', hot_desking: '1', ivrs: '1',
        },
        { apikey: 'wrongwrong1' },
      );
      assert.deepEqual(reply.body, { error: 'Invalid API key.' });
      assert.deepEqual(await pbx.call('pbxware.package.list'), before);
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.auth.restricted-key',
    title: 'a restricted key may list extensions but is refused tenant.list',
    doc: [kb('13', 'the Master Key has all the permissions; further keys have their own')],
    operations: ['pbxware.ext.list', 'pbxware.tenant.list'],
    unavailable: (target) => (restrictedKey(target) ? undefined : 'no restricted key given (PBXWARE_RESTRICTED_APIKEY)'),
    async run(t) {
      const pbx = new PbxwareClient(t);
      const apikey = restrictedKey(t.target)!;
      const allowed = await pbx.raw({ action: 'pbxware.ext.list' }, { apikey });
      assert.equal((allowed.body as { error?: unknown }).error, undefined, 'ext.list is within the key\'s scope');
      const refused = await pbx.raw({ action: 'pbxware.tenant.list' }, { apikey });
      assert.equal(typeof (refused.body as { error?: unknown }).error, 'string', 'tenant.list is outside it');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.transport.get-post-paths',
    title: 'GET and POST, on /, /index.php and the KB\'s //, answer the same body',
    doc: [doc('95-103'), kb('86-252')],
    operations: ['pbxware.route.list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const expected = await pbx.call('pbxware.route.list');
      for (const path of ['/', '/index.php', '//']) {
        for (const method of ['GET', 'POST'] as const) {
          assert.deepEqual(await pbx.call('pbxware.route.list', {}, { path, method }), expected, `${method} ${path}`);
        }
      }
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.transport.formats',
    title: 'JSON is the default; apiformat=php answers the same data PHP-serialized, errors included',
    doc: [doc('105-146'), kb('25-32')],
    operations: ['pbxware.package.list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const plain = await pbx.raw({ action: 'pbxware.package.list' });
      const json = await pbx.raw({ action: 'pbxware.package.list' }, { apiformat: 'json' });
      assert.deepEqual(plain.body, json.body, 'no apiformat means JSON');
      const php = await pbx.raw({ action: 'pbxware.package.list' }, { apiformat: 'php' });
      assert.match(php.text, /^a:\d+:\{/, 'a PHP-serialized array');
      assert.deepEqual(normaliseKeys(php.body), json.body, 'the same id → name map');
      const error = await pbx.raw({ action: 'pbxware.package.list' }, { apikey: 'wrongwrong1', apiformat: 'php' });
      assert.deepEqual(normaliseKeys(error.body), { error: 'Invalid API key.' });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.transport.unknown-action',
    title: 'an unknown, malformed or foreign action gets an error, not a crash',
    doc: [doc('172-176')],
    operations: [],
    async run(t) {
      const pbx = new PbxwareClient(t);
      for (const action of ['pbxware.ext.lst', 'pbxware', 'other.ext.list', '', 'pbxware.ext.list.extra.parts']) {
        const reply = await pbx.raw({ action });
        assert.equal(reply.status < 500, true, `${action}: HTTP ${reply.status}`);
        assert.equal(typeof (reply.body as { error?: unknown })?.error, 'string', `${JSON.stringify(action)} answers an error`);
      }
    },
  }),
];

/** PHP arrays come back from unserialize with numeric keys as numbers or as arrays; compare as JSON would. */
function normaliseKeys(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
