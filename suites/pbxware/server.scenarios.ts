import assert from 'node:assert/strict';
import { doc } from '../../contracts/pbxware/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { PbxwareClient } from './helpers.ts';

export const serverScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.server.configuration',
    title: 'the server configuration is one flat object of strings, the same whatever is asked',
    doc: [doc('8128-8373')],
    operations: ['pbxware.server.configuration'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const config = await pbx.call<Record<string, unknown>>('pbxware.server.configuration');
      assert.equal(typeof config.server_name, 'string', 'server_name is a top-level string: the object is not keyed by an id');
      for (const [field, value] of Object.entries(config)) assert.equal(typeof value, 'string', `${field} is a string`);
      assert.deepEqual(await pbx.call('pbxware.server.configuration'), config, 'reading twice gives the same configuration');
    },
  }),
];
