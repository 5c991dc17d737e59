import { RECORDING_METHODS, type RecordingMethod } from '../../../contracts/pbxware/recording.ts';
import { fail, type PbxHandler, type PbxHandlers } from '../call.ts';
import { findByNumber } from '../models/extension.ts';
import { resolveServer } from '../models/tenant.ts';

/** Recording state of a live call; a call without one is not being recorded. */
type RecordingState = 'recording' | 'paused' | 'stopped';

/** A live call as `monitor.live_calls` keeps it (read defensively: another section owns the table). */
interface LiveCall {
  server?: string;
  from?: string;
  to?: string;
  /** Bare extension numbers of the parties, when the monitor section stores them. */
  fromExt?: string;
  toExt?: string;
  recording?: RecordingState;
}

/** What each method does to a call in a given recording state; `undefined` means the call is not affected. */
const TRANSITIONS: Record<RecordingMethod, (current: RecordingState) => RecordingState | undefined> = {
  start: (s) => (s === 'recording' || s === 'paused' ? undefined : 'recording'),
  stop: (s) => (s === 'recording' || s === 'paused' ? 'stopped' : undefined),
  pause: (s) => (s === 'recording' ? 'paused' : undefined),
  unpause: (s) => (s === 'paused' ? 'recording' : undefined),
};

/**
 * The extension number of a call party: the bare number when the row carries one, else parsed from the
 * display form "User1 (203)" of `monitor.live_calls` (doc 9210-9216).
 */
function partyNumber(bare: unknown, shown: unknown): string {
  if (typeof bare === 'string' && bare !== '') return bare;
  const text = String(shown ?? '').trim();
  return /\((\d+)\)$/.exec(text)?.[1] ?? text;
}

function recordingHandler(method: RecordingMethod): PbxHandler {
  return ({ args, context }) => {
    // "If running in Tenant Mode, make sure this is always greater than 1." (doc 9398-9402)
    const tenant = resolveServer(context, args.server, 'tenant');
    if (!findByNumber(context.state, tenant.id, args.ext)) fail('notFound', `Extension ${args.ext} not found.`);
    const calls = context.state.table<LiveCall>('live_calls');
    let affected = 0;
    for (const [id, call] of calls.entries()) {
      if (!call || typeof call !== 'object' || String(call.server) !== tenant.id) continue;
      if (partyNumber(call.fromExt, call.from) !== args.ext && partyNumber(call.toExt, call.to) !== args.ext) continue;
      const next = TRANSITIONS[method](call.recording ?? 'stopped');
      if (next === undefined) continue;
      calls.set(id, { ...call, recording: next });
      affected += 1;
    }
    return affected > 0
      ? { success: 'Call status updated successfully.', affected_calls: affected }
      : { success: 'No calls were updated.', affected_calls: 0 };
  };
}

export const recordingHandlers: PbxHandlers = Object.fromEntries(
  (Object.keys(RECORDING_METHODS) as RecordingMethod[]).map((m) => [`pbxware.recording.${m}`, recordingHandler(m)]),
);
