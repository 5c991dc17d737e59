import { commaList } from '../../../contracts/pbxware/args.ts';
import {
  TENANT_CONFIGURATION_FIELDS,
  TENANT_OPTIONAL_ARG_NAMES,
  TENANT_TRUNK_SLOTS,
  TENANT_WRITE_TO_READ,
} from '../../../contracts/pbxware/tenant.ts';
import type { PackContext } from '../../core/pack.ts';
import type { VendorState } from '../../core/store.ts';
import { fail, type PbxHandlers } from '../call.ts';
import { findByNumber } from '../models/extension.ts';
import { packages } from '../models/package.ts';
import { routes } from '../models/route.ts';
import { tenantCliRoutes, trunkRows, type TenantCliRoutingRecord } from '../models/tenant-clirouting.ts';
import {
  MASTER_TENANT_ID,
  deleteTenantCascade,
  findTenantByCode,
  resolveServer,
  tenantConfig,
  tenants,
  type TenantRecord,
  type TenantTrunkSet,
} from '../models/tenant.ts';
import { keyed } from '../views.ts';

type Args = Record<string, string | undefined>;

/** Quirk switches of this section (contracts/pbxware/quirks-pending/tenant.ts); unknown = on. */
const quirkOn = (context: PackContext, id: string) => context.quirks[id] !== false;

/** `nobillingfwd` is the deprecated name of `cf_call_rating_disable` (doc 7746-7752): they move together. */
const ALIASES: Record<string, string> = { nobillingfwd: 'cf_call_rating_disable', cf_call_rating_disable: 'nobillingfwd' };

/** Applies `tenant.add`/`tenant.edit` arguments to a copy of `base`, under the names the reads use. */
function withArgs(state: VendorState, base: TenantRecord, args: Args): TenantRecord {
  const next: TenantRecord = { ...base, config: { ...base.config }, settings: { ...base.settings } };
  if (args.tenant_name !== undefined) next.name = args.tenant_name;
  if (args.tenant_code !== undefined) next.tenantcode = args.tenant_code;
  if (args.package !== undefined) next.package_id = args.package;
  if (args.country !== undefined) {
    const route = routes(state).get(args.country);
    if (!route) fail('referenceMissing', `Country (route) ID ${args.country} does not exist.`);
    next.country_id = args.country;
    next.country_code = route.code;
  }
  if (args.national !== undefined) next.config.national = args.national;
  if (args.international !== undefined) next.config.international = args.international;
  if (args.status !== undefined) next.status = args.status;
  for (const name of TENANT_OPTIONAL_ARG_NAMES) {
    const value = args[name];
    if (value === undefined) continue;
    const readName = TENANT_WRITE_TO_READ[name];
    if (readName === null) next.settings![name] = value;
    else next.config[readName ?? name] = value;
    if (ALIASES[name]) next.config[ALIASES[name]] = value;
  }
  return next;
}

/** Refuses a tenant that clashes with another one or points at a missing package (pbxware.md §7 A13). */
function checkTenant(state: VendorState, record: TenantRecord) {
  if (!packages(state).has(record.package_id)) fail('referenceMissing', `Tenant package ID ${record.package_id} does not exist.`);
  const sameCode = findTenantByCode(state, record.tenantcode);
  if (sameCode && sameCode[0] !== record.id) {
    fail('duplicate', `Tenant code '${record.tenantcode}' is already reserved by tenant ID ${sameCode[0]}.`);
  }
  const sameName = tenants(state).find((t, id) => id !== record.id && t.name === record.name);
  if (sameName) fail('duplicate', `Tenant name '${record.name}' is already reserved by tenant ID ${sameName[0]}.`);
}

/** The tenant named by `id` for edit/delete: it must exist and must not be the Master tenant. */
function editableTenant(context: PackContext, args: Args): TenantRecord {
  resolveServer(context, args.server, 'master');
  const record = tenants(context.state).get(args.id!);
  if (!record) fail('notFound', `Tenant ID ${args.id} not found.`);
  if (args.id === MASTER_TENANT_ID) fail('masterTenant');
  return record;
}

function listView(context: PackContext, t: TenantRecord) {
  // The document samples these three as strings; field evidence sees numbers (quirk tenant-list-string-ids).
  const asId = quirkOn(context, 'tenant-list-string-ids') ? (v: string) => v : (v: string) => Number(v);
  return {
    name: t.name,
    tenantcode: t.tenantcode,
    package_id: asId(t.package_id),
    package: packages(context.state).get(t.package_id)?.name ?? '',
    ext_length: t.ext_length,
    country_id: asId(t.country_id),
    country_code: asId(t.country_code),
  };
}

