import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/** An extension group (doc 6572-6644), keyed by `group-N`. Made in the web UI: fixtures and the control API. */
export interface ExtensionGroupRow {
  group_id: string;
  group_name: string;
  /** Comma list of extensions, or null. */
  members: string | null;
  /** Repeats group_id, or null (the example's empty group-1). */
  tmp: string | null;
}

/**
 * A ring group, keyed by its number. The document has no ring-group actions (only references: dialRinggroup,
 * playPromptByOrg, addMessageBroadcast, destinations), so these come from fixtures and the control API.
 */
export interface RingGroupRow {
  extension: string;
  ringgroup_name: string;
  /** Comma list of extensions. */
  members: string;
  strategy: 'ringall' | 'linear';
  ringtime: number;
}

export const extensionGroups = (state: VendorState) => state.table<ExtensionGroupRow>(TABLES.extensionGroups);
export const ringGroups = (state: VendorState) => state.table<RingGroupRow>(TABLES.ringGroups);

/**
 * True when `number` is taken by an extension, queue, IVR, ring group or paging group: the dial plan
 * has one namespace, so adding a queue or IVR on such a number is a duplicate (-44).
 */
export function numberInUse(state: VendorState, number: string): boolean {
  if ([TABLES.extensions, TABLES.queues, TABLES.ringGroups, TABLES.pagingGroups].some((t) => state.table(t).has(number))) return true;
  // Rows of other sections are read defensively: an IVR keeps its number in fields, a paging group may be keyed otherwise.
  const holds = (row: { fields?: Record<string, unknown>; extension?: unknown; paginggroup?: unknown } | null) =>
    !!row && typeof row === 'object' && (row.fields?.extension === number || row.extension === number || row.paginggroup === number);
  return [TABLES.ivrs, TABLES.pagingGroups].some((t) => state.table<Parameters<typeof holds>[0]>(t).find(holds) !== undefined);
}
