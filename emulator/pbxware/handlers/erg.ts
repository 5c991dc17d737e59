import { ergSettingArgs } from '../../../contracts/pbxware/erg.ts';
import { fail, type PbxHandlers } from '../call.ts';
import { ERG_TABLE, ergs, type ErgRecord } from '../models/erg.ts';
import { assertNumberFree } from '../models/numbers.ts';
import { removeOperationTimesOf } from '../models/otimes.ts';
import { assertDistinct, listOwned, numbersOf, ownedRecord, requireExtensionNumbers } from '../models/owned.ts';
import { resolveServer } from '../models/tenant.ts';
import { keyed } from '../views.ts';

/** Arguments stored in `settings` as sent: everything but name, number (`ext`) and strategy. */
const SETTING_ARGS = ['max_wait_callers', 'rings_answer', ...Object.keys(ergSettingArgs)];

function applyErgArgs(record: ErgRecord, args: Record<string, any>): void {
  if (args.name !== undefined) record.name = args.name.trim();
  if (args.ext !== undefined) record.number = args.ext;
  if (args.ring_strategy !== undefined) record.strategy = args.ring_strategy;
  for (const name of SETTING_ARGS) if (args[name] !== undefined) record.settings[name] = args[name];
}

const ergSuccess = (id: string | number, period = '.') => ({ success: `ERG ID: ${id}${period}`, id: Number(id) });

export const ergHandlers: PbxHandlers = {
  'pbxware.erg.list': ({ args, context }) =>
    keyed(listOwned(context, ergs(context.state), args.server, 'optional'), (r) => ({
      name: r.name,
      number: r.number,
      strategy: r.strategy,
      members: r.members.map((m) => ({ ext: m.ext, penalty: m.penalty })),
    })),

  'pbxware.erg.add': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const record: ErgRecord = { server: tenant.id, name: '', number: '', strategy: 'ringall', members: [], settings: {} };
    applyErgArgs(record, args);
    assertNumberFree(context.state, tenant.id, record.number);
    const id = context.state.nextId('erg');
    ergs(context.state).set(id, record);
    return ergSuccess(id);
  },

  'pbxware.erg.edit': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const existing = ownedRecord(ergs(context.state), args.id, tenant.id, 'ERG');
    const next: ErgRecord = structuredClone(existing);
    applyErgArgs(next, args);
    if (next.number !== existing.number) assertNumberFree(context.state, tenant.id, next.number, { table: ERG_TABLE, id: args.id });
    ergs(context.state).set(args.id, next);
    return ergSuccess(args.id);
  },

  'pbxware.erg.delete': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    ownedRecord(ergs(context.state), args.id, tenant.id, 'ERG');
    ergs(context.state).delete(args.id);
    removeOperationTimesOf(context.state, 'erg', args.id);
    return { success: `Deleted ERG ID ${args.id} successfully.` };
  },

  // Upsert (pbxware.md §7 A29): "numbers" and "penalties" pair up by position (doc 5846-5858).
  'pbxware.erg.members': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const existing = ownedRecord(ergs(context.state), args.id, tenant.id, 'ERG');
    const numbers = numbersOf(args.numbers);
    const penalties = numbersOf(args.penalties);
    if (numbers.length !== penalties.length) {
      fail('sizeMismatch', `numbers (${numbers.length}) and penalties (${penalties.length}) must match in size.`);
    }
    assertDistinct(numbers, 'numbers');
    requireExtensionNumbers(context.state, tenant.id, numbers, 'numbers');
    const members = existing.members.map((m) => ({ ...m }));
    numbers.forEach((ext, i) => {
      const penalty = penalties[i]!;
      const member = members.find((m) => m.ext === ext);
      if (member) member.penalty = penalty;
      else members.push({ ext, penalty });
    });
    ergs(context.state).set(args.id, { ...existing, members });
    // The members sample has no trailing period, unlike add/edit (doc 5862-5865).
    return ergSuccess(args.id, '');
  },
};
