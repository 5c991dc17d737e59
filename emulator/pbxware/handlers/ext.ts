import { dropEnhancedServices } from '../models/enhanced-services.ts';
import { dateWindow } from '../dates.ts';
import { fail, type PbxHandler, type PbxHandlers } from '../call.ts';
import type { PackContext } from '../../core/pack.ts';
import type { VendorState } from '../../core/store.ts';
import { EXT_WRITE_ARGS } from '../../../contracts/pbxware/ext.ts';
import { departments } from '../models/department.ts';
import {
  billingOf,
  extBilling,
  formatMoney,
  toMoneyUnits,
  type BillingEntry,
  type ExtBillingRecord,
} from '../models/ext-billing.ts';
import {
  EDITIONS,
  MODULES,
  departmentIds,
  extensions,
  extensionsOfTenant,
  resolveExtension,
  uadKnown,
  uadNames,
  type AdditionalMac,
  type ExtensionApps,
  type ExtensionRecord,
} from '../models/extension.ts';
import { assertNumberFree, lowestFreeNumber } from '../models/numbers.ts';
import { MASTER_TENANT_ID, resolveServer, tenantMode, tenants, type TenantRecord } from '../models/tenant.ts';
import { keyed } from '../views.ts';

type Args = Record<string, string | undefined>;

// ---------------------------------------------------------------------------------------------
// Views

/** An `ext.list` item, fields in the sample's order, all strings (doc 816-848). */
export function extensionListView(state: VendorState, record: ExtensionRecord) {
  const { ua_name, ua_fullname } = uadNames(state, record.ua_id);
  return {
    name: record.name,
    email: record.email,
    protocol: record.protocol,
    ext: record.ext,
    location: record.location,
    ua_id: record.ua_id,
    ua_name,
    ua_fullname,
    status: record.status,
    macaddress: record.macaddress,
    sn: record.sn,
    linenum: record.linenum,
    user_location: record.user_location,
    department: record.department,
  };
}

/** The SIP username: tenant code + number in Tenant Mode (`"344530"`, doc 978), the number alone otherwise. */
function sipUsername(context: PackContext, tenant: TenantRecord | undefined, record: ExtensionRecord): string {
  return tenantMode(context) && tenant ? `${tenant.tenantcode}${record.ext}` : record.ext;
}

/** `ext.configuration` body of one extension (doc 944-1007), with `email`/`service_plan` from the field table. */
function configurationView(context: PackContext, record: ExtensionRecord) {
  const tenant = tenants(context.state).get(record.server);
  const s = record.settings;
  const { ua_name, ua_fullname } = uadNames(context.state, record.ua_id);
  const codecs = (s.acodecs ?? '').split(':').map((c) => c.trim()).filter((c) => c !== '');
  const macs = record.additional_macs ?? [];
  return {
    name: record.name,
    email: record.email,
    pin: record.pin,
    protocol: record.protocol,
    ext: record.ext,
    location: record.location,
    user_language: record.user_language,
    ua_id: record.ua_id,
    ua_name,
    ua_fullname,
    status: record.status,
    linenum: record.linenum,
    smuser: '0',
    service_plan: s.service_plan ?? '',
    options: {
      type: 'friend',
      dtmfmode: s.dtmfmode ?? 'rfc2833',
      context: `t-${tenant?.tenantcode ?? record.server}`,
      canreinvite: s.canreinvite ?? '0',
      qualify: s.qualify ?? '8000',
      host: 'dynamic',
      cid_enable: 'yes',
      callerid: `${record.name} <${record.ext}>`,
      voicemail: s.voicemail ?? '0',
      incominglimit: s.incominglimit ?? '1',
      outgoinglimit: s.outgoinglimit ?? '1',
      username: sipUsername(context, tenant, record),
      secret: record.secret,
      disallow: 'all',
      allow: codecs.length > 0 ? codecs : ['ulaw', 'alaw'],
      recordcalls: s.recordcalls ?? '0',
      mac: record.macaddress,
      autoprovisioning: s.autoprovisioning ?? '0',
      ringtime: s.ringtime ?? '32',
      incoming_dialoptions: s.incoming_dialoptions ?? 'tr',
      page_header: s.page_custom ?? '',
      vmailsend: s.vmailsend ?? '0',
      vmailattach: s.vmailattach ?? '0',
      vmaildelete: s.vmaildelete ?? '0',
      uad_sipheaders: s.uad_sipheaders ?? '',
    },
    // `options_raw` is the deprecated name of `ua_autoprov` (doc 926-930): both carry the template.
    options_raw: s.ua_autoprov ?? '',
    ua_autoprov: s.ua_autoprov ?? '',
    additional_macaddress: macs.length > 0 ? macs.map((m) => m.macaddress) : '',
    additional_config: s.additional_config ?? '',
  };
}

