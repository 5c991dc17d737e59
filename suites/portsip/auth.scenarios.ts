import assert from 'node:assert/strict';
import { FIELD_EVIDENCE, TOKEN_DOC, doc } from '../../contracts/portsip/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { OP, PortsipClient } from './helpers.ts';

const LIST = { pagination: 1, pagesize: 1 };

export const authScenarios = [
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.auth.token-required',
    title: 'missing and unknown tokens are refused with a non-2xx JSON error',
    doc: [TOKEN_DOC, doc('13')],
    operations: [OP.list, OP.status],
    async run(t) {
      const ps = new PortsipClient(t);
      await ps.error(OP.list, LIST, { token: null });
      await ps.error(OP.list, LIST, { token: '' });
      await ps.error(OP.list, LIST, { token: '0123456789ABCDEF0123456789ABCDEF' });
      await ps.error(OP.status, { extensions: [] }, { token: null });
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.auth.login',
    title: 'credentials/verify issues a 32-character token that works in the query, the body and the header',
    doc: [TOKEN_DOC, doc('13'), doc('479-484')],
    operations: [OP.verify, OP.list, OP.status],
    async run(t) {
      const ps = new PortsipClient(t);
      const login = await ps.login();
      assert.match(login.access_token, /^[0-9A-Fa-f]{32}$/, 'a 32-character hexadecimal token like 196ACE20C6F34027895F7F95402BB164');
      assert.ok(Number(login.expires) > 0, 'expires says how long the token lives');
      await ps.call(OP.list, LIST, { carrier: 'query' });
      await ps.call(OP.list, LIST, { carrier: 'header' });
      await ps.call(OP.status, { extensions: [] }, { carrier: 'body' });
      await ps.call(OP.status, { extensions: [] }, { carrier: 'header' });
      const second = await new PortsipClient(t).login();
      assert.notEqual(second.access_token, login.access_token, 'each login issues its own token');
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.auth.bad-credentials',
    title: 'a wrong password or an unknown user gets no token',
    doc: [TOKEN_DOC],
    operations: [OP.verify],
    async run(t) {
      const ps = new PortsipClient(t);
      const wrong = await ps.raw({ method: 'POST', path: '/api/account/credentials/verify', json: { name: t.target.credentials.user, password: `${t.target.credentials.password}-wrong` } });
      ps.refusal(OP.verify, wrong);
      const unknown = await ps.raw({ method: 'POST', path: '/api/account/credentials/verify', json: { name: t.name('nobody'), password: 'x' } });
      ps.refusal(OP.verify, unknown);
      assert.equal(wrong.body.access_token, undefined);
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.auth.refresh',
    title: 'token/refresh answers a live token that keeps working',
    doc: [TOKEN_DOC],
    operations: [OP.verify, OP.refresh, OP.list],
    async run(t) {
      const ps = new PortsipClient(t);
      await ps.login();
      const refreshed = await ps.call<{ access_token: string; expires: number }>(OP.refresh, {});
      assert.ok(Number(refreshed.expires) > 0);
      await ps.call(OP.list, LIST, { token: refreshed.access_token });
      t.note(`refresh ${refreshed.access_token === ps.currentToken ? 'kept' : 'replaced'} the token`);
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.auth.expiry',
    title: 'a token dies `expires` seconds after issue on the clock; refreshing in time extends it',
    doc: [TOKEN_DOC],
    operations: [OP.verify, OP.refresh, OP.list],
    control: 'advances the emulator clock past the token validity',
    async run(t) {
      const ps = new PortsipClient(t);
      const { access_token: token, expires } = await ps.login();
      const ttl = Number(expires);
      await t.control.advanceClock(ttl - 1);
      await ps.call(OP.list, LIST, { token });
      await t.control.advanceClock(2);
      await ps.error(OP.list, LIST, { token });
      await ps.error(OP.refresh, {}, { token });

      const fresh = await ps.login();
      await t.control.advanceClock(ttl - 2);
      await ps.call(OP.refresh, {}, { token: fresh.access_token });
      await t.control.advanceClock(ttl - 2);
      await ps.call(OP.list, LIST, { token: fresh.access_token });
      t.note(`token validity ${ttl} s (${FIELD_EVIDENCE})`);
    },
  }),
];
