import { CLI_DESTINATION_TYPES, DID_DESTINATION_TYPES, DID_SETTING_ARGS } from '../../../contracts/pbxware/did.ts';
import type { PackContext } from '../../core/pack.ts';
import type { VendorState } from '../../core/store.ts';
import { fail, type PbxHandlers } from '../call.ts';
import { cliRoutes, dids, overlappingDid, type CliRouteRecord, type DidRecord } from '../models/did.ts';
import { didgroups } from '../models/didgroup.ts';
import { findByNumber } from '../models/extension.ts';
import { MASTER_TENANT_ID, resolveServer } from '../models/tenant.ts';
import { trunks } from '../models/trunk.ts';
import { keyed } from '../views.ts';

type Args = Record<string, string | undefined>;

/**
 * How a destination is checked, per destination type of DIDs (doc 4453-4474) and CLI routes (4642-4658):
 * which codes need no destination, which name an extension number, a trunk id or an external number.
 */
interface DestinationRules {
  label: string;
  noValue: readonly string[];
  extension: readonly string[];
  trunk: readonly string[];
  external: readonly string[];
}

const DID_DESTINATIONS: DestinationRules = { label: 'DID', noValue: ['12', '13'], extension: ['0'], trunk: ['10'], external: ['5'] };
const CLI_DESTINATIONS: DestinationRules = { label: 'CLI routing', noValue: ['10'], extension: ['0'], trunk: ['8'], external: [] };

/**
 * Checks and decodes `destination` for `destType`. "The plus sign should be URL-encoded in the request
 * (written as %2B)" (doc 4476-4480): URL decoding already turned %2B into +; a literal "%2B" that arrives
 * undecoded (double encoding) is decoded here, and a leading space (a raw + decoded as a space) is refused.
 */
function checkDestination(
  state: VendorState,
  rules: DestinationRules,
  server: string,
  destType: string,
  raw: string | undefined,
): string {
  if (raw === undefined || raw.trim() === '') {
    if (rules.noValue.includes(destType)) return '';
    fail('missingArgument', `Missing required argument: destination (${rules.label} destination type ${destType}).`);
  }
  if (rules.external.includes(destType)) {
    if (/^\s/.test(raw)) {
      fail('invalidArgument', 'Invalid argument destination: a leading + must be sent URL-encoded as %2B.');
    }
    const number = raw.replace(/^%2B/i, '+');
    if (!/^\+?\d+$/.test(number)) fail('invalidArgument', 'Invalid argument destination: an external number is digits with an optional leading +.');
    return number;
  }
  const value = raw.trim();
  if (rules.extension.includes(destType) && !findByNumber(state, server, value)) {
    fail('referenceMissing', `Extension ${value} does not exist in tenant ${server}.`);
  }
  if (rules.trunk.includes(destType) && !trunks(state).has(value)) {
    fail('referenceMissing', `Trunk ID ${value} does not exist.`);
  }
  return value;
}

function checkDidNumbers(state: VendorState, record: DidRecord, selfId?: string): void {
  if (record.number2 !== '') {
    if (!/^\+?\d+$/.test(record.number2)) fail('invalidArgument', 'Invalid argument did_2: must be a number.');
    if (BigInt(record.number2.replace(/^\+/, '')) < BigInt(record.number.replace(/^\+/, ''))) {
      fail('invalidArgument', 'Invalid argument did_2: the range end is below its start (did).');
    }
  }
  const clash = overlappingDid(state, record, selfId);
  if (clash) fail('duplicate', `DID number ${record.number} is already reserved by DID ID ${clash[0]}.`);
}

function checkGroup(state: VendorState, record: DidRecord): void {
  if (record.groupid === '' || record.groupid === '0') return;
  const group = didgroups(state).get(record.groupid);
  if (!group) fail('referenceMissing', `DID Group ID ${record.groupid} does not exist.`);
  if (group.server !== record.server) {
    fail('referenceMissing', `DID Group ID ${record.groupid} is mapped to tenant ${group.server}, not ${record.server}.`);
  }
}

