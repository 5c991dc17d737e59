import { QUEUE_FIELDS, QUEUE_LIST_FIELDS } from '../../../contracts/grandstream/queue.ts';
import { commaList } from '../../../contracts/grandstream/args.ts';
import { fail, ok, type UcmCall, type UcmHandlers } from '../call.ts';
import { ucmEvents } from '../events.ts';
import { listPage, type ListArgs } from '../listing.ts';
import { extensions } from '../models/extension.ts';
import { numberInUse } from '../models/groups.ts';
import { AGENT_EVENT_SEQUENCE, agentKey, HISTORY_LIMIT, membersOf, newQueue, queueAgents, queues, syncAgents, type AgentEvent, type QueueAgentRow, type QueueRow } from '../models/queue.ts';
import { TABLES } from '../models/tables.ts';
import { pendingChange } from '../pending.ts';
import { queueStatistics, type QueueapiArgs } from '../queue-stats.ts';

/** Call Queue section (doc 4764-5467). */

const WRITABLE = Object.entries(QUEUE_FIELDS)
  .filter(([, spec]) => spec.input)
  .map(([name]) => name);

const ADD_ONLY = ['notification_prompt', 'notification_frequency', 'enable_vq_notification'];

function queueOf(call: UcmCall, queue: string): QueueRow {
  const row = queues(call.context.state).get(queue);
  if (!row) fail('noSuchItem', `No such queue: ${queue}`);
  return row;
}

/** The sent `members`, checked: every agent an existing extension; stored as a comma list without duplicates. */
function checkedMembers(call: UcmCall, members: unknown): string | null | undefined {
  if (members === undefined) return undefined;
  const list = [...new Set(commaList(members as string | null))];
  const table = extensions(call.context.state);
  for (const agent of list) if (!table.has(agent)) fail('noSuchItem', `Queue agent ${agent} is not an extension`);
  return list.length ? list.join(',') : null;
}

function applyFields(call: UcmCall, row: QueueRow, args: Record<string, unknown>): QueueRow {
  const fields = { ...row.fields };
  for (const name of WRITABLE) if (args[name] !== undefined) fields[name] = args[name];
  const members = checkedMembers(call, args.members);
  if (members !== undefined) fields.members = members;
  const extra = { ...row.extra };
  for (const name of ADD_ONLY) if (args[name] !== undefined) extra[name] = args[name];
  return { fields, extra };
}

/** CallQueueStatus as real devices push it (field evidence): the queue and its members' states. */
function publishQueueStatus(call: UcmCall, queue: string) {
  const row = queues(call.context.state).get(queue);
  const agents = queueAgents(call.context.state);
  const member = row
    ? membersOf(row).map((agent) => {
        const a = agents.get(agentKey(queue, agent));
        return { member_extension: agent, status: !a || a.logged_in ? (a?.paused ? 'Paused' : 'Idle') : 'LoggedOut' };
      })
    : [];
  ucmEvents(call.context).publish({ eventname: 'CallQueueStatus', subject: queue, eventbody: [{ extension: queue, member, callswaiting: 0 }] });
}

function record(call: UcmCall, row: QueueAgentRow, changes: Partial<QueueAgentRow>, event: AgentEvent['event']): QueueAgentRow {
  const entry = { event, time: call.context.clock.now(), seq: call.context.state.nextId(AGENT_EVENT_SEQUENCE) };
  return { ...row, ...changes, history: [...row.history, entry].slice(-HISTORY_LIMIT) };
}

