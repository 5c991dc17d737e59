import { doc } from '../../contracts/portsip/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { OP, PortsipClient, createExtension, groupFlags } from './helpers.ts';

export const inputScenarios = [
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.input.bad-bodies',
    title: 'unknown fields, wrong types, malformed JSON and non-object bodies get a 4xx JSON error',
    doc: [doc('86-127'), doc('267-364')],
    operations: [OP.create, OP.groupCreate, OP.update],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const ext = await createExtension(t, ps);
      const number = String(Number(ext.number) + 500_000);
      await ps.error(OP.create, { extension_number: number, password: 'Pw12345a', web_access_password: 'Pw12345b', colour: 'blue' });
      await ps.error(OP.create, { extension_number: Number(number), password: 'Pw12345a', web_access_password: 'Pw12345b' });
      await ps.error(OP.create, { extension_number: number, password: 'Pw12345a' });
      await ps.error(OP.groupCreate, { group_name: t.name('typed'), ...groupFlags, enable_intercom: 'yes' });
      await ps.error(OP.update, { extension_number: ext.number, profile: 'not an object', options: {}, voice_mail: {}, forward_rules: {}, office_hours: {} });
      await ps.login();
      const token = ps.currentToken!;
      for (const json of ['{"extension_number": ', '[1,2,3]', '"text"', 'null']) {
        ps.refusal(OP.create, await ps.raw({ method: 'POST', path: '/api/extensions/create', query: { access_token: token }, json }));
      }
      ps.refusal(OP.show, await ps.raw({ method: 'GET', path: '/api/extensions/show', query: { access_token: token, extension_number: ext.number, extension_numbr: '1' } }));
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.input.unknown-records',
    title: 'unknown extensions and groups answer a 4xx JSON error, not an empty success',
    doc: [doc('48-56'), doc('365-373'), doc('686-700')],
    operations: [OP.show, OP.groupShow, OP.greetingList, OP.remove, OP.groupUpdate],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const ext = await createExtension(t, ps);
      const missing = String(Number(ext.number) + 500_000);
      await ps.error(OP.show, { extension_number: missing });
      await ps.error(OP.greetingList, { extension_number: missing, pagination: 1 });
      await ps.error(OP.remove, { extension_number: missing });
      await ps.error(OP.groupShow, { group_id: t.name('no-such-group') });
      await ps.error(OP.groupUpdate, { group_id: t.name('no-such-group'), group_name: t.name('x'), ...groupFlags });
    },
  }),
];
