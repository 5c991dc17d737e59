import type { PackContext } from '../../core/pack.ts';
import { TABLES } from './tables.ts';

/**
 * A branch (doc 225-397). Phase 1 only reads branches (users and user groups refer to one);
 * the Branch resource owns the rest of the record.
 */
export interface BranchRow {
  id: number;
  name: string;
  description: string | null;
  [field: string]: unknown;
}

export const branches = (context: Pick<PackContext, 'state'>) => context.state.table<BranchRow>(TABLES.branches);

/** A branch by id (number or digits) or name. */
export function findBranch(context: Pick<PackContext, 'state'>, ref: unknown): BranchRow | undefined {
  const table = branches(context);
  const key = refKey(ref);
  if (key.id !== undefined && table.get(key.id)) return table.get(key.id);
  if (key.name !== undefined) return table.values().find((b) => b.name === key.name);
  return undefined;
}

/** `12`, `"12"`, `"sales"`, `{id: 12}`, `{name: "sales"}` → id and/or name. */
export function refKey(ref: unknown): { id?: number; name?: string } {
  if (typeof ref === 'number') return { id: ref };
  if (typeof ref === 'string') return /^\d+$/.test(ref) ? { id: Number(ref), name: ref } : { name: ref };
  if (ref && typeof ref === 'object') {
    const { id, name } = ref as { id?: unknown; name?: unknown };
    return { ...(typeof id === 'number' ? { id } : {}), ...(typeof name === 'string' ? { name } : {}) };
  }
  return {};
}
