import { commaList } from '../../contracts/grandstream/args.ts';
import type { PackContext } from '../core/pack.ts';
import { membersOf, queueAgents, queues, type QueueRow } from './models/queue.ts';
import { TABLES } from './models/tables.ts';
import { JSON_TYPE, RawReply } from './render.ts';
import { ucmDateTime } from './time.ts';

/**
 * queueapi (doc 5396-5467): queue statistics computed from the CDR rows the call simulator writes
 * (table `cdr`) and from the agents' login/pause history. CDR rows are read defensively: any object
 * whose values are strings (or numbers), flat or multi-leg (`main_cdr`, `sub_cdr_N`, field evidence).
 */
export interface QueueapiArgs {
  startTime: string;
  endTime?: string;
  format?: 'xml' | 'json' | 'csv';
  queuechairman?: string;
  queue?: string;
  agent?: string;
  'statistics Type'?: 'overview' | 'calldetail' | 'loginhistory' | 'pausedhistory';
  numRecords?: number;
  offset?: number;
}

type Leg = Record<string, string>;
type Row = Record<string, string>;

interface QueueCall {
  key: string;
  queue: string;
  start: number;
  caller: string;
  answered: boolean;
  agent: string;
  wait: number;
  talk: number;
  /** Agents the call rang (one leg each). */
  offered: Array<{ agent: string; answered: boolean; talk: number }>;
}

const DAY = 86_400_000;

function parseTime(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value.trim());
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

function flat(value: unknown): Leg | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Leg = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

/** Every leg of every CDR row: a multi-leg row gives its main_cdr and sub_cdr_N (keyed by the row). */
function cdrLegs(context: PackContext): Array<{ row: string; leg: Leg }> {
  const out: Array<{ row: string; leg: Leg }> = [];
  for (const [id, raw] of context.state.table<unknown>(TABLES.cdr).entries()) {
    if (!raw || typeof raw !== 'object') continue;
    const record = raw as Record<string, unknown>;
    const parts = Object.keys(record).filter((k) => k === 'main_cdr' || /^sub_cdr_\d+$/.test(k));
    const legs = parts.length ? parts.map((k) => flat(record[k])) : [flat(record)];
    for (const leg of legs) if (leg) out.push({ row: id, leg });
  }
  return out;
}

const agentOf = (leg: Leg): string =>
  leg.dstanswer || /^[A-Za-z]+\/(\d+)-/.exec(leg.dstchannel ?? '')?.[1] || /^(\d+)$/.exec(leg.dstchanext ?? '')?.[1] || '';

/** Queue calls in the CDR, one per call (legs grouped by session/uniqueid/row). */
function queueCalls(context: PackContext, known: Map<string, QueueRow>): QueueCall[] {
  const calls = new Map<string, QueueCall>();
  for (const { row, leg } of cdrLegs(context)) {
    const queue = known.has(leg.dst) ? leg.dst : (leg.lastapp ?? '').toLowerCase() === 'queue' ? (leg.lastdata ?? '').split(',')[0] : '';
    if (!queue) continue;
    const start = parseTime(leg.start);
    if (start === undefined) continue;
    const key = leg.session || leg.linkedid || leg.uniqueid || row;
    const answered = (leg.disposition ?? '').toUpperCase() === 'ANSWERED';
    const answer = parseTime(leg.answer);
    const talk = Number(leg.billsec) || 0;
    const wait = answered && answer !== undefined ? Math.max(0, (answer - start) / 1000) : Number(leg.duration) || 0;
    const agent = agentOf(leg);
    const call = calls.get(key) ?? { key, queue, start, caller: leg.src ?? '', answered: false, agent: '', wait, talk: 0, offered: [] };
    if (agent) call.offered.push({ agent, answered, talk });
    if (answered && !call.answered) Object.assign(call, { answered: true, agent, wait, talk });
    calls.set(key, call);
  }
  return [...calls.values()].sort((a, b) => a.start - b.start);
}

const rate = (part: number, whole: number) => (whole === 0 ? '0.0' : ((part * 100) / whole).toFixed(1));
const avg = (values: number[]) => (values.length === 0 ? 0 : Math.round(values.reduce((a, b) => a + b, 0) / values.length));

const matches = (filter: string | undefined, value: string) => filter === undefined || filter === '*' || filter === value;