/** Writes the arguments sent into `record` (every field on add, the ones sent on edit) and validates the result. */
function applyDidWrite(context: PackContext, record: DidRecord, args: Args, selfId?: string): DidRecord {
  const { state } = context;
  const next: DidRecord = { ...record, settings: { ...record.settings } };
  if (args.trunk !== undefined) {
    if (!trunks(state).has(args.trunk)) fail('referenceMissing', `Trunk ID ${args.trunk} does not exist.`);
    next.trunk = args.trunk;
  }
  if (args.name !== undefined) next.name = args.name;
  if (args.did !== undefined) next.number = args.did;
  if (args.did_2 !== undefined) next.number2 = args.did_2.trim();
  if (args.groupid !== undefined) next.groupid = args.groupid;
  if (args.e164 !== undefined) next.e164 = args.e164;
  if (args.e164_2 !== undefined) next.e164_2 = args.e164_2;
  if (args.disabled !== undefined) next.disabled = args.disabled as DidRecord['disabled'];
  if (args.sms_enabled !== undefined) next.sms_enabled = args.sms_enabled as DidRecord['sms_enabled'];
  if (args.prioritize_clirouting !== undefined) next.prioritize_clirouting = args.prioritize_clirouting as DidRecord['prioritize_clirouting'];
  for (const name of DID_SETTING_ARGS) if (args[name] !== undefined) next.settings[name] = args[name]!;

  if (args.dest_type !== undefined || args.destination !== undefined) {
    next.dest_type = args.dest_type ?? next.dest_type;
    // A new dest_type needs its own destination in the same call (doc 4590-4592).
    const raw = args.destination ?? (args.dest_type !== undefined ? undefined : next.destination);
    next.destination = checkDestination(state, DID_DESTINATIONS, next.server, next.dest_type, raw);
  }
  // "Preserve original Caller ID option will be set only if External Number is set as a DID destination" (doc 4562-4564).
  if (next.dest_type !== '5') next.settings.preserve_callerid = '0';

  if (args.did !== undefined || args.did_2 !== undefined) checkDidNumbers(state, next, selfId);
  if (args.groupid !== undefined) checkGroup(state, next);
  return next;
}

/** The DID `id` of tenant `server`; a DID of another tenant is "not found" (nothing leaks across tenants). */
function tenantDid(context: PackContext, server: string | undefined, id: string): [string, DidRecord] {
  const tenant = resolveServer(context, server, 'tenant');
  const record = dids(context.state).get(id);
  if (!record || record.server !== tenant.id) fail('notFound', `DID ID ${id} not found.`);
  return [tenant.id, record];
}

function cliRouteOf(state: VendorState, didId: string, routeId: string): CliRouteRecord {
  const route = cliRoutes(state).get(routeId);
  if (!route || route.did !== didId) fail('notFound', `CLI Routing ID ${routeId} not found for DID ID ${didId}.`);
  return route;
}

function checkCliRoute(state: VendorState, route: CliRouteRecord, selfId?: string): void {
  const clash = cliRoutes(state).find((r, id) => id !== selfId && r.did === route.did && r.callerid === route.callerid);
  if (clash) fail('duplicate', `Caller ID '${route.callerid}' is already routed by CLI Routing ID ${clash[0]} of this DID.`);
}

const cliAnswer = (id: string | number) => ({ success: `CLI Routing ID: ${id}.`, id: String(id) });

