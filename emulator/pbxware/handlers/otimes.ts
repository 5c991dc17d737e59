import { OTIMES_KINDS, OTIMES_LISTS, type OtimesKind } from '../../../contracts/pbxware/otimes.ts';
import type { PackContext } from '../../core/pack.ts';
import type { Table } from '../../core/store.ts';
import { fail, type PbxHandler, type PbxHandlers } from '../call.ts';
import { ergs } from '../models/erg.ts';
import { ivrs } from '../models/ivr.ts';
import { defaultOtimesState, otimes, otimesKey, type OtimesState } from '../models/otimes.ts';
import { resolveServer, tenants } from '../models/tenant.ts';

type Args = Record<string, any>;

/** The destination an otimes request names: its tenant ('' when not tenant-bound) and its ID or number. */
interface Destination {
  server: string;
  target: string;
}

const given = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The tenant named by `server` when it is sent (checked), else undefined. */
function optionalTenant(context: PackContext, server: unknown): string | undefined {
  return given(server) ? resolveServer(context, server, 'any').id : undefined;
}

/**
 * Finds a tenant-owned destination by `id`, or by its number (`number`, or `ext` for DIDs) within
 * `server`; the tables are read defensively because some belong to other sections (DIDs).
 */
function locateOwned(
  context: PackContext,
  args: Args,
  table: Table<Record<string, unknown>>,
  numberFields: readonly string[],
  numberArg: 'number' | 'ext',
  label: string,
): Destination {
  const server = optionalTenant(context, args.server);
  if (given(args.id)) {
    const row = table.get(args.id);
    if (!row || (server !== undefined && String(row.server) !== server)) fail('notFound', `${label} ID ${args.id} not found.`);
    return { server: String(row.server), target: args.id };
  }
  const number = args[numberArg];
  if (!given(number)) fail('missingArgument', `Missing required argument: id or ${numberArg}.`);
  const hit = table.find(
    (row) => numberFields.some((f) => String(row[f] ?? '') === number) && (server === undefined || String(row.server) === server),
  );
  if (!hit) fail('notFound', `${label} ${number} not found.`);
  return { server: String(hit[1].server), target: hit[0] };
}

const LOCATORS: Record<OtimesKind, (context: PackContext, args: Args) => Destination> = {
  erg: (c, a) => locateOwned(c, a, ergs(c.state) as unknown as Table<Record<string, unknown>>, ['number'], 'number', 'ERG'),
  ivr: (c, a) => locateOwned(c, a, ivrs(c.state) as unknown as Table<Record<string, unknown>>, ['ext'], 'number', 'IVR'),
  // DIDs belong to the `did` section; its rows carry `server` and the DID `number` (doc 4401-4418).
  did: (c, a) => locateOwned(c, a, c.state.table<Record<string, unknown>>('dids'), ['number', 'number2', 'did'], 'ext', 'DID'),
  servers: (c, a) => {
    const id = given(a.id) ? a.id : a.server;
    if (!given(id)) fail('missingArgument', 'Missing required argument: id.');
    if (!tenants(c.state).has(id)) fail('tenantNotFound', `Invalid Tenant ID '${id}'.`);
    return { server: id, target: id };
  },
  routes: (c, a) => {
    if (!given(a.id)) fail('missingArgument', 'Missing required argument: id.');
    // Routes are the `route.list` countries (another section); checked when that table is populated.
    const routes = c.state.table<unknown>('routes');
    if (routes.entries().length > 0 && !routes.has(a.id)) fail('notFound', `Route ID ${a.id} not found.`);
    optionalTenant(c, a.server);
    return { server: '', target: a.id };
  },
  queues: (c, a) => {
    const target = given(a.number) ? a.number : a.id;
    if (!given(target)) fail('missingArgument', 'Missing required argument: number or id.');
    // Queue numbers are per tenant; the API has no queue object to check them against.
    return { server: resolveServer(c, a.server, 'any').id, target };
  },
  dial_group: (c, a) => {
    if (!given(a.id)) fail('missingArgument', 'Missing required argument: id.');
    optionalTenant(c, a.server);
    return { server: '', target: a.id };
  },
};

/**
 * The values of a repeated argument: `name[]=a&name[]=b`, the doc's `name[ ]=` (doc 6662-6666) and
 * PHP-indexed `name[0]=` all count, in order.
 */
function repeated(args: Args, base: string): string[] {
  const plain: string[] = [];
  const indexed: Array<[number, string]> = [];
  for (const [name, raw] of Object.entries(args)) {
    const match = /^(.+?)\[\s*(\d*)\s*\]$/.exec(name);
    if (!match || match[1] !== base) continue;
    const values = (Array.isArray(raw) ? raw : [raw]).map((v) => String(v ?? ''));
    if (match[2] === '') plain.push(...values);
    else indexed.push([Number(match[2]), values[values.length - 1] ?? '']);
  }
  indexed.sort((a, b) => a[0] - b[0]);
  return [...plain, ...indexed.map(([, v]) => v)];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const DAYS = /^[0-7](\s*,\s*[0-7])*$/;

function checkDate(value: string, what: string): void {
  const m = DATE.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    fail('invalidDate', `${what} '${value}' is not a date in yyyy-mm-dd format.`);
  }
}

