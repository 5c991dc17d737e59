import { answeredOf, defaultsOf } from '../../../contracts/grandstream/config-fields.ts';
import { DID_DESTINATIONS, INBOUND_DESTINATIONS, INBOUND_MEMBER_KEYS, INBOUND_ROUTE_FIELDS } from '../../../contracts/grandstream/route-fields.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { key, sentFields, viewOf } from '../config.ts';
import { listPage, type ListArgs } from '../listing.ts';
import { blacklist } from '../models/blacklist.ts';
import { extensions } from '../models/extension.ts';
import { INBOUND_ROUTE_SEQUENCE, inboundRoutes, type InboundRouteRow } from '../models/route.ts';
import { TABLES } from '../models/tables.ts';
import { findTrunk } from '../models/trunk.ts';
import { pendingChange, recordPending } from '../pending.ts';

/** Inbound Route section (doc 2893-3430). */

type Args = Record<string, any>;

const DESTINATION_KEYS = new Set<string>(INBOUND_DESTINATIONS);
const TIME_KEYS = new Set(['start_hour', 'start_min', 'end_hour', 'end_min', 'mode']);
/** Fields of the list's items: the example has no seamless_transfer_did_whitelist (doc 2919-3000). */
const LIST_FIELDS = [...answeredOf(INBOUND_ROUTE_FIELDS).filter((k) => k !== 'seamless_transfer_did_whitelist'), 'members'];

function routeOf(call: UcmCall, id: unknown): InboundRouteRow {
  const row = inboundRoutes(call.context.state).get(key(id));
  if (!row) fail('noSuchItem', `No inbound route ${key(id)}`);
  return row;
}

const str = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));

/**
 * members[]: the default destination (sequence "0", tc "0"), then one row per time condition — every
 * value a string except did_strip, as in the list example (doc 2947-2978).
 */
function membersOf(row: InboundRouteRow) {
  const member = (source: Record<string, unknown>, extra: Record<string, string>) =>
    Object.fromEntries(
      INBOUND_MEMBER_KEYS.map((k) => {
        if (k in extra) return [k, extra[k]];
        if (k === 'did_strip') return [k, Number(source.did_strip ?? 0) || 0];
        if (TIME_KEYS.has(k)) return [k, str(source[k]) ?? ''];
        if (k === 'destination_type') return [k, str(source[k]) ?? 'byDID'];
        if (k === 'en_multi_mode') return [k, str(source[k]) ?? 'no'];
        return [k, str(source[k])];
      }),
    );
  return [
    member(row, { inbound_mode: String(row.inbound_mode ?? 0), sequence: '0', tc: '0', timetype: '0', start_hour: '', start_min: '', end_hour: '', end_min: '', mode: '' }),
    ...row.time_condition.map((tc, i) => member(tc, { inbound_mode: str(tc.inbound_mode) ?? '0', sequence: String(i + 1), tc: '1', timetype: str(tc.timetype) ?? '0' })),
  ];
}

/** The route as stored after it is checked: trunk, unique DID pattern per trunk, destination. */
function save(call: UcmCall, row: InboundRouteRow, isNew: boolean) {
  const { state } = call.context;
  if (!findTrunk(state, row.trunk_index)) fail('noSuchItem', `No trunk ${row.trunk_index}`);
  const clash = inboundRoutes(state).find((r) => r.trunk_index === row.trunk_index && r.did_pattern_match === row.did_pattern_match && r.inbound_rt_index !== row.inbound_rt_index);
  if (clash) fail('itemAdded', `Trunk ${row.trunk_index} already has an inbound route for ${row.did_pattern_match}`);
  const type = String(row.destination_type);
  if (DESTINATION_KEYS.has(type)) {
    const target = row[type];
    if (target === null || target === undefined || target === '') fail('invalidParameters', `Missing parameter: ${type} (destination_type is ${type})`);
    if (type === 'account' && !extensions(state).has(String(target))) fail('noSuchItem', `No extension ${String(target)}`);
  }
  const index = isNew ? state.nextId(INBOUND_ROUTE_SEQUENCE) : row.inbound_rt_index;
  inboundRoutes(state).set(index, { ...row, inbound_rt_index: index });
  return pendingChange(call, TABLES.inboundRoutes, index);
}

