import {
  IVR_DESTINATION_TYPES,
  IVR_KEYS,
  REMOTE_ACCESS_DESTINATIONS,
  type IvrDestinationType,
} from '../../../contracts/pbxware/ivr.ts';
import type { VendorState } from '../../core/store.ts';
import { fail, type PbxHandlers } from '../call.ts';
import { ergs } from '../models/erg.ts';
import { findByNumber } from '../models/extension.ts';
import { IVR_TABLE, ivrs, type IvrKeyAction, type IvrRecord } from '../models/ivr.ts';
import { assertNumberFree } from '../models/numbers.ts';
import { removeOperationTimesOf } from '../models/otimes.ts';
import { listOwned, ownedRecord } from '../models/owned.ts';
import { ringGroups } from '../models/ring-group.ts';
import { resolveServer } from '../models/tenant.ts';
import { keyed } from '../views.ts';

/** `ivr.add` arguments kept as sent in `settings` (doc 5033-5141). */
const SETTING_ARGS = [
  'disablecid', 'tresponse', 'rtpdelay', 'tdigit', 'rings', 'faxemail', 'customring', 'local2fax', 'rangelimit',
  'rangestart', 'rangeend', 'ringtype', 'moh', 'loops', 'timeoutext', 'timeoutextvm', 'localdial', 'skip_invalid_selection',
] as const;

/** Defaults the document states for settings not sent (doc 5049-5130). */
const SETTING_DEFAULTS: Record<string, string> = { tresponse: '4', tdigit: '1', rings: '1', ringtype: 'ring', loops: '3', localdial: '0' };

const KEYMAP_ARG = /^keymap\[\s*([^\]]*?)\s*\]\[\s*([^\]]*?)\s*\]$/;

/** The last value of an argument PHP-style (a repeated name keeps its last value). */
function lastValue(value: unknown): string {
  if (Array.isArray(value)) return String(value[value.length - 1] ?? '');
  return typeof value === 'string' ? value : '';
}

/**
 * Reads `keymap[key][type]` / `keymap[key][destination]` out of the flat arguments (doc 4998-5030).
 * Answers undefined when no keymap argument was sent at all.
 */
function parseKeymap(args: Record<string, unknown>): Record<string, { type?: string; destination?: string }> | undefined {
  let keymap: Record<string, { type?: string; destination?: string }> | undefined;
  for (const [name, raw] of Object.entries(args)) {
    const match = KEYMAP_ARG.exec(name);
    if (!match) continue;
    const [, key, field] = match as unknown as [string, string, string];
    if (!(IVR_KEYS as readonly string[]).includes(key)) fail('invalidArgument', `Invalid keymap key '${key}': use 0-9 or *.`);
    if (field !== 'type' && field !== 'destination') {
      fail('invalidArgument', `Invalid keymap field '${field}': use type or destination.`);
    }
    keymap ??= {};
    (keymap[key] ??= {})[field] = lastValue(raw).trim();
  }
  return keymap;
}

/** Checks one keymap destination against the rules of its type (doc 5024-5031). */
function checkDestination(state: VendorState, server: string, key: string, type: IvrDestinationType, destination: string): void {
  const where = `keymap[${key}]`;
  const needDigits = () => {
    if (!/^\d+$/.test(destination)) fail('invalidArgument', `${where}: destination must be a number for type ${type}.`);
  };
  const numberHeld = (tables: Array<{ has: (n: string) => boolean }>, what: string) => {
    needDigits();
    if (!tables.some((t) => t.has(destination))) {
      fail('referenceMissing', `${where}: ${what} ${destination} does not exist in tenant ${server}.`);
    }
  };
  const numbersIn = <T extends { server: string }>(rows: Array<[string, T]>, field: (row: T) => string) => {
    const set = new Set(rows.filter(([, r]) => r.server === server).map(([, r]) => field(r)));
    return { has: (n: string) => set.has(n) };
  };
  switch (type) {
    case 'dy':
      if (destination !== '') fail('invalidArgument', `${where}: a Directory destination must not be set.`);
      return;
    case 'ra':
      if (!(REMOTE_ACCESS_DESTINATIONS as readonly string[]).includes(destination)) {
        fail('invalidArgument', `${where}: Remote Access destination must be one of ${REMOTE_ACCESS_DESTINATIONS.join(', ')}.`);
      }
      return;
    case 'en':
      if (!/^\+?\d+$/.test(destination)) fail('invalidArgument', `${where}: destination must be an external number.`);
      return;
    case 'ex':
    case 'vm':
      return numberHeld([{ has: (n) => findByNumber(state, server, n) !== undefined }], 'extension');
    case 'aa':
    case 'aatree':
      return numberHeld([numbersIn(ivrs(state).entries(), (r) => r.ext)], 'IVR');
    case 'rg':
      return numberHeld(
        [numbersIn(ringGroups(state).entries(), (r) => r.ext), numbersIn(ergs(state).entries(), (r) => r.number)],
        'ring group',
      );
    default:
      // Queues, conferences, fax, CRM rules and ARI apps are not modelled: a number is all we can check.
      return needDigits();
  }
}

