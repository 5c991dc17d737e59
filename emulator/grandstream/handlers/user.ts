import { USER_LIST_FIELDS } from '../../../contracts/grandstream/user.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { listPage, type ListArgs } from '../listing.ts';
import { TABLES } from '../models/tables.ts';
import { users, type UserRow } from '../models/user.ts';
import { pendingChange } from '../pending.ts';
import { authRuntime } from '../sessions.ts';
import { ucmDateTime } from '../time.ts';

/** User Information (doc 6317-6568). */

function userView(call: UcmCall, row: UserRow) {
  const { password: _password, ...rest } = row;
  const last = authRuntime(call.context).lastLogin.get(row.user_name);
  return {
    ...rest,
    cookie: last?.cookie ?? null,
    login_time: last ? ucmDateTime(last.loginTime) : null,
    ip: last?.ip ?? null,
  };
}

type UpdateUserArgs = Omit<UserRow, 'password' | 'user_id' | 'privilege' | 'enable_multiple_extension' | 'multiple_extension' | 'language' | 'email_to_user'> & {
  user_id: number;
  privilege: number;
};

export const userHandlers: UcmHandlers = {
  listUser: (call: UcmCall<ListArgs>) => {
    const rows = users(call.context.state).values().map((row) => userView(call, row));
    return ok(
      listPage(rows, call.args, {
        key: 'user_id',
        fields: USER_LIST_FIELDS,
        alwaysFields: ['user_id', 'user_name'],
        defaultSort: 'user_id',
        quirks: call.context.quirks,
      }),
    );
  },

  getUser: (call: UcmCall<{ user_name: string }>) => {
    const row = users(call.context.state).get(call.args.user_name);
    if (!row) fail('noSuchItem');
    const { user_name: _name, ip: _ip, ...view } = userView(call, row);
    return ok({ user_name: view });
  },

  updateUser: (call: UcmCall<UpdateUserArgs>) => {
    const table = users(call.context.state);
    const row = table.get(call.args.user_name);
    if (!row) fail('noSuchItem');
    if (call.args.user_id !== row.user_id) fail('invalidValue', `user_id ${call.args.user_id} is not the id of ${row.user_name}`);
    const { user_id: _id, user_name: _name, cookie: _cookie, ...changes } = call.args as UpdateUserArgs & { cookie?: string };
    table.update(row.user_name, changes);
    return pendingChange(call, TABLES.users, row.user_name);
  },
};
