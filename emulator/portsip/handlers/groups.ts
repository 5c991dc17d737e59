import { fail } from '../call.ts';
import { extensions } from '../models/extensions.ts';
import { DEFAULT_GROUP_ID, groups, newGroupId, orderedGroups, type GroupRecord } from '../models/groups.ts';
import { pageOf, type PagingArgs } from '../paging.ts';
import type { PackContext } from '../../core/pack.ts';
import type { PortsipHandler } from './types.ts';

interface GroupArgs {
  group_id?: string;
  group_name: string;
  group_description?: string;
  enable_intercom: boolean;
  enable_external_call: boolean;
  enable_management_console_access: boolean;
  members?: string[];
}

function requireGroup(context: PackContext, id: string): GroupRecord {
  const group = groups(context.state).get(id);
  if (!group) fail('notFound', `Extension group ${id} does not exist.`);
  return group;
}

/** Members must be extensions; each is kept once. */
function checkedMembers(context: PackContext, members: string[]): string[] {
  const table = extensions(context.state);
  const missing = members.filter((m) => !table.has(m));
  if (missing.length > 0) fail('referenceMissing', `No such extension: ${missing.slice(0, 5).join(', ')}.`);
  return [...new Set(members)];
}

function checkNameFree(context: PackContext, name: string, self?: string): void {
  const taken = groups(context.state).find((g) => g.group_name === name && g.group_id !== self);
  if (taken) fail('duplicate', `An extension group named "${name}" already exists.`);
}

const list: PortsipHandler<PagingArgs> = ({ args, context }) => {
  const { envelope, items } = pageOf(context, orderedGroups(context.state), args);
  return { ...envelope, groups: items.map((g) => ({ group_id: g.group_id, group_name: g.group_name, members_count: g.members.length })) };
};

const show: PortsipHandler<{ group_id: string }> = ({ args, context }) => {
  const g = requireGroup(context, args.group_id);
  return {
    group_id: g.group_id,
    group_name: g.group_name,
    group_description: g.group_description,
    enable_intercom: g.enable_intercom,
    enable_external_call: g.enable_external_call,
    enable_management_console_access: g.enable_management_console_access,
    members: [...g.members],
  };
};

const create: PortsipHandler<GroupArgs> = ({ args, context }) => {
  checkNameFree(context, args.group_name);
  const members = checkedMembers(context, args.members ?? []);
  const id = newGroupId(context.state);
  groups(context.state).set(id, {
    group_id: id,
    group_name: args.group_name,
    group_description: args.group_description ?? '',
    enable_intercom: args.enable_intercom,
    enable_external_call: args.enable_external_call,
    enable_management_console_access: args.enable_management_console_access,
    members,
  });
  return { group_id: id, group_name: args.group_name };
};

const update: PortsipHandler<GroupArgs & { group_id: string }> = ({ args, context }) => {
  const current = requireGroup(context, args.group_id);
  checkNameFree(context, args.group_name, current.group_id);
  const members = args.members === undefined ? current.members : checkedMembers(context, args.members);
  groups(context.state).set(current.group_id, {
    ...current,
    group_name: args.group_name,
    group_description: args.group_description ?? current.group_description,
    enable_intercom: args.enable_intercom,
    enable_external_call: args.enable_external_call,
    enable_management_console_access: args.enable_management_console_access,
    members,
  });
  return undefined;
};

const remove: PortsipHandler<{ group_id: string }> = ({ args, context }) => {
  const table = groups(context.state);
  let id = args.group_id;
  if (!table.has(id) && context.quirks['group-remove-by-name']) {
    id = table.find((g) => g.group_name === args.group_id)?.[0] ?? id;
  }
  if (id === DEFAULT_GROUP_ID) fail('defaultGroup');
  requireGroup(context, id);
  table.delete(id);
  return undefined;
};

export const groupHandlers: Record<string, PortsipHandler> = {
  'GET /api/extensions/group/list': list,
  'GET /api/extensions/group/show': show,
  'POST /api/extensions/group/create': create,
  'POST /api/extensions/group/update': update,
  'POST /api/extensions/group/remove': remove,
};