/** Validates a parsed keymap and returns it in stored form. */
function buildKeymap(
  state: VendorState,
  server: string,
  parsed: Record<string, { type?: string; destination?: string }>,
): Record<string, IvrKeyAction> {
  const keymap: Record<string, IvrKeyAction> = {};
  for (const [key, { type, destination = '' }] of Object.entries(parsed)) {
    if (!type) fail('missingArgument', `Missing required argument: keymap[${key}][type].`);
    if (!(type in IVR_DESTINATION_TYPES)) fail('invalidArgument', `keymap[${key}]: unknown destination type '${type}'.`);
    const kind = type as IvrDestinationType;
    if (kind !== 'dy' && destination === '') fail('missingArgument', `Missing required argument: keymap[${key}][destination].`);
    checkDestination(state, server, key, kind, destination);
    keymap[key] = { type: kind, destination };
  }
  if (Object.keys(keymap).length === 0) fail('missingArgument', 'At least one keymap is required.');
  return keymap;
}

/** Applies the sent arguments onto `record` (add: onto defaults; edit: onto the stored IVR). */
function applyIvrArgs(state: VendorState, record: IvrRecord, args: Record<string, any>): void {
  if (args.name !== undefined) record.name = args.name.trim();
  if (args.ext !== undefined) record.ext = args.ext;
  if (args.greeting !== undefined) record.greeting = args.greeting;
  if (args.type !== undefined) record.type = args.type;
  if (args.status !== undefined) record.status = args.status === '1' ? 'enabled' : 'disabled';
  if (args.operator !== undefined) record.operator = args.operator;
  for (const name of SETTING_ARGS) if (args[name] !== undefined) record.settings[name] = args[name];
  const parsed = parseKeymap(args);
  if (parsed) record.keymap = buildKeymap(state, record.server, parsed);
}

function ivrView(record: IvrRecord) {
  const keymap: Record<string, { type: string; value: string }> = {};
  for (const [key, action] of Object.entries(record.keymap)) {
    keymap[key] = { type: IVR_DESTINATION_TYPES[action.type], value: action.destination };
  }
  return { name: record.name, type: record.type, ext: record.ext, keymap, status: record.status, operator: record.operator };
}

export const ivrHandlers: PbxHandlers = {
  'pbxware.ivr.list': ({ args, context }) => keyed(listOwned(context, ivrs(context.state), args.server, 'tenant'), ivrView),

  'pbxware.ivr.add': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'tenant');
    const record: IvrRecord = {
      server: tenant.id,
      name: '',
      ext: '',
      greeting: '',
      type: '0',
      status: 'enabled',
      operator: '',
      keymap: {},
      settings: { ...SETTING_DEFAULTS },
    };
    if (!parseKeymap(args)) fail('missingArgument', 'Missing required argument: keymap (at least one keymap is required).');
    applyIvrArgs(context.state, record, args);
    assertNumberFree(context.state, tenant.id, record.ext);
    const id = context.state.nextId('ivr');
    ivrs(context.state).set(id, record);
    return { success: `IVR ID: ${id}.`, id };
  },

  'pbxware.ivr.edit': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const existing = ownedRecord(ivrs(context.state), args.id, tenant.id, 'IVR');
    const next: IvrRecord = structuredClone(existing);
    applyIvrArgs(context.state, next, args);
    if (next.ext !== existing.ext) assertNumberFree(context.state, tenant.id, next.ext, { table: IVR_TABLE, id: args.id });
    ivrs(context.state).set(args.id, next);
    return { success: `IVR ID: ${args.id}.`, id: Number(args.id) };
  },

  'pbxware.ivr.delete': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'tenant');
    ownedRecord(ivrs(context.state), args.id, tenant.id, 'IVR');
    ivrs(context.state).delete(args.id);
    removeOperationTimesOf(context.state, 'ivr', args.id);
    return { success: `Deleted IVR ID ${args.id} successfully.` };
  },
};
