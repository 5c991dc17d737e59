import assert from 'node:assert/strict';
import { doc } from '../../contracts/portsip/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { OP, PortsipClient, createExtension, listedNumbers, sampleSections, searchRows } from './helpers.ts';

type Shown = Record<string, any>;
const SECTIONS = ['profile', 'options', 'voice_mail', 'forward_rules', 'office_hours'] as const;

export const extensionScenarios = [
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.ext.create-show',
    title: 'an extension created with every section reads back the same, passwords included',
    doc: [doc('267-364'), doc('365-470')],
    operations: [OP.create, OP.show],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const sections = sampleSections();
      sections.profile.first_name = t.name('first');
      const ext = await createExtension(t, ps, sections);
      const shown = await ps.call<Shown>(OP.show, { extension_number: ext.number });
      assert.equal(shown.extension_number, ext.number);
      assert.equal(shown.password, ext.password, 'the SIP password is returned as stored (397)');
      assert.equal(shown.web_access_password, ext.webPassword);
      for (const section of SECTIONS) assert.deepEqual(shown[section], sections[section], `${section} reads back as sent`);
      if (shown.belong_groups !== undefined) assert.ok(Array.isArray(shown.belong_groups), 'belong_groups is an array (391)');
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.ext.create-defaults',
    title: 'an extension created with numbers and passwords only shows every section with defaults',
    doc: [doc('267-285'), doc('395-470')],
    operations: [OP.create, OP.show],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const ext = await createExtension(t, ps, { profile: { first_name: t.name('partial') } });
      const shown = await ps.call<Shown>(OP.show, { extension_number: ext.number });
      for (const section of SECTIONS) assert.equal(typeof shown[section], 'object', `${section} is filled in`);
      assert.match(shown.profile.first_name, /partial/, 'a section sent in part keeps what was sent');
      assert.equal(typeof shown.profile.last_name, 'string', 'and gets the rest');
      assert.equal(typeof shown.forward_rules.available.no_answer_timeval, 'number');
      assert.equal(typeof shown.options.enable_extension, 'boolean');
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.ext.list-search',
    title: 'a new extension is listed, and search finds it by number and by name, with no sort_by',
    doc: [doc('178-224'), doc('225-266')],
    operations: [OP.create, OP.list, OP.search],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const first = t.name('Findme');
      const ext = await createExtension(t, ps, { profile: { first_name: first, last_name: 'Searchable' } });
      assert.ok((await listedNumbers(ps)).includes(ext.number), 'list shows the new extension');

      const byNumber = await ps.call(OP.search, { condition: ext.number, pagination: 1, pagesize: 100 });
      assert.ok(searchRows(byNumber.extensions).some((e) => e.extension_number === ext.number), 'search by number finds it');
      assert.equal(byNumber.sort_by, undefined, 'search answers no sort_by (250-266)');
      const byName = await ps.call(OP.search, { condition: first, pagination: 1, pagesize: 100 });
      const rows = searchRows(byName.extensions) as Array<Record<string, string>>;
      assert.equal(rows.length, 1, 'one extension carries that name');
      assert.equal(rows[0].extension_number, ext.number);
      assert.equal(rows[0].first_name, first);
      const none = await ps.call(OP.search, { condition: `${first}-no-such`, pagination: 1, pagesize: 100 });
      assert.equal(searchRows(none.extensions).length, 0, 'a condition nothing matches finds nothing');
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.ext.update',
    title: 'an update changes every section and keeps the passwords',
    doc: [doc('518-612')],
    operations: [OP.create, OP.update, OP.show],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const ext = await createExtension(t, ps, sampleSections());
      const changed = sampleSections();
      changed.profile.first_name = t.name('renamed');
      changed.options.enable_extension = false;
      changed.voice_mail.voicemail_pin = '4321';
      changed.forward_rules.available.no_answer_timeval = 35;
      changed.office_hours.monday_from = '08:30';
      await ps.call(OP.update, { extension_number: ext.number, ...changed });
      const shown = await ps.call<Shown>(OP.show, { extension_number: ext.number });
      for (const section of SECTIONS) assert.deepEqual(shown[section], changed[section], `${section} reads back updated`);
      assert.equal(shown.password, ext.password, 'update carries no password and keeps it');
      await ps.error(OP.update, { extension_number: String(Number(ext.number) + 500_000), ...changed });
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.ext.voicemail-spellings',
    title: 'CONNECT_TO_VOICE and CONNECT_TO_VOICE_MAIL are both accepted and echoed verbatim',
    doc: [doc('318-344'), doc('558-584')],
    operations: [OP.create, OP.update, OP.show],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const ext = await createExtension(t, ps, sampleSections());
      const swapped = sampleSections();
      swapped.forward_rules.available.no_answer_action = 'CONNECT_TO_VOICE_MAIL';
      swapped.forward_rules.available.busy_action = 'CONNECT_TO_VOICE_MAIL';
      await ps.call(OP.update, { extension_number: ext.number, ...swapped });
      const shown = await ps.call<Shown>(OP.show, { extension_number: ext.number });
      assert.equal(shown.forward_rules.available.busy_action, 'CONNECT_TO_VOICE_MAIL');
      assert.equal(shown.forward_rules.available.no_answer_action, 'CONNECT_TO_VOICE_MAIL');
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.ext.remove',
    title: 'a removed extension is gone from show and list, and cannot be removed twice',
    doc: [doc('613-626')],
    operations: [OP.create, OP.remove, OP.show, OP.list],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const ext = await createExtension(t, ps);
      await ps.call(OP.remove, { extension_number: ext.number });
      await ps.error(OP.show, { extension_number: ext.number });
      assert.ok(!(await listedNumbers(ps)).includes(ext.number));
      await ps.error(OP.remove, { extension_number: ext.number });
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.ext.duplicate',
    title: 'creating an existing number is refused and leaves the extension as it was',
    doc: [doc('267-285')],
    operations: [OP.create, OP.show],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const ext = await createExtension(t, ps);
      await ps.error(OP.create, { extension_number: ext.number, password: 'Other123x', web_access_password: 'Other123y' });
      const shown = await ps.call<Shown>(OP.show, { extension_number: ext.number });
      assert.equal(shown.password, ext.password);
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.ext.status',
    title: 'status answers one entry per known extension asked for',
    doc: [doc('471-498')],
    operations: [OP.create, OP.status],
    mutates: true,
    async run(t) {
      const ps = new PortsipClient(t);
      const a = await createExtension(t, ps);
      const b = await createExtension(t, ps);
      const answer = await ps.call<{ extension_status: Array<Record<string, string>> }>(OP.status, { extensions: [a.number, b.number] });
      const numbers = answer.extension_status.map((s) => s.extension_number).sort();
      assert.deepEqual(numbers, [a.number, b.number].sort());
      for (const s of answer.extension_status) assert.equal(typeof s.status, 'string');
    },
  }),
  defineScenario({
    vendor: 'portsip',
    id: 'portsip.ext.call',
    title: 'a call puts both extensions ON_CALL until it ends; the misprinted path works too; a wrong password is refused',
    doc: [doc('499-517'), doc('490-498')],
    operations: [OP.create, OP.call, OP.status],
    mutates: true,
    control: 'advances the emulator clock to end the emulated call',
    async run(t) {
      const ps = new PortsipClient(t);
      const a = await createExtension(t, ps);
      const b = await createExtension(t, ps);
      const call = { extension: a.number, auth: a.password, to: b.number, domain: 'example domain', src: 'example source' };
      await ps.call(OP.call, call, { path: '/api/extensions/call' });
      const during = await ps.call(OP.status, { extensions: [a.number, b.number] });
      assert.deepEqual(during.extension_status.map((s: { status: string }) => s.status), ['ON_CALL', 'ON_CALL']);
      await t.control.advanceClock(61);
      const after = await ps.call(OP.status, { extensions: [a.number, b.number] });
      assert.deepEqual(after.extension_status.map((s: { status: string }) => s.status), ['OFFLINE', 'OFFLINE']);
      await ps.call(OP.call, call, { path: '/apiextensions/call' });
      await ps.error(OP.call, { ...call, auth: `${a.password}-wrong` }, { path: '/api/extensions/call' });
    },
  }),
];
