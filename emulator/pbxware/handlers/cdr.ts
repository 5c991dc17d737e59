import { commaList } from '../../../contracts/pbxware/args.ts';
import type { PackContext } from '../../core/pack.ts';
import { fail, type PbxHandlers } from '../call.ts';
import {
  CDR_STATUS,
  answeringLegId,
  cdrIndex,
  cdrOfChannel,
  cdrWindow,
  type CdrRecord,
} from '../models/cdr.ts';
import { resolveServer, tenants } from '../models/tenant.ts';
import { dateWindow, type DateBound } from '../dates.ts';

/** A start/end window as the CDR and archiving actions take it, in epoch seconds (both ends included). */
export function parseWindow(start: DateBound, end: DateBound, timeZone = 'UTC'): { from: number; to: number } {
  const { from, to } = dateWindow(start, end, timeZone);
  return { from: from / 1000, to: Math.floor(to / 1000) };
}

const DEFAULT_LIMIT = 16;
const MAX_LIMIT = 1000;

interface CdrQuery {
  from: number;
  to: number;
  server?: string;
  ext?: Set<string>;
  extdst?: Set<string>;
  trunk?: Set<string>;
  trunkdst?: Set<string>;
  statusMask: number;
  cdrtype: '1' | '2' | '3';
}

type CdrArgs = Record<string, string | undefined>;

const present = (value: string | undefined): value is string => value !== undefined && value !== '';
const asSet = (value: string | undefined) => (present(value) ? new Set(commaList(value).filter((v) => v !== '')) : undefined);

/** Reads and checks the arguments cdr.download and cdr.billamount share (doc 5885-5976, 6079-6081). */
function readQuery(context: PackContext, args: CdrArgs): CdrQuery {
  // "You cannot supply `trunk` and `ext` at the same time!" / "… `trunkdst` and `extdst` …" (doc 5935, 5942)
  if (present(args.trunk) && present(args.ext)) fail('invalidArgument', 'You cannot supply trunk and ext at the same time!');
  if (present(args.trunkdst) && present(args.extdst)) fail('invalidArgument', 'You cannot supply trunkdst and extdst at the same time!');
  const { from, to } = parseWindow(
    { name: 'start', date: args.start!, time: args.starttime },
    { name: 'end', date: args.end!, time: args.endtime },
    present(args.timezone) ? args.timezone : 'UTC',
  );
  if (present(args.server)) resolveServer(context, args.server, 'any');
  let statusMask = 15;
  if (present(args.status)) {
    statusMask = Number(args.status);
    if (statusMask < 1 || statusMask > 15) fail('invalidArgument', 'Invalid status: use 8 (Answered), 4 (Unanswered), 2 (Busy), 1 (Failed) or their sum.');
  }
  return {
    from,
    to,
    server: present(args.server) ? args.server : undefined,
    ext: asSet(args.ext),
    extdst: asSet(args.extdst),
    trunk: asSet(args.trunk),
    trunkdst: asSet(args.trunkdst),
    statusMask,
    cdrtype: (args.cdrtype as CdrQuery['cdrtype'] | undefined) ?? '3',
  };
}

function matches(cdr: CdrRecord, q: CdrQuery): boolean {
  if (q.server !== undefined && cdr.server !== q.server) return false;
  if ((cdr.status & q.statusMask) === 0) return false;
  if (q.cdrtype === '1' && cdr.srcTrunk === '') return false;
  if (q.cdrtype === '2' && cdr.dstTrunk === '') return false;
  if (q.ext && !q.ext.has(cdr.srcExt)) return false;
  if (q.extdst && !q.extdst.has(cdr.dstExt)) return false;
  if (q.trunk && !q.trunk.has(cdr.srcTrunk)) return false;
  if (q.trunkdst && !q.trunkdst.has(cdr.dstTrunk)) return false;
  return true;
}

/**
 * Matching CDRs, newest first as the sample lists them (1246462678 before 1246439020, doc 6040-6072),
 * found by binary search on the date window and filtered lazily.
 */
function* matching(context: PackContext, q: CdrQuery): Generator<CdrRecord> {
  const sorted = cdrIndex(context);
  const [lo, hi] = cdrWindow(sorted, q.from, q.to);
  for (let i = hi - 1; i >= lo; i--) if (matches(sorted[i], q)) yield sorted[i];
}

interface CdrColumn {
  name: string;
  cell: (cdr: CdrRecord, tenantName: (server: string) => string) => string | number;
}

/**
 * The columns of a CDR row (doc 5995-6010, sample header 6025-6038). Billing mode adds the rating
 * columns (quirk `cdr-billing-columns`); real multi-tenant systems show a Tenant column, call the id
 * column "ID" and have no MOS (quirk `cdr-field-header`, field evidence).
 */
