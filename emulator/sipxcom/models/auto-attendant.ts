import type { PackContext } from '../../core/pack.ts';
import { TABLES } from './tables.ts';

/**
 * An auto attendant (doc 87-221), keyed by its system id (`operator`, `afterhour`, doc 129, 134).
 * The REST API cannot create or delete one; `liveCode` is the extension that switches its live
 * attendant on and off (PUT/DELETE /auto-attendant/livemode/{code}, doc 215).
 */
export interface AutoAttendantRow {
  systemId: string;
  name: string;
  /** Marked as the special attendant (at most one is). */
  specialSelected: boolean;
  liveCode: string | null;
  liveEnabled: boolean;
}

/** The global special mode (GET/PUT/DELETE /auto-attendant/specialmode). */
export interface AutoAttendantModeRow {
  specialMode: boolean;
}

type Ctx = Pick<PackContext, 'state'>;

export const autoAttendants = (context: Ctx) => context.state.table<AutoAttendantRow>(TABLES.autoAttendants);
const modes = (context: Ctx) => context.state.table<AutoAttendantModeRow>(TABLES.autoAttendantMode);

export const specialMode = (context: Ctx): boolean => modes(context).get('special')?.specialMode ?? false;
export const setSpecialMode = (context: Ctx, on: boolean) => modes(context).set('special', { specialMode: on });

/** An attendant by system id, or by name. */
export function findAutoAttendant(context: Ctx, key: string): AutoAttendantRow | undefined {
  const table = autoAttendants(context);
  return table.get(key) ?? table.values().find((a) => a.name === key);
}

export const autoAttendantView = (row: AutoAttendantRow) => ({ name: row.name, systemId: row.systemId, specialSelected: row.specialSelected });