// ---------------------------------------------------------------------------------------------
// Finding extensions

/**
 * The extension a read names by `id` or `ext` where `server` is optional (billing reads, slaves):
 * with `server` it must belong to that tenant; without it an `id` is looked up PBX-wide, and an
 * `ext` needs a tenant (numbers repeat across tenants) unless the PBX runs single-tenant.
 */
function locateExtension(context: PackContext, args: Args): ExtensionRecord {
  if (args.server !== undefined && args.server !== '') {
    const tenant = resolveServer(context, args.server, 'any');
    return resolveExtension(context, tenant.id, args);
  }
  if (args.id && args.ext) fail('idAndExt');
  if (args.id) {
    const record = extensions(context.state).get(args.id);
    if (!record) fail('notFound', `Extension ID ${args.id} not found.`);
    return record;
  }
  if (!args.ext) fail('missingArgument', 'Missing required argument: id or ext.');
  if (tenantMode(context)) fail('missingArgument', 'Missing required argument: server (needed to find an extension by number).');
  return resolveExtension(context, MASTER_TENANT_ID, args);
}

/** Extension `id` of tenant `server` (writes name it by id only). */
function extensionById(context: PackContext, server: string, id: string): ExtensionRecord {
  const tenant = resolveServer(context, server, 'any');
  return resolveExtension(context, tenant.id, { id });
}

// ---------------------------------------------------------------------------------------------
// Writes: ext.add / ext.edit

/** Write names that are fields of the record; every other argument is kept in `settings` by its name. */
const FIELD_OF_ARG: Record<string, (value: string) => Partial<ExtensionRecord>> = {
  name: (v) => ({ name: v }),
  email: (v) => ({ email: v }),
  ext: (v) => ({ ext: v }),
  prot: (v) => ({ protocol: v.toLowerCase() }),
  location: (v) => ({ location: v === '2' ? 'remote' : 'local' }),
  ua: (v) => ({ ua_id: v }),
  // "Active=1, Not Active=0" (doc 1058) and "2 - Not Active" (KB 122): pbxware.md §7 A24.
  status: (v) => ({ status: v === '1' ? 'enabled' : 'disabled' }),
  pin: (v) => ({ pin: v }),
  secret: (v) => ({ secret: v }),
  department: (v) => ({ department: departmentIds({ department: v }).join(',') }),
  macaddress: (v) => ({ macaddress: v }),
  sn: (v) => ({ sn: v }),
  user_location: (v) => ({ user_location: v }),
  user_language: (v) => ({ user_language: v }),
};

/** Applies the write arguments that were sent onto a copy of `record` (partial update). */
function applyWriteArgs(record: ExtensionRecord, args: Args): ExtensionRecord {
  const next: ExtensionRecord = { ...record, settings: { ...record.settings } };
  for (const name of EXT_WRITE_ARGS) {
    const value = args[name];
    if (value === undefined) continue;
    // An empty `ext` means "not given" (the number is optional, doc 1030-1032).
    if (name === 'ext' && value === '') continue;
    const field = FIELD_OF_ARG[name];
    if (field) Object.assign(next, field(value));
    else next.settings[name] = value;
  }
  return next;
}

