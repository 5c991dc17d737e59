import { commaList } from '../../../contracts/grandstream/args.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { ucmEvents } from '../events.ts';
import { departments } from '../models/department.ts';
import { extensions } from '../models/extension.ts';
import { extensionGroups, ringGroups } from '../models/groups.ts';
import { users } from '../models/user.ts';
import { messageBroadcasts } from '../models/wave.ts';
import { parseBody } from '../parse.ts';

/** addMessageBroadcast (doc 7550-7609). */

interface BroadcastArgs {
  subject: string;
  source?: string;
  content?: unknown;
  recipient: string | Record<string, unknown>;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' || typeof value === 'number' ? commaList(String(value)) : []);

function recipientObject(call: UcmCall<BroadcastArgs>): Record<string, unknown> {
  const { recipient } = call.args;
  if (typeof recipient !== 'string') return recipient;
  if (recipient.trim() === '') fail('invalidParameters', 'Missing parameter: recipient');
  let parsed: unknown;
  try {
    parsed = parseBody(recipient, call.context.quirks['lenient-json']);
  } catch {
    fail('invalidValue', 'recipient must be a JSON object');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) fail('invalidValue', 'recipient must be a JSON object');
  return parsed as Record<string, unknown>;
}

/** The extensions a recipient object reaches; anything named that does not exist is -16. */
function resolve(call: UcmCall<BroadcastArgs>, recipient: Record<string, unknown>): string[] {
  const { state } = call.context;
  const exts = extensions(state);
  const out = new Set<string>();
  const addExtension = (e: string) => {
    if (!exts.has(e)) fail('noSuchItem', `No such extension: ${e}`);
    out.add(e);
  };
  for (const e of list(recipient.extension)) addExtension(e);
  const depts = departments(state).values();
  const members = (name: string) => users(state).values().filter((u) => u.department === name && exts.has(u.user_name)).map((u) => u.user_name);
  for (const id of list(recipient.department)) {
    const dept = depts.find((d) => String(d.department_id) === id);
    if (!dept) fail('noSuchItem', `No such department: ${id}`);
    for (const e of members(dept.name)) out.add(e);
  }
  for (const id of list(recipient.extension_group)) {
    const group = extensionGroups(state).get(id) ?? extensionGroups(state).find((g) => g.group_name === id)?.[1];
    if (!group) fail('noSuchItem', `No such extension group: ${id}`);
    for (const e of commaList(group.members)) out.add(e);
  }
  for (const id of list(recipient.ringgroup)) {
    const group = ringGroups(state).get(id);
    if (!group) fail('noSuchItem', `No such ring group: ${id}`);
    for (const e of commaList(group.members)) out.add(e);
  }
  const pairs = recipient.department_extension;
  if (pairs !== undefined && pairs !== '') {
    if (!Array.isArray(pairs)) fail('invalidValue', 'department_extension must be an array');
    for (const pair of pairs as Array<Record<string, unknown>>) {
      if (!pair || typeof pair !== 'object') fail('invalidValue', 'department_extension items are {department_id, extension}');
      if (!depts.some((d) => String(d.department_id) === String(pair.department_id))) fail('noSuchItem', `No such department: ${String(pair.department_id)}`);
      addExtension(String(pair.extension));
    }
  }
  return [...out].sort();
}

export const broadcastHandlers: UcmHandlers = {
  addMessageBroadcast: (call: UcmCall<BroadcastArgs>) => {
    const { state, clock } = call.context;
    const reached = resolve(call, recipientObject(call));
    if (reached.length === 0) fail('invalidParameters', 'recipient names no extension');
    const id = state.nextId('message_broadcast');
    const row = { id, subject: call.args.subject, source: call.args.source ?? null, content: call.args.content ?? null, extensions: reached, time: clock.now() };
    messageBroadcasts(state).set(id, row);
    ucmEvents(call.context).publish({ eventname: 'MessageBroadcast', subject: String(id), eventbody: [{ subject: row.subject, source: row.source, extensions: reached.join(',') }] });
    return ok({});
  },
};
