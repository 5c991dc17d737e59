import type { MOH_SOURCES } from '../../../contracts/sipxcom/conferences.ts';
import type { PackContext } from '../../core/pack.ts';
import { SEQUENCES, TABLES } from './tables.ts';

/** A conference (doc 5147-5319), owned by a user; made by the administrator (fixtures). */
export interface ConferenceRow {
  id: number;
  name: string;
  ownerId: number;
  enabled: boolean;
  description: string | null;
  extension: string;
  accessCode: string | null;
  autoRecord: boolean;
  quickStart: boolean;
  video: boolean;
  sendActiveVideoOnly: boolean;
  /** 0 = no limit. */
  maxMembers: number;
  moh: (typeof MOH_SOURCES)[number];
  moderatedRoom: boolean;
  publicRoom: boolean;
}

/**
 * A running conference: FreeSWITCH's state of it (lock, pin, recording, the next member id). It
 * exists while the conference has members; the last member leaving ends it. Keyed by conference id.
 * Kept in tables (not pack `runtime`) because it is plain data that commands change and reads show,
 * with no timers: the control API's state view and snapshots carry it, and a reset clears it.
 */
export interface ConferenceSessionRow {
  conferenceId: number;
  locked: boolean;
  pin: string | null;
  recording: string | null;
  nextMemberId: number;
  startedAt: number;
}

/** A participant of a running conference. */
export interface ConferenceMemberRow {
  /** Row id (unique across conferences). */
  id: number;
  conferenceId: number;
  /** FreeSWITCH member id within the conference (1, 2, …). */
  memberId: number;
  name: string;
  number: string;
  /** IM id of a participant who is a user of the system, '' otherwise. */
  imID: string;
  uuid: string;
  /** Register string of the leg (`sofia/default/1000@softswitch`). */
  register: string;
  volumeIn: number;
  volumeOut: number;
  energyLevel: number;
  canHear: boolean;
  canSpeak: boolean;
  joinedAt: number;
}

export const conferences = (context: Pick<PackContext, 'state'>) => context.state.table<ConferenceRow>(TABLES.conferences);
export const conferenceSessions = (context: Pick<PackContext, 'state'>) => context.state.table<ConferenceSessionRow>(TABLES.conferenceSessions);
export const conferenceMembers = (context: Pick<PackContext, 'state'>) => context.state.table<ConferenceMemberRow>(TABLES.conferenceMembers);

export function findConference(context: Pick<PackContext, 'state'>, name: string): ConferenceRow | undefined {
  return conferences(context).values().find((c) => c.name === name);
}

/** Members of a conference in member-id order. */
export function membersOf(context: Pick<PackContext, 'state'>, conferenceId: number): ConferenceMemberRow[] {
  return conferenceMembers(context)
    .values()
    .filter((m) => m.conferenceId === conferenceId)
    .sort((a, b) => a.memberId - b.memberId);
}

export const DEFAULT_ENERGY = 300;

/** A deterministic call-leg UUID (v4 layout) from a conference id, member id and join time. */
export function legUuid(conferenceId: number, memberId: number, at: number, salt = 0): string {
  const hex = (n: number, width: number) => (Math.abs(Math.floor(n)) % 16 ** width).toString(16).padStart(width, '0');
  const seed = at ^ (conferenceId * 2654435761) ^ (memberId * 40503) ^ salt;
  return `${hex(seed, 8)}-${hex(conferenceId, 4)}-4${hex(memberId, 3)}-a${hex(at / 1000, 3)}-${hex(at, 8)}${hex(seed >>> 3, 4)}`;
}

/** Adds a member, starting the conference's session when it has none. */
export function join(
  context: Pick<PackContext, 'state' | 'clock'>,
  conference: ConferenceRow,
  who: { name: string; number: string; imID: string; register: string },
): ConferenceMemberRow {
  const now = context.clock.now();
  const sessions = conferenceSessions(context);
  const session = sessions.get(conference.id) ?? { conferenceId: conference.id, locked: false, pin: null, recording: null, nextMemberId: 1, startedAt: now };
  sessions.set(conference.id, { ...session, nextMemberId: session.nextMemberId + 1 });
  const id = context.state.nextId(SEQUENCES.conferenceMembers);
  return conferenceMembers(context).set(id, {
    id,
    conferenceId: conference.id,
    memberId: session.nextMemberId,
    ...who,
    uuid: legUuid(conference.id, session.nextMemberId, now, id),
    volumeIn: 0,
    volumeOut: 0,
    energyLevel: DEFAULT_ENERGY,
    canHear: true,
    canSpeak: true,
    joinedAt: now,
  });
}

/** Removes members; a conference left with none ends (its lock, pin and recording go with it). */
export function leave(context: Pick<PackContext, 'state'>, conferenceId: number, memberRowIds: number[]): void {
  for (const id of memberRowIds) conferenceMembers(context).delete(id);
  if (membersOf(context, conferenceId).length === 0) conferenceSessions(context).delete(conferenceId);
}

export const conferenceSummaryView = (row: ConferenceRow) => ({
  enabled: row.enabled,
  name: row.name,
  description: row.description,
  extension: row.extension,
  accessCode: row.accessCode,
});

export const conferenceSettingsView = (row: ConferenceRow) => ({
  enabled: row.enabled,
  named: row.name,
  autoRecord: row.autoRecord,
  quickStart: row.quickStart,
  video: row.video,
  sendActiveVideoOnly: row.sendActiveVideoOnly,
  maxMembers: row.maxMembers,
  moh: row.moh,
  moderatedRoom: row.moderatedRoom,
  publicRoom: row.publicRoom,
});

export const memberView = (m: ConferenceMemberRow) => ({
  id: m.memberId,
  name: m.name,
  imID: m.imID,
  uuid: m.uuid,
  volumeIn: m.volumeIn,
  energyLevel: m.energyLevel,
  canHear: m.canHear,
  canSpeak: m.canSpeak,
});
