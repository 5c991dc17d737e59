import type { PackContext } from '../../core/pack.ts';
import { TABLES } from './tables.ts';

/** A phone group (doc 2762-2980); `weight` orders groups (up/down); phones hold `groupIds`. */
export interface PhoneGroupRow {
  id: number;
  name: string;
  description: string | null;
  weight: number;
}

export const phoneGroups = (context: Pick<PackContext, 'state'>) => context.state.table<PhoneGroupRow>(TABLES.phoneGroups);

/** Groups in their order (by weight, then id). */
export function orderedPhoneGroups(context: Pick<PackContext, 'state'>): PhoneGroupRow[] {
  return phoneGroups(context).values().sort((a, b) => a.weight - b.weight || a.id - b.id);
}

export function findPhoneGroupByName(context: Pick<PackContext, 'state'>, name: string): PhoneGroupRow | undefined {
  return phoneGroups(context).values().find((g) => g.name === name);
}

export const phoneGroupView = (row: PhoneGroupRow) => ({ id: row.id, name: row.name, description: row.description, weight: row.weight });
