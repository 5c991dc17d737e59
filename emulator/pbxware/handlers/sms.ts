import { SMS_PROVIDER_FIELDS, type SmsProvider } from '../../../contracts/pbxware/sms.ts';
import type { PackContext } from '../../core/pack.ts';
import type { VendorState } from '../../core/store.ts';
import { fail, type PbxHandlers } from '../call.ts';
import { dids } from '../models/did.ts';
import { smsRates } from '../models/splan.ts';
import {
  reportDateTime,
  smsBulkCampaigns,
  smsMessages,
  smsTrunks,
  tenantSmsTrunks,
  type SmsTrunkRecord,
} from '../models/sms.ts';
import { MASTER_TENANT_ID, resolveServer, tenantMode, tenants } from '../models/tenant.ts';
import { keyed } from '../views.ts';
import { dateWindow } from '../dates.ts';

type Args = Record<string, string | undefined>;

/** The report window: start_date start_time … end_date end_time (defaults 00:00:00 and 23:59:59, doc 3768-3780). */
function reportWindow(args: Args): { from: number; to: number } {
  return dateWindow(
    { name: 'start_date', date: args.start_date!, time: args.start_time },
    { name: 'end_date', date: args.end_date!, time: args.end_time },
  );
}

/** A filter value that must be one of `allowed` (any case), in the case the reports use. */
function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || value === '') return undefined;
  const hit = allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase());
  if (!hit) fail('invalidArgument', `Invalid argument ${name}: must be one of ${allowed.join(', ')}.`);
  return hit;
}

/** Numbers compare without a leading + (a raw + arrives as a space) and surrounding blanks. */
const bareNumber = (value: string) => value.trim().replace(/^(\+|%2B)/i, '');

function serverFilter(context: PackContext, server: string | undefined): string | undefined {
  return server ? resolveServer(context, server, 'any').id : undefined;
}

function existingSmsTrunk(state: VendorState, id: string): SmsTrunkRecord {
  const trunk = smsTrunks(state).get(id);
  if (!trunk) fail('notFound', `SMS Trunk ID ${id} not found.`);
  return trunk;
}

/** Applies an add/edit to `trunk`: a (new) provider needs all its fields (doc 4090-4145, 4163-4166). */
function applySmsTrunkWrite(state: VendorState, trunk: SmsTrunkRecord, args: Args, selfId?: string): SmsTrunkRecord {
  const next: SmsTrunkRecord = { ...trunk, fields: { ...trunk.fields } };
  if (args.enabled !== undefined) next.enabled = args.enabled as SmsTrunkRecord['enabled'];
  if (args.name !== undefined) next.name = args.name;
  if (args.description !== undefined) next.description = args.description;
  if (args.national_prefix !== undefined) {
    const prefix = args.national_prefix.trim().replace(/^\+/, '');
    if (!/^\d*$/.test(prefix)) fail('invalidArgument', 'Invalid argument national_prefix: digits without the + prefix.');
    next.national_prefix = prefix;
  }
  const providerChanged = args.provider !== undefined && args.provider !== trunk.provider;
  if (args.provider !== undefined) next.provider = args.provider as SmsProvider;
  const required: readonly string[] = SMS_PROVIDER_FIELDS[next.provider];
  if (providerChanged) next.fields = {};
  for (const field of required) {
    const value = args[field];
    if (value !== undefined) {
      if (value.trim() === '') fail('missingArgument', `Missing required argument: ${field} (required for ${next.provider}).`);
      next.fields[field] = value;
    } else if (next.fields[field] === undefined) {
      fail('missingArgument', `Missing required argument: ${field} (required for ${next.provider}).`);
    }
  }
  const clash = smsTrunks(state).find((t, id) => id !== selfId && t.name === next.name);
  if (clash) fail('duplicate', `SMS Trunk name '${next.name}' is already used by SMS Trunk ID ${clash[0]}.`);
  return next;
}