/** The lowest free number with the tenant's `ext_length` digits, from 10^(len-1) (pbxware.md §7 A12). */
function allocateNumber(state: VendorState, tenant: TenantRecord): string {
  const low = 10 ** (tenant.ext_length - 1);
  const high = 10 ** tenant.ext_length - 1;
  const free = lowestFreeNumber(state, tenant.id, low, high);
  if (free !== undefined) return free;
  return fail('duplicate', `Tenant ${tenant.id} has no free ${tenant.ext_length}-digit extension number left.`);
}

/**
 * Checks a new or edited extension against its tenant before anything is written. On an edit only
 * what was sent is checked against other records (`sent`), so an extension whose UAD or number
 * predates a rule can still be edited in other respects.
 */
function checkExtension(state: VendorState, tenant: TenantRecord, record: ExtensionRecord, sent: Args, selfId?: string): void {
  const isNew = selfId === undefined;
  if (isNew || (sent.ext !== undefined && sent.ext !== '')) {
    if (!/^\d+$/.test(record.ext) || record.ext.length !== tenant.ext_length) {
      fail('invalidArgument', `Extension number ${record.ext} must have ${tenant.ext_length} digits (the tenant's extension length).`);
    }
    assertNumberFree(state, tenant.id, record.ext, selfId ? { table: 'extensions', id: selfId } : undefined);
  }
  if ((isNew || sent.ua !== undefined) && !uadKnown(state, record.ua_id)) fail('referenceMissing', `UAD ID ${record.ua_id} does not exist.`);
  if (isNew || sent.department !== undefined) {
    for (const departmentId of departmentIds(record)) {
      const department = departments(state).get(departmentId);
      if (!department || department.server !== tenant.id) {
        fail('referenceMissing', `Department ID ${departmentId} does not exist in tenant ${tenant.id}.`);
      }
    }
  }
  const s = record.settings;
  if (s.billing === '1' || s.call_rating === '1') {
    // "required if Billing/Call_Rating=1" (doc 1118-1128).
    const missing = ['creditlimit', 'reminderbalance', 'service_plan'].filter((name) => !s[name]);
    if (missing.length > 0) fail('missingArgument', `Missing required argument: ${missing.join(', ')} (billing/call_rating is 1).`);
  }
}

/** `{"success": "Extension ID: 10", "id": "10", "ext": 100}` (doc 1538-1546; quirk ext-write-id-string-ext-number). */
function writeAnswer(record: ExtensionRecord) {
  return { success: `Extension ID: ${record.id}`, id: record.id, ext: Number(record.ext) };
}

/** A new extension's record before the arguments are applied. */
function blankExtension(id: string, server: string): ExtensionRecord {
  return {
    id,
    server,
    ext: '',
    name: '',
    email: '',
    protocol: 'sip',
    location: 'local',
    ua_id: '',
    status: 'enabled',
    pin: '',
    secret: '',
    department: '',
    macaddress: '',
    sn: '',
    linenum: '1',
    user_location: '',
    user_language: 'en',
    registered: false,
    settings: {},
  };
}

// ---------------------------------------------------------------------------------------------
// Billing

/** `YYYY-mm-dd` of an instant in `timeZone` (the sample's `entry_date`, doc 1923). */
function entryDate(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
}

function billingView(record: ExtensionRecord) {
  const s = record.settings;
  const units = (value: string | undefined) => formatMoney(toMoneyUnits(value) ?? 0);
  return {
    splan: s.service_plan ?? '',
    slave: s.acc_slave === '1' ? 'yes' : 'no',
    master_code: s.slave_accountcode ? s.slave_accountcode : null,
    reminder_balance: units(s.reminderbalance),
    credit_limit: units(s.creditlimit),
    splan_date: s.service_plan_date ?? '',
    limits: s.limitenable === '1' ? 'yes' : 'no',
    limit_type: s.limittype ?? 'Daily',
    soft_limit: s.softlimit ?? '0',
    hard_limit: s.hardlimit ?? '0',
    email: s.notification_email ?? '',
  };
}

const NO_INCLUSIVES = 'No Inclusives spent.';

function inclusiveText(spent: number, unit: string): string {
  return spent > 0 ? `${spent} ${unit} spent.` : NO_INCLUSIVES;
}

