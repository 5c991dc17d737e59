import { commaList } from '../../../contracts/grandstream/args.ts';
import { CDR_FIELDS, RECORDING_DIRS } from '../../../contracts/grandstream/cdr.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { derived } from '../../core/derived.ts';
import { cdrPredicate, type CdrFilter } from '../cdr-query.ts';
import { cdrs, recordings, type CdrRow, type RecordingRow } from '../models/cdr.ts';
import { RawReply } from '../render.ts';
import { ucmDateTime } from '../time.ts';
import { tarArchive } from '../../core/media.ts';
import { wavFile } from '../wav.ts';

/** cdrapi (doc 6716-6807), recapi (doc 6809-6934), getRecordInfosByCall (doc 6936-6967). */

type CdrArgs = CdrFilter & { format?: 'json' | 'csv' | 'xml'; numRecords?: number; offset?: number; delete?: string };

/** A call as cdrapi answers it: one flat leg, or `{cdr, main_cdr, sub_cdr_N}` (field evidence). */
type CdrItem = CdrRow | ({ cdr: string; main_cdr: CdrRow } & Record<string, string | CdrRow>);

/** The calls, oldest first: legs grouped by `session`, the first leg the main one. */
function callsOf(rows: CdrRow[]): CdrRow[][] {
  const sorted = rows.map((row) => ({ id: Number(row.AcctId), row })).sort((a, b) => a.id - b.id);
  const groups = new Map<string, CdrRow[]>();
  for (const { row } of sorted) {
    const key = row.session || `#${row.AcctId}`;
    const legs = groups.get(key);
    if (legs) legs.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}

function itemOf(legs: CdrRow[]): CdrItem {
  if (legs.length === 1) return legs[0];
  const item: Record<string, string | CdrRow> = { cdr: legs[0].cdr, main_cdr: legs[0] };
  legs.slice(1).forEach((leg, i) => (item[`sub_cdr_${i + 1}`] = leg));
  return item as CdrItem;
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const xmlText = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlRow = (row: CdrRow) => CDR_FIELDS.map((f) => `<${f}>${xmlText(row[f])}</${f}>`).join('');

/** Stored names carry no `@`; real devices end each one with it (quirk recordfiles-trailing-at). */
function present(row: CdrRow, trailingAt: boolean): CdrRow {
  if (!trailingAt || row.recordfiles === '') return row;
  return { ...row, recordfiles: commaList(row.recordfiles).map((f) => `${f}@`).join(',') };
}

function render(format: 'json' | 'csv' | 'xml', calls: CdrRow[][]) {
  if (format === 'json') return { cdr_root: calls.map(itemOf) };
  if (format === 'csv') {
    const lines = [CDR_FIELDS.join(','), ...calls.flat().map((row) => CDR_FIELDS.map((f) => csvCell(row[f])).join(','))];
    return new RawReply('text/csv;charset=UTF-8', `${lines.join('\r\n')}\r\n`);
  }
  const items = calls.map((legs) =>
    legs.length === 1 ? `<cdr>${xmlRow(legs[0])}</cdr>` : `<cdr><main_cdr>${xmlRow(legs[0])}</main_cdr>${legs.slice(1).map((l, i) => `<sub_cdr_${i + 1}>${xmlRow(l)}</sub_cdr_${i + 1}>`).join('')}</cdr>`,
  );
  return new RawReply('text/xml;charset=UTF-8', `<?xml version="1.0"?>\n<cdr_root>${items.join('\n')}</cdr_root>\n`);
}

/** The basename of a recording as clients send it: without a month folder or the trailing `@`. */
const baseName = (name: string) => name.trim().replace(/@+$/, '').split('/').at(-1) ?? '';

function dirsOf(filedir: string | undefined): RecordingRow['filedir'][] {
  const dirs = commaList(filedir);
  for (const dir of dirs) if (!(RECORDING_DIRS as readonly string[]).includes(dir)) fail('invalidValue', `filedir must be one of ${RECORDING_DIRS.join(', ')}`);
  return dirs as RecordingRow['filedir'][];
}

const csv = (lines: string[]) => new RawReply('text/csv;charset=UTF-8', `${lines.join('\n')}\n`);

async function download(call: UcmCall, files: RecordingRow[]): Promise<RawReply> {
  const mtime = call.context.clock.now() / 1000;
  if (files.length === 1) {
    const [file] = files;
    return new RawReply(file.filename.endsWith('.wav') ? 'audio/x-wav' : 'application/octet-stream', wavFile(file.filename, file.seconds), {
      'content-disposition': `attachment; filename=${file.filename}`,
    });
  }
  return new RawReply('application/x-tar', await tarArchive(files.map((f) => ({ name: f.filename, body: wavFile(f.filename, f.seconds) })), mtime), {
    'content-disposition': 'attachment; filename=recordings.tar',
  });
}

export const cdrHandlers: UcmHandlers = {
  cdrapi: (call: UcmCall<CdrArgs>) => {
    const table = cdrs(call.context.state);
    const matches = cdrPredicate(call.args);
    const offset = call.args.offset ?? 0;
    const limit = call.args.numRecords ?? 1000;
    const calls = derived(call.context, 'grandstream:cdr-calls', () => callsOf(table.values()));
    let chosen: CdrRow[][];
    if (!matches) chosen = calls.slice(offset, offset + limit);
    else {
      chosen = [];
      let skipped = 0;
      for (const legs of calls) {
        if (chosen.length >= limit) break;
        if (!matches(legs[0])) continue;
        if (skipped < offset) skipped++;
        else chosen.push(legs);
      }
    }
    const trailingAt = call.context.quirks['recordfiles-trailing-at'];
    const body = render(call.args.format ?? 'csv', chosen.map((legs) => legs.map((leg) => present(leg, trailingAt))));
    if (['yes', '1', 'true'].includes((call.args.delete ?? '').trim().toLowerCase())) {
      for (const leg of chosen.flat()) table.delete(leg.AcctId);
    }
    return body;
  },

  recapi: (call: UcmCall<{ filedir?: string; filename?: string }>) => {
    const dirs = dirsOf(call.args.filedir);
    const names = commaList(call.args.filename).map(baseName);
    const local = recordings(call.context.state)
      .values()
      .filter((r) => r.storage === 'local');
    if (names.length === 0 && dirs.length === 0) return csv(['Directory', ...RECORDING_DIRS]);
    if (names.length === 0) {
      const listed = local.filter((r) => dirs.includes(r.filedir)).sort((a, b) => a.created - b.created || a.filename.localeCompare(b.filename));
      return csv(['Directory,Filename', ...listed.map((r) => `${r.filedir},${r.filename}`)]);
    }
    const within = dirs.length ? dirs : ['monitor'];
    const files = names.map((name) => {
      const found = local.find((r) => r.filename === name && within.includes(r.filedir));
      if (!found) fail('noSuchItem', `No recording ${name} in ${within.join(',')}`);
      return found;
    });
    return download(call, files);
  },

  'recapi:gdms-netdisk': (
    call: UcmCall<{ path_type: 'gdms' | 'netdisk'; filedir?: string; gdms_date?: string; gdms_item_number?: number; gdms_page?: number; filename?: string; uniquecode?: string }>,
  ) => {
    const { args } = call;
    const dirs = dirsOf(args.filedir);
    const stored = recordings(call.context.state)
      .values()
      .filter((r) => r.storage === args.path_type && (dirs.length === 0 || dirs.includes(r.filedir)));
    if (args.filename !== undefined && args.filename.trim() !== '') {
      if (!args.uniquecode) fail('invalidParameters', 'Missing parameter: uniquecode');
      const name = baseName(args.filename);
      const found = stored.find((r) => r.filename === name && r.uniquecode === args.uniquecode!.trim().toLowerCase());
      if (!found) fail('noSuchItem', `No recording ${name} with that uniquecode on ${args.path_type}`);
      return download(call, [found]);
    }
    const month = args.gdms_date ?? ucmDateTime(call.context.clock.now()).slice(0, 7);
    const size = args.gdms_item_number ?? 20;
    const page = args.gdms_page ?? 1;
    const listed = stored
      .filter((r) => r.month === month)
      .sort((a, b) => b.created - a.created || b.filename.localeCompare(a.filename))
      .slice((page - 1) * size, page * size);
    return csv(['Directory,Filename,uniqueCode', ...listed.map((r) => `${r.filedir},${r.filename},${r.uniquecode}`)]);
  },

  getRecordInfosByCall: (call: UcmCall<{ id: string }>) => {
    const row = cdrs(call.context.state).get(call.args.id.trim());
    if (!row) fail('noSuchItem', `No CDR ${call.args.id}`);
    const files = commaList(row.recordfiles).map((f) => f.replace(/@+$/, '')).filter(Boolean);
    return ok({ recordfiles: files.join(',') });
  },
};
