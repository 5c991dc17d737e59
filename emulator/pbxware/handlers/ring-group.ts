import { RING_GROUP_OPTIONS } from '../../../contracts/pbxware/ring-group.ts';
import { yesNoToFlag } from '../../../contracts/pbxware/group-args.ts';
import type { VendorState } from '../../core/store.ts';
import { type PbxHandlers } from '../call.ts';
import { assertNumberFree } from '../models/numbers.ts';
import { assertDistinct, listOwned, numbersOf, ownedRecord, requireExtensionNumbers } from '../models/owned.ts';
import { RING_GROUP_TABLE, ringGroups, type RingGroupRecord } from '../models/ring-group.ts';
import { resolveServer } from '../models/tenant.ts';
import { keyed } from '../views.ts';

export const RING_GROUP_SUCESS_QUIRK = 'ring-group-add-sucess';

function applyRingGroupArgs(state: VendorState, record: RingGroupRecord, args: Record<string, any>): void {
  if (args.name !== undefined) record.name = args.name.trim();
  if (args.ext !== undefined) record.ext = args.ext;
  if (args.extensions !== undefined) {
    const members = numbersOf(args.extensions);
    assertDistinct(members, 'extensions');
    requireExtensionNumbers(state, record.server, members, 'extensions');
    record.destinations = members.join(',');
  }
  for (const [name, option] of Object.entries(RING_GROUP_OPTIONS)) {
    const value = args[name];
    if (value !== undefined) record.options[name] = option.yesNo ? yesNoToFlag(value) : value;
  }
}

export const ringGroupHandlers: PbxHandlers = {
  'pbxware.ring_group.list': ({ args, context }) =>
    keyed(listOwned(context, ringGroups(context.state), args.server, 'tenant'), (r) => ({
      name: r.name,
      ext: r.ext,
      destinations: r.destinations,
      last_dest: r.options.last_dest ?? '',
      last_dest_vm: r.options.last_dest_vm === '1' ? 'yes' : 'no',
    })),

  'pbxware.ring_group.configuration': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const record = ownedRecord(ringGroups(context.state), args.id, tenant.id, 'Ring Group');
    return { [args.id]: { name: record.name, ext: record.ext, destinations: record.destinations, options: { ...record.options } } };
  },

  'pbxware.ring_group.add': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'tenant');
    const record: RingGroupRecord = {
      server: tenant.id,
      name: '',
      ext: '',
      destinations: '',
      options: Object.fromEntries(Object.entries(RING_GROUP_OPTIONS).map(([k, o]) => [k, o.default])),
    };
    applyRingGroupArgs(context.state, record, args);
    assertNumberFree(context.state, tenant.id, record.ext);
    const id = context.state.nextId('ring_group');
    ringGroups(context.state).set(id, record);
    // The document spells the key `sucess` (doc 5401); quirk `ring-group-add-sucess`.
    const key = context.quirks[RING_GROUP_SUCESS_QUIRK] === false ? 'success' : 'sucess';
    return { [key]: `Ring Group ID: ${id}`, id };
  },

  'pbxware.ring_group.edit': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const existing = ownedRecord(ringGroups(context.state), args.id, tenant.id, 'Ring Group');
    const next: RingGroupRecord = structuredClone(existing);
    applyRingGroupArgs(context.state, next, args);
    if (next.ext !== existing.ext) assertNumberFree(context.state, tenant.id, next.ext, { table: RING_GROUP_TABLE, id: args.id });
    ringGroups(context.state).set(args.id, next);
    return { success: `Ring Group ID: ${args.id}.`, id: args.id };
  },

  'pbxware.ring_group.delete': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'tenant');
    ownedRecord(ringGroups(context.state), args.id, tenant.id, 'Ring Group');
    ringGroups(context.state).delete(args.id);
    return { success: `Deleted Ring Group ID ${args.id} successfully.` };
  },
};
