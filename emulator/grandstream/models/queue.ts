import { QUEUE_FIELDS } from '../../../contracts/grandstream/queue-fields.ts';
import { commaList } from '../../../contracts/grandstream/args.ts';
import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/** A call queue: Table H as getQueue answers it, plus the add-only fields it does not answer. */
export interface QueueRow {
  fields: Record<string, unknown>;
  extra: Record<string, unknown>;
}

/** One change of an agent's state, for queueapi loginhistory/pausedhistory. */
export interface AgentEvent {
  event: 'login' | 'logoff' | 'pause' | 'unpause';
  /** Epoch ms on the emulator clock. */
  time: number;
  /** Order of the events (several share a time on a frozen clock). */
  seq: number;
}

/** A static agent of a queue and its live state, keyed `<queue>:<agent>`. */
export interface QueueAgentRow {
  queue: string;
  agent: string;
  logged_in: boolean;
  paused: boolean;
  history: AgentEvent[];
}

export const queues = (state: VendorState) => state.table<QueueRow>(TABLES.queues);
export const queueAgents = (state: VendorState) => state.table<QueueAgentRow>(TABLES.queueAgents);

export const AGENT_EVENT_SEQUENCE = 'queue_agent_event';

export const agentKey = (queue: string, agent: string) => `${queue}:${agent}`;

/** Longest agent history kept (older entries are dropped). */
export const HISTORY_LIMIT = 1000;

/** A queue with Table H's defaults, `changes` applied. */
export function newQueue(extension: string, changes: Record<string, unknown> = {}): QueueRow {
  const fields: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(QUEUE_FIELDS)) fields[name] = spec.default;
  Object.assign(fields, changes, { extension, tmp2: extension });
  return { fields, extra: {} };
}

/** The static agents of a queue, in their order. */
export function membersOf(row: QueueRow): string[] {
  return commaList(row.fields.members as string | null);
}

/** Makes the agent rows of a queue follow its member list: new agents logged in and unpaused, removed ones dropped. */
export function syncAgents(state: VendorState, queue: string, members: readonly string[], time: number): void {
  const table = queueAgents(state);
  for (const [key, row] of table.entries()) if (row.queue === queue && !members.includes(row.agent)) table.delete(key);
  for (const agent of members) {
    const key = agentKey(queue, agent);
    if (!table.has(key)) table.set(key, { queue, agent, logged_in: true, paused: false, history: [{ event: 'login', time, seq: state.nextId(AGENT_EVENT_SEQUENCE) }] });
  }
}

/** The agents of a queue able to take a call (logged in, not paused): for dialQueue and the call simulator. */
export function availableAgents(state: VendorState, queue: string): string[] {
  const row = queues(state).get(queue);
  if (!row) return [];
  const table = queueAgents(state);
  return membersOf(row).filter((agent) => {
    const a = table.get(agentKey(queue, agent));
    return a === undefined || (a.logged_in && !a.paused);
  });
}
