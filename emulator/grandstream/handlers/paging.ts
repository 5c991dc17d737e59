import { PAGING_LIST_FIELDS } from '../../../contracts/grandstream/paging.ts';
import { commaList } from '../../../contracts/grandstream/args.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { calls } from '../calls.ts';
import { listPage, type ListArgs } from '../listing.ts';
import { extensions } from '../models/extension.ts';
import { kindOf } from '../models/numbers.ts';
import { newPagingGroup, pagingGroups, type PagingGroupRow } from '../models/paging.ts';
import { TABLES } from '../models/tables.ts';
import { pendingChange } from '../pending.ts';

/** Paging/Intercom (doc 5469-5858). */

type PagingArgs = Partial<Omit<PagingGroupRow, 'tmp' | 'holiday'>> & { paginggroup?: string };

const EDITABLE = [
  'paginggroup_name',
  'paginggroup_type',
  'custom_prompt',
  'replace_caller_id',
  'multicast_ip',
  'multicast_port',
  'limitime',
  'custom_date',
  'time',
  'enable',
  'members',
  'number_allowed',
  'old_multicast_ip',
  'old_multicast_port',
] as const;

/** members / number_allowed must list existing extensions. */
function checkExtensions(call: UcmCall, value: string | null | undefined, what: string): void {
  for (const number of commaList(value)) {
    if (!extensions(call.context.state).has(number)) fail('noSuchItem', `${what}: no extension ${number}`);
  }
}

function apply(call: UcmCall<PagingArgs>, row: PagingGroupRow): PagingGroupRow {
  checkExtensions(call, call.args.members, 'members');
  checkExtensions(call, call.args.number_allowed, 'number_allowed');
  const next: Record<string, unknown> = { ...row };
  for (const name of EDITABLE) if (call.args[name] !== undefined) next[name] = call.args[name];
  return next as unknown as PagingGroupRow;
}

function group(call: UcmCall, number: string): PagingGroupRow {
  const row = pagingGroups(call.context.state).get(number);
  if (!row) fail('noSuchItem', `No paging group ${number}`);
  return row;
}

/** getPaginggroup's view: the stored row without the UI-only "old_" values. */
function view(row: PagingGroupRow) {
  const { old_multicast_ip: _ip, old_multicast_port: _port, ...rest } = row;
  return rest;
}

export const pagingHandlers: UcmHandlers = {
  addPaginggroup: (call: UcmCall<PagingArgs & { extension: string; paginggroup_name: string; paginggroup_type: PagingGroupRow['paginggroup_type'] }>) => {
    const { extension } = call.args;
    if (call.args.paginggroup !== undefined && call.args.paginggroup !== '' && call.args.paginggroup !== extension) {
      fail('invalidValue', 'paginggroup must be the group number (extension)');
    }
    if (kindOf(call.context.state, extension)) fail('itemAdded', `${extension} is already used`);
    const row = apply(call, newPagingGroup(extension, call.args.paginggroup_name, call.args.paginggroup_type));
    pagingGroups(call.context.state).set(extension, row);
    return pendingChange(call, TABLES.pagingGroups, extension);
  },

  listPaginggroup: (call: UcmCall<ListArgs>) => {
    const rows = pagingGroups(call.context.state).values().map((r) => view(r) as unknown as Record<string, unknown>);
    return ok(listPage(rows, call.args, { key: 'paginggroup', fields: PAGING_LIST_FIELDS, defaultSort: 'extension', quirks: call.context.quirks }));
  },

  getPaginggroup: (call: UcmCall<{ paginggroup: string }>) => ok({ paginggroup: view(group(call, call.args.paginggroup)) }),

  updatePaginggroup: (call: UcmCall<PagingArgs & { paginggroup: string }>) => {
    const row = group(call, call.args.paginggroup);
    if (call.args.extension !== undefined && call.args.extension !== '' && call.args.extension !== row.extension) {
      fail('invalidValue', 'extension cannot change; it must be the group number');
    }
    const next = apply(call, row);
    if (call.args.multicast_ip !== undefined && call.args.multicast_ip !== row.multicast_ip && call.args.old_multicast_ip === undefined) next.old_multicast_ip = row.multicast_ip;
    pagingGroups(call.context.state).set(row.extension, next);
    return pendingChange(call, TABLES.pagingGroups, row.extension);
  },

  deletePaginggroup: (call: UcmCall<{ paginggroup: string }>) => {
    const row = group(call, call.args.paginggroup);
    const sim = calls(call.context);
    for (const live of [...sim.live.values()]) if (live.page === row.extension) sim.hangup(live);
    pagingGroups(call.context.state).delete(row.extension);
    return pendingChange(call, TABLES.pagingGroups, row.extension);
  },

  MulticastPaging: (call: UcmCall<{ pagingnum: string; caller: string }>) => {
    const row = group(call, call.args.pagingnum);
    const sim = calls(call.context);
    sim.requireExtension(call.args.caller);
    const allowed = commaList(row.number_allowed);
    if (allowed.length > 0 && !allowed.includes(call.args.caller)) fail('noPermission', `${call.args.caller} may not page ${row.extension}`);
    sim.page(row, call.args.caller);
    return ok({ need_apply: 'yes' as const });
  },

  MulticastPagingHangup: (call: UcmCall<{ pagingnum: string }>) => {
    const sim = calls(call.context);
    const live = [...sim.live.values()].filter((c) => c.page === call.args.pagingnum);
    if (live.length === 0) fail('noSuchItem', `No live page of ${call.args.pagingnum}`);
    for (const c of live) sim.hangup(c);
    return ok({ need_apply: 'yes' as const });
  },
};
