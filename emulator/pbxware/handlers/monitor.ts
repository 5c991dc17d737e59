import type { VendorState } from '../../core/store.ts';
import type { PbxHandlers } from '../call.ts';
import { serviceStateOf } from '../models/enhanced-services.ts';
import { extensions } from '../models/extension.ts';
import { isOnCall, liveCalls } from '../models/live-call.ts';
import { resolveServer } from '../models/tenant.ts';
import { keyed } from '../views.ts';

/** The optional tenant filter of monitor.list/live_calls (doc 9137-9141, 9193-9197); unknown tenants refused. */
function serverFilter(context: Parameters<typeof resolveServer>[0], server: string | undefined): string | undefined {
  if (server === undefined || server === '') return undefined;
  return resolveServer(context, server, 'any').id;
}

/** The address a registered device reports: private, stable per extension. */
export function deviceIp(extensionId: string): string {
  const n = Number(extensionId) || 0;
  return `192.168.${1 + Math.floor(n / 250) % 250}.${2 + (n % 250)}`;
}

/** The device name of a UAD (table `uads`, read defensively), e.g. "Yealink T41". */
function deviceName(state: VendorState, uaId: string): string {
  const uad = state.table<Record<string, unknown>>('uads').get(uaId);
  const name = uad?.name ?? uad?.ua_fullname ?? uad?.fullname;
  return typeof name === 'string' && name !== '' ? name : 'Generic SIP device';
}

/** Whether Do Not Disturb is on: the extension's DND enhanced-service state (`ext.es.dnd.set`, doc 2073-2096). */
function dndOn(state: VendorState, extensionId: string): boolean {
  return serviceStateOf(state, extensionId, 'dnd') === 'yes';
}

/** A trunk row of table `trunks`, read defensively: only name, status and address fields are used. */
type TrunkRow = Record<string, unknown> & { options?: Record<string, unknown> };

function trunkAddress(row: TrunkRow, id: string): string {
  const field = (name: string) => row[name] ?? row.options?.[name];
  const host = [field('host'), field('ip'), field('server_address')].find((v) => typeof v === 'string' && v !== '') as string | undefined;
  const port = [field('port')].find((v) => v !== undefined && v !== '') ?? '5060';
  return `${host ?? `192.168.60.${Number(id) % 250 || 4}`}:${port}`;
}

function trunkOnline(row: TrunkRow): boolean {
  const status = String(row.status ?? row.options?.status ?? 'enabled').toLowerCase();
  return !['disabled', '0', '2', 'offline', 'no'].includes(status);
}

export const monitorHandlers: PbxHandlers = {
  'pbxware.monitor.list': ({ args, context }) => {
    const server = serverFilter(context, args.server);
    const rows = extensions(context.state).filter((e) => server === undefined || e.server === server);
    return keyed(rows, (e, id) => ({
      name: e.name,
      ext: e.ext,
      ip: e.registered ? deviceIp(id) : '',
      status: e.registered ? 'online' : 'offline',
      ua: e.registered ? deviceName(context.state, e.ua_id) : '',
      dnd: dndOn(context.state, id) ? 'true' : 'false',
      on_call: isOnCall(context.state, e.server, e.ext) ? 'true' : 'false',
    }));
  },

  'pbxware.monitor.live_calls': ({ args, context }) => {
    const server = serverFilter(context, args.server);
    const rows = liveCalls(context.state).filter((c) => server === undefined || c.server === server);
    return keyed(rows, (c) => ({ from: c.from, to: c.to, timestamp: c.timestamp }));
  },

  'pbxware.monitor.trunks': ({ context }) =>
    keyed(context.state.table<TrunkRow>('trunks').entries(), (row, id) => ({
      name: typeof row.name === 'string' ? row.name : `Trunk ${id}`,
      ip: trunkAddress(row, id),
      status: trunkOnline(row) ? 'online' : 'offline',
    })),
};
