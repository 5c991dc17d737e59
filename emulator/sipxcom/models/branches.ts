import type { PackContext } from '../../core/pack.ts';
import { TABLES } from './tables.ts';

/** The address of a branch (doc 265-291, 377-385); its XML `<id>` is the branch's own id. */
export interface BranchAddress {
  id?: number;
  street?: string | null;
  city?: string | null;
  country?: string | null;
  state?: string | null;
  zip?: string | null;
  officeDesignation?: string | null;
}

/**
 * A branch (doc 223-397). Users (`UserRow.branchId`) and user groups (`UserGroupRow.branchId`) refer
 * to one by id; deleting a branch clears those references (handlers/branches.ts).
 */
export interface BranchRow {
  id: number;
  name: string;
  description: string | null;
  address?: BranchAddress | null;
  phoneNumber?: string | null;
  faxNumber?: string | null;
}

export const ADDRESS_FIELDS = ['street', 'city', 'country', 'state', 'zip', 'officeDesignation'] as const;

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

/** The representation GET answers (contracts/sipxcom/branches.ts `branchView`). */
export function branchView(row: BranchRow) {
  const address = row.address ?? {};
  return {
    id: row.id,
    name: row.name,
    description: row.description ?? null,
    address: {
      id: address.id ?? row.id,
      ...Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, address[f] ?? null])),
    } as { id: number } & Record<(typeof ADDRESS_FIELDS)[number], string | null>,
    phoneNumber: row.phoneNumber ?? null,
    faxNumber: row.faxNumber ?? null,
  };
}
