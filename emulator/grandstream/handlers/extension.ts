import { ACCOUNT_LIST_FIELDS, ACCOUNT_OPTION_ALIASES } from '../../../contracts/grandstream/extension.ts';
import { EXTENSION_FIELDS } from '../../../contracts/grandstream/extension-fields.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { extensionStatusEvent, ucmEvents } from '../events.ts';
import { listPage, type ListArgs } from '../listing.ts';
import { departments } from '../models/department.ts';
import { accountType, extensions, mergePresence, newExtension, type ExtensionRow, type PresenceRow } from '../models/extension.ts';
import { TABLES } from '../models/tables.ts';
import { fullName, newUser, users } from '../models/user.ts';
import { waveChats } from '../models/wave.ts';
import { pendingChange, recordPending } from '../pending.ts';

/** Extension section (doc 400-1131). */

type ExtensionArgs = Record<string, unknown> & {
  extension: string;
  sip_presence_settings?: Array<Partial<PresenceRow> & { presence_status: string }>;
  vm_attach?: string | null;
  vm_reserve?: string | null;
};

const WRITABLE = Object.entries(EXTENSION_FIELDS)
  .filter(([name, spec]) => spec.input && name !== 'extension')
  .map(([name]) => name);

/** Applies the sent Table A fields, the presence list and the voicemail pair to a row. */
function applyFields(row: ExtensionRow, args: ExtensionArgs): ExtensionRow {
  const fields = { ...row.fields };
  for (const name of WRITABLE) if (args[name] !== undefined) fields[name] = args[name];
  return {
    ...row,
    fields,
    sip_presence_settings: args.sip_presence_settings ? mergePresence(args.sip_presence_settings) : row.sip_presence_settings,
    voicemail: {
      vm_attach: args.vm_attach !== undefined ? args.vm_attach : row.voicemail.vm_attach,
      vm_reserve: args.vm_reserve !== undefined ? args.vm_reserve : row.voicemail.vm_reserve,
    },
  };
}

function sipAccount(call: UcmCall, extension: string): ExtensionRow {
  const row = extensions(call.context.state).get(extension);
  if (!row || row.tech !== 'SIP') fail('noSuchItem');
  return row;
}

/** `extension{}` as getSIPAccount answers it. */
function extensionView(call: UcmCall, row: ExtensionRow): Record<string, unknown> {
  const user = users(call.context.state).get(String(row.fields.extension));
  return { ...row.fields, account_type: accountType(row, call.context.quirks), fullname: fullName(user) };
}

function publishStatus(call: UcmCall, extension: string, status: string) {
  ucmEvents(call.context).publish(extensionStatusEvent(extension, status));
}

export const extensionHandlers: UcmHandlers = {
  addSIPAccountAndUser: (call: UcmCall<ExtensionArgs & { user_password?: string; wave_privilege_id?: string; language?: string; first_name?: string; last_name?: string; email?: string }>) => {
    const { state } = call.context;
    const { extension } = call.args;
    if (extensions(state).has(extension) || users(state).has(extension)) fail('itemAdded');
    const row = applyFields(newExtension(extension, 'SIP'), call.args);
    row.wave_privilege_id = call.args.wave_privilege_id ?? null;
    extensions(state).set(extension, row);
    users(state).set(
      extension,
      newUser(state, extension, {
        password: call.args.user_password ?? null,
        language: call.args.language ?? null,
        first_name: call.args.first_name ?? null,
        last_name: call.args.last_name ?? null,
        email: call.args.email ?? null,
      }),
    );
    publishStatus(call, extension, row.status);
    return pendingChange(call, TABLES.extensions, extension);
  },

  deleteUser: (call: UcmCall<{ user_name: string }>) => {
    const { state } = call.context;
    const name = call.args.user_name;
    const user = users(state).get(name);
    if (!extensions(state).has(name) && !user) fail('noSuchItem');
    // The admin (user_id 0) is not an extension user and cannot be deleted.
    if (user?.user_id === 0) fail('failedToOperate');
    extensions(state).delete(name);
    users(state).delete(name);
    // The record of its cleared Wave chat goes with the extension.
    waveChats(state).delete(name);
    publishStatus(call, name, '');
    return pendingChange(call, TABLES.extensions, name);
  },

  listAccount: (call: UcmCall<ListArgs>) => {
    const { state, quirks } = call.context;
    const userTable = users(state);
    const rows = extensions(state)
      .values()
      .map((row) => {
        const extension = String(row.fields.extension);
        const user = userTable.get(extension);
        return {
          extension,
          account_type: accountType(row, quirks),
          fullname: fullName(user),
          out_of_service: row.fields.out_of_service as string,
          status: row.status,
          addr: row.addr,
          urgmsg: row.urgmsg,
          newmsg: row.newmsg,
          oldmsg: row.oldmsg,
          presence_status: row.fields.presence_status as string,
          presence_def_script: row.fields.presence_def_script as string | null,
          user_name: extension,
          email_to_user: user?.email_to_user ?? 'no',
        };
      });
    return ok(
      listPage(rows, call.args, {
        key: 'account',
        fields: ACCOUNT_LIST_FIELDS,
        optionAliases: ACCOUNT_OPTION_ALIASES,
        defaultSort: 'extension',
        quirks,
      }),
    );
  },

  getSIPAccount: (call: UcmCall<Record<string, unknown> & { extension: string }>) => {
    const row = sipAccount(call, call.args.extension);
    const view = extensionView(call, row);
    const named = Object.keys(call.args).filter((k) => k !== 'extension' && k !== 'cookie' && call.args[k] !== undefined);
    const fieldsNamed = named.filter((k) => k in EXTENSION_FIELDS);
    const groupsNamed = named.filter((k) => !(k in EXTENSION_FIELDS));
    const groups = {
      cti_feature_privilege: row.cti_feature_privilege,
      extension: fieldsNamed.length ? Object.fromEntries(['extension', ...fieldsNamed].map((k) => [k, view[k]])) : view,
      sip_presence_settings: row.sip_presence_settings,
      voicemail: row.voicemail,
    };
    if (named.length === 0) return ok(groups);
    const wanted = new Set([...groupsNamed, ...(fieldsNamed.length ? ['extension'] : [])]);
    return ok(Object.fromEntries(Object.entries(groups).filter(([k]) => wanted.has(k))));
  },

  updateSIPAccount: (call: UcmCall<ExtensionArgs>) => {
    const row = sipAccount(call, call.args.extension);
    const next = applyFields(row, call.args);
    extensions(call.context.state).set(call.args.extension, next);
    recordPending(call.context, call.contract.id, TABLES.extensions, call.args.extension);
    return ok({ extension: { alertinfo: (next.fields.alertinfo as string | null) ?? null, extension: call.args.extension } });
  },

  listDepartment: (call: UcmCall) => {
    const { state } = call.context;
    const members = users(state).values();
    const list = departments(state)
      .values()
      .sort((a, b) => a.department_id - b.department_id)
      .map((d) => ({ ...d, users_cnt: members.filter((u) => u.department === d.name).length }));
    return ok({ local_department_info: list });
  },
};