export const queueHandlers: UcmHandlers = {
  listQueue: (call: UcmCall<ListArgs>) => {
    const rows = queues(call.context.state)
      .values()
      .map((q) => Object.fromEntries(QUEUE_LIST_FIELDS.map((f) => [f, q.fields[f] ?? null])) as Record<string, unknown>);
    return ok(listPage(rows, call.args, { key: 'queue', fields: QUEUE_LIST_FIELDS, defaultSort: 'extension', quirks: call.context.quirks }));
  },

  getQueue: (call: UcmCall<{ queue: string }>) => {
    const row = queueOf(call, call.args.queue);
    return ok({ queue: Object.fromEntries(Object.keys(QUEUE_FIELDS).map((k) => [k, row.fields[k] ?? QUEUE_FIELDS[k].default])) });
  },

  addQueue: (call: UcmCall<Record<string, unknown> & { extension: string }>) => {
    const { state, clock } = call.context;
    const { extension } = call.args;
    if (numberInUse(state, extension)) fail('itemAdded', `Number ${extension} is already in use`);
    const row = applyFields(call, newQueue(extension), call.args);
    queues(state).set(extension, row);
    syncAgents(state, extension, membersOf(row), clock.now());
    publishQueueStatus(call, extension);
    return pendingChange(call, TABLES.queues, extension);
  },

  updateQueue: (call: UcmCall<Record<string, unknown> & { queue: string }>) => {
    const { state, clock } = call.context;
    const { queue } = call.args;
    const row = applyFields(call, queueOf(call, queue), call.args);
    queues(state).set(queue, row);
    syncAgents(state, queue, membersOf(row), clock.now());
    publishQueueStatus(call, queue);
    return pendingChange(call, TABLES.queues, queue);
  },

  deleteQueue: (call: UcmCall<{ queue: string }>) => {
    const { state, clock } = call.context;
    const { queue } = call.args;
    queueOf(call, queue);
    queues(state).delete(queue);
    syncAgents(state, queue, [], clock.now());
    return pendingChange(call, TABLES.queues, queue);
  },

  loginLogoffQueueAgent: (call: UcmCall<{ operatetype: 'login' | 'logoff'; interface: string; extension: string }>) => {
    const { state, clock } = call.context;
    const { extension: queue, interface: agent, operatetype } = call.args;
    const row = queueOf(call, queue);
    if (!membersOf(row).includes(agent)) fail('noSuchItem', `${agent} is not a static agent of queue ${queue}`);
    const table = queueAgents(state);
    const key = agentKey(queue, agent);
    const current = table.get(key) ?? { queue, agent, logged_in: true, paused: false, history: [] };
    const login = operatetype === 'login';
    if (current.logged_in !== login) {
      table.set(key, record(call, current, { logged_in: login, paused: login ? current.paused : false }, operatetype));
      publishQueueStatus(call, queue);
    } else if (!table.has(key)) table.set(key, current);
    return ok({});
  },

  pauseUnpauseQueueAgent: (call: UcmCall<{ operatetype: 'pause' | 'unpause'; interface: string; extension?: string }>) => {
    const { state, clock } = call.context;
    const { extension: queue, interface: agent, operatetype } = call.args;
    const concerned = queue !== undefined ? [queue] : queues(state).entries().filter(([, q]) => membersOf(q).includes(agent)).map(([id]) => id);
    if (queue !== undefined && !membersOf(queueOf(call, queue)).includes(agent)) fail('noSuchItem', `${agent} is not a static agent of queue ${queue}`);
    if (concerned.length === 0) fail('noSuchItem', `${agent} is an agent of no queue`);
    const table = queueAgents(state);
    const pause = operatetype === 'pause';
    const rows = concerned.map((q) => table.get(agentKey(q, agent)) ?? { queue: q, agent, logged_in: true, paused: false, history: [] });
    const loggedIn = rows.filter((r) => r.logged_in);
    if (loggedIn.length === 0) fail('failedToOperate', `${agent} is logged off`);
    for (const r of loggedIn) {
      if (r.paused !== pause) table.set(agentKey(r.queue, agent), record(call, r, { paused: pause }, operatetype));
      publishQueueStatus(call, r.queue);
    }
    // The document answers need_apply "yes" (doc 5369-5376); the pause itself is live.
    return ok({ need_apply: 'yes' as const });
  },

  queueapi: (call: UcmCall<QueueapiArgs>) => queueStatistics(call.context, call.args),
};
