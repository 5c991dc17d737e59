import type { VendorState } from '../../core/store.ts';
import { fail, type UcmCall } from '../call.ts';
import { extensions } from './extension.ts';
import { inboundRoutes, outboundRoutes } from './route.ts';
import { TABLES } from './tables.ts';
import { trunks } from './trunk.ts';

/**
 * Who uses what, across the configuration sections: outbound routes use trunks (default and failover),
 * PIN groups, extensions and extension groups; inbound routes use a trunk; SIP trunks may name an outbound
 * route (ldap_default_outrt). A delete of something in use is refused with -24 (quirk in-use-refused).
 */

export function trunkUsers(state: VendorState, index: number): string[] {
  const out: string[] = [];
  for (const r of outboundRoutes(state).values()) {
    if (r.default_trunk_index === index || r.failover.some((f) => f.failover_trunk_index === index)) out.push(`outbound route ${r.outbound_rt_index}`);
  }
  for (const r of inboundRoutes(state).values()) if (r.trunk_index === index) out.push(`inbound route ${r.inbound_rt_index}`);
  return out;
}

export function outboundRouteUsers(state: VendorState, index: number): string[] {
  return trunks(state, 'sip')
    .values()
    .filter((t) => t.ldap_default_outrt === index)
    .map((t) => `SIP trunk ${t.trunk_index} (ldap_default_outrt)`);
}

export function pinSetUsers(state: VendorState, id: string): string[] {
  return outboundRoutes(state)
    .values()
    .filter((r) => r.pin_sets_id === id)
    .map((r) => `outbound route ${r.outbound_rt_index}`);
}

/** Refuses a delete with -24 while `users` is not empty (unless quirk in-use-refused is off). */
export function refuseIfUsed(call: UcmCall, what: string, users: string[]): void {
  if (users.length > 0 && call.context.quirks['in-use-refused']) fail('failedToOperate', `${what} is used by ${users.join(', ')}`);
}

/** An extension number or an extension group id ("group-1", doc 2684) that exists. */
export function memberExists(state: VendorState, member: string): boolean {
  if (extensions(state).has(member)) return true;
  const groups = state.table<{ group_id?: string }>(TABLES.extensionGroups);
  return groups.has(member) || groups.find((g) => g.group_id === member) !== undefined;
}