/** Per field of a setting list: how to check (and normalise) one value. */
const FIELD_RULES: Record<string, (value: string, what: string) => string> = {
  description: (v) => v,
  destination: (v, what) => {
    if (!/^\d*$/.test(v)) fail('invalidArgument', `${what} must be an extension number.`);
    return v;
  },
  date_from: (v, what) => (checkDate(v, what), v),
  date_to: (v, what) => (checkDate(v, what), v),
  time_from: (v, what) => {
    if (!TIME.test(v)) fail('invalidArgument', `${what} '${v}' is not a time (hh:mm).`);
    return v;
  },
  days: (v, what) => {
    if (!DAYS.test(v)) fail('invalidArgument', `${what} '${v}' must list week days (0-7) separated by ,.`);
    return v.replace(/\s+/g, '');
  },
  is_open_range: (v, what) => {
    if (!['yes', 'no', '1', '0'].includes(v)) fail('invalidArgument', `${what} must be yes or no.`);
    return v === 'yes' || v === '1' ? 'yes' : 'no';
  },
};
FIELD_RULES.time_to = FIELD_RULES.time_from!;

/** Reads one ordered setting list (closed dates, custom destinations, open days) out of its repeated arguments. */
function readList<L extends keyof typeof OTIMES_LISTS>(args: Args, list: L): Array<Record<string, string>> {
  const fields = Object.entries(OTIMES_LISTS[list]) as Array<[string, string]>;
  const columns = fields.map(([field, argName]) => [field, argName, repeated(args, argName)] as const);
  const size = Math.max(...columns.map(([, , values]) => values.length));
  const short = columns.find(([, , values]) => values.length !== size);
  if (short) {
    fail('sizeMismatch', `${list}: ${short[1]}[] has ${short[2].length} values, the other ${list} lists ${size}; they must match in size.`);
  }
  const rows: Array<Record<string, string>> = [];
  for (let i = 0; i < size; i++) {
    const row: Record<string, string> = {};
    for (const [field, argName, values] of columns) row[field] = FIELD_RULES[field]!(values[i]!.trim(), `${argName}[${i}]`);
    if (row.date_from && row.date_to && row.date_from > row.date_to) {
      fail('invalidDate', `${list}[${i}]: date_from ${row.date_from} is after date_to ${row.date_to}.`);
    }
    rows.push(row);
  }
  return rows;
}

/** The entire new state from a `set` request: whatever is not sent takes its default (doc 6475). */
function stateFromArgs(kind: OtimesKind, args: Args): OtimesState {
  const state = defaultOtimesState();
  if (given(args.status)) state.status = args.status.toLowerCase();
  if (args.greeting !== undefined) state.greeting = args.greeting;
  if (args.default_dest_ext !== undefined) state.default_dest_ext = args.default_dest_ext;
  if (args.default_dest_is_vm !== undefined) {
    state.default_dest_is_vm = args.default_dest_is_vm === 'yes' || args.default_dest_is_vm === '1' ? 'yes' : 'no';
  }
  if (kind === 'routes') state.pin = args.pin ?? '';
  state.closed_dates = readList(args, 'closed_dates') as OtimesState['closed_dates'];
  state.custom_destinations = readList(args, 'custom_destinations') as OtimesState['custom_destinations'];
  state.open_days = readList(args, 'open_days') as OtimesState['open_days'];
  return state;
}

function listHandler(kind: OtimesKind): PbxHandler {
  return ({ args, context }) => {
    const { server, target } = LOCATORS[kind](context, args);
    const stored = otimes(context.state).get(otimesKey(kind, server, target));
    const state = stored ? structuredClone(stored.state) : { ...defaultOtimesState(), ...(kind === 'routes' ? { pin: '' } : {}) };
    return { [target]: state };
  };
}

function setHandler(kind: OtimesKind): PbxHandler {
  return ({ args, context }) => {
    const { server, target } = LOCATORS[kind](context, args);
    const state = stateFromArgs(kind, args);
    otimes(context.state).set(otimesKey(kind, server, target), { kind, server, target, state });
    return { success: 'Edited Operation Times successfully.' };
  };
}

export const otimesHandlers: PbxHandlers = Object.fromEntries(
  (Object.keys(OTIMES_KINDS) as OtimesKind[]).flatMap((kind) => [
    [`pbxware.otimes.${kind}.list`, listHandler(kind)],
    [`pbxware.otimes.${kind}.set`, setHandler(kind)],
  ]),
);
