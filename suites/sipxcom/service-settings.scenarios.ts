import { strict as assert } from 'node:assert';
import type { DocRef } from '../../contracts/core/index.ts';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { client } from './helpers.ts';

/**
 * The settings of the sipxconfig services (DNS, IVR, MWI, MOH, My Buddy, proxy, registrar, REST
 * server, SAA), the DNS advisor and the license. Runnable against a real sipXcom: the scenarios read
 * what the target has (never the emulator's setting paths), change only a harmless setting (a log
 * level or an empty DNS forwarder, never ports, addresses or the DNS mode) and put the previous
 * value back, checking it is back.
 */
interface Service {
  key: string;
  label: string;
  doc: DocRef;
  read: boolean;
  write: boolean;
  revert: boolean;
}

const SERVICES: Service[] = [
  { key: 'dns', label: 'DNS', doc: doc('401-486'), read: true, write: true, revert: true },
  { key: 'ivr', label: 'IVR', doc: doc('1248-1312'), read: false, write: false, revert: false },
  { key: 'mwi', label: 'MWI', doc: doc('1348-1416'), read: true, write: true, revert: true },
  { key: 'moh', label: 'MOH', doc: doc('1420-1494'), read: true, write: true, revert: true },
  { key: 'imbot', label: 'My Buddy', doc: doc('1580-1633'), read: true, write: true, revert: false },
  { key: 'proxy', label: 'proxy', doc: doc('2986-3046'), read: true, write: true, revert: true },
  { key: 'registrar', label: 'registrar', doc: doc('3050-3108'), read: true, write: true, revert: true },
  { key: 'restserver', label: 'REST server', doc: doc('3329-3382'), read: true, write: true, revert: false },
  { key: 'saa', label: 'SAA', doc: doc('3554-3614'), read: true, write: true, revert: true },
];

const op = {
  list: (s: Service) => `GET /${s.key}/settings`,
  read: (s: Service) => `GET /${s.key}/settings/{settingPath}`,
  write: (s: Service) => `PUT /${s.key}/settings/{settingPath}`,
  revert: (s: Service) => `DELETE /${s.key}/settings/{settingPath}`,
};

const readable = SERVICES.filter((s) => s.read);
const writable = SERVICES.filter((s) => s.write);
const revertible = SERVICES.filter((s) => s.revert);

interface Setting {
  path: string;
  type: string;
  options: Record<string, string | null> | null;
  value: string | null;
  defaultValue: string | null;
}

/** Settings a conformance run must never change on a live system, even briefly. */
const DANGEROUS = /port|addr|host|password|secret|unmanaged|bind|domain|fqdn|realm|acl|user|ips?$/i;

async function settingsOf(t: ScenarioContext, s: Service, accept: 'json' | 'xml' = 'json'): Promise<Setting[]> {
  const { body } = await client(t).call<{ settings: Setting[] }>(op.list(s), { accept });
  return body.settings;
}

/** A setting safe to change: a log level first, then another enum, then an empty text setting. */
function harmless(settings: Setting[]): Setting | undefined {
  const safe = settings.filter((x) => !DANGEROUS.test(x.path));
  const enums = safe.filter((x) => x.type === 'enum' && x.options && Object.keys(x.options).length > 1);
  return enums.find((x) => /log/i.test(x.path)) ?? enums[0] ?? safe.find((x) => x.type === 'string' && x.value === null);
}

/** A value the setting accepts that differs from its current one. */
function anotherValue(t: ScenarioContext, x: Setting): string {
  if (x.type === 'enum') return Object.keys(x.options ?? {}).find((k) => k !== x.value)!;
  if (/dns|forwarder|server/i.test(x.path)) return '9.9.9.9';
  return t.name('v');
}

/** Reads one setting back (by its path where the service has the route, else from the list). */
async function valueOf(t: ScenarioContext, s: Service, path: string): Promise<Setting> {
  if (!s.read) return (await settingsOf(t, s)).find((x) => x.path === path)!;
  const { body } = await client(t).call<Setting>(op.read(s), { params: { '*': path } });
  assert.equal(body.path, path, 'a leaf path answers that one setting (doc 1482)');
  return body;
}

async function put(t: ScenarioContext, s: Service, path: string, value: string | null) {
  await client(t).call(op.write(s), { params: { '*': path }, body: value ?? '', contentType: 'text/plain' });
}

/**
 * Puts a setting back as it was: DELETE where the value was the default and the service has it,
 * otherwise a PUT of the previous value. Registered as cleanup and also run (and checked) by the scenario.
 */