function billingInfoView(state: VendorState, record: ExtensionRecord) {
  const billing = billingOf(state, record);
  return {
    account_balance: formatMoney(billing.balance),
    available_funds: formatMoney(billing.balance + (toMoneyUnits(record.settings.creditlimit) ?? 0)),
    inclusive_minutes: inclusiveText(billing.inclusive_minutes_spent, 'minutes'),
  };
}

const billingRead: PbxHandler = ({ args, context }) => {
  const record = locateExtension(context, args);
  return { [record.id]: billingView(record) };
};

const billingInfoRead: PbxHandler = ({ args, context }) => {
  const record = locateExtension(context, args);
  return { [record.id]: billingInfoView(context.state, record) };
};

const billingHistoryRead: PbxHandler = ({ args, context }) => {
  const record = locateExtension(context, args);
  const timeZone = args.timezone || 'UTC';
  // The document's default end time is 00:00:00 (doc 1890-1895); with the quirk off, the whole end day counts.
  const endTime = args.endtime ?? (context.quirks['ext-billing-history-endtime-midnight'] === false ? '23:59:59' : '00:00:00');
  const { from, to } = dateWindow(
    { name: 'start', date: args.start, time: args.starttime },
    { name: 'end', date: args.end, time: endTime },
    timeZone,
  );
  let pattern: RegExp | undefined;
  if (args.rrefno) {
    try {
      pattern = new RegExp(args.rrefno);
    } catch {
      fail('invalidArgument', `Invalid argument rrefno: not a regular expression.`);
    }
  }
  const entries = billingOf(context.state, record)
    .history.filter(
      (e) =>
        e.at >= from &&
        e.at <= to &&
        (!args.type || e.type === args.type) &&
        (args.refno === undefined || args.refno === '' || e.refno === args.refno) &&
        (!pattern || pattern.test(e.refno)),
    )
    .sort((a, b) => b.at - a.at);
  if (args.sum === '1') {
    const total = (type: BillingEntry['type']) =>
      formatMoney(entries.filter((e) => e.type === type).reduce((sum, e) => sum + (toMoneyUnits(e.amount) ?? 0), 0));
    return [{ sum_credit: total('credit'), sum_debit: total('debit') }];
  }
  return entries.map((e) => ({
    entry_date: entryDate(e.at, timeZone),
    refno: e.refno,
    notes: e.notes,
    amount: e.amount,
    type: e.type,
  }));
};

function saveBilling(state: VendorState, record: ExtensionRecord, change: (billing: ExtBillingRecord) => ExtBillingRecord): void {
  extBilling(state).set(record.id, change(structuredClone(billingOf(state, record))));
}

function resetInclusive(what: 'Minutes' | 'Messages'): PbxHandler {
  return ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const record = resolveExtension(context, tenant.id, args);
    saveBilling(context.state, record, (b) =>
      what === 'Minutes' ? { ...b, inclusive_minutes_spent: 0 } : { ...b, inclusive_messages_spent: 0 },
    );
    return { success: `Inclusive ${what} for Extension ID '${record.id}' have been reset successfully.` };
  };
}

// ---------------------------------------------------------------------------------------------
// Editions and modules

/** Splits an editions/modules list: `,` or the printed `„` (doc 3152), names case-insensitive. */
function appsList(value: string, allowed: readonly string[], label: string): string[] {
  const names = value
    .split(/[,\u201e]/)
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n !== '');
  for (const name of names) {
    if (name !== 'all' && name !== 'none' && !allowed.includes(name)) {
      fail('invalidArgument', `Invalid argument ${label}: '${name}' is not one of all, none, ${allowed.join(', ')}.`);
    }
  }
  if (names.includes('none') && names.length > 1) fail('invalidArgument', `Invalid argument ${label}: 'none' cannot be combined.`);
  if (names.includes('all')) return ['all'];
  return names.filter((n) => n !== 'none').filter((n, i, all) => all.indexOf(n) === i);
}

export function parseEditions(value: string): string[] {
  return appsList(value, EDITIONS, 'editions');
}

