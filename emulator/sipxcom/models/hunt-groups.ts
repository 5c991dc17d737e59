import type { PackContext } from '../../core/pack.ts';
import { TABLES } from './tables.ts';
import { users } from './users.ts';

type Ctx = Pick<PackContext, 'state'>;

/** A member of a hunt group's ring list: a user, how long it rings (seconds), and how. */
export interface RingRow {
  userId: number;
  expiration: number;
  type: 'if no response' | 'at the same time';
}

/** A hunt group (call group), doc 5095-5143, found by its `extension`. */
export interface HuntGroupRow {
  id: number;
  name: string;
  extension: string;
  description: string;
  enabled: boolean;
  did: string | null;
  ring: RingRow[];
  fallbackDestination: string | null;
  voicemailFallback: boolean;
  userForward: boolean;
  useFwdTimers: boolean;
}

export const huntGroups = (context: Ctx) => context.state.table<HuntGroupRow>(TABLES.huntGroups);

/** Hunt groups in extension order (numeric extensions by number). */
export function orderedHuntGroups(context: Ctx): HuntGroupRow[] {
  return huntGroups(context)
    .values()
    .sort((a, b) => a.extension.localeCompare(b.extension, 'en', { numeric: true }));
}

export function findHuntGroup(context: Ctx, extension: string): HuntGroupRow | undefined {
  return huntGroups(context).values().find((g) => g.extension === extension);
}

/** The ring members whose user still exists (a deleted user leaves every ring list). */
export function liveRing(context: Ctx, row: HuntGroupRow): RingRow[] {
  return row.ring.filter((r) => users(context).has(r.userId));
}

export function huntGroupView(context: Ctx, row: HuntGroupRow) {
  return {
    name: row.name,
    extension: row.extension,
    description: row.description,
    enabled: row.enabled,
    did: row.did,
    ringBeans: liveRing(context, row).map((r) => ({ userName: users(context).get(r.userId)!.username, expiration: r.expiration, type: r.type })),
    fallbackDestination: row.fallbackDestination,
    voicemailFallback: row.voicemailFallback,
    userForward: row.userForward,
    useFwdTimers: row.useFwdTimers,
  };
}
