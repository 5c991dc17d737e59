import type { PackContext } from '../../core/pack.ts';
import { branches } from './branches.ts';
import { TABLES } from './tables.ts';
import { userGroups } from './user-groups.ts';

/** A user (doc 3636-3769). Regular users authenticate with `username` and `pin`. */
export interface UserRow {
  id: number;
  username: string;
  firstName: string | null;
  lastName: string | null;
  pin: string;
  sipPassword: string;
  groupIds: number[];
  branchId: number | null;
  aliases: string[];
}

export const users = (context: Pick<PackContext, 'state'>) => context.state.table<UserRow>(TABLES.users);

/** A user by id, user name or alias (the ways the document names users: 3153 "ID, name, or alias"). */
export function findUser(context: Pick<PackContext, 'state'>, key: string | number): UserRow | undefined {
  const table = users(context);
  const text = String(key);
  if (/^\d+$/.test(text) && table.get(text)) return table.get(text);
  return table.values().find((u) => u.username === text) ?? table.values().find((u) => u.aliases.includes(text));
}

/** True when `name` is taken as a user name or alias by a user other than `exceptId`. */
export function nameTaken(context: Pick<PackContext, 'state'>, name: string, exceptId?: number): boolean {
  return users(context).values().some((u) => u.id !== exceptId && (u.username === name || u.aliases.includes(name)));
}

/** The representation GET answers (contracts/sipxcom/users.ts `userView`). */
export function userView(context: Pick<PackContext, 'state'>, row: UserRow) {
  const groups = userGroups(context);
  const branch = row.branchId === null ? undefined : branches(context).get(row.branchId);
  return {
    id: row.id,
    username: row.username,
    lastName: row.lastName,
    firstName: row.firstName,
    pin: row.pin,
    sipPassword: row.sipPassword,
    groups: row.groupIds.flatMap((id) => {
      const g = groups.get(id);
      return g ? [{ id: g.id, name: g.name }] : [];
    }),
    branch: branch ? { id: branch.id, name: branch.name } : null,
    aliases: row.aliases,
  };
}