/** Answers the statistics in the requested format. */
export function queueStatistics(context: PackContext, args: QueueapiArgs): RawReply {
  const chairman = args.queuechairman?.trim() || 'admin';
  const type = args['statistics Type'] ?? 'overview';
  const from = parseTime(args.startTime) ?? 0;
  const toDay = parseTime(args.endTime);
  const to = toDay === undefined ? Number.POSITIVE_INFINITY : toDay + DAY;
  const inRange = (t: number) => t >= from && t < to;

  const known = new Map(
    queues(context.state)
      .entries()
      .filter(([id, q]) => matches(args.queue, id) && (chairman.toLowerCase() === 'admin' || commaList(q.fields.queue_chairmans as string | null).includes(chairman))),
  );
  const calls = queueCalls(context, known).filter((c) => known.has(c.queue) && inRange(c.start));
  const cut = <T>(rows: T[]) => rows.slice(args.offset ?? 0, (args.offset ?? 0) + (args.numRecords ?? 1000));

  const sections: Array<[string, Row[]]> = [];
  if (type === 'overview') {
    const answered = calls.filter((c) => c.answered);
    sections.push([
      'total',
      [
        {
          queuechairman: chairman,
          total_calls: String(calls.length),
          abandoned_rate: rate(calls.length - answered.length, calls.length),
          avg_wait: String(avg(calls.map((c) => c.wait))),
          avg_talk: String(avg(answered.map((c) => c.talk))),
          vq_total_calls: '0',
        },
      ],
    ]);
    const queueRows = [...known.keys()].sort().map((queue) => {
      const mine = calls.filter((c) => c.queue === queue);
      const ans = mine.filter((c) => c.answered);
      return {
        queuechairman: chairman,
        queue,
        total_calls: String(mine.length),
        answered_calls: String(ans.length),
        answered_rate: rate(ans.length, mine.length),
        avg_wait: String(avg(mine.map((c) => c.wait))),
        avg_talk: String(avg(ans.map((c) => c.talk))),
        vq_total_calls: '0',
      };
    });
    sections.push(['queue', cut(queueRows)]);
    const agents = new Set<string>();
    for (const q of known.values()) for (const a of membersOf(q)) agents.add(a);
    for (const c of calls) for (const o of c.offered) agents.add(o.agent);
    const agentRows = [...agents]
      .filter((a) => matches(args.agent, a))
      .sort()
      .map((agent) => {
        const offered = calls.flatMap((c) => c.offered.filter((o) => o.agent === agent));
        const ans = offered.filter((o) => o.answered);
        return {
          queuechairman: chairman,
          agent,
          total_calls: String(offered.length),
          answered_calls: String(ans.length),
          answered_rate: rate(ans.length, offered.length),
          avg_talk: String(avg(ans.map((o) => o.talk))),
        };
      });
    sections.push(['agent', cut(agentRows)]);
  } else if (type === 'calldetail') {
    const rows = calls
      .filter((c) => matches(args.agent, c.agent) || c.offered.some((o) => matches(args.agent, o.agent)))
      .map((c) => ({
        queuechairman: chairman,
        queue: c.queue,
        agent: c.agent,
        callernum: c.caller,
        start_time: ucmDateTime(c.start),
        wait_time: String(Math.round(c.wait)),
        talk_time: String(c.talk),
        connect: c.answered ? 'yes' : 'no',
      }));
    sections.push(['calldetail', cut(rows)]);
  } else {
    const events = type === 'loginhistory' ? ['login', 'logoff'] : ['pause', 'unpause'];
    const rows = queueAgents(context.state)
      .values()
      .filter((a) => known.has(a.queue) && matches(args.agent, a.agent))
      .flatMap((a) => a.history.filter((h) => events.includes(h.event) && inRange(h.time)).map((h) => ({ a, h })))
      .sort((x, y) => x.h.time - y.h.time || (x.h.seq ?? 0) - (y.h.seq ?? 0))
      .map(({ a, h }) => ({ queuechairman: chairman, queue: a.queue, agent: a.agent, action: h.event, time: ucmDateTime(h.time) }));
    sections.push([type, cut(rows)]);
  }
  return render(args.format ?? 'xml', sections);
}

const escapeXml = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeCsv = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function render(format: 'xml' | 'json' | 'csv', sections: Array<[string, Row[]]>): RawReply {
  if (format === 'json') {
    const root: Record<string, unknown> = {};
    for (const [name, rows] of sections) root[name] = name === 'total' ? rows[0] : rows;
    return new RawReply(JSON_TYPE, JSON.stringify({ root_statistics: root }));
  }
  if (format === 'csv') {
    const blocks = sections.map(([name, rows]) => {
      const fields = rows.length ? Object.keys(rows[0]) : [];
      return [`${name}${fields.length ? ',' : ''}${fields.join(',')}`, ...rows.map((r) => [name, ...fields.map((f) => escapeCsv(r[f]))].join(','))].join('\n');
    });
    return new RawReply('text/csv;charset=UTF-8', `${blocks.join('\n')}\n`);
  }
  const lines = ['<?xml version="1.0"?>', '<root_statistics>'];
  for (const [name, rows] of sections) {
    for (const row of rows) {
      lines.push(`  <${name}>`);
      for (const [k, v] of Object.entries(row)) lines.push(`    <${k}>${escapeXml(v)}</${k}>`);
      lines.push(`  </${name}>`);
    }
  }
  lines.push('</root_statistics>');
  return new RawReply('text/xml;charset=UTF-8', `${lines.join('\n')}\n`);
}
