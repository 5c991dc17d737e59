import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../index.ts';
import { CDR_COUNT } from '../../fixtures/pbxware/cdr.ts';
import { cdrs, type CdrRecord } from './models/cdr.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

const NOW = Date.UTC(2025, 4, 15, 12, 0, 0);
const WIDE = { start: 'Jan-01-2000', end: 'Dec-31-2037' };

type Download = {
  success: string;
  next_page: boolean;
  limit: number;
  records: number;
  header: string[] | null;
  csv: Array<Array<string | number>>;
  error?: string;
};

function rowsOf(pbx: PbxTestEmulator): CdrRecord[] {
  return cdrs(pbx.emulator.vendor('pbxware').context.state).values();
}

describe('PBXware CDRs', () => {
  let pbx: PbxTestEmulator;
  const quirks = () => pbx.emulator.vendor('pbxware').context.quirks;
  const download = (params: Record<string, string> = {}) => pbx.call<Download>({ action: 'pbxware.cdr.download', ...WIDE, ...params });

  beforeAll(async () => {
    pbx = await startPbxware({ clock: new Clock({ start: NOW, frozen: true }) });
  });
  afterAll(() => pbx.close());

  it('seeds a few hundred CDRs between the seeded extensions, before the fixture time', () => {
    const rows = rowsOf(pbx);
    expect(rows).toHaveLength(CDR_COUNT.small);
    const state = pbx.emulator.vendor('pbxware').context.state;
    const extNumbers = new Set(state.table<{ server: string; ext: string }>('extensions').values().map((e) => `${e.server}:${e.ext}`));
    for (const cdr of rows) {
      expect(cdr.start).toBeLessThanOrEqual(NOW / 1000);
      expect(cdr.id).toMatch(/^\d+\.\d+$/);
      if (extNumbers.size > 0 && cdr.srcExt) expect(extNumbers.has(`${cdr.server}:${cdr.srcExt}`)).toBe(true);
      expect([8, 4, 2, 1]).toContain(cdr.status);
      expect(cdr.mos === 0).toBe(cdr.status !== 8);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('is deterministic for a seed and fixture time', async () => {
    const other = await startPbxware({ clock: new Clock({ start: NOW, frozen: true }) });
    try {
      expect(rowsOf(other)).toEqual(rowsOf(pbx));
    } finally {
      await other.close();
    }
  });

  it('answers the first page with the documented defaults', async () => {
    const body = await download();
    expect(body).toMatchObject({ success: 'Success.', limit: 16, records: 16, next_page: true });
    expect(body.csv).toHaveLength(16);
  });

  it('pages through every matching CDR without overlap, and clamps limit to 1000', async () => {
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const body = await download({ limit: '50', page: String(page) });
      seen.push(...body.csv.map((row) => String(row[7])));
      if (!body.next_page) break;
      expect(body.records).toBe(50);
    }
    expect(new Set(seen).size).toBe(CDR_COUNT.small);
    const all = await download({ limit: '5000' });
    expect(all.limit).toBe(1000);
    expect(all.csv.map((row) => String(row[7]))).toEqual(seen);
  });

  it('refuses limit or page 0, an unknown time zone, an unknown server and a status outside 1-15', async () => {
    const refused: Array<Record<string, string>> = [{ limit: '0' }, { page: '0' }, { timezone: 'Mars/Olympus' }, { server: '999' }, { status: '16' }];
    for (const bad of refused) {
      expect((await download(bad)).error, JSON.stringify(bad)).toBeTypeOf('string');
    }
  });

  it('refuses trunk with ext, trunkdst with extdst, nonexistent dates and an end before the start', async () => {
    expect((await download({ ext: '100', trunk: '1' })).error).toMatch(/trunk and ext/);
    expect((await download({ extdst: '100', trunkdst: '1' })).error).toMatch(/trunkdst and extdst/);
    expect((await download({ start: 'Feb-30-2009' })).error).toBeTypeOf('string');
    expect((await download({ start: 'Foo-01-2009' })).error).toBeTypeOf('string');
    expect((await download({ start: '2009-02-01' })).error).toBeTypeOf('string');
    expect((await download({ start: 'Feb-03-2009', end: 'Feb-01-2009' })).error).toBeTypeOf('string');
    expect((await download({ start: 'Feb-01-2009', end: 'Feb-01-2009', starttime: '10:00:00', endtime: '09:00:00' })).error).toBeTypeOf('string');
  });

  it('filters by server, extension, status bit mask and call type', async () => {
    const rows = rowsOf(pbx);
    const count = async (params: Record<string, string>) => {
      let total = 0;
      for (let page = 1; ; page++) {
        const body = await download({ limit: '1000', page: String(page), ...params });
        total += body.records;
        if (!body.next_page) return total;
      }
    };
    const sample = rows.find((r) => r.srcExt !== '')!;
    expect(await count({ server: sample.server })).toBe(rows.filter((r) => r.server === sample.server).length);
    expect(await count({ server: sample.server, ext: sample.srcExt })).toBe(
      rows.filter((r) => r.server === sample.server && r.srcExt === sample.srcExt).length,
    );
    expect(await count({ status: '8' })).toBe(rows.filter((r) => r.status === 8).length);
    expect(await count({ status: '12' })).toBe(rows.filter((r) => r.status === 8 || r.status === 4).length);
    expect(await count({ cdrtype: '1' })).toBe(rows.filter((r) => r.srcTrunk !== '').length);
    expect(await count({ cdrtype: '2' })).toBe(rows.filter((r) => r.dstTrunk !== '').length);
    const trunk = rows.find((r) => r.dstTrunk !== '');
    if (trunk) expect(await count({ trunkdst: trunk.dstTrunk })).toBe(rows.filter((r) => r.dstTrunk === trunk.dstTrunk).length);
  });

  it('reads the date window in the given time zone, UTC by default', async () => {
    const newest = rowsOf(pbx).reduce((a, b) => (b.start > a.start ? b : a));
    const day = new Date(newest.start * 1000);
    const month = day.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    const date = `${month}-${String(day.getUTCDate()).padStart(2, '0')}-${day.getUTCFullYear()}`;
    const time = day.toISOString().slice(11, 19);
    const exact = await download({ start: date, end: date, starttime: time, endtime: time });
    expect(exact.csv.map((r) => r[7])).toContain(newest.id);
    // The same wall time in New York is 4 hours later in UTC (May: EDT).
    const shifted = await download({ start: date, end: date, starttime: time, endtime: time, timezone: 'America/New_York' });
    expect(shifted.csv.map((r) => r[7])).not.toContain(newest.id);
  });

  it('sums the rating cost of every matching CDR in cdr.billamount', async () => {
    const all = await download({ limit: '1000' });
    const cost = all.header!.indexOf('Rating Cost');
    const sum = all.csv.reduce((s, row) => s + Number(row[cost]), 0);
    const body = await pbx.call({ action: 'pbxware.cdr.billamount', ...WIDE });
    expect(body.billamount).toBeCloseTo(sum, 4);
    const none = await pbx.call({ action: 'pbxware.cdr.billamount', ...WIDE, status: '4' });
    expect(none).toEqual({ billamount: 0 });
  });

  it('lists both channels of an answered call in cdr.mos, found from either Unique ID', async () => {
    const answered = rowsOf(pbx).find((r) => r.status === 8)!;
    const body = await pbx.call({ action: 'pbxware.cdr.mos', uniqueid: answered.id });
    expect(body.success).toBe('Success.');
    expect(body.data).toHaveLength(2);
    for (const channel of body.data) {
      expect(channel.linkedid).toBe(answered.id);
      expect(channel.channel).toMatch(/^PJSIP\/.+-[0-9a-f]{8}$/);
      expect(channel.minmes).toBeLessThanOrEqual(channel.avgmes);
      expect(channel.avgmes).toBeLessThanOrEqual(channel.maxmes);
    }
    const second = await pbx.call({ action: 'pbxware.cdr.mos', uniqueid: body.data[1].uniqueid });
    expect(second).toEqual(body);
    const unanswered = rowsOf(pbx).find((r) => r.status !== 8)!;
    const zero = await pbx.call({ action: 'pbxware.cdr.mos', uniqueid: unanswered.id });
    expect(zero.data[0]).toMatchObject({ maxmes: 0, avgmes: 0, minmes: 0 });
    expect((await pbx.call({ action: 'pbxware.cdr.mos', uniqueid: '1.1' })).error).toBeTypeOf('string');
  });

  it('quirk cdr-csv-json: rows are arrays of strings with a Unix-epoch Date/Time and a numeric MOS', async () => {
    const body = await download();
    expect(body.header).toEqual([
      'From', 'To', 'Date/Time', 'Total Duration', 'Rating Duration', 'Rating Cost',
      'Status', 'Unique ID', 'Recording Path', 'Recording Available', 'Location Type', 'MOS',
    ]);
    for (const row of body.csv) {
      expect(row.slice(0, 11).every((cell) => typeof cell === 'string')).toBe(true);
      expect(row[2]).toMatch(/^\d{10}$/);
      expect(row[5]).toMatch(/^\d+\.\d{5}$/);
      expect(['True', 'False']).toContain(row[9]);
      expect(typeof row[11]).toBe('number');
    }
  });

  it('quirk cdr-header-null-when-empty: no data gives header null and csv []', async () => {
    expect(await download({ start: 'Jan-01-2001', end: 'Jan-02-2001' })).toEqual({
      success: 'Success.', next_page: false, limit: 16, records: 0, header: null, csv: [],
    });
    const past = await download({ page: '1000' });
    expect(past).toMatchObject({ records: 0, header: null, csv: [], next_page: false });
  });

  it('quirk cdr-newest-first: rows come newest first', async () => {
    const body = await download({ limit: '1000' });
    const times = body.csv.map((row) => Number(row[2]));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('quirk cdr-billing-columns: off drops Rating Duration and Rating Cost', async () => {
    quirks()['cdr-billing-columns'] = false;
    try {
      const body = await download();
      expect(body.header).not.toContain('Rating Duration');
      expect(body.header).not.toContain('Rating Cost');
      expect(body.header).toHaveLength(10);
      expect(body.csv[0]).toHaveLength(10);
    } finally {
      quirks()['cdr-billing-columns'] = true;
    }
  });

  it('quirk cdr-field-header: on gives the field-evidence header (Tenant first, ID, no MOS)', async () => {
    quirks()['cdr-field-header'] = true;
    try {
      const body = await download();
      expect(body.header).toEqual([
        'Tenant', 'From', 'To', 'Date/Time', 'Total Duration', 'Rating Duration', 'Rating Cost',
        'Status', 'ID', 'Recording Path', 'Recording Available', 'Location Type',
      ]);
      expect(body.csv[0].every((cell) => typeof cell === 'string')).toBe(true);
    } finally {
      quirks()['cdr-field-header'] = false;
    }
  });
});

describe('PBXware CDRs, large fixture', () => {
  let pbx: PbxTestEmulator;
  beforeAll(async () => {
    pbx = await startPbxware({ fixtures: { seed: 7, size: 'large' }, clock: new Clock({ start: NOW, frozen: true }) });
  }, 30_000);
  afterAll(() => pbx.close());

  it('holds 100,000 CDRs and serves the last page of a wide window quickly', async () => {
    expect(rowsOf(pbx)).toHaveLength(CDR_COUNT.large);
    await pbx.call({ action: 'pbxware.cdr.download', ...WIDE, limit: '1' }); // builds the index
    const started = performance.now();
    const last = await pbx.call<Download>({ action: 'pbxware.cdr.download', ...WIDE, limit: '1000', page: '100' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(last.records).toBe(1000);
    expect(last.next_page).toBe(false);
  });
});