export function parseModules(value: string): string[] {
  return appsList(value, MODULES, 'modules');
}

/** `{all, office, …}` flags of a chosen list, the sample's keys first (doc 3190-3205). */
function flags(chosen: readonly string[], names: readonly string[]): Record<string, 0 | 1> {
  const all = chosen.includes('all');
  const out: Record<string, 0 | 1> = { all: all ? 1 : 0 };
  for (const name of names) out[name] = all || chosen.includes(name) ? 1 : 0;
  return out;
}

const NO_APPS: ExtensionApps = { editions: [], modules: [], use_department_templates: '0' };

// ---------------------------------------------------------------------------------------------
// Additional MACs

function additionalMacs(state: VendorState, args: Args): AdditionalMac[] {
  const split = (v: string | undefined) => (v === undefined ? undefined : v.split(',').map((x) => x.trim()));
  const values = split(args.values)!;
  const devices = split(args.devices)!;
  const locations = split(args.locations)!;
  const serials = split(args.sn);
  const addresses = split(args.device_addresses);
  const sizes = [values, devices, locations, serials, addresses].filter((l) => l !== undefined).map((l) => l.length);
  if (new Set(sizes).size > 1) fail('sizeMismatch', 'values, devices and locations (and sn, device_addresses) must match in size.');
  return values.map((raw, i) => {
    const mac = raw.replace(/[:-]/g, '').toLowerCase();
    if (!/^[0-9a-f]{12}$/.test(mac)) fail('invalidArgument', `Invalid argument values: '${raw}' is not a MAC address.`);
    if (!/^\d+$/.test(devices[i]) || !uadKnown(state, devices[i])) fail('referenceMissing', `UAD ID ${devices[i]} does not exist.`);
    if (locations[i] !== '1' && locations[i] !== '2') fail('invalidArgument', `Invalid argument locations: '${locations[i]}' is not 1 or 2.`);
    return { macaddress: mac, sn: serials?.[i] ?? '', ua_id: devices[i], location: locations[i], device_address: addresses?.[i] ?? '' };
  });
}

// ---------------------------------------------------------------------------------------------

/** Slaves of `master`: extensions of its tenant marked `acc_slave=1` whose master account code names it. */
function slavesOf(context: PackContext, master: ExtensionRecord): Array<[string, ExtensionRecord]> {
  const tenant = tenants(context.state).get(master.server);
  const codes = new Set([master.ext, sipUsername(context, tenant, master)]);
  return extensions(context.state).filter(
    (e, id) =>
      id !== master.id &&
      e.server === master.server &&
      e.settings.acc_slave === '1' &&
      codes.has(e.settings.slave_accountcode ?? ''),
  );
}