function configurationView(t: TenantRecord): Record<string, string> {
  const identity: Record<string, string> = {
    server_name: t.name,
    tenantcode: t.tenantcode,
    package_id: t.package_id,
    ext_length: String(t.ext_length),
    country: t.country_id,
  };
  return Object.fromEntries(TENANT_CONFIGURATION_FIELDS.map((f) => [f, identity[f] ?? t.config[f] ?? '']));
}

// ---- trunks -------------------------------------------------------------------------------------

const emptyTrunkSet = (): TenantTrunkSet => ({
  trunks: [],
  slots: {},
  cids: { primary_trunk_cid: '', secondary_trunk_cid: '', tertiary_trunk_cid: '' },
});

/** A trunk given by ID or by name (pbxware.md §7 A34) → its ID. */
function trunkId(state: VendorState, given: string): string {
  const rows = trunkRows(state);
  if (rows.has(given)) return given;
  const byName = rows.find((t) => t.name === given);
  if (!byName) fail('referenceMissing', `Trunk '${given}' does not exist.`);
  return byName[0];
}

function trunkName(state: VendorState, id: string): string | undefined {
  const name = trunkRows(state).get(id)?.name;
  return typeof name === 'string' ? name : undefined;
}

// ---- CLI routing --------------------------------------------------------------------------------

/** `type` of a CLI route as listed: the sample's words for 0 and 1 (doc 8079-8092), lower-case doc names otherwise. */
const CLI_ROUTING_TYPE_NAMES: Record<string, string> = {
  '0': 'network user',
  '1': 'network user (Forward DID)',
  '2': 'ring group',
  '3': 'ivr',
  '4': 'queues',
  '5': 'voicemail',
  '6': 'remote access',
  '7': 'conferences',
  '8': 'trunk',
  '9': 'fax to e-mail',
  '10': 'deny access',
  '11': 'crm routing',
};
const DENY_ACCESS = '10';

function checkCliRoute(state: VendorState, rule: TenantCliRoutingRecord, selfId?: string) {
  if (rule.dest_type === DENY_ACCESS) {
    rule.destination = '';
  } else if (rule.destination === '') {
    fail('missingArgument', 'Missing required argument: destination.');
  } else if (rule.dest_type === '0' && !findByNumber(state, rule.server, rule.destination)) {
    fail('referenceMissing', `Extension ${rule.destination} does not exist in tenant ${rule.server}.`);
  } else if (rule.dest_type === '8' && !trunkRows(state).has(rule.destination)) {
    fail('referenceMissing', `Trunk ID ${rule.destination} does not exist.`);
  }
  const clash = tenantCliRoutes(state).find((r, id) => id !== selfId && r.server === rule.server && r.callerid === rule.callerid);
  if (clash) fail('duplicate', `Caller ID '${rule.callerid}' is already routed by CLI Routing ID ${clash[0]}.`);
}

function tenantRule(context: PackContext, args: Args): [TenantRecord, TenantCliRoutingRecord] {
  const tenant = resolveServer(context, args.tenant, 'any');
  const rule = tenantCliRoutes(context.state).get(args.cliroutingid!);
  if (!rule || rule.server !== tenant.id) fail('notFound', `CLI Routing ID ${args.cliroutingid} not found.`);
  return [tenant, rule];
}

const cliRoutingWritten = (id: string) => ({ success: `CLI Routing ID: ${id}.`, id });