/** `{id, enabled, name, provider}` as strings, or all null when the tenant has no SMS trunk (doc 4214-4247). */
function tenantTrunkView(state: VendorState, tenantId: string) {
  const trunkId = tenantSmsTrunks(state).get(tenantId)?.trunk;
  const trunk = trunkId === undefined ? undefined : smsTrunks(state).get(trunkId);
  if (trunkId === undefined || !trunk) return { id: null, enabled: null, name: null, provider: null };
  return { id: trunkId, enabled: trunk.enabled, name: trunk.name, provider: trunk.provider };
}

function smsTenant(context: PackContext, tenant: string): string {
  if (tenantMode(context) && tenant === MASTER_TENANT_ID) fail('masterTenant');
  if (!tenants(context.state).has(tenant)) fail('tenantNotFound', `Invalid Tenant ID '${tenant}'.`);
  return tenant;
}

/** Base64 of the message text (doc 4284-4286); spaces are +'s that URL decoding turned into spaces. */
function decodeBody(raw: string): string {
  const base64 = raw.replace(/ /g, '+').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.replace(/=+$/, '').length % 4 === 1) {
    fail('invalidArgument', 'Invalid argument body: must be the message encoded in base64.');
  }
  const text = Buffer.from(base64, 'base64').toString('utf8');
  if (text === '') fail('invalidArgument', 'Invalid argument body: the decoded message is empty.');
  return text;
}