function restorer(t: ScenarioContext, s: Service, before: Setting) {
  let done = false;
  const restore = async () => {
    if (done) return;
    if (s.revert && before.value === before.defaultValue) await client(t).call(op.revert(s), { params: { '*': before.path } });
    else await put(t, s, before.path, before.value);
    done = true;
  };
  t.cleanup(restore);
  return async () => {
    await restore();
    assert.equal((await valueOf(t, s, before.path)).value, before.value, `${s.label} ${before.path} is back to its previous value`);
  };
}

export const serviceSettingsScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.settings.read',
    title: 'Every service answers its settings list (JSON and XML); a leaf path answers one setting, a subtree the settings under it',
    doc: [...SERVICES.map((s) => s.doc), doc('470-477'), doc('1475-1482')],
    operations: [...SERVICES.map(op.list), ...readable.map(op.read)],
    async run(t) {
      for (const s of SERVICES) {
        const settings = await settingsOf(t, s);
        assert.ok(settings.length > 0, `${s.label} has settings`);
        assert.equal(new Set(settings.map((x) => x.path)).size, settings.length, `${s.label} setting paths are unique`);
        const asXml = await settingsOf(t, s, 'xml');
        assert.deepEqual(asXml.map((x) => [x.path, x.value]), settings.map((x) => [x.path, x.value]), `${s.label}: XML and JSON agree`);
        if (!s.read) continue;
        const first = settings[0];
        const leaf = await valueOf(t, s, first.path);
        assert.deepEqual(leaf, first, `${s.label}: the leaf read is the list entry`);
        if (!first.path.includes('/')) continue;
        const prefix = first.path.slice(0, first.path.lastIndexOf('/'));
        const { body } = await client(t).call<{ settings: Setting[] }>(op.read(s), { params: { '*': prefix } });
        assert.ok(Array.isArray(body.settings), `${s.label}: a subtree answers {"settings":[…]} (doc 477)`);
        assert.ok(body.settings.every((x) => x.path.startsWith(`${prefix}/`)), `${s.label}: only settings under ${prefix}`);
        assert.deepEqual(
          body.settings.map((x) => x.path),
          settings.filter((x) => x.path.startsWith(`${prefix}/`)).map((x) => x.path),
          `${s.label}: every setting under ${prefix}`,
        );
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.settings.change-restore',
    title: 'A setting of each service changes with a plain-text PUT, reads back, and is put back; an unknown path is 404',
    doc: [doc('478-480'), doc('1403-1409'), doc('1483-1489'), doc('1625-1631'), doc('3031-3037'), doc('3093-3099'), doc('3374-3380'), doc('3599-3605')],
    operations: [...writable.map(op.write), ...writable.map(op.read), ...revertible.map(op.revert)],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      for (const s of writable) {
        const before = harmless(await settingsOf(t, s));
        if (!before) {
          t.note(`${s.label}: no setting safe to change on this target`);
          continue;
        }
        const restore = restorer(t, s, before);
        const value = anotherValue(t, before);
        await put(t, s, before.path, value);
        assert.equal((await valueOf(t, s, before.path)).value, value, `${s.label} ${before.path} reads back the new value`);
        await restore();
        const unknown = await sipx.refused(op.write(s), [404], { params: { '*': `${before.path}/${t.name('nosuch')}` }, body: '1', contentType: 'text/plain' });
        assert.equal(unknown.status, 404, `${s.label}: PUT on a path no setting has`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.settings.delete-reverts',
    title: 'DELETE on a setting path puts the setting back to its default value',
    doc: [doc('482-484'), doc('1410-1416'), doc('1490-1492', '"Reverts the setting to the default value."'), doc('3038-3044'), doc('3100-3106'), doc('3606-3612')],
    operations: [...revertible.map(op.revert), ...revertible.map(op.write), ...revertible.map(op.read)],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      for (const s of revertible) {
        const before = harmless(await settingsOf(t, s));
        if (!before) {
          t.note(`${s.label}: no setting safe to change on this target`);
          continue;
        }
        const restore = restorer(t, s, before);
        await put(t, s, before.path, anotherValue(t, before));
        await sipx.call(op.revert(s), { params: { '*': before.path } });
        const after = await valueOf(t, s, before.path);
        assert.equal(after.value, after.defaultValue, `${s.label} ${before.path} is back to its default`);
        await restore();
        const unknown = await sipx.refused(op.revert(s), [404], { params: { '*': t.name('nosuch') } });
        assert.equal(unknown.status, 404, `${s.label}: DELETE on a path no setting has`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.settings.unknown-path',
    title: 'A read of a path no setting has is 404 on every service',
    doc: [doc('470-477'), doc('1475-1482')],
    operations: readable.map(op.read),
    async run(t) {
      const sipx = client(t);
      for (const s of readable) {
        for (const path of [t.name('nosuch'), `${t.name('nosuch')}/deeper/still`]) {
          const r = await sipx.refused(op.read(s), [404], { params: { '*': path } });
          assert.equal(r.status, 404, `${s.label} ${path}`);
        }
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.settings.bad-value',
    title: 'A value the setting type refuses (an enum option that does not exist, a number that is not one) is 400 and changes nothing',
    doc: [doc('413-427', 'type: string, boolean or enum; options'), doc('1447-1447'), doc('1483-1489')],
    operations: writable.map(op.write),
    mutates: true,
    async run(t) {
      const sipx = client(t);
      let tried = 0;
      for (const s of writable) {
        const target = (await settingsOf(t, s)).find((x) => !DANGEROUS.test(x.path) && ((x.type === 'enum' && x.options) || x.type === 'integer'));
        if (!target) continue;
        restorer(t, s, target);
        const bad = target.type === 'enum' ? `NO_SUCH_OPTION_${t.number()}` : 'twelve';
        const r = await sipx.refused(op.write(s), [400], { params: { '*': target.path }, body: bad, contentType: 'text/plain' });
        assert.equal(r.status, 400, `${s.label} ${target.path} refuses "${bad}"`);
        assert.equal((await valueOf(t, s, target.path)).value, target.value, `${s.label} ${target.path} unchanged`);
        tried++;
      }
      assert.ok(tried > 0, 'some service has an enum or integer setting');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.settings.methods',
    title: 'Methods the settings sections list unsupported (or do not give) are 405: POST everywhere, DELETE on My Buddy and REST server paths',
    doc: [doc('486-486'), doc('1312-1312'), doc('1380-1380'), doc('1633-1633'), doc('3382-3382'), doc('3614-3614'), doc('525-525')],
    operations: [...SERVICES.map(op.list), 'GET /dns/advisor/server/{serverId}'],
    async run(t) {
      const sipx = client(t);
      const probes: Array<[string, string]> = [];
      for (const s of SERVICES) {
        const collection = sipx.path(op.list(s));
        probes.push(['POST', collection]);
        if (s.read) probes.push(['POST', `${collection}/${t.name('nosuch')}`]);
        if (s.read && !s.revert) probes.push(['DELETE', `${collection}/${t.name('nosuch')}`]);
      }
      probes.push(['POST', sipx.path('GET /dns/advisor/server/{serverId}', { serverId: 1 })]);
      for (const [method, path] of probes) {
        const r = await sipx.send(method, path, { body: 'x', contentType: 'text/plain' });
        assert.equal(r.status, 405, `${method} ${path}`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.settings.collection-methods',
    title: 'PUT and DELETE on the settings collections that list them unsupported (and on DNS, which lists nothing) are 405',
    doc: [doc('441-450'), doc('1380-1380'), doc('1449-1449'), doc('1602-1602'), doc('3008-3008'), doc('3072-3072'), doc('3351-3351'), doc('3576-3576'), doc('1346-1346'), doc('525-525')],
    operations: [...SERVICES.filter((s) => s.key !== 'ivr').map(op.list), 'GET /license', 'GET /dns/advisor/server/{serverId}'],
    skipOn: { real: 'a DELETE on a whole settings collection would reset every setting of the service if the target supported it' },
    async run(t) {
      const sipx = client(t);
      const paths = [
        ...SERVICES.filter((s) => s.key !== 'ivr').map((s) => sipx.path(op.list(s))),
        sipx.path('GET /license'),
        sipx.path('GET /dns/advisor/server/{serverId}', { serverId: 1 }),
      ];
      for (const path of paths) {
        for (const method of ['PUT', 'DELETE']) {
          const r = await sipx.send(method, path, { body: 'x', contentType: 'text/plain' });
          assert.equal(r.status, 405, `${method} ${path}`);
          assert.ok(r.headers.get('allow')?.includes('GET'), 'Allow names GET');
        }
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.ivr.settings',
    title: 'PUT /ivr/settings takes path=value lines: an IVR setting changes and is put back; a line without "=" is 400',
    doc: [doc('1290-1303')],
    operations: ['GET /ivr/settings', 'PUT /ivr/settings'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const ivr = SERVICES.find((s) => s.key === 'ivr')!;
      const before = harmless(await settingsOf(t, ivr));
      assert.ok(before, 'IVR has a setting safe to change');
      const putLines = (text: string) => sipx.call('PUT /ivr/settings', { body: text, contentType: 'text/plain' });
      t.cleanup(() => putLines(`${before.path}=${before.value ?? ''}`));
      const value = anotherValue(t, before);
      await putLines(`${before.path}=${value}`);
      assert.equal((await valueOf(t, ivr, before.path)).value, value);
      const bad = await sipx.refused('PUT /ivr/settings', [400], { body: `${before.path} ${value}`, contentType: 'text/plain' });
      assert.equal(bad.status, 400, 'a line without "=" is refused');
      await putLines(`${before.path}=${before.value ?? ''}`);
      assert.equal((await valueOf(t, ivr, before.path)).value, before.value, 'the IVR setting is back');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.ivr.revert-all',
    title: 'DELETE /ivr/settings puts every IVR setting back to its default',
    doc: [doc('1304-1310')],
    operations: ['DELETE /ivr/settings', 'PUT /ivr/settings', 'GET /ivr/settings'],
    mutates: true,
    skipOn: { real: 'resets every IVR setting of the system, including ones this run did not change' },
    async run(t) {
      const sipx = client(t);
      const ivr = SERVICES.find((s) => s.key === 'ivr')!;
      const settings = await settingsOf(t, ivr);
      const changed = settings.filter((x) => x.type === 'enum' && x.options).map((x) => ({ ...x, value: anotherValue(t, x) }));
      assert.ok(changed.length > 0, 'IVR has an enum setting');
      await sipx.call('PUT /ivr/settings', { body: { settings: changed.map((x) => ({ path: x.path, value: x.value })) } });
      for (const x of changed) assert.equal((await valueOf(t, ivr, x.path)).value, x.value);
      await sipx.call('DELETE /ivr/settings');
      for (const x of await settingsOf(t, ivr)) assert.equal(x.value, x.defaultValue, `${x.path} is back to its default`);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.moh.source',
    title: 'The MOH source reads as one enum setting, takes another source, and DELETE reverts it to FILES_SRC',
    doc: [doc('1475-1492')],
    operations: ['GET /moh/settings/{settingPath}', 'PUT /moh/settings/{settingPath}', 'DELETE /moh/settings/{settingPath}', 'GET /moh/settings'],
    mutates: true,
    async run(t) {
      const moh = SERVICES.find((s) => s.key === 'moh')!;
      const before = await valueOf(t, moh, 'moh-config/MOH_SOURCE');
      assert.equal(before.type, 'enum');
      assert.deepEqual(Object.keys(before.options ?? {}).sort(), ['FILES_SRC', 'NONE', 'SOUNDCARD_SRC'], 'the options of doc 1482');
      assert.equal(before.defaultValue, 'FILES_SRC');
      const restore = restorer(t, moh, before);
      const other = before.value === 'NONE' ? 'FILES_SRC' : 'NONE';
      await put(t, moh, before.path, other);
      assert.equal((await valueOf(t, moh, before.path)).value, other);
      await client(t).call(op.revert(moh), { params: { '*': before.path } });
      assert.equal((await valueOf(t, moh, before.path)).value, 'FILES_SRC', '"Reverts the setting to the default value." (doc 1492)');
      await restore();
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.dns.forwarders',
    title: 'The DNS forwarders subtree lists only forwarders; an empty forwarder takes an address and DELETE empties it again',
    doc: [doc('470-484')],
    operations: ['GET /dns/settings/{settingPath}', 'PUT /dns/settings/{settingPath}', 'DELETE /dns/settings/{settingPath}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const dns = SERVICES.find((s) => s.key === 'dns')!;
      const { body } = await sipx.call<{ settings: Setting[] }>(op.read(dns), { params: { '*': 'named-config/forwarders' } });
      assert.ok(body.settings.length > 0 && body.settings.every((x) => x.path.startsWith('named-config/forwarders/')), 'only forwarders (doc 477)');
      const empty = body.settings.filter((x) => x.value === null && x.defaultValue === null).at(-1);
      if (!empty) {
        t.note('every DNS forwarder is in use on this target: not changed');
        return;
      }
      const restore = restorer(t, dns, empty);
      await put(t, dns, empty.path, '9.9.9.9');
      assert.equal((await valueOf(t, dns, empty.path)).value, '9.9.9.9');
      await sipx.call(op.revert(dns), { params: { '*': empty.path } });
      assert.equal((await valueOf(t, dns, empty.path)).value, null, 'back to its default, none');
      await restore();
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.dns.advisor',
    title: 'The DNS advisor answers plain text for the primary server (nothing, or the missing records) and 404 for an unknown server',
    doc: [doc('488-525')],
    operations: ['GET /dns/advisor/server/{serverId}'],
    async run(t) {
      const sipx = client(t);
      const { response } = await sipx.call('GET /dns/advisor/server/{serverId}', { params: { serverId: 1 } });
      assert.ok(response.text === '' || /^text\/plain/.test(response.contentType), 'plain text (doc 516-523)');
      for (const line of response.text.split('\n').filter((l) => l.trim() !== '')) {
        assert.match(line, /^;; Missing .+ records$|\sIN\s+(NAPTR|A|SRV|CNAME)\s/, `a zone-file line: ${line}`);
      }
      const unknown = await sipx.refused('GET /dns/advisor/server/{serverId}', [404], { params: { serverId: 987654 } });
      assert.equal(unknown.status, 404);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.dns.advisor-unmanaged',
    title: 'With unmanaged DNS the advisor lists the NAPTR and A records the external servers must carry; managed again, nothing',
    doc: [doc('510-523'), doc('450-450', 'sys/unmanaged')],
    operations: ['GET /dns/advisor/server/{serverId}', 'PUT /dns/settings/{settingPath}', 'DELETE /dns/settings/{settingPath}'],
    mutates: true,
    skipOn: { real: 'switches the system DNS to unmanaged, which reconfigures name resolution of the whole system' },
    async run(t) {
      const sipx = client(t);
      const dns = SERVICES.find((s) => s.key === 'dns')!;
      const advice = async () => (await sipx.call('GET /dns/advisor/server/{serverId}', { params: { serverId: 1 } })).response.text;
      const before = await valueOf(t, dns, 'sys/unmanaged');
      restorer(t, dns, before);
      await put(t, dns, 'sys/unmanaged', '1');
      const text = await advice();
      assert.match(text, /^;; Missing naptr records\n(.+ IN NAPTR \d+ 0 "s" "SIP\+D2[UT]" "" _sip\._(udp|tcp)\n){2}\n;; Missing a records\n.+ {2}IN A \S+/);
      await sipx.call(op.revert(dns), { params: { '*': 'sys/unmanaged' } });
      assert.equal(await advice(), '', 'managed DNS holds the records: no result (doc 512)');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.license.read',
    title: 'The license reads as the twelve keys of the example, with or without the trailing slash, in JSON and XML',
    doc: [doc('1324-1335')],
    operations: ['GET /license'],
    skipOn: { real: 'Licensing is Uniteme only (doc 1314); a sipXcom has no license resource' },
    async run(t) {
      const sipx = client(t);
      const json = await sipx.call('GET /license', { accept: 'json' });
      const slash = await sipx.send('GET', `${sipx.path('GET /license')}/`, { accept: 'json' });
      assert.deepEqual(JSON.parse(slash.text), json.body, '/api/license/ is /api/license (doc 1330)');
      const xml = await sipx.call('GET /license', { accept: 'xml' });
      assert.match(xml.response.text, /<license>/);
      assert.deepEqual(xml.body, json.body, 'XML and JSON agree, numbers included');
      assert.match(json.body.expire, /^(\d{2}-[A-Z][a-z]{2}-\d{4})?$/, 'dd-Mon-yyyy (doc 1331)');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.license.uid',
    title: 'POST /api/license/{uid} sets the license UID and answers the license; a malformed UID is 400',
    doc: [doc('1337-1346')],
    operations: ['POST /license', 'GET /license'],
    mutates: true,
    skipOn: { real: 'Licensing is Uniteme only (doc 1314), and a UID cannot be put back to empty' },
    async run(t) {
      const sipx = client(t);
      const before = (await sipx.call('GET /license', { accept: 'json' })).body;
      if (before.uid) t.cleanup(() => sipx.call('POST /license', { params: { uid: before.uid } }));
      const uid = `5083166${t.number()}0519`;
      const set = await sipx.call('POST /license', { params: { uid } });
      assert.deepEqual(set.body, { ...before, uid }, 'only the UID changes');
      assert.equal((await sipx.call('GET /license')).body.uid, uid);
      const bad = await sipx.refused('POST /license', [400], { params: { uid: 'not a uid!' } });
      assert.equal(bad.status, 400);
      assert.equal((await sipx.call('GET /license')).body.uid, uid, 'unchanged by the refused UID');
    },
  }),
];
