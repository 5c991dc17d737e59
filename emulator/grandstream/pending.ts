import type { PackContext } from '../core/pack.ts';
import { ok, type UcmCall } from './call.ts';
import { TABLES } from './models/tables.ts';

/**
 * Changes that need applyChanges (doc 7611-7645; ucm.md A13). A write is stored at once — reads see it —
 * and recorded here; applyChanges clears the record. Live behaviour that should only follow applied
 * configuration (the call simulator) asks `isPending`.
 */
export interface PendingChange {
  operation: string;
  table: string;
  id: string;
  /** Epoch ms on the emulator clock. */
  time: number;
}

const SEQUENCE = 'pending_change';

export const pendingChanges = (context: Pick<PackContext, 'state'>) => context.state.table<PendingChange>(TABLES.pendingChanges);

/** Records a change of `table`/`id` and answers `{"need_apply": "yes"}`. Use for every write the document answers so. */
export function pendingChange(call: UcmCall, table: string, id: string | number) {
  recordPending(call.context, call.contract.id, table, id);
  return ok({ need_apply: 'yes' as const });
}

/** Records a change without answering (for writes whose reply is something else, e.g. updateSIPAccount). */
export function recordPending(context: PackContext, operation: string, table: string, id: string | number): void {
  const seq = context.state.nextId(SEQUENCE);
  pendingChanges(context).set(seq, { operation, table, id: String(id), time: context.clock.now() });
}

/** True while a change of `table`/`id` waits for applyChanges. */
export function isPending(context: Pick<PackContext, 'state'>, table: string, id: string | number): boolean {
  return pendingChanges(context).find((c) => c.table === table && c.id === String(id)) !== undefined;
}

/** Applies everything pending; answers how many changes were applied. */
export function applyPending(context: PackContext): number {
  const table = pendingChanges(context);
  const count = table.size;
  table.clear();
  return count;
}