export const didHandlers: PbxHandlers = {
  'pbxware.did.list': ({ args, context }) => {
    const server = args.server ? resolveServer(context, args.server, 'tenant').id : undefined;
    const rows = dids(context.state).filter(
      (d) => (server === undefined || d.server === server) && (!args.ext || d.destination.split(',').includes(args.ext)),
    );
    return keyed(rows, (d) => ({
      number: d.number,
      number2: d.number2,
      server: d.server,
      trunk: d.trunk,
      type: DID_DESTINATION_TYPES[d.dest_type] ?? '',
      ext: d.destination,
      e164: d.e164,
      e164_2: d.e164_2,
      status: d.disabled === '1' ? 'disabled' : 'enabled',
      name: d.name,
      sms_enabled: d.sms_enabled,
      prioritize_clirouting: d.prioritize_clirouting,
    }));
  },

  'pbxware.did.add': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'tenant');
    const blank: DidRecord = {
      server: tenant.id,
      trunk: '',
      name: '',
      number: '',
      number2: '',
      groupid: '',
      dest_type: '0',
      destination: '',
      e164: '',
      e164_2: '',
      disabled: '0',
      sms_enabled: '0',
      prioritize_clirouting: '0',
      settings: {},
    };
    // dest_type is always sent on add, so the destination is always checked.
    const record = applyDidWrite(context, blank, { ...args, destination: args.destination ?? '' });
    const id = context.state.nextId('did');
    dids(context.state).set(id, record);
    return { success: `DID ID: ${id}.`, id };
  },

  'pbxware.did.edit': ({ args, context }) => {
    const [, record] = tenantDid(context, args.server, args.id);
    dids(context.state).set(args.id, applyDidWrite(context, record, args, args.id));
    return { success: `DID ID: ${args.id}.`, id: Number(args.id) };
  },

  'pbxware.did.delete': ({ args, context }) => {
    // "If running in Tenant Mode make sure this is always set to 1" (doc 4609-4613): 1 or the owning tenant.
    const tenant = resolveServer(context, args.server, 'any');
    const record = dids(context.state).get(args.id);
    if (!record || (tenant.id !== MASTER_TENANT_ID && record.server !== tenant.id)) fail('notFound', `DID ID ${args.id} not found.`);
    for (const [routeId] of cliRoutes(context.state).filter((r) => r.did === args.id)) cliRoutes(context.state).delete(routeId);
    dids(context.state).delete(args.id);
    return { success: `Deleted DID ID ${args.id} successfully.` };
  },

  'pbxware.did.clirouting.list': ({ args, context }) => {
    let owned: (route: CliRouteRecord) => boolean;
    if (args.id) {
      tenantDid(context, args.server, args.id);
      owned = (route) => route.did === args.id;
    } else {
      const server = resolveServer(context, args.server, 'tenant').id;
      owned = (route) => route.server === server;
    }
    return keyed(cliRoutes(context.state).filter(owned), (r) => ({
      callerid: r.callerid,
      ext: r.destination,
      type: CLI_DESTINATION_TYPES[r.dest_type] ?? '',
      matchtype: r.matchexplicitly,
    }));
  },

  'pbxware.did.clirouting.add': ({ args, context }) => {
    const [server] = tenantDid(context, args.server, args.id);
    const route: CliRouteRecord = {
      did: args.id,
      server,
      callerid: args.callerid,
      dest_type: args.dest_type,
      destination: checkDestination(context.state, CLI_DESTINATIONS, server, args.dest_type, args.destination),
      matchexplicitly: args.matchexplicitly,
    };
    checkCliRoute(context.state, route);
    const id = context.state.nextId('did_clirouting');
    cliRoutes(context.state).set(id, route);
    // Quirk clirouting-string-id: the id is a string here (doc 4672-4677).
    return cliAnswer(id);
  },

  'pbxware.did.clirouting.edit': ({ args, context }) => {
    const [server] = tenantDid(context, args.server, args.id);
    const route = { ...cliRouteOf(context.state, args.id, args.cliroutingid) };
    if (args.callerid !== undefined) route.callerid = args.callerid;
    if (args.matchexplicitly !== undefined) route.matchexplicitly = args.matchexplicitly;
    if (args.dest_type !== undefined || args.destination !== undefined) {
      route.dest_type = args.dest_type ?? route.dest_type;
      const raw = args.destination ?? (args.dest_type !== undefined ? undefined : route.destination);
      route.destination = checkDestination(context.state, CLI_DESTINATIONS, server, route.dest_type, raw);
    }
    checkCliRoute(context.state, route, args.cliroutingid);
    cliRoutes(context.state).set(args.cliroutingid, route);
    return cliAnswer(args.cliroutingid);
  },

  'pbxware.did.clirouting.delete': ({ args, context }) => {
    tenantDid(context, args.server, args.id);
    cliRouteOf(context.state, args.id, args.cliroutingid);
    cliRoutes(context.state).delete(args.cliroutingid);
    return { success: 'CLI Routing successfully deleted!' };
  },
};
