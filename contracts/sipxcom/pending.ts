/**
 * Documented operations not built yet (phase 1 of the sipXcom pack). The coverage test
 * (emulator/sipxcom/coverage.test.ts) accepts an operation of the index (shared/vendors/sipxcom.ops.json)
 * only when it has a contract that is served or declined, or when it is listed here — never both.
 * Whoever builds an operation removes its entry; when the list is empty, delete the file and its use
 * in the coverage test.
 *
 * Groups, for handing the work out (see emulator/sipxcom/README.md), 69 / 75 / 72 operations:
 *  1 — settings trees and services (/api): DNS, Gateways, IVR, Licensing, MWI, Music On Hold, My Buddy,
 *      Proxy, Registrar, REST Server, SAA, and the settings of Phones (phone and line settings) and of
 *      Phone Groups (model settings);
 *  2 — admin /rest resources: Auto Attendant, Branch, E911 (ERL), Permissions, Users (avatar,
 *      user-permission), User Groups (user-group-permission), Page Groups, Park Orbits, Schedules;
 *  3 — user services: Registrations, Calls, Call Forwarding, Active Calls, Voicemail, My Phonebook,
 *      Preferences, Hunt Groups, Conferences, Conference Commands, System, Phone Book.
 */
export interface PendingOperation {
  group: 1 | 2 | 3;
  /** The resource name of the index (sipxcom.ops.json `resource`). */
  resource: string;
}

export const PENDING_OPERATIONS: Record<string, PendingOperation> = {
};
