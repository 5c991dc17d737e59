import assert from 'node:assert/strict';
import { defineScenario } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient } from './helpers.ts';
import type { ScenarioContext } from '../harness/scenario.ts';

interface CdrPage {
  success: string;
  next_page: boolean;
  limit: number;
  records: number;
  header: string[] | null;
  csv: Array<Array<string | number>>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `mmm-dd-YYYY` (doc 5893-5897) of a date, in UTC. */
export function monthDate(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]}-${String(date.getUTCDate()).padStart(2, '0')}-${date.getUTCFullYear()}`;
}

/** A window wide enough for any system's CDRs. */
const WIDE = { start: 'Jan-01-2000', end: 'Dec-31-2037' };
/** A window that is closed (ends yesterday), so pages do not shift while calls arrive. */
const closedWindow = () => ({ start: 'Jan-01-2000', end: monthDate(new Date(Date.now() - 86_400_000)) });

const STATUSES = ['Answered', 'Unanswered', 'Busy', 'Failed'];

/** The id column: "Unique ID" in the document's header, "ID" on real multi-tenant systems (field evidence). */
function idColumn(header: string[]): number {
  const index = header.findIndex((name) => name === 'Unique ID' || name === 'ID');
  assert.ok(index >= 0, `the CDR header names an id column: ${header.join(', ')}`);
  return index;
}

function column(header: string[], name: string): number {
  const index = header.indexOf(name);
  assert.ok(index >= 0, `the CDR header has "${name}": ${header.join(', ')}`);
  return index;
}

async function download(pbx: PbxwareClient, params: Record<string, string | number>): Promise<CdrPage> {
  return pbx.call<CdrPage>('pbxware.cdr.download', params);
}

/** Pages through a query until `next_page` is false or `maxPages` were read; answers the pages. */
async function pages(t: ScenarioContext, pbx: PbxwareClient, params: Record<string, string | number>, maxPages: number) {
  const out: CdrPage[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const body = await download(pbx, { ...params, page });
    out.push(body);
    if (!body.next_page) return { pages: out, complete: true };
  }
  t.note(`stopped after ${maxPages} pages; the target has more CDRs in the window`);
  return { pages: out, complete: false };
}

export const cdrScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.cdr.download-shape',
    title: 'cdr.download answers success, paging fields, a header and rows as wide as the header',
    doc: [doc('5885-6077')],
    operations: ['pbxware.cdr.download'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const body = await download(pbx, WIDE);
      assert.equal(body.success, 'Success.');
      assert.equal(body.limit, 16, 'limit defaults to 16');
      assert.equal(body.records, body.csv.length, 'records counts the rows of this page');
      assert.ok(body.records <= 16);
      if (body.records === 0) {
        assert.equal(body.header, null, 'no data: header is null');
        t.note('the target has no CDRs at all');
        return;
      }
      const header = body.header!;
      for (const name of ['From', 'To', 'Date/Time', 'Total Duration', 'Status', 'Recording Path', 'Recording Available', 'Location Type']) {
        column(header, name);
      }
      idColumn(header);
      const date = column(header, 'Date/Time');
      const status = column(header, 'Status');
      for (const row of body.csv) {
        assert.equal(row.length, header.length, 'every row is as wide as the header');
        assert.match(String(row[date]), /^\d+$/, 'Date/Time is a Unix timestamp');
        assert.ok(STATUSES.includes(String(row[status])), `Status is one of ${STATUSES.join(', ')}: ${row[status]}`);
      }
      if (header.includes('MOS')) {
        const mos = header.indexOf('MOS');
        for (const row of body.csv) assert.equal(typeof row[mos], 'number', 'MOS is a number');
      }
      const empty = await download(pbx, { start: 'Jan-01-2001', end: 'Jan-01-2001', starttime: '00:00:00', endtime: '00:00:01' });
      assert.equal(empty.records, 0);
      assert.deepEqual(empty.csv, []);
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.cdr.paging',
    title: 'cdr.download pages do not overlap, are full until the last, and together equal one bigger page',
    doc: [doc('5945-5960', 'page and limit'), doc('5978-5986', 'next_page')],
    operations: ['pbxware.cdr.download'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const window = closedWindow();
      const pageSize = 25;
      const { pages: read } = await pages(t, pbx, { ...window, limit: pageSize }, 12);
      const ids: string[] = [];
      const times: number[] = [];
      for (const [i, page] of read.entries()) {
        assert.equal(page.limit, pageSize);
        if (page.next_page) assert.equal(page.records, pageSize, `page ${i + 1} is full when another follows`);
        if (page.records === 0) continue;
        const id = idColumn(page.header!);
        const date = column(page.header!, 'Date/Time');
        ids.push(...page.csv.map((row) => String(row[id])));
        times.push(...page.csv.map((row) => Number(row[date])));
      }
      assert.equal(new Set(ids).size, ids.length, 'no CDR appears on two pages');
      const ascending = times.every((v, i) => i === 0 || times[i - 1] <= v);
      const descending = times.every((v, i) => i === 0 || times[i - 1] >= v);
      assert.ok(ascending || descending, 'rows are ordered by Date/Time across pages');
      t.note(`read ${ids.length} CDRs in ${read.length} pages, ${descending ? 'newest' : 'oldest'} first`);

      const together = await download(pbx, { ...window, limit: Math.min(pageSize * read.length, 1000) });
      if (together.records > 0) {
        const id = idColumn(together.header!);
        assert.deepEqual(together.csv.map((row) => String(row[id])), ids, 'the pages together equal one page of their combined size');
      }

      const clamped = await pbx.raw({ action: 'pbxware.cdr.download', ...window, limit: 1001 });
      const body = clamped.body as Partial<CdrPage> & { error?: string };
      if (body.error === undefined) {
        assert.ok(body.limit! <= 1000, 'limit is at most 1000');
        assert.ok(body.records! <= 1000);
      } else {
        t.note('limit above 1000 is refused rather than clamped');
      }
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.cdr.filter-errors',
    title: 'cdr.download refuses trunk with ext, trunkdst with extdst, and dates not in mmm-dd-YYYY',
    doc: [doc('5931-5943', 'mutual exclusions'), doc('5889-5897', 'date format')],
    operations: ['pbxware.cdr.download', 'pbxware.cdr.billamount'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      await pbx.error('pbxware.cdr.download', { ...WIDE, ext: '100', trunk: '1' });
      await pbx.error('pbxware.cdr.download', { ...WIDE, extdst: '100', trunkdst: '1' });
      await pbx.error('pbxware.cdr.download', { start: '2009-02-01', end: 'Feb-28-2009' });
      await pbx.error('pbxware.cdr.download', { start: 'Feb-01-2009', end: '28/02/2009' });
      await pbx.error('pbxware.cdr.download', { end: 'Feb-28-2009' });
      await pbx.error('pbxware.cdr.billamount', { ...WIDE, ext: '100', trunk: '1' });
      await pbx.error('pbxware.cdr.billamount', { start: '2009-02-01', end: 'Feb-28-2009' });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.cdr.filters',
    title: 'cdr.download status and extension filters only return matching rows',
    doc: [doc('5915-5930', 'ext, extdst'), doc('5961-5971', 'status')],
    operations: ['pbxware.cdr.download'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const window = closedWindow();
      const answered = await download(pbx, { ...window, status: 8, limit: 100 });
      if (answered.records > 0) {
        const status = column(answered.header!, 'Status');
        assert.ok(answered.csv.every((row) => row[status] === 'Answered'), 'status=8 returns answered calls only');
      }
      const sample = await download(pbx, { ...window, limit: 100 });
      if (sample.records === 0) return t.note('no CDRs to filter');
      const from = column(sample.header!, 'From');
      const withExt = sample.csv.map((row) => /\((\d+)\)$/.exec(String(row[from]))?.[1]).find((ext) => ext !== undefined);
      if (!withExt) return t.note('no CDR from an extension in the first 100');
      const filtered = await download(pbx, { ...window, ext: withExt, limit: 100 });
      assert.ok(filtered.records > 0, `ext=${withExt} finds the call it was taken from`);
      const fromCol = column(filtered.header!, 'From');
      for (const row of filtered.csv) {
        const text = String(row[fromCol]);
        assert.ok(text === withExt || text.endsWith(`(${withExt})`), `ext=${withExt} returns calls from that extension only: ${text}`);
      }
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.cdr.billamount',
    title: 'cdr.billamount answers a number that is never less for a wider filter',
    doc: [doc('6079-6095')],
    operations: ['pbxware.cdr.billamount'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const window = closedWindow();
      const all = await pbx.call<{ billamount: number }>('pbxware.cdr.billamount', window);
      assert.equal(typeof all.billamount, 'number');
      const answered = await pbx.call<{ billamount: number }>('pbxware.cdr.billamount', { ...window, status: 8 });
      assert.ok(answered.billamount >= 0);
      assert.ok(answered.billamount <= all.billamount + 1e-6, 'answered calls cost no more than all calls');
      const none = await pbx.call<{ billamount: number }>('pbxware.cdr.billamount', { start: 'Jan-01-2001', end: 'Jan-01-2001', endtime: '00:00:01' });
      assert.equal(none.billamount, 0, 'an empty window costs nothing');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.cdr.mos',
    title: 'cdr.mos lists the channels of a downloaded call under one Linked ID',
    doc: [doc('6097-6163')],
    operations: ['pbxware.cdr.download', 'pbxware.cdr.mos'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const page = await download(pbx, { ...closedWindow(), status: 8, limit: 1 });
      if (page.records === 0) return t.note('no answered CDR to ask MOS data for');
      const uniqueid = String(page.csv[0][idColumn(page.header!)]);
      const body = await pbx.call<{ success: string; data: Array<{ linkedid: string; uniqueid: string; minmes: number; maxmes: number }> }>(
        'pbxware.cdr.mos',
        { uniqueid },
      );
      assert.equal(body.success, 'Success.');
      assert.ok(body.data.length > 0, 'an answered call has at least one channel');
      const linked = new Set(body.data.map((c) => c.linkedid));
      assert.equal(linked.size, 1, 'every channel shares the Linked ID');
      assert.ok(body.data.some((c) => c.uniqueid === uniqueid || c.linkedid === uniqueid), 'the asked call is among them');
      for (const c of body.data) assert.ok(c.minmes <= c.maxmes, 'minimum MOS ≤ maximum MOS');
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.cdr.seeded-total',
    title: 'paging with limit 1000 returns exactly the CDRs the emulator holds, each once',
    doc: [doc('5945-5986')],
    operations: ['pbxware.cdr.download'],
    control: 'compares with the number of CDRs in the emulator state',
    async run(t) {
      const pbx = new PbxwareClient(t);
      const state = await t.control.state<{ tables: { cdrs?: Record<string, unknown> } }>();
      const held = Object.keys(state.tables.cdrs ?? {});
      const { pages: read, complete } = await pages(t, pbx, { ...WIDE, limit: 1000 }, 200);
      assert.ok(complete, 'paging ends');
      const ids = read.flatMap((p) => (p.header ? p.csv.map((row) => String(row[idColumn(p.header!)])) : []));
      assert.equal(ids.length, held.length, 'every CDR is downloaded');
      assert.deepEqual([...ids].sort(), [...held].sort(), 'each exactly once');
    },
  }),
];
