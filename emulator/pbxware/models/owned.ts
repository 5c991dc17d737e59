import type { PackContext } from '../../core/pack.ts';
import type { Table, VendorState } from '../../core/store.ts';
import { fail } from '../call.ts';
import { findByNumber } from './extension.ts';
import { resolveServer, type ServerRule } from './tenant.ts';

/**
 * Helpers shared by the objects a tenant owns and lists by `server` (IVRs, ring groups, ERGs, paging
 * groups): a record is only visible through the tenant that owns it.
 */

/** The record `id` of `table` owned by `server`, or a "not found" error naming `label`. */
export function ownedRecord<T extends { server: string }>(table: Table<T>, id: string, server: string, label: string): T {
  const record = table.get(id);
  if (!record || record.server !== server) fail('notFound', `${label} ID ${id} not found.`);
  return record;
}

/**
 * Rows of a table for a list action. `server` filters when given (checked against `rule`); a list
 * without `server` covers every tenant ("by default, will include all", doc 4908) unless `rule`
 * demands a tenant, which `resolveServer` enforces.
 */
export function listOwned<T extends { server: string }>(
  context: PackContext,
  table: Table<T>,
  server: string | undefined,
  rule: ServerRule | 'optional',
): Array<[string, T]> {
  if (rule === 'optional' && (server === undefined || server === '')) return table.entries();
  const tenant = resolveServer(context, server, rule === 'optional' ? 'any' : rule);
  return table.filter((row) => row.server === tenant.id);
}

/** Refuses extension numbers that are not extensions of the tenant (group members, destinations). */
export function requireExtensionNumbers(state: VendorState, server: string, numbers: readonly string[], role: string): void {
  const missing = numbers.filter((n) => !findByNumber(state, server, n));
  if (missing.length > 0) {
    fail('referenceMissing', `${role}: extension ${missing.join(', ')} does not exist in tenant ${server}.`);
  }
}

/** Trims the items of a comma list and drops empty ones (`"100, 101,"` → `["100", "101"]`). */
export function numbersOf(list: string | undefined): string[] {
  if (list === undefined) return [];
  return list
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** Refuses a list naming the same number twice. */
export function assertDistinct(numbers: readonly string[], role: string): void {
  const seen = new Set<string>();
  for (const n of numbers) {
    if (seen.has(n)) fail('invalidArgument', `${role}: ${n} is listed twice.`);
    seen.add(n);
  }
}
