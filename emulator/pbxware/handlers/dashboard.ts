import type { PackContext } from '../../core/pack.ts';
import type { PbxHandlers } from '../call.ts';
import { cdrIndex, cdrWindow } from '../models/cdr.ts';
import { extensions } from '../models/extension.ts';
import { currentLicense, licenseLimit } from '../models/license.ts';
import { liveCalls } from '../models/live-call.ts';
import { resolveServer } from '../models/tenant.ts';

/** Host figures: the emulator has no real host to measure, so it reports the document's samples (doc 377-396, 611-650). */
const SERVICES = {
  PBXware: 'running',
  'PBXware service': 'running',
  'PBXware proxy': 'running',
  'Push notification': 'running',
  'Chat server': 'running',
  Memcached: 'running',
};
const HOST_USAGE = { disk_usage: '45%', cpu: '7%', memory: '34%' } as const;

/** Tables whose rows (with a `server` field) `dashboard.licensing` counts (doc 548-597). */
const LICENSED = [
  { key: 'ext', table: 'extensions' },
  { key: 'ivr', table: 'ivrs' },
  { key: 'queue', table: 'queues' },
  { key: 'conference', table: 'conferences' },
] as const;

/** "Filter extensions by tenant/server": every tenant without it; an unknown tenant is refused. */
function tenantFilter(context: PackContext, server: string | undefined): (row: { server?: unknown }) => boolean {
  if (server === undefined || server === '') return () => true;
  const id = resolveServer(context, server, 'any').id;
  return (row) => String(row.server) === id;
}

function countRows(context: PackContext, table: string, keep: (row: { server?: unknown }) => boolean): number {
  return context.state.table<{ server?: unknown }>(table).filter(keep).length;
}

/** CDRs of `[from, to]` (epoch seconds) that pass the tenant filter, and how many of them were answered. */
function callsBetween(context: PackContext, keep: (row: { server?: unknown }) => boolean, from: number, to: number) {
  const sorted = cdrIndex(context);
  const [lo, hi] = cdrWindow(sorted, from, to);
  let all = 0;
  let answered = 0;
  for (let i = lo; i < hi; i++) {
    if (!keep(sorted[i])) continue;
    all++;
    if (sorted[i].status === 8) answered++;
  }
  return { all, answered };
}

export const dashboardHandlers: PbxHandlers = {
  'pbxware.dashboard.ext_online': ({ args, context }) => {
    const keep = tenantFilter(context, args.server);
    const count = extensions(context.state).filter((e) => keep(e) && e.registered).length;
    return { type: 'Extensions Online', count };
  },

  'pbxware.dashboard.services': () => ({ ...SERVICES }),

  'pbxware.dashboard.sip_registrations': ({ args, context }) => {
    const keep = tenantFilter(context, args.server);
    const sip = extensions(context.state)
      .values()
      .filter((e) => keep(e) && String(e.protocol).toLowerCase() === 'sip');
    const success = sip.filter((e) => e.registered).length;
    const failed = sip.filter((e) => !e.registered && e.status === 'enabled').length;
    return { 'SIP Registrations': { success, failed, lagged: 0 } };
  },

  'pbxware.dashboard.calls': ({ args, context }) => {
    const keep = tenantFilter(context, args.server);
    const now = context.clock.nowSeconds();
    const midnight = Math.floor(now / 86_400) * 86_400;
    const today = callsBetween(context, keep, midnight, now);
    const answeredKey = context.quirks['dashboard-answared-calls'] === true ? 'answared calls' : 'answered calls';
    return {
      now: liveCalls(context.state).filter(keep).length,
      'last hour': callsBetween(context, keep, now - 3_600, now).all,
      today: today.all,
      [answeredKey]: today.answered,
    };
  },

  'pbxware.dashboard.glocom_editions': ({ args, context }) => {
    tenantFilter(context, args.server);
    return { office: 0, business: 0, agent: 0, supervisor: 0, ios: 0, android: 0 };
  },

  'pbxware.dashboard.glocom_users': ({ args, context }) => {
    tenantFilter(context, args.server);
    return { glocom_users: 0 };
  },

  'pbxware.dashboard.licensing': ({ args, context }) => {
    const keep = tenantFilter(context, args.server);
    const license = currentLicense(context.state);
    const max = { ext: licenseLimit(license, 'Extensions'), ...license.dashboardMax };
    return Object.fromEntries(LICENSED.map(({ key, table }) => [key, { inuse: countRows(context, table, keep), max: max[key] }]));
  },

  ...Object.fromEntries(
    Object.entries(HOST_USAGE).map(([name, inuse]) => [`pbxware.dashboard.${name}`, () => ({ inuse })]),
  ),
};
