import type { VendorState } from '../../core/store.ts';
import { type PbxHandlers } from '../call.ts';
import { assertNumberFree } from '../models/numbers.ts';
import { assertDistinct, listOwned, numbersOf, ownedRecord, requireExtensionNumbers } from '../models/owned.ts';
import { PAGING_GROUP_TABLE, pagingGroups, type PagingGroupRecord } from '../models/paging-group.ts';
import { resolveServer } from '../models/tenant.ts';
import { keyed } from '../views.ts';

function applyPagingArgs(state: VendorState, record: PagingGroupRecord, args: Record<string, any>): void {
  if (args.name !== undefined) record.name = args.name.trim();
  if (args.number !== undefined) record.number = args.number;
  if (args.quiet !== undefined) record.quiet = args.quiet;
  if (args.destinations !== undefined) {
    const members = numbersOf(args.destinations);
    assertDistinct(members, 'destinations');
    requireExtensionNumbers(state, record.server, members, 'destinations');
    record.destinations = members;
  }
}

const pagingSuccess = (id: string | number) => ({ success: `Paging Group ID: ${id}`, id: Number(id) });

export const pagingGroupHandlers: PbxHandlers = {
  // Integers, not strings, as the sample shows (doc 9468-9490).
  'pbxware.paging_group.list': ({ args, context }) =>
    keyed(listOwned(context, pagingGroups(context.state), args.server, 'optional'), (r) => ({
      name: r.name,
      number: Number(r.number),
      quiet: r.quiet === '1' ? 1 : 0,
      destinations: r.destinations.map(Number),
    })),

  'pbxware.paging_group.add': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const record: PagingGroupRecord = { server: tenant.id, name: '', number: '', quiet: '0', destinations: [] };
    applyPagingArgs(context.state, record, args);
    assertNumberFree(context.state, tenant.id, record.number);
    const id = context.state.nextId('paging_group');
    pagingGroups(context.state).set(id, record);
    return pagingSuccess(id);
  },

  'pbxware.paging_group.edit': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    const existing = ownedRecord(pagingGroups(context.state), args.id, tenant.id, 'Paging Group');
    const next: PagingGroupRecord = structuredClone(existing);
    applyPagingArgs(context.state, next, args);
    if (next.number !== existing.number) {
      assertNumberFree(context.state, tenant.id, next.number, { table: PAGING_GROUP_TABLE, id: args.id });
    }
    pagingGroups(context.state).set(args.id, next);
    return pagingSuccess(args.id);
  },

  'pbxware.paging_group.delete': ({ args, context }) => {
    const tenant = resolveServer(context, args.server, 'any');
    ownedRecord(pagingGroups(context.state), args.id, tenant.id, 'Paging Group');
    pagingGroups(context.state).delete(args.id);
    return { success: `Deleted Paging Group with ID ${args.id} successfully.` };
  },
};
