import { SECTIONS } from '../../../contracts/portsip/shapes.ts';
import type { PackContext } from '../../core/pack.ts';
import { fail } from '../call.ts';
import { statusOf } from '../calls.ts';
import {
  defaultSections,
  extensions,
  mergeSections,
  orderedExtensions,
  requireExtension,
  type ExtensionRecord,
  type SectionPatch,
} from '../models/extensions.ts';
import { greetingFolders } from '../models/greetings.ts';
import { groupsOf, joinDefaultGroup, leaveAllGroups } from '../models/groups.ts';
import { pageOf, type PagingArgs } from '../paging.ts';
import type { PortsipHandler } from './types.ts';

type ExtensionArgs = SectionPatch & { extension_number: string; password?: string; web_access_password?: string };

const notFound = (message: string): never => fail('notFound', message);

/** A row of the list and of search (212-222). */
function listItem(context: PackContext, e: ExtensionRecord) {
  return {
    extension_number: e.extension_number,
    first_name: e.profile.first_name,
    last_name: e.profile.last_name,
    email: e.profile.email,
    status: statusOf(context, e.extension_number),
    user_agent: '',
    phone_mac_address: '',
    phone_model: '',
  };
}

const list: PortsipHandler<PagingArgs> = ({ args, context }) => {
  const { envelope, items } = pageOf(context, orderedExtensions(context.state), args);
  return { ...envelope, extensions: items.map((e) => listItem(context, e)) };
};

const search: PortsipHandler<PagingArgs & { condition: string }> = ({ args, context }) => {
  const needle = args.condition.trim().toLowerCase();
  const matches = orderedExtensions(context.state).filter((e) =>
    [e.extension_number, e.profile.first_name, e.profile.last_name, e.profile.email].some((v) => v.toLowerCase().includes(needle)),
  );
  const { envelope, items } = pageOf(context, matches, args, { sortBy: false });
  const rows = items.map((e) => listItem(context, e));
  return { ...envelope, extensions: context.quirks['search-answers-object'] ? (rows[0] ?? {}) : rows };
};

const create: PortsipHandler<ExtensionArgs> = ({ args, context }) => {
  const table = extensions(context.state);
  if (table.has(args.extension_number)) fail('duplicate', `Extension ${args.extension_number} already exists.`);
  const sections = mergeSections(defaultSections(context.quirks), args, context.quirks);
  table.set(args.extension_number, {
    extension_number: args.extension_number,
    password: args.password!,
    web_access_password: args.web_access_password!,
    ...sections,
  });
  joinDefaultGroup(context.state, args.extension_number);
  return undefined;
};

const show: PortsipHandler<{ extension_number: string }> = ({ args, context }) => {
  const e = requireExtension(context, args.extension_number, notFound);
  return {
    extension_number: e.extension_number,
    password: e.password,
    web_access_password: e.web_access_password,
    profile: e.profile,
    options: e.options,
    voice_mail: e.voice_mail,
    forward_rules: e.forward_rules,
    office_hours: e.office_hours,
    belong_groups: groupsOf(context.state, e.extension_number),
  };
};

const status: PortsipHandler<{ extensions: string[] }> = ({ args, context }) => {
  const table = extensions(context.state);
  const wanted = [...new Set(args.extensions)].filter((n) => table.has(n));
  return { extension_status: wanted.map((n) => ({ extension_number: n, status: statusOf(context, n), user_agent: '' })) };
};

const update: PortsipHandler<ExtensionArgs> = ({ args, context }) => {
  if (context.quirks['update-requires-all-sections']) {
    const missing = SECTIONS.filter((s) => args[s] === undefined);
    if (missing.length > 0) fail('invalidParameter', `Missing required parameter: ${missing.join(', ')}.`);
  }
  const current = requireExtension(context, args.extension_number, notFound);
  const { extension_number, password, web_access_password } = current;
  extensions(context.state).set(extension_number, {
    extension_number,
    password,
    web_access_password,
    ...mergeSections(current, args, context.quirks),
  });
  return undefined;
};

const remove: PortsipHandler<{ extension_number: string }> = ({ args, context }) => {
  requireExtension(context, args.extension_number, notFound);
  extensions(context.state).delete(args.extension_number);
  leaveAllGroups(context.state, args.extension_number);
  greetingFolders(context.state).delete(args.extension_number);
  return undefined;
};

export const extensionHandlers: Record<string, PortsipHandler> = {
  'GET /api/extensions/list': list,
  'GET /api/extensions/search': search,
  'POST /api/extensions/create': create,
  'GET /api/extensions/show': show,
  'POST /api/extensions/status': status,
  'POST /api/extensions/update': update,
  'POST /api/extensions/remove': remove,
};