export const extHandlers: PbxHandlers = {
  'pbxware.ext.list': ({ args, context }) => {
    // `server` only filters ("Filter extensions by tenant/server", doc 746-748); without it, every tenant.
    const server = args.server === undefined || args.server === '' ? undefined : resolveServer(context, args.server, 'any').id;
    const rows = server === undefined ? extensions(context.state).entries() : extensionsOfTenant(context.state, server);
    return keyed(rows, (record) => extensionListView(context.state, record));
  },

  'pbxware.ext.configuration': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const record = resolveExtension(context, tenant.id, args);
    return { [record.id]: configurationView(context, record) };
  },

  'pbxware.ext.add': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const draft = applyWriteArgs(blankExtension('', tenant.id), args);
    if (draft.ext === '') draft.ext = allocateNumber(context.state, tenant);
    checkExtension(context.state, tenant, draft, args);
    const record = { ...draft, id: String(context.state.nextId('extension')) };
    extensions(context.state).set(record.id, record);
    return writeAnswer(record);
  },

  'pbxware.ext.edit': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const existing = resolveExtension(context, tenant.id, { id: args.id });
    const next = applyWriteArgs(existing, args);
    checkExtension(context.state, tenant, next, args, existing.id);
    extensions(context.state).set(existing.id, next);
    return writeAnswer(next);
  },

  'pbxware.ext.delete': ({ args, context }) => {
    const record = extensionById(context, args.server, args.id);
    extensions(context.state).delete(record.id);
    extBilling(context.state).delete(record.id);
    dropEnhancedServices(context.state, record.id);
    return { success: `Deleted Extension ID ${record.id} successfully.` };
  },

  'pbxware.ext.balance': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const record = resolveExtension(context, tenant.id, args);
    const amount = toMoneyUnits(args.amount)!;
    if (amount === 0) fail('invalidArgument', 'Invalid argument amount: must be greater than 0.');
    const debit = args.mode === 'debit';
    const written = args.amount.replace(/^0+(?=\d)/, '');
    saveBilling(context.state, record, (b) => ({
      ...b,
      balance: b.balance + (debit ? -amount : amount),
      history: [
        ...b.history,
        { at: context.clock.now(), refno: args.refno, notes: args.notes, amount: debit ? `-${written}` : written, type: debit ? 'debit' : 'credit' },
      ],
    }));
    return { success: `Updated balance for Extension ID '${record.id}' successfully.` };
  },

  'pbxware.ext.billing': billingRead,
  'pbxware.ext.call_rating': billingRead,
  'pbxware.ext.billing_info': billingInfoRead,
  'pbxware.ext.call_rating_info': billingInfoRead,
  'pbxware.ext.billing_history': billingHistoryRead,
  'pbxware.ext.call_rating_history': billingHistoryRead,

  'pbxware.ext.sms_rating_info': ({ args, context }) => {
    const record = locateExtension(context, args);
    const text = inclusiveText(billingOf(context.state, record).inclusive_messages_spent, 'messages');
    // The sample's key (doc 1794-1800) unless the quirk is off: then the field table's (doc 1788-1790).
    const key = context.quirks['ext-sms-rating-info-minutes-key'] === false ? 'inclusive_messages_left' : 'inclusive_minutes';
    return { [record.id]: { [key]: text } };
  },

  'pbxware.ext.slaves': ({ args, context }) => {
    const master = locateExtension(context, args);
    return keyed(slavesOf(context, master), (record) => {
      const { name, protocol, ext, location, ua_id, ua_name, ua_fullname, status } = extensionListView(context.state, record);
      return { name, protocol, ext, location, ua_id, ua_name, ua_fullname, status };
    });
  },

  'pbxware.ext.reset_inclusive_minutes': resetInclusive('Minutes'),
  'pbxware.ext.reset_inclusive_messages': resetInclusive('Messages'),

  'pbxware.ext.voicemail.delete': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const record = resolveExtension(context, tenant.id, { ext: args.ext });
    extensions(context.state).set(record.id, { ...record, voicemails: 0 });
    return { success: `Voicemails for extension ${record.ext} deleted successfully!` };
  },

  'pbxware.ext.additional_macs': ({ args, context }) => {
    const record = extensionById(context, args.server, args.id);
    const macs = additionalMacs(context.state, args);
    extensions(context.state).set(record.id, { ...record, additional_macs: macs });
    return { success: `Extension ID: ${record.id}`, id: Number(record.id) };
  },

  'pbxware.ext.editions_modules.set': ({ args, context }) => {
    const record = extensionById(context, args.server, args.id);
    const current = record.apps ?? NO_APPS;
    const apps: ExtensionApps = {
      editions: args.editions === undefined ? current.editions : parseEditions(args.editions),
      modules: args.modules === undefined ? current.modules : parseModules(args.modules),
      use_department_templates: (args.use_department_templates ?? current.use_department_templates) as '0' | '1',
    };
    extensions(context.state).set(record.id, { ...record, apps });
    return { success: `Extension ID: ${record.id}`, id: Number(record.id) };
  },

  'pbxware.ext.editions_modules.configuration': ({ args, context }) => {
    const record = extensionById(context, args.server, args.id);
    const apps = record.apps ?? NO_APPS;
    return {
      id: record.id,
      use_department_templates: apps.use_department_templates,
      editions: flags(apps.editions, EDITIONS),
      modules: flags(apps.modules, MODULES),
    };
  },
};
