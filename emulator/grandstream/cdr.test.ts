import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberMatcher, parseCdrTime } from './cdr-query.ts';
import { startUcm, type UcmTestEmulator } from './test-support.ts';

/** cdrapi, recapi and getRecordInfosByCall over the fixture calls of 2024-11-13 and calls made here. */
describe('Grandstream CDR and recordings', () => {
  let ucm: UcmTestEmulator;
  let cookie: string;
  const cdr = async (params: Record<string, unknown> = {}) => (await ucm.call('cdrapi', { format: 'json', ...params })).cdr_root as Array<Record<string, any>>;
  const main = (item: Record<string, any>) => item.main_cdr ?? item;
  beforeAll(async () => {
    ucm = await startUcm();
    cookie = await ucm.login();
  });
  afterAll(() => ucm.close());

  it('numbers: lists, ranges, @ and _ patterns, 0-0, ignored junk', () => {
    const m = numberMatcher('5300,5302-5304,_4@');
    expect(['5300', '5302', '5304', '1400', '14', '5301', '5305', 'abc'].filter(m)).toEqual(['5300', '5302', '5304', '1400', '14']);
    expect(['abc', '', '12'].filter(numberMatcher('0-0'))).toEqual(['abc', '']);
    expect(numberMatcher('x-y-z,foo')('123')).toBe(true);
    expect(parseCdrTime('2024-11-14T10:00', 's')).toBe(Date.UTC(2024, 10, 14, 10));
    expect(parseCdrTime('2024-11-14T12:00:00%2B02:00', 's')).toBe(Date.UTC(2024, 10, 14, 10));
    expect(parseCdrTime('10:30:15.5', 's')).toBe(Date.UTC(2000, 0, 1, 10, 30, 15, 500));
  });

  it('answers {"cdr_root": [...]} unwrapped, every value a string; multi-leg calls as main_cdr/sub_cdr_N', async () => {
    const reply = await ucm.send('cdrapi', { cookie, format: 'json' });
    expect(reply.contentType).toMatch(/^application\/json/);
    expect(Object.keys(reply.body)).toEqual(['cdr_root']);
    const items = reply.body.cdr_root as Array<Record<string, any>>;
    expect(items.length).toBeGreaterThanOrEqual(10);
    const transferred = items.find((i) => i.main_cdr)!;
    expect(Object.keys(transferred)).toEqual(['cdr', 'main_cdr', 'sub_cdr_1']);
    for (const leg of items.flatMap((i) => (i.main_cdr ? [i.main_cdr, i.sub_cdr_1] : [i]))) {
      expect(Object.keys(leg)).toHaveLength(33);
      expect(Object.values(leg).every((v) => typeof v === 'string')).toBe(true);
    }
    expect(items.map((i) => Number(main(i).AcctId))).toEqual([...items.map((i) => Number(main(i).AcctId))].sort((a, b) => a - b));
  });

  it('filters: time window, caller/callee, durations, answered by, callerName, paging', async () => {
    const window = await cdr({ startTime: '2024-11-13T08:29', endTime: '2024-11-13T08:31:00' });
    expect(window.map((i) => main(i).src)).toEqual(['0123456789']);
    expect((await cdr({ startTime: '2024-11-13T10:30:00%2B02:00', endTime: '2024-11-13T09:00:00Z' })).map((i) => main(i).src)).toEqual(['0123456789', '1002']);
    expect((await cdr({ caller: '1001,1003-1004' })).map((i) => main(i).src)).toEqual(['1001', '1003', '1004', '1004']);
    expect((await cdr({ callee: '_0_5' })).map((i) => main(i).dst)).toEqual(['1005', '8005']);
    expect((await cdr({ callee: '8@' })).map((i) => main(i).dst)).toEqual(['8005']);
    expect((await cdr({ minDur: 100 })).every((i) => Number(main(i).duration) >= 100)).toBe(true);
    expect((await cdr({ maxDur: 5, minDur: 1 })).map((i) => main(i).duration)).toEqual(['2', '1']);
    expect((await cdr({ 'answered by': '1001' })).map((i) => main(i).src)).toEqual(['0123456789']);
    expect((await cdr({ callerName: '100' })).length).toBeGreaterThan(3);
    const all = await cdr();
    expect(await cdr({ numRecords: 2, offset: 1 })).toEqual(all.slice(1, 3));
    expect(await cdr({ numRecords: 0 })).toEqual([]);
    expect((await ucm.send('cdrapi', { cookie, startTime: 'yesterday' })).body.status).toBe(-15);
    expect((await ucm.send('cdrapi', { cookie, numRecords: 1001 })).body.status).toBe(-15);
    expect((await ucm.send('cdrapi', { cookie, format: 'pdf' })).body.status).toBe(-15);
  });

  it('formats: CSV (the default) with a header and one line per leg, XML with cdr_root', async () => {
    const csv = await ucm.send('cdrapi', { cookie, caller: '1004' });
    expect(csv.contentType).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0].split(',')).toHaveLength(33);
    expect(lines[0].startsWith('AcctId,accountcode,action_owner')).toBe(true);
    expect(lines).toHaveLength(1 + 3);
    const xml = await ucm.send('cdrapi', { cookie, caller: '1004', format: 'XML' });
    expect(xml.contentType).toMatch(/^text\/xml/);
    expect(xml.text).toMatch(/^<\?xml version="1.0"\?>\n<cdr_root><cdr><AcctId>\d+<\/AcctId>/);
    expect(xml.text).toContain('<main_cdr><AcctId>');
    expect(xml.text).toContain('<sub_cdr_1>');
  });

  it('getRecordInfosByCall names the recordings; recapi answers the WAV bytes', async () => {
    const recorded = (await cdr()).map(main).find((r) => r.recordfiles !== '')!;
    expect(recorded.recordfiles).toMatch(/^2024-11\/auto-\d+-\d+-\d+\.wav@$/);
    const info = await ucm.call('getRecordInfosByCall', { id: recorded.AcctId });
    expect(info).toEqual({ response: { recordfiles: recorded.recordfiles.replace(/@$/, '') }, status: 0 });
    expect(await ucm.call('getRecordInfosByCall', { id: (await cdr()).map(main).find((r) => r.recordfiles === '')!.AcctId })).toEqual({ response: { recordfiles: '' }, status: 0 });
    expect((await ucm.send('getRecordInfosByCall', { cookie, id: '99999' })).body.status).toBe(-16);

    const name = info.response.recordfiles.split('/')[1];
    const file = await ucm.emulator.vendor('grandstream').app.inject({ method: 'POST', url: '/api', payload: { request: { action: 'recapi', cookie, filedir: 'monitor', filename: name } } });
    expect(file.headers['content-type']).toBe('audio/x-wav');
    expect(file.headers['content-disposition']).toBe(`attachment; filename=${name}`);
    const bytes = file.rawPayload;
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(bytes.subarray(8, 16).toString('ascii')).toBe('WAVEfmt ');
    expect(bytes.readUInt16LE(20)).toBe(1);
    expect(bytes.readUInt32LE(24)).toBe(8000);
    expect(bytes.readUInt32LE(40)).toBe(bytes.length - 44);
    // filename only → monitor; the month prefix and trailing @ are tolerated.
    const again = await ucm.emulator.vendor('grandstream').app.inject({ method: 'POST', url: '/api', payload: { request: { action: 'recapi', cookie, filename: `${recorded.recordfiles}` } } });
    expect(again.rawPayload.equals(bytes)).toBe(true);
    expect((await ucm.send('recapi', { cookie, filedir: 'queue', filename: name })).body.status).toBe(-16);
    expect((await ucm.send('recapi', { cookie, filedir: 'attic' })).body.status).toBe(-15);
  });

  it('recapi lists directories and files; several files come as a tar archive', async () => {
    expect((await ucm.send('recapi', { cookie })).text).toBe('Directory\nmonitor\nemergency\nmeetme\nqueue\nsca\n');
    const listing = (await ucm.send('recapi', { cookie, filedir: 'monitor' })).text.trim().split('\n');
    expect(listing[0]).toBe('Directory,Filename');
    expect(listing.length).toBeGreaterThanOrEqual(3);
    const names = listing.slice(1, 3).map((l) => l.split(',')[1]);
    const tar = await ucm.emulator.vendor('grandstream').app.inject({ method: 'POST', url: '/api', payload: { request: { action: 'recapi', cookie, filename: names.join(',') } } });
    expect(tar.headers['content-type']).toBe('application/x-tar');
    expect(tar.rawPayload.subarray(0, names[0].length).toString()).toBe(names[0]);
    expect(tar.rawPayload.subarray(257, 262).toString()).toBe('ustar');
  });

  it('recapi with path_type lists GDMS/NAS recordings as CSV and downloads by uniquecode', async () => {
    const list = await ucm.send('recapi', { cookie, filedir: 'monitor', gdms_date: '2024-11', gdms_item_number: '20', gdms_page: '1', path_type: 'gdms' });
    const lines = list.text.trim().split('\n');
    expect(lines[0]).toBe('Directory,Filename,uniqueCode');
    expect(lines).toHaveLength(3);
    const [dir, filename, uniquecode] = lines[1].split(',');
    expect([dir, filename.endsWith('.venc'), /^[0-9a-f]{32}$/.test(uniquecode)]).toEqual(['monitor', true, true]);
    expect((await ucm.send('recapi', { cookie, path_type: 'gdms', gdms_item_number: 1, gdms_page: 2, gdms_date: '2024-11' })).text.trim().split('\n')).toHaveLength(2);
    // gdms_date defaults to the month of the emulator clock (2024-11 here).
    expect((await ucm.send('recapi', { cookie, path_type: 'gdms' })).text).toBe(list.text);
    expect((await ucm.send('recapi', { cookie, path_type: 'gdms', gdms_date: '2024-10' })).text).toBe('Directory,Filename,uniqueCode\n');
    const got = await ucm.emulator.vendor('grandstream').app.inject({ method: 'POST', url: '/api', payload: { request: { action: 'recapi', cookie, filedir: 'monitor', filename, path_type: 'gdms', uniquecode } } });
    expect(got.headers['content-type']).toBe('application/octet-stream');
    expect(got.rawPayload.subarray(0, 4).toString()).toBe('RIFF');
    expect((await ucm.send('recapi', { cookie, filename, path_type: 'gdms', uniquecode: '0'.repeat(32) })).body.status).toBe(-16);
    expect((await ucm.send('recapi', { cookie, filename, path_type: 'gdms' })).body.status).toBe(-1);
    expect((await ucm.send('recapi', { cookie, filename, path_type: 'netdisk', uniquecode })).body.status).toBe(-16);
    expect((await ucm.send('recapi', { cookie, path_type: 'netdisk', gdms_date: '2024-11' })).text.trim().split('\n')).toHaveLength(2);
    expect((await ucm.send('recapi', { cookie, path_type: 'ftp' })).body.status).toBe(-15);
  });

  it('a recorded live call leaves a CDR with recordfiles and a recording; delete removes the answered records', async () => {
    await ucm.call('updateSIPAccount', { extension: '1008', auto_record: 'all' });
    await ucm.call('dialExtension', { caller: '1008', callee: '1009' });
    ucm.clock.advance(3 + 30);
    const [channel] = (await ucm.call('listBridgedChannels')).response.channel;
    await ucm.call('Hangup', { channel: channel.channel1 });
    const [row] = await cdr({ startTime: '2024-11-14T10:00:00' });
    expect(row).toMatchObject({ src: '1008', dst: '1009', billsec: '30', disposition: 'ANSWERED' });
    expect(row.recordfiles).toBe(`2024-11/auto-${Date.UTC(2024, 10, 14, 10) / 1000}-1008-1009.wav@`);
    const names = (await ucm.send('recapi', { cookie, filedir: 'monitor' })).text;
    expect(names).toContain(row.recordfiles.slice(8, -1));
    expect((await cdr({ startTime: '2024-11-14T10:00:00', delete: 'yes' })).length).toBe(1);
    expect(await cdr({ startTime: '2024-11-14T10:00:00' })).toEqual([]);
  });
});
