import type { PackContext } from '../../core/pack.ts';
import { orderedPhoneGroups, phoneGroups } from './phone-groups.ts';
import { phones, type PhoneRow } from './phones.ts';
import { TABLES } from './tables.ts';
import { userGroups } from './user-groups.ts';
import { users } from './users.ts';

/** An emergency resource location (doc 587-637), named by its ELIN. */
export interface ErlRow {
  id: number;
  elin: string;
  location: string | null;
  addressInfo: string | null;
  description: string | null;
}

/** What an ERL is assigned to: a user, a user group, a phone or a phone group (by their ids). */
export type ErlTargetKind = 'user' | 'userGroup' | 'phone' | 'phoneGroup';

/** One assignment, keyed `<kind>:<id>` (one ERL per target). */
export interface ErlAssignmentRow {
  kind: ErlTargetKind;
  targetId: number;
  erlId: number;
}

type Ctx = Pick<PackContext, 'state'>;

export const erls = (context: Ctx) => context.state.table<ErlRow>(TABLES.erls);
export const erlAssignments = (context: Ctx) => context.state.table<ErlAssignmentRow>(TABLES.erlAssignments);

export function findErl(context: Ctx, elin: string): ErlRow | undefined {
  const wanted = elin.trim();
  return erls(context).values().find((e) => e.elin === wanted);
}

/** ERLs ordered by ELIN. */
export const orderedErls = (context: Ctx) => erls(context).values().sort((a, b) => a.elin.localeCompare(b.elin));

const key = (kind: ErlTargetKind, targetId: number) => `${kind}:${targetId}`;

/** Does the assigned row still exist? (Users, groups and phones are deleted by their own resources.) */
function targetExists(context: Ctx, kind: ErlTargetKind, id: number): boolean {
  const table = { user: users, userGroup: userGroups, phone: phones, phoneGroup: phoneGroups }[kind](context);
  return table.has(id);
}

/** The ERL assigned to a target, if any (an assignment whose ERL or target is gone counts as none). */
export function assignedErl(context: Ctx, kind: ErlTargetKind, targetId: number): ErlRow | undefined {
  const row = erlAssignments(context).get(key(kind, targetId));
  if (!row || !targetExists(context, kind, targetId)) return undefined;
  return erls(context).get(row.erlId);
}

export function assignErl(context: Ctx, kind: ErlTargetKind, targetId: number, erlId: number): void {
  erlAssignments(context).set(key(kind, targetId), { kind, targetId, erlId });
}

export function clearErl(context: Ctx, kind: ErlTargetKind, targetId: number): void {
  erlAssignments(context).delete(key(kind, targetId));
}

/** Deletes an ERL and every assignment to it (doc 635, 682: users, groups and phones are left with none). */
export function deleteErl(context: Ctx, erl: ErlRow): void {
  for (const [id, row] of erlAssignments(context).entries()) if (row.erlId === erl.id) erlAssignments(context).delete(id);
  erls(context).delete(erl.id);
}

export const erlView = (row: ErlRow) => ({ location: row.location, elin: row.elin, addressInfo: row.addressInfo, description: row.description });

/** A phone's locations: its own ERL, then its phone groups' in group order (GET /erl/phone). */
export function phoneLocations(context: Ctx, phone: PhoneRow) {
  const own = assignedErl(context, 'phone', phone.id);
  const fromGroups = orderedPhoneGroups(context)
    .filter((g) => phone.groupIds.includes(g.id))
    .map((g) => assignedErl(context, 'phoneGroup', g.id));
  const seen = new Set<number>();
  return [own, ...fromGroups].flatMap((erl) => {
    if (!erl || seen.has(erl.id)) return [];
    seen.add(erl.id);
    return [{ ...erlView(erl), serial: phone.serialNo }];
  });
}
