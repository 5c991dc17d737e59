/**
 * Documented operations not built yet (phase 1 of the Grandstream pack). The coverage test
 * (emulator/grandstream/coverage.test.ts) accepts an operation of the index only when it has a contract
 * that is served or declined, or when it is listed here. Whoever builds an operation removes its entry;
 * when this list is empty, delete the file and its use in the coverage test.
 *
 * Groups, for handing the work out (see emulator/grandstream/README.md):
 *  1 — configuration: trunks (SIP, analog, SLA, digital), outbound and inbound routes, PIN groups, inbound blacklist;
 *  2 — calls: voice-call control and live channels, paging/intercom, playPromptByOrg, CDR, recordings, WebSocket events;
 *  3 — queues and queueapi, IVR, PMS (pmsapi), Wave, extension groups, addMessageBroadcast.
 */
export interface PendingOperation {
  group: 1 | 2 | 3;
  /** The document's section heading (as in grandstream-ucm.ops.json). */
  section: string;
  lines: string;
}

export const PENDING_OPERATIONS: Record<string, PendingOperation> = {
};