export const smsHandlers: PbxHandlers = {
  'pbxware.sms.reports.list': ({ args, context }) => {
    const window = reportWindow(args);
    const server = serverFilter(context, args.server);
    const direction = choice('direction', args.direction, ['Inbound', 'Outbound'] as const);
    const type = choice('type', args.type, ['SMS', 'MMS'] as const);
    const from = args.from_number ? bareNumber(args.from_number) : undefined;
    const to = args.to_number ? bareNumber(args.to_number) : undefined;
    const rows = smsMessages(context.state).filter(
      (m) =>
        m.at >= window.from &&
        m.at <= window.to &&
        (server === undefined || m.server === server) &&
        (direction === undefined || m.direction === direction) &&
        (type === undefined || m.type === type) &&
        (from === undefined || bareNumber(m.from) === from) &&
        (to === undefined || bareNumber(m.to) === to),
    );
    return keyed(rows, (m) => ({
      server: m.server,
      provider: m.provider,
      from: m.from,
      to: m.to,
      direction: m.direction,
      'date/time': reportDateTime(m.at),
      status: m.status,
      error: m.error,
      type: m.type,
    }));
  },

  'pbxware.sms.reports.bulk_list': ({ args, context }) => {
    const window = reportWindow(args);
    const server = serverFilter(context, args.server);
    const status = choice('status', args.status, ['Active', 'Paused', 'Stopped', 'Completed'] as const);
    const rows = smsBulkCampaigns(context.state).filter(
      (c) =>
        c.time_start >= window.from &&
        c.time_start <= window.to &&
        (server === undefined || c.server === server) &&
        (status === undefined || c.status === status) &&
        (!args.name || c.name === args.name),
    );
    return keyed(rows, (c) => ({
      name: c.name,
      sent: String(c.sent),
      failed: String(c.failed),
      time_start: reportDateTime(c.time_start),
      time_end: reportDateTime(c.time_end),
      from: c.from,
      csv_file: c.csv_file,
      status: c.status,
      message: c.message,
    }));
  },

  'pbxware.sms.trunks.list': ({ context }) =>
    keyed(smsTrunks(context.state).entries(), (t) => ({ name: t.name, provider: t.provider })),

  'pbxware.sms.trunks.configuration': ({ args, context }) => {
    const trunk = existingSmsTrunk(context.state, args.id);
    return {
      id: Number(args.id),
      enabled: Number(trunk.enabled),
      name: trunk.name,
      provider: trunk.provider,
      // Quirk sms-national-prefix-plus: written without +, read back with it (doc 4088, 4061).
      national_prefix: trunk.national_prefix === '' ? '' : `+${trunk.national_prefix}`,
      description: trunk.description,
      ...trunk.fields,
    };
  },

  'pbxware.sms.trunks.add': ({ args, context }) => {
    const blank: SmsTrunkRecord = { enabled: '0', name: '', provider: args.provider, national_prefix: '', description: '', fields: {} };
    const trunk = applySmsTrunkWrite(context.state, blank, args);
    const id = context.state.nextId('sms_trunk');
    smsTrunks(context.state).set(id, trunk);
    return { success: `SMS Trunk ID: ${id}`, id };
  },

  'pbxware.sms.trunks.edit': ({ args, context }) => {
    const trunk = applySmsTrunkWrite(context.state, existingSmsTrunk(context.state, args.id), args, args.id);
    smsTrunks(context.state).set(args.id, trunk);
    // Quirk sms-trunk-edit-says-extension: the document's answer names an "Extension ID" (doc 4168-4173).
    const label = context.quirks['sms-trunk-edit-says-extension'] === false ? 'SMS Trunk' : 'Extension';
    return { success: `${label} ID: ${args.id}`, id: Number(args.id) };
  },

  'pbxware.sms.trunks.delete': ({ args, context }) => {
    existingSmsTrunk(context.state, args.id);
    const user = tenantSmsTrunks(context.state).find((a, tenantId) => a.trunk === args.id && tenants(context.state).has(tenantId));
    if (user) fail('inUse', `SMS Trunk ID ${args.id} is the SMS trunk of tenant ${user[0]}.`);
    smsTrunks(context.state).delete(args.id);
    // Service plans' prices for the trunk go with it.
    const rates = smsRates(context.state);
    for (const key of rates.ids()) if (key.endsWith(`:${args.id}`)) rates.delete(key);
    return { success: `Deleted SMS Trunk ID '${args.id}' successfully.` };
  },

  'pbxware.sms.trunks.tenants.list': ({ context }) => {
    const listed = tenants(context.state).filter((_t, id) => !tenantMode(context) || id !== MASTER_TENANT_ID);
    return keyed(listed, (_t, id) => tenantTrunkView(context.state, id));
  },

  'pbxware.sms.trunks.tenants.get': ({ args, context }) => tenantTrunkView(context.state, smsTenant(context, args.tenant)),

  'pbxware.sms.trunks.tenants.set': ({ args, context }) => {
    const tenant = smsTenant(context, args.tenant);
    if (!args.id || args.id === '0') {
      tenantSmsTrunks(context.state).delete(tenant);
    } else {
      if (!smsTrunks(context.state).has(args.id)) fail('referenceMissing', `SMS Trunk ID ${args.id} does not exist.`);
      tenantSmsTrunks(context.state).set(tenant, { server: tenant, trunk: args.id });
    }
    return { success: 'Success.' };
  },

  'pbxware.sms.send_message': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'tenant');
    if (!/^\+[1-9]\d{1,14}$/.test(args.to_number)) {
      fail('invalidArgument', 'Invalid argument to_number: must be +E164 (send the + as %2B), e.g. %2B15551234567.');
    }
    const body = decodeBody(args.body);
    const trunkId = tenantSmsTrunks(context.state).get(tenant.id)?.trunk;
    const trunk = trunkId === undefined ? undefined : smsTrunks(context.state).get(trunkId);
    if (!trunk) fail('referenceMissing', `Tenant ${tenant.id} has no SMS trunk (see pbxware.sms.trunks.tenants.set).`);
    if (trunk.enabled !== '1') fail('referenceMissing', `The SMS trunk of tenant ${tenant.id} (ID ${trunkId}) is disabled.`);
    // "sent from the tenant SMS number" (doc 4274): the tenant's first DID used as SMS number.
    const smsDid = dids(context.state).find((d) => d.server === tenant.id && d.sms_enabled === '1')?.[1];
    const from = smsDid ? `+${smsDid.number.replace(/^\+/, '')}` : '';
    const id = context.state.nextId('sms_message');
    smsMessages(context.state).set(id, {
      server: tenant.id,
      provider: trunk.name,
      from,
      to: args.to_number,
      direction: 'Outbound',
      at: context.clock.now(),
      status: 'COMPLETED',
      error: '',
      type: 'SMS',
      body,
    });
    return { success: 'Success.' };
  },
};
