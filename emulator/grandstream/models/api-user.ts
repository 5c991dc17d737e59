import type { UcmSection } from '../../../contracts/grandstream/operation.ts';
import type { PackContext } from '../../core/pack.ts';
import { TABLES } from './tables.ts';

/**
 * An API user ("The admin can create multiple users with different credentials", doc 44): set up in the
 * web UI, so in the emulator by credentials (the main user) and the `api_users` table (fixtures, control API).
 */
export interface ApiUser {
  user: string;
  password: string;
  /** "no" refuses the login with -70 "Login Forbidden". */
  enable: 'yes' | 'no';
  /** "Call Control" (doc 53): acceptCall/refuseCall, and the 10 s wait of inbound calls. */
  call_control: 'yes' | 'no';
  /** Sections the user may use; `*` for all. Anything else answers -47 "No permission". */
  sections: '*' | UcmSection[];
}

/** The user named `name`: the credentials' main user first, then the table. */
export function findApiUser(context: PackContext, name: string): ApiUser | undefined {
  if (name === context.credentials.user) {
    return { user: name, password: context.credentials.password, enable: 'yes', call_control: 'yes', sections: '*' };
  }
  return context.state.table<ApiUser>(TABLES.apiUsers).get(name);
}

export function mayUse(user: ApiUser, section: UcmSection): boolean {
  return user.sections === '*' || user.sections.includes(section);
}
