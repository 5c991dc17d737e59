import { answeredOf } from '../../../contracts/grandstream/config-fields.ts';
import { OUTBOUND_LIST_FIELDS } from '../../../contracts/grandstream/outbound-route.ts';
import { OUTBOUND_ROUTE_FIELDS } from '../../../contracts/grandstream/route-fields.ts';
import { commaList } from '../../../contracts/grandstream/args.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { key, sentFields, viewOf } from '../config.ts';
import { listPage, type ListArgs } from '../listing.ts';
import { pinSets } from '../models/pin-set.ts';
import { memberExists, outboundRouteUsers, refuseIfUsed } from '../models/references.ts';
import { OUTBOUND_ROUTE_SEQUENCE, outboundRoutes, type FailoverRow, type OutboundRouteRow, type PatternRow } from '../models/route.ts';
import { TABLES } from '../models/tables.ts';
import { findTrunk } from '../models/trunk.ts';
import { pendingChange } from '../pending.ts';

/** Outbound Route section (doc 2405-2729). */

type Args = Record<string, any>;
type PatternArg = { match: string; allow?: string | null; strip_prefix?: string | null };
type FailoverArg = { failover_trunk_index: number; failover_strip?: number; failover_prepend?: string | null; failover_trunk_sequence?: number };

function routeOf(call: UcmCall, id: unknown): OutboundRouteRow {
  const row = outboundRoutes(call.context.state).get(key(id));
  if (!row) fail('noSuchItem', `No outbound route ${key(id)}`);
  return row;
}

/** The route a request names: `outbound_route` (examples), `outbound_rt_index` (tables), `inbound_route` (delete table). */
function routeId(call: UcmCall<Args>): unknown {
  const { outbound_route, outbound_rt_index, inbound_route } = call.args;
  const id = outbound_route ?? (call.context.quirks['route-id-names'] ? (outbound_rt_index ?? inbound_route) : undefined);
  if (id === undefined || key(id) === '') fail('invalidParameters', 'Missing parameter: outbound_route');
  return id;
}

const patterns = (sent: PatternArg[]): PatternRow[] => sent.map((p) => ({ allow: p.allow ?? null, match: p.match.trim(), strip_prefix: p.strip_prefix ?? null }));
const failovers = (sent: FailoverArg[]): FailoverRow[] =>
  sent.map((f, i) => ({
    failover_prepend: f.failover_prepend ?? null,
    failover_strip: f.failover_strip ?? 0,
    failover_trunk_index: f.failover_trunk_index,
    failover_trunk_sequence: f.failover_trunk_sequence ?? i + 1,
  }));

/** Every reference of a route must exist (see the contracts' decisions); the name must be unique. */
function check(call: UcmCall, row: OutboundRouteRow): void {
  const { state } = call.context;
  const clash = outboundRoutes(state).find((r) => r.outbound_rt_name === row.outbound_rt_name && r.outbound_rt_index !== row.outbound_rt_index);
  if (clash) fail('itemAdded', `An outbound route is already called "${row.outbound_rt_name}"`);
  for (const trunk of [row.default_trunk_index, ...row.failover.map((f) => f.failover_trunk_index)]) {
    if (!findTrunk(state, trunk)) fail('noSuchItem', `No trunk ${trunk}`);
  }
  if (row.pin_sets_id !== null && !pinSets(state).has(row.pin_sets_id)) fail('noSuchItem', `No PIN group ${row.pin_sets_id}`);
  for (const member of commaList(row.members)) if (!memberExists(state, member)) fail('noSuchItem', `No extension or extension group ${member}`);
  if (row.pattern.length === 0) fail('invalidValue', 'pattern needs at least one element');
}

function save(call: UcmCall, row: OutboundRouteRow) {
  check(call, row);
  outboundRoutes(call.context.state).set(row.outbound_rt_index, row);
  return pendingChange(call, TABLES.outboundRoutes, row.outbound_rt_index);
}

