import {
  TRUNK_CODECS,
  TRUNK_OPTION_ARGS,
  TRUNK_SAMPLE_OPTION_KEYS,
  TRUNK_STATUS_CODES,
  TRUNK_STATUS_WORDS,
} from '../../../contracts/pbxware/trunk.ts';
import type { VendorState } from '../../core/store.ts';
import { fail, type PbxHandlers } from '../call.ts';
import { cliRoutes, dids } from '../models/did.ts';
import { tenantCliRoutes } from '../models/tenant-clirouting.ts';
import { resolveServer, tenantMode, tenants } from '../models/tenant.ts';
import { TRUNK_PROVIDERS, trunkProtocol, trunkProvider, trunks, type TrunkRecord } from '../models/trunk.ts';
import { keyed } from '../views.ts';

type Args = Record<string, string | undefined>;

/** "active, not active, suspended" (doc 3311-3313) → the digit `configuration` shows (doc 3624). */
function statusCode(value: string): TrunkRecord['status'] {
  const word = TRUNK_STATUS_WORDS.indexOf(value as (typeof TRUNK_STATUS_WORDS)[number]);
  return word >= 0 ? TRUNK_STATUS_CODES[word] : (value as TrunkRecord['status']);
}

/** `codecs` "separated with ,:" (doc 3516-3518): either separator is accepted. */
function parseCodecs(value: string): string[] {
  const names = value.split(/[:,]/).map((c) => c.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) fail('invalidArgument', 'Invalid argument codecs: no codec given.');
  for (const name of names) {
    if (!(TRUNK_CODECS as readonly string[]).includes(name)) {
      fail('invalidArgument', `Invalid argument codecs: unknown codec '${name}' (allowed: ${TRUNK_CODECS.join(', ')}).`);
    }
  }
  if (new Set(names).size !== names.length) fail('invalidArgument', 'Invalid argument codecs: a codec is listed twice.');
  return names;
}

/** "Ptime (10, 20, 30 ... 300)" (doc 3520-3522): one for every codec, or one per codec. */
function parsePtimes(value: string): string[] {
  const ptimes = value.split(/[:,]/).map((p) => p.trim());
  for (const p of ptimes) {
    const n = Number(p);
    if (!/^\d+$/.test(p) || n < 10 || n > 300 || n % 10 !== 0) {
      fail('invalidArgument', `Invalid argument codecs_ptime: '${p}' is not one of 10, 20, 30 … 300.`);
    }
  }
  return ptimes;
}

function allow(record: TrunkRecord): string[] {
  return record.codecs.map((codec, i) => `${codec},${record.ptimes.length === 1 ? record.ptimes[0] : record.ptimes[i]}`);
}

/** Applies the arguments sent to `record` (partial on edit) and checks the result as a whole. */
function applyTrunkWrite(state: VendorState, record: TrunkRecord, args: Args, selfId?: string): TrunkRecord {
  const next: TrunkRecord = { ...record, options: { ...record.options } };
  if (args.name !== undefined) next.name = args.name;
  if (args.provider_id !== undefined) {
    if (!trunkProvider(args.provider_id)) {
      fail('referenceMissing', `Provider ID ${args.provider_id} does not exist (see pbxware.trunk.providers).`);
    }
    next.provider_id = args.provider_id;
  }
  if (args.status !== undefined) next.status = statusCode(args.status);
  if (args.codecs !== undefined) next.codecs = parseCodecs(args.codecs);
  if (args.codecs_ptime !== undefined) next.ptimes = parsePtimes(args.codecs_ptime);
  if (next.ptimes.length !== 1 && next.ptimes.length !== next.codecs.length) {
    fail('sizeMismatch', 'codecs and codecs_ptime must match in size (or give one ptime for all codecs).');
  }
  for (const name of TRUNK_OPTION_ARGS) {
    const value = args[name];
    if (value !== undefined) next.options[name] = value;
  }
  const clash = trunks(state).find((t, id) => id !== selfId && t.name === next.name);
  if (clash) fail('duplicate', `Trunk name '${next.name}' is already used by trunk ID ${clash[0]}.`);
  return next;
}

/**
 * What still points at a trunk (pbxware.md §7 A19): DIDs mapped to it, DIDs and CLI routes (of DIDs and
 * of tenants) sending calls to it, and tenants whose trunk set (`tenant.trunks.set`) holds it.
 */
