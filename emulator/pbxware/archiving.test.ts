import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../index.ts';
import { archivingReports } from './models/archiving.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

const WIDE = { start_date: 'Jan-01-2000', end_date: 'Dec-31-2037' };

describe('PBXware archiving', () => {
  let pbx: PbxTestEmulator;
  const rows = () => archivingReports(pbx.emulator.vendor('pbxware').context.state).values();
  beforeAll(async () => {
    pbx = await startPbxware({ clock: new Clock({ start: Date.UTC(2025, 4, 15, 12, 0, 0), frozen: true }) });
  });
  afterAll(() => pbx.close());

  it('lists the reports of a window keyed by id, [] when none', async () => {
    const body = await pbx.call({ action: 'pbxware.archiving.list', ...WIDE });
    expect(Object.keys(body)).toHaveLength(rows().length);
    const one = await pbx.call({ action: 'pbxware.archiving.list', start_date: 'May-14-2025', end_date: 'May-14-2025' });
    expect(Object.values<{ date_time: string }>(one).every((r) => r.date_time.startsWith('2025-05-14'))).toBe(true);
    expect(Object.keys(one).length).toBeGreaterThan(0);
    expect(await pbx.call({ action: 'pbxware.archiving.list', start_date: 'Jan-01-2001', end_date: 'Jan-02-2001' })).toEqual([]);
  });

  it('filters by status list and refuses unknown statuses and bad dates', async () => {
    const body = await pbx.call({ action: 'pbxware.archiving.list', ...WIDE, status: 'partial,FAILURE' });
    expect(Object.keys(body)).toHaveLength(rows().filter((r) => r.report.status !== 'SUCCESS').length);
    expect((await pbx.call({ action: 'pbxware.archiving.list', ...WIDE, status: 'DONE' })).error).toBeTypeOf('string');
    expect((await pbx.call({ action: 'pbxware.archiving.list', ...WIDE, end_date: 'Dec-31-1999' })).error).toBeTypeOf('string');
    expect((await pbx.call({ action: 'pbxware.archiving.list', start_date: '2000-01-01', end_date: 'Dec-31-2037' })).error).toBeTypeOf('string');
  });

  it('quirk archiving-tenant-code: the tenant filter and field are tenant codes', async () => {
    const body = await pbx.call({ action: 'pbxware.archiving.list', ...WIDE, tenant: '344' });
    const reports = Object.values<{ tenant: string }>(body);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((r) => r.tenant === '344')).toBe(true);
    // Tenant ID 2 is not a code: nothing matches.
    expect(await pbx.call({ action: 'pbxware.archiving.list', ...WIDE, tenant: '2' })).toEqual([]);
  });
});