const ROUTE_FIELDS = answeredOf(OUTBOUND_ROUTE_FIELDS);

export const outboundRouteHandlers: UcmHandlers = {
  listOutboundRoute: (call: UcmCall<ListArgs>) => {
    const all = outboundRoutes(call.context.state)
      .values()
      .sort((a, b) => a.outbound_rt_index - b.outbound_rt_index);
    const rows = all.map((r, i) => ({
      // A list here, a string or null in getOutboundRoute (quirk route-list-shapes).
      members: commaList(r.members),
      out_of_service: r.out_of_service as string,
      outbound_rt_index: r.outbound_rt_index,
      outbound_rt_name: r.outbound_rt_name,
      pattern: r.pattern.map((p) => p.match).join(','),
      permission: r.permission as string,
      sequence: i + 1,
    }));
    return ok(listPage(rows, call.args, { key: 'outbound_route', fields: OUTBOUND_LIST_FIELDS, defaultSort: 'outbound_rt_index', quirks: call.context.quirks }));
  },

  addOutboundRoute: (call: UcmCall<Args>) => {
    const { state } = call.context;
    const fields = sentFields(OUTBOUND_ROUTE_FIELDS, call.args);
    const draft = {
      ...Object.fromEntries(Object.entries(OUTBOUND_ROUTE_FIELDS).map(([k, v]) => [k, v.default])),
      ...fields,
      outbound_rt_index: 0,
      pattern: patterns(call.args.pattern),
      failover: failovers(call.args.failover_outbound_data ?? []),
    } as OutboundRouteRow;
    check(call, draft);
    return save(call, { ...draft, outbound_rt_index: state.nextId(OUTBOUND_ROUTE_SEQUENCE) });
  },

  getOutboundRoute: (call: UcmCall<Args>) => {
    const row = routeOf(call, call.args.outbound_route);
    const view = viewOf(OUTBOUND_ROUTE_FIELDS, row);
    const groups = {
      failover_outbound_data: row.failover.map((f) => ({ ...f, outbound_rt_index: row.outbound_rt_index })),
      outbound_route: view,
      pattern: row.pattern.map((p) => ({ ...p, outbound_rt_index: row.outbound_rt_index })),
    };
    // Field names sent select the answer (the example names them all, doc 2549-2565).
    const named = Object.keys(call.args).filter((k) => k !== 'outbound_route' && k !== 'cookie' && call.args[k] !== undefined);
    if (named.length === 0) return ok(groups);
    const fieldsNamed = named.filter((k) => ROUTE_FIELDS.includes(k));
    const out: Record<string, unknown> = {};
    if (named.includes('failover_outbound_data')) out.failover_outbound_data = groups.failover_outbound_data;
    if (fieldsNamed.length) out.outbound_route = Object.fromEntries([...new Set(['outbound_rt_index', ...fieldsNamed])].map((k) => [k, view[k]]));
    if (named.includes('pattern')) out.pattern = groups.pattern;
    return ok(out);
  },

  updateOutboundRoute: (call: UcmCall<Args>) => {
    const row = routeOf(call, routeId(call));
    return save(call, {
      ...row,
      ...sentFields(OUTBOUND_ROUTE_FIELDS, call.args),
      pattern: call.args.pattern ? patterns(call.args.pattern) : row.pattern,
      failover: call.args.failover_outbound_data ? failovers(call.args.failover_outbound_data) : row.failover,
    });
  },

  deleteOutboundRoute: (call: UcmCall<Args>) => {
    const row = routeOf(call, routeId(call));
    refuseIfUsed(call, `Outbound route ${row.outbound_rt_index}`, outboundRouteUsers(call.context.state, row.outbound_rt_index));
    outboundRoutes(call.context.state).delete(row.outbound_rt_index);
    return pendingChange(call, TABLES.outboundRoutes, row.outbound_rt_index);
  },
};