function didFlags(args: Args, current: Record<string, 'yes' | 'no'>): Record<string, 'yes' | 'no'> {
  return Object.fromEntries(DID_DESTINATIONS.map((d) => [d, (args[d] as 'yes' | 'no' | undefined) ?? current[d] ?? 'no']));
}

export const inboundRouteHandlers: UcmHandlers = {
  listInboundRoute: (call: UcmCall<ListArgs & { trunk_index: number }>) => {
    const { state } = call.context;
    if (!findTrunk(state, call.args.trunk_index)) fail('noSuchItem', `No trunk ${call.args.trunk_index}`);
    const rows = inboundRoutes(state)
      .values()
      .filter((r) => r.trunk_index === call.args.trunk_index)
      .map((r): Record<string, unknown> => ({ ...viewOf(INBOUND_ROUTE_FIELDS, r), members: membersOf(r) }));
    return ok(
      listPage(rows, call.args, {
        key: 'inbound_route',
        fields: LIST_FIELDS,
        optionAliases: { inbound_route_index: 'inbound_rt_index' },
        defaultSort: 'inbound_rt_index',
        quirks: call.context.quirks,
      }),
    );
  },

  addInboundRoute: (call: UcmCall<Args>) => {
    const row = {
      ...defaultsOf(INBOUND_ROUTE_FIELDS),
      ...sentFields(INBOUND_ROUTE_FIELDS, call.args),
      inbound_rt_index: 0,
      trunk_index: call.args.trunk_index,
      did_pattern_match: call.args.did_pattern_match,
      did_destination: didFlags(call.args, {}),
      multi_mode: call.args.multi_mode,
      time_condition: call.args.time_condition,
    } as InboundRouteRow;
    return save(call, row, true);
  },

  getInboundRoute: (call: UcmCall<{ inbound_route: string }>) => {
    const row = routeOf(call, call.args.inbound_route);
    // `inbound_routes` (plural) here, `inbound_route` in the list (quirk inbound-routes-plural).
    return ok({ inbound_did_destination: { ...row.did_destination, inbound_rt_index: row.inbound_rt_index }, inbound_routes: viewOf(INBOUND_ROUTE_FIELDS, row) });
  },

  updateInboundRoute: (call: UcmCall<Args>) => {
    const row = routeOf(call, call.args.inbound_route);
    const next = {
      ...row,
      ...sentFields(INBOUND_ROUTE_FIELDS, call.args),
      did_pattern_match: call.args.did_pattern_match ?? row.did_pattern_match,
      did_destination: didFlags(call.args, row.did_destination),
      multi_mode: call.args.multi_mode ?? row.multi_mode,
      time_condition: call.args.time_condition ?? row.time_condition,
    } as InboundRouteRow;
    return save(call, next, false);
  },

  deleteInboundRoute: (call: UcmCall<{ inbound_route?: string; outbound_route?: string }>) => {
    // The table names the parameter outbound_route (sic, doc 3424; quirk route-id-names).
    const id = call.args.inbound_route ?? (call.context.quirks['route-id-names'] ? call.args.outbound_route : undefined);
    if (id === undefined || key(id) === '') fail('invalidParameters', 'Missing parameter: inbound_route');
    const row = routeOf(call, id);
    const { state } = call.context;
    inboundRoutes(state).delete(row.inbound_rt_index);
    for (const [number, entry] of blacklist(state).entries()) {
      if (entry.inbound_rt_index === String(row.inbound_rt_index)) {
        blacklist(state).delete(number);
        recordPending(call.context, call.contract.id, TABLES.blacklist, number);
      }
    }
    return pendingChange(call, TABLES.inboundRoutes, row.inbound_rt_index);
  },
};