function columns(context: PackContext): CdrColumn[] {
  const billing = context.quirks['cdr-billing-columns'] !== false;
  const field = context.quirks['cdr-field-header'] === true;
  const out: Array<CdrColumn | false> = [
    field && { name: 'Tenant', cell: (c, tenantName) => tenantName(c.server) },
    { name: 'From', cell: (c) => c.from },
    { name: 'To', cell: (c) => c.to },
    { name: 'Date/Time', cell: (c) => String(c.start) },
    { name: 'Total Duration', cell: (c) => String(c.duration) },
    billing && { name: 'Rating Duration', cell: (c) => String(c.billsec) },
    billing && { name: 'Rating Cost', cell: (c) => c.cost.toFixed(5) },
    { name: 'Status', cell: (c) => CDR_STATUS[c.status] },
    { name: field ? 'ID' : 'Unique ID', cell: (c) => c.id },
    { name: 'Recording Path', cell: (c) => c.recording },
    { name: 'Recording Available', cell: (c) => (c.recording ? 'True' : 'False') },
    { name: 'Location Type', cell: (c) => c.location },
    !field && { name: 'MOS', cell: (c) => c.mos },
  ];
  return out.filter((c): c is CdrColumn => c !== false);
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (!present(value)) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) fail('invalidArgument', `Invalid ${name}: must be 1 or more.`);
  return n;
}

/** Per-channel MOS spread around the CDR's MOS; 0 everywhere when there is none (doc 6125). */
function channelMos(mos: number, salt: number) {
  if (mos === 0) return { maxmes: 0, avgmes: 0, minmes: 0 };
  const round = (n: number) => Math.round(n * 10) / 10;
  const avg = round(Math.min(4.5, Math.max(1, mos - (salt % 3) / 10)));
  return { maxmes: round(Math.min(4.5, avg + 0.1 + (salt % 2) / 10)), avgmes: avg, minmes: round(Math.max(1, avg - 0.2)) };
}

/** `PJSIP/<peer>-<8 hex digits>`, the channel naming of the sample (doc 6144). */
function channelName(peer: string, counter: number): string {
  return `PJSIP/${peer}-${counter.toString(16).padStart(8, '0')}`;
}

export const cdrHandlers: PbxHandlers = {
  'pbxware.cdr.download': ({ args, context }) => {
    const query = readQuery(context, args);
    const limit = Math.min(positive(args.limit, 'limit', DEFAULT_LIMIT), MAX_LIMIT);
    const page = positive(args.page, 'page', 1);
    const skip = (page - 1) * limit;
    const cols = columns(context);
    const names = new Map<string, string>();
    const tenantName = (server: string) => {
      if (!names.has(server)) names.set(server, tenants(context.state).get(server)?.name ?? server);
      return names.get(server)!;
    };
    const csv: Array<Array<string | number>> = [];
    let seen = 0;
    let nextPage = false;
    for (const cdr of matching(context, query)) {
      if (seen++ < skip) continue;
      if (csv.length === limit) {
        nextPage = true;
        break;
      }
      csv.push(cols.map((c) => c.cell(cdr, tenantName)));
    }
    return {
      success: 'Success.',
      next_page: nextPage,
      limit,
      records: csv.length,
      // No data: `header` is null (field evidence).
      header: csv.length > 0 ? cols.map((c) => c.name) : null,
      csv,
    };
  },

  'pbxware.cdr.billamount': ({ args, context }) => {
    const query = readQuery(context, args);
    let sum = 0;
    for (const cdr of matching(context, query)) sum += cdr.cost;
    return { billamount: Math.round(sum * 100000) / 100000 };
  },

  'pbxware.cdr.mos': ({ args, context }) => {
    const cdr = cdrOfChannel(context.state, args.uniqueid);
    if (!cdr) fail('notFound', `No CDR with Unique ID ${args.uniqueid}.`);
    const callerCounter = Number(cdr.id.split('.')[1]);
    const legs = [
      { uniqueid: cdr.id, peer: cdr.srcExt || cdr.srcTrunk || 'anonymous', counter: callerCounter },
      { uniqueid: answeringLegId(cdr), peer: cdr.dstExt || cdr.dstTrunk || 'anonymous', counter: callerCounter + 1 },
    ];
    // Only an answered call has the second channel up long enough to measure.
    const channels = cdr.status === 8 ? legs : legs.slice(0, 1);
    return {
      success: 'Success.',
      data: channels.map((leg) => ({
        channel: channelName(leg.peer, leg.counter),
        linkedid: cdr.id,
        uniqueid: leg.uniqueid,
        ...channelMos(cdr.mos, leg.counter),
      })),
    };
  },
};
