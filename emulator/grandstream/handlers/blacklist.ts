import { BLACKLIST_LIST_FIELDS } from '../../../contracts/grandstream/blacklist.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { key } from '../config.ts';
import { listPage, type ListArgs } from '../listing.ts';
import { blacklist, blacklistEnabled, setBlacklistEnabled, type BlacklistRow } from '../models/blacklist.ts';
import { inboundRoutes } from '../models/route.ts';
import { TABLES } from '../models/tables.ts';
import { pendingChange } from '../pending.ts';

/** Inbound Route Blacklist (doc 3432-3830). */

function entryOf(call: UcmCall, number: unknown): BlacklistRow {
  const row = blacklist(call.context.state).get(key(number));
  if (!row) fail('noSuchItem', `${key(number)} is not blacklisted`);
  return row;
}

/** "0" (every inbound route) or an existing inbound route id (doc 3450). */
function routeIndex(call: UcmCall, value: string): string {
  const index = String(Number(value));
  if (index !== '0' && !inboundRoutes(call.context.state).has(index)) fail('noSuchItem', `No inbound route ${index}`);
  return index;
}

export const blacklistHandlers: UcmHandlers = {
  listInboundBlacklist: (call: UcmCall<ListArgs>) => {
    const rows = blacklist(call.context.state)
      .values()
      .map((r) => ({ number: r.number, inbound_rt_index: r.inbound_rt_index }));
    const page = listPage(rows, call.args, { key: 'number', fields: BLACKLIST_LIST_FIELDS, defaultSort: 'number', quirks: call.context.quirks });
    return ok({ ...page, total_blacklist_item: rows.length });
  },

  deleteAllInboundBlacklist: (call: UcmCall) => {
    blacklist(call.context.state).clear();
    return pendingChange(call, TABLES.blacklist, '*');
  },

  deleteInboundBlacklist: (call: UcmCall<{ number: string }>) => {
    const row = entryOf(call, call.args.number);
    blacklist(call.context.state).delete(row.number);
    return pendingChange(call, TABLES.blacklist, row.number);
  },

  addInboundBlacklist: (call: UcmCall<{ number: string; inbound_rt_index: string }>) => {
    const { number } = call.args;
    if (blacklist(call.context.state).has(number)) fail('itemAdded', `${number} is already blacklisted`);
    blacklist(call.context.state).set(number, { number, inbound_rt_index: routeIndex(call, call.args.inbound_rt_index) });
    return pendingChange(call, TABLES.blacklist, number);
  },

  updateInboundBlacklist: (call: UcmCall<{ number: string; inbound_rt_index: string }>) => {
    const row = entryOf(call, call.args.number);
    blacklist(call.context.state).set(row.number, { ...row, inbound_rt_index: routeIndex(call, call.args.inbound_rt_index) });
    return pendingChange(call, TABLES.blacklist, row.number);
  },

  getInboundBlacklistSettings: (call: UcmCall) => ok({ inbound_blacklist_settings: { enable: blacklistEnabled(call.context.state) } }),

  updateInboundBlacklistSettings: (call: UcmCall<{ enable: 'yes' | 'no' }>) => {
    setBlacklistEnabled(call.context.state, call.args.enable);
    return pendingChange(call, TABLES.settings, 'inbound_blacklist');
  },
};
