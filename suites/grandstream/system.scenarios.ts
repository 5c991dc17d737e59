import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { GrandstreamClient } from './helpers.ts';

/** Get System Configuration (doc 302-398) and the transport every action shares (doc 65-100, 275-298). */
export const systemScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.system.status',
    title: 'getSystemStatus and getSystemGeneralStatus answer their documented keys',
    doc: [doc('304-398')],
    operations: ['getSystemStatus', 'getSystemGeneralStatus'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const status = (await ucm.call('getSystemStatus')).response;
      assert.match(status['up-time'], /^\d+:\d{2}:\d{2}$/);
      const general = (await ucm.call('getSystemGeneralStatus')).response;
      assert.match(general['product-model'], /UCM/);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.transport.bad-requests',
    title: 'malformed JSON, a wrong envelope and an unknown action get HTTP 200 and a negative status',
    doc: [doc('275-298'), doc('7647-7678')],
    operations: ['getSystemStatus'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const cookie = await ucm.login();
      for (const body of ['{"request": {', '[]', '{"action": "getSystemStatus"}', JSON.stringify({ request: { action: t.name('noSuchAction'), cookie } })]) {
        const reply = await ucm.raw(body);
        assert.equal(reply.httpStatus, 200, `${body}: HTTP ${reply.httpStatus}`);
        assert.ok(typeof reply.body?.status === 'number' && reply.body.status < 0, `${body}: ${reply.text}`);
      }
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.transport.document-json',
    title: 'a request written like the document\'s examples (trailing comma, # comment) is understood',
    doc: [doc('283-290'), doc('4137-4175')],
    operations: ['getSystemStatus'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const cookie = await ucm.login();
      const reply = await ucm.raw(`{\n  "request": {\n    "action": "getSystemStatus",\n    "cookie": "${cookie}", #the session\n  }\n}`);
      ucm.accept('getSystemStatus', reply);
    },
  }),
];
