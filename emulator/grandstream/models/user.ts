import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/** A UCM user (Table K, doc 6338-6566): admin (user_id 0) and one per extension (user_name = extension). */
export interface UserRow {
  user_id: number;
  user_name: string;
  privilege: number;
  department: string | null;
  first_name: string | null;
  last_name: string | null;
  enable_multiple_extension: string;
  multiple_extension: string | null;
  email: string | null;
  language: string | null;
  fax: string | null;
  family_number: string | null;
  phone_number: string | null;
  email_to_user: string;
  /** The user portal password (`user_password` on addSIPAccountAndUser); never answered. */
  password: string | null;
}

export const users = (state: VendorState) => state.table<UserRow>(TABLES.users);

export const USER_ID_SEQUENCE = 'user_id';

/** A new extension user with the example's defaults (privilege 3, doc 6363). */
export function newUser(state: VendorState, userName: string, fields: Partial<UserRow> = {}): UserRow {
  return {
    user_id: state.nextId(USER_ID_SEQUENCE),
    user_name: userName,
    privilege: 3,
    department: null,
    first_name: null,
    last_name: null,
    enable_multiple_extension: 'no',
    multiple_extension: null,
    email: null,
    language: null,
    fax: null,
    family_number: null,
    phone_number: null,
    email_to_user: 'no',
    password: null,
    ...fields,
  };
}

/** "Caller ID Name, which consists of first_name, space, and last name" (doc 609); null when neither is set. */
export function fullName(user: UserRow | undefined): string | null {
  if (!user) return null;
  const parts = [user.first_name, user.last_name].filter((v): v is string => !!v);
  return parts.length ? parts.join(' ') : null;
}
