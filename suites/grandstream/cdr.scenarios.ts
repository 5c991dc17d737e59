import assert from 'node:assert/strict';
import { doc, FIELD_EVIDENCE } from '../../contracts/grandstream/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import { answeredCall, cdrSince, CLOCK_CONTROL, clockIso, twoExtensions } from './call-helpers.ts';
import { GrandstreamClient } from './helpers.ts';

/** cdrapi (doc 6716-6807), recapi (doc 6809-6934), getRecordInfosByCall (doc 6936-6967). */

type Item = Record<string, any>;
const legsOf = (item: Item): Array<Record<string, string>> =>
  item.main_cdr ? Object.entries(item).filter(([k]) => k !== 'cdr').map(([, v]) => v as Record<string, string>) : [item as Record<string, string>];
const mainOf = (item: Item): Record<string, string> => item.main_cdr ?? item;
const utc = (value: string) => Date.parse(`${value.replace(' ', 'T')}Z`);

export const cdrScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.cdr.formats',
    title: 'cdrapi JSON is a top-level {"cdr_root": [...]} of string values; csv and xml answer text; "cdraapi" is the same action',
    doc: [doc('6716-6807')],
    operations: ['cdrapi'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const json = await ucm.call('cdrapi', { format: 'json', numRecords: 20 });
      assert.deepEqual(Object.keys(json), ['cdr_root']);
      for (const leg of json.cdr_root.flatMap(legsOf)) {
        assert.ok(Object.values(leg).every((v) => typeof v === 'string'), 'every CDR value is a string');
        assert.match(leg.AcctId, /^\d+$/);
      }
      const alias = await ucm.call('cdraapi', { format: 'json', numRecords: 20 });
      assert.deepEqual(alias, json);
      const cookie = ucm.currentCookie!;
      const csv = await ucm.send('cdrapi', { cookie, format: 'csv', numRecords: 5 });
      assert.equal(csv.httpStatus, 200);
      assert.match(csv.text, /AcctId|,/);
      const xml = await ucm.send('cdrapi', { cookie, format: 'xml', numRecords: 5 });
      assert.equal(xml.httpStatus, 200);
      assert.match(xml.text.trim(), /^</);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.cdr.filters',
    title: 'cdrapi filters: time window, caller list and range, minDur, numRecords/offset — every answered row satisfies them',
    doc: [doc('6777-6801'), doc('6949-6952')],
    operations: ['cdrapi'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const all: Item[] = (await ucm.call('cdrapi', { format: 'json', numRecords: 1000 })).cdr_root;
      const sample = all.map(mainOf).find((r) => /^\d+$/.test(r.src));
      if (!sample) {
        t.note('no CDR with a numeric caller to filter on');
        return;
      }
      const day = sample.start.slice(0, 10);
      const window = (await ucm.call('cdrapi', { format: 'json', startTime: `${day}T00:00:00`, endTime: `${day}T23:59:59` })).cdr_root.map(mainOf);
      assert.ok(window.length > 0);
      for (const r of window) assert.equal(r.start.slice(0, 10), day);
      const n = Number(sample.src);
      const range = `${Math.max(0, n - 1)}-${n + 1}`;
      const byCaller = (await ucm.call('cdrapi', { format: 'json', caller: `${sample.src},${range}` })).cdr_root.map(mainOf);
      assert.ok(byCaller.some((r: Record<string, string>) => r.AcctId === sample.AcctId));
      for (const r of byCaller) assert.ok(Math.abs(Number(r.src) - n) <= 1, `src ${r.src} is in ${range}`);
      const long = (await ucm.call('cdrapi', { format: 'json', minDur: 5 })).cdr_root.map(mainOf);
      for (const r of long) assert.ok(Number(r.duration) >= 5);
      if (all.length >= 3) {
        const page = (await ucm.call('cdrapi', { format: 'json', numRecords: 2, offset: 1 })).cdr_root;
        assert.deepEqual(page.map((i: Item) => mainOf(i).AcctId), all.slice(1, 3).map((i) => mainOf(i).AcctId));
      }
      const after = utc(sample.start);
      const later = (await ucm.call('cdrapi', { format: 'json', startTime: new Date(after).toISOString().slice(0, 19) })).cdr_root.map(mainOf);
      for (const r of later) assert.ok(utc(r.start) >= after);
      assert.equal((await ucm.error('cdrapi', { format: 'json', startTime: 'not a time' })).status, -15);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.cdr.after-call',
    title: 'a call answered for 12 s leaves one ANSWERED row with billsec ≥ 12 and its channels',
    doc: [doc('6716-6807'), doc('3928-4092')],
    operations: ['dialExtension', 'Hangup', 'cdrapi', 'getRecordInfosByCall'],
    mutates: true,
    control: CLOCK_CONTROL,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const since = await clockIso(t);
      const [caller, callee] = await twoExtensions(t, ucm);
      const call = await answeredCall(t, ucm, caller, callee);
      await t.control.advanceClock(12);
      await ucm.call('Hangup', { channel: call.channel1 });
      // Numbers are reused from scenario to scenario: the call is known by its channel.
      const rows = (await cdrSince(ucm, since)).map(mainOf).filter((r) => r.channel === call.channel1);
      assert.equal(rows.length, 1, `one CDR of ${call.channel1} since ${since}: ${JSON.stringify(rows)}`);
      const [row] = rows;
      assert.equal(row.dst, callee);
      assert.equal(row.disposition, 'ANSWERED');
      // Answered a few seconds after the dial, then 12 s of talk on the clock.
      assert.ok(Number(row.billsec) >= 12 && Number(row.duration) >= Number(row.billsec), `billsec ${row.billsec}, duration ${row.duration}`);
      assert.equal(row.channel, call.channel1, JSON.stringify(row));
      assert.equal(row.dstchannel, call.channel2, JSON.stringify(row));
      assert.equal(row.userfield, 'Internal');
      assert.deepEqual((await ucm.call('getRecordInfosByCall', { id: row.AcctId })).response, { recordfiles: '' });
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.recording.download',
    title: 'a CDR with recordfiles: getRecordInfosByCall names the files and recapi answers the audio bytes',
    doc: [doc('6809-6843'), doc('6936-6967')],
    operations: ['cdrapi', 'getRecordInfosByCall', 'recapi'],
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const recorded = (await ucm.call('cdrapi', { format: 'json', numRecords: 1000 })).cdr_root
        .flatMap(legsOf)
        .find((r: Record<string, string>) => r.recordfiles !== '');
      if (!recorded) {
        t.note('no recorded call in the CDR');
        return;
      }
      const info = (await ucm.call('getRecordInfosByCall', { id: recorded.AcctId })).response.recordfiles as string;
      assert.match(info, /\S/);
      const first = info.split(',')[0];
      const name = first.replace(/@$/, '').split('/').at(-1)!;
      assert.ok(recorded.recordfiles.includes(name), `${name} is among ${recorded.recordfiles}`);
      const file = await ucm.send('recapi', { cookie: ucm.currentCookie, filedir: 'monitor', filename: name });
      assert.equal(file.httpStatus, 200);
      assert.equal(file.body?.status, undefined, `recapi answered a failure: ${file.text.slice(0, 200)}`);
      if (name.endsWith('.wav')) assert.equal(file.text.slice(0, 4), 'RIFF');
      t.observe({ operation: 'recapi', outcome: 'conforms' });
      assert.equal((await ucm.error('recapi', { filedir: 'monitor', filename: `auto-0-${t.number()}-0.wav` })).status < 0, true);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.recording.live-recorded-call',
    title: 'an extension with auto_record "all" leaves a recording: cdrapi recordfiles (with the trailing @), recapi bytes',
    doc: [doc('6809-6843'), doc('816-1050')],
    operations: ['updateSIPAccount', 'dialExtension', 'Hangup', 'cdrapi', 'getRecordInfosByCall', 'recapi'],
    mutates: true,
    control: CLOCK_CONTROL,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const since = await clockIso(t);
      const [caller, callee] = await twoExtensions(t, ucm, { auto_record: 'all' });
      const call = await answeredCall(t, ucm, caller, callee);
      await t.control.advanceClock(4);
      await ucm.call('Hangup', { channel: call.channel1 });
      const row = (await cdrSince(ucm, since)).map(mainOf).find((r) => r.channel === call.channel1)!;
      t.note(`recordfiles ends with "@" (${FIELD_EVIDENCE})`);
      assert.match(row.recordfiles, new RegExp(`^\\d{4}-\\d{2}/auto-\\d+-${caller}-${callee}\\.wav@$`));
      const info = (await ucm.call('getRecordInfosByCall', { id: row.AcctId })).response.recordfiles as string;
      assert.equal(info, row.recordfiles.replace(/@$/, ''));
      const file = await ucm.send('recapi', { cookie: ucm.currentCookie, filename: info.split('/')[1] });
      assert.equal(file.contentType, 'audio/x-wav');
      assert.equal(file.text.slice(0, 4), 'RIFF');
      t.observe({ operation: 'recapi', outcome: 'conforms' });
      const listing = await ucm.send('recapi', { cookie: ucm.currentCookie, filedir: 'monitor' });
      assert.ok(listing.text.includes(info.split('/')[1]));
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.recording.gdms-list',
    title: 'recapi with path_type gdms answers the CSV listing Directory,Filename,uniqueCode',
    doc: [doc('6845-6934')],
    operations: ['recapi:gdms-netdisk'],
    unavailable: (target) => (target.kind === 'real' && process.env.UCM_GDMS !== '1' ? 'needs recordings on the GDMS cloud; set UCM_GDMS=1' : undefined),
    async run(t) {
      const ucm = new GrandstreamClient(t);
      await ucm.login();
      const month = t.target.kind === 'real' ? new Date().toISOString().slice(0, 7) : '2024-11';
      const list = await ucm.send('recapi', { cookie: ucm.currentCookie, filedir: 'monitor', gdms_date: month, gdms_item_number: '20', gdms_page: '1', path_type: 'gdms' });
      const lines = list.text.trim().split(/\r?\n/);
      assert.equal(lines[0], 'Directory,Filename,uniqueCode');
      t.observe({ operation: 'recapi:gdms-netdisk', outcome: 'conforms' });
      const row = lines[1]?.split(',');
      if (!row) return;
      const file = await ucm.send('recapi', { cookie: ucm.currentCookie, filedir: row[0], filename: row[1], path_type: 'gdms', uniquecode: row[2] });
      assert.equal(file.httpStatus, 200);
      assert.equal(file.body?.status, undefined, `download failed: ${file.text.slice(0, 200)}`);
    },
  }),
];