function trunkUser(state: VendorState, trunkId: string): string | undefined {
  const did = dids(state).find((d) => d.trunk === trunkId || (d.dest_type === '10' && d.destination === trunkId));
  if (did) return `DID ID ${did[0]}`;
  const route = cliRoutes(state).find((r) => r.dest_type === '8' && r.destination === trunkId);
  if (route) return `CLI Routing ID ${route[0]}`;
  const tenantRoute = tenantCliRoutes(state).find((r) => r.dest_type === '8' && r.destination === trunkId);
  if (tenantRoute) return `tenant CLI Routing ID ${tenantRoute[0]}`;
  const tenant = tenants(state).find(
    (t) => !!t.trunkSet && (t.trunkSet.trunks.includes(trunkId) || Object.values(t.trunkSet.slots).includes(trunkId)),
  );
  if (tenant) return `the trunk set of tenant ${tenant[0]}`;
  return undefined;
}

function existingTrunk(state: VendorState, id: string): TrunkRecord {
  const record = trunks(state).get(id);
  if (!record) fail('notFound', `Trunk ID ${id} not found.`);
  return record;
}

/** `trunk.configuration` `options` (doc 3627-3662): the sample's keys first, then every other setting. */
function configurationOptions(record: TrunkRecord): Record<string, string | string[]> {
  const options: Record<string, string | string[]> = {};
  for (const key of [...TRUNK_SAMPLE_OPTION_KEYS, ...TRUNK_OPTION_ARGS]) options[key] = record.options[key] ?? '';
  options.context = record.name;
  // `canreinvite` is the older name of direct media (sample "0").
  options.canreinvite = record.options.direct_media && record.options.direct_media !== 'no' ? '1' : '0';
  options.allow = allow(record);
  return options;
}

const trunkAnswer = (id: string | number) => ({ success: `Trunk ID: ${id}`, id: Number(id) });

export const trunkHandlers: PbxHandlers = {
  'pbxware.trunk.list': ({ args, context }) => {
    // "Filter trunks by server (does not apply in Tenant Mode)" (doc 3243).
    const filter = !tenantMode(context) && args.server ? resolveServer(context, args.server, 'any').id : undefined;
    const rows = trunks(context.state).filter((t) => filter === undefined || t.server === filter);
    return keyed(rows, (t) => ({
      name: t.name,
      protocol: trunkProtocol(t),
      provider_id: t.provider_id,
      provider_name: trunkProvider(t.provider_id)?.name ?? '',
      status: t.status === '1' ? 'enabled' : 'disabled',
    }));
  },

  'pbxware.trunk.configuration': ({ args, context }) => {
    resolveServer(context, args.server, 'any');
    const record = existingTrunk(context.state, args.trunkid);
    return {
      [args.trunkid]: {
        name: record.name,
        provider_id: record.provider_id,
        provider_name: trunkProvider(record.provider_id)?.name ?? '',
        status: record.status,
        protocol: trunkProtocol(record),
        options: configurationOptions(record),
      },
    };
  },

  'pbxware.trunk.add': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const blank: TrunkRecord = { name: '', server: tenant.id, provider_id: '', status: '1', codecs: [], ptimes: [], options: {} };
    const record = applyTrunkWrite(context.state, blank, args);
    const id = context.state.nextId('trunk');
    trunks(context.state).set(id, record);
    return trunkAnswer(id);
  },

  'pbxware.trunk.edit': ({ args, context }) => {
    resolveServer(context, args.server, 'any');
    const record = applyTrunkWrite(context.state, existingTrunk(context.state, args.id), args, args.id);
    trunks(context.state).set(args.id, record);
    return trunkAnswer(args.id);
  },

  'pbxware.trunk.delete': ({ args, context }) => {
    resolveServer(context, args.server, 'any');
    existingTrunk(context.state, args.id);
    const user = trunkUser(context.state, args.id);
    if (user) fail('inUse', `Trunk ID ${args.id} is used by ${user}.`);
    trunks(context.state).delete(args.id);
    // Quirk trunk-delete-answers-like-add: the same answer as add/edit (doc 3568-3575).
    return trunkAnswer(args.id);
  },

  'pbxware.trunk.providers': () =>
    Object.fromEntries(TRUNK_PROVIDERS.map((p) => [p.name, [p.id, p.kind]])),
};