export const tenantHandlers: PbxHandlers = {
  'pbxware.tenant.list': ({ context }) => keyed(tenants(context.state).entries(), (t) => listView(context, t)),

  'pbxware.tenant.configuration': ({ args, context }) => {
    const record = tenants(context.state).get(args.id);
    if (!record) fail('notFound', `Tenant ID ${args.id} not found.`);
    return { [args.id]: configurationView(record) };
  },

  'pbxware.tenant.add': ({ args, context }) => {
    const { state } = context;
    const blank: TenantRecord = {
      id: '',
      name: '',
      tenantcode: '',
      package_id: '',
      ext_length: Number(args.ext_length),
      country_id: '',
      country_code: '',
      config: tenantConfig(),
      status: '1',
      settings: {},
      trunkSet: emptyTrunkSet(),
    };
    // `status` is an edit-only argument (doc 7879): a new tenant is Active.
    const record = { ...withArgs(state, blank, args), status: '1' };
    checkTenant(state, record);
    const id = state.nextId('tenant');
    record.id = String(id);
    tenants(state).set(id, record);
    return { success: `Tenant ID: ${id}`, id };
  },

  'pbxware.tenant.edit': ({ args, context }) => {
    const current = editableTenant(context, args);
    // "except ext_length which cannot be changed" (doc 7883).
    if (args.ext_length !== undefined && args.ext_length !== String(current.ext_length)) {
      fail('immutable', `ext_length cannot be changed (tenant ID ${args.id} has ${current.ext_length}).`);
    }
    const next = withArgs(context.state, current, args);
    checkTenant(context.state, next);
    tenants(context.state).set(args.id, next);
    const id = quirkOn(context, 'tenant-edit-numeric-id') ? Number(args.id) : String(args.id);
    return { success: `Tenant ID: ${args.id}`, id };
  },

  'pbxware.tenant.delete': ({ args, context }) => {
    editableTenant(context, args);
    deleteTenantCascade(context.state, args.id);
    return { success: `Deleted Tenant ID ${args.id} successfully.` };
  },

  'pbxware.tenant.trunks.list': ({ args, context }) => {
    const tenant = resolveServer(context, args.tenant, 'any');
    const set = tenant.trunkSet ?? emptyTrunkSet();
    const name = (id: string | undefined) => (id ? (trunkName(context.state, id) ?? '') : '');
    const slots = Object.fromEntries(TENANT_TRUNK_SLOTS.map((slot) => [slot, name(set.slots[slot])]));
    const trunks = set.trunks.map((id) => trunkName(context.state, id)).filter((n): n is string => n !== undefined);
    return {
      primary_trunk: slots.primary_trunk,
      secondary_trunk: slots.secondary_trunk,
      tertiary_trunk: slots.tertiary_trunk,
      trunks: trunks.join(','),
      primary_emerg_trunk: slots.primary_emerg_trunk,
      secondary_emerg_trunk: slots.secondary_emerg_trunk,
      tertiary_emerg_trunk: slots.tertiary_emerg_trunk,
      ...set.cids,
    };
  },

  'pbxware.tenant.trunks.set': ({ args, context }) => {
    const tenant = resolveServer(context, args.tenant, 'any');
    const { state } = context;
    const current = tenant.trunkSet ?? emptyTrunkSet();
    const next: TenantTrunkSet = { ...current, slots: { ...current.slots } };
    if (args.trunks !== undefined) next.trunks = [...new Set(commaList(args.trunks).map((t) => trunkId(state, t)))];
    for (const slot of TENANT_TRUNK_SLOTS) {
      const given = args[slot];
      if (given !== undefined) next.slots[slot] = given === '' ? '' : trunkId(state, given);
    }
    tenants(state).set(tenant.id, { ...tenant, trunkSet: next });
    return { success: 'Success.' };
  },

  'pbxware.tenant.clirouting.list': ({ args, context }) => {
    const tenant = resolveServer(context, args.tenant, 'any');
    const rules = tenantCliRoutes(context.state).filter((r) => r.server === tenant.id);
    // The list is wrapped in `success` (doc 8077-8094; quirk tenant-clirouting-list-wrapped).
    return {
      success: keyed(rules, (r) => ({
        callerid: r.callerid,
        ext: r.destination,
        type: CLI_ROUTING_TYPE_NAMES[r.dest_type] ?? r.dest_type,
        matchtype: r.matchexplicitly,
      })),
    };
  },

  'pbxware.tenant.clirouting.add': ({ args, context }) => {
    const tenant = resolveServer(context, args.tenant, 'any');
    const rule: TenantCliRoutingRecord = {
      server: tenant.id,
      callerid: args.callerid,
      dest_type: args.dest_type,
      destination: args.destination ?? '',
      matchexplicitly: args.matchexplicitly,
    };
    checkCliRoute(context.state, rule);
    const id = String(context.state.nextId('tenant-clirouting'));
    tenantCliRoutes(context.state).set(id, rule);
    return cliRoutingWritten(id);
  },

  'pbxware.tenant.clirouting.edit': ({ args, context }) => {
    const [, current] = tenantRule(context, args);
    const next: TenantCliRoutingRecord = { ...current };
    for (const field of ['callerid', 'dest_type', 'destination', 'matchexplicitly'] as const) {
      if (args[field] !== undefined) next[field] = args[field];
    }
    checkCliRoute(context.state, next, args.cliroutingid);
    tenantCliRoutes(context.state).set(args.cliroutingid, next);
    return cliRoutingWritten(args.cliroutingid);
  },

  'pbxware.tenant.clirouting.delete': ({ args, context }) => {
    tenantRule(context, args);
    tenantCliRoutes(context.state).delete(args.cliroutingid);
    return { success: 'CLI Routing successfully deleted!' };
  },
};
