import { CALL_SECONDS } from '../../contracts/portsip/call.ts';
import { runtime, type PackContext } from '../core/pack.ts';

/** Live emulated calls: how many calls each extension is on. Cleared by a reset. */
export function liveCalls(context: PackContext): Map<string, number> {
  return runtime(context, 'calls', () => new Map<string, number>());
}

/** Puts the parties on a call for CALL_SECONDS of emulator clock. */
export function startCall(context: PackContext, parties: string[]): void {
  const calls = liveCalls(context);
  for (const party of parties) calls.set(party, (calls.get(party) ?? 0) + 1);
  context.clock.after(CALL_SECONDS, () => {
    for (const party of parties) {
      const left = (calls.get(party) ?? 1) - 1;
      if (left > 0) calls.set(party, left);
      else calls.delete(party);
    }
  });
}

export function statusOf(context: PackContext, extension: string): string {
  return liveCalls(context).has(extension) ? 'ON_CALL' : 'OFFLINE';
}
