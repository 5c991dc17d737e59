import type { PackContext } from '../../core/pack.ts';
import { normaliseSerial, REGISTRAR } from './phones.ts';
import { TABLES } from './tables.ts';
import { findUser, users } from './users.ts';

/**
 * A registration the registrar holds (doc 3112-3325): a user's AOR bound to a contact, from a phone
 * (MAC) or a client without one, on one server. Registrations are state: fixtures seed them for the
 * fixture phones, DELETE removes them; no operation creates one (phones register over SIP).
 */
export interface RegistrationRow {
  id: number;
  userId: number;
  /** The phone's MAC, or '' for a client that sends no instrument. */
  instrument: string;
  ip: string;
  port: number;
  callId: string;
  serverId: number;
  /** When the device first registered (epoch ms, emulator clock). */
  registeredAt: number;
  /** The period the device asked for (seconds); it re-registers each period. */
  expiresSeconds: number;
}

/** The servers of the emulated system: one, holding the registrar (doc 3312: "internal ID or FQDN"). */
export const SERVERS = [{ id: 1, fqdn: REGISTRAR }] as const;

export const registrations = (context: Pick<PackContext, 'state'>) => context.state.table<RegistrationRow>(TABLES.registrations);

export function findServer(key: string) {
  const text = key.trim().toLowerCase();
  return SERVERS.find((s) => String(s.id) === text || s.fqdn === text);
}

/** Registrations of users that still exist (a deleted user's bindings are gone with the user), in id order. */
export function liveRegistrations(context: Pick<PackContext, 'state'>): RegistrationRow[] {
  const people = users(context);
  return registrations(context)
    .values()
    .filter((r) => people.has(r.userId))
    .sort((a, b) => a.id - b.id);
}

/**
 * The filters of the five `/registrations/<segment>/{key}` URIs: a predicate, or `undefined` when
 * the key names nothing that can be filtered on (answered 404).
 */
export function registrationFilter(
  context: Pick<PackContext, 'state'>,
  segment: string,
  key: string,
): ((row: RegistrationRow) => boolean) | undefined {
  switch (segment) {
    case 'user': {
      const user = findUser(context, key);
      return user ? (r) => r.userId === user.id : undefined;
    }
    case 'serialNo': {
      const serial = normaliseSerial(key);
      return serial ? (r) => r.instrument === serial : undefined;
    }
    case 'ip': {
      const ip = key.trim().toLowerCase();
      return (r) => r.ip === ip;
    }
    case 'callId':
      return (r) => r.callId === key;
    case 'server': {
      const server = findServer(key);
      return server ? (r) => r.serverId === server.id : undefined;
    }
    default:
      return undefined;
  }
}

/** The end of the current registration period: phones refresh every `expiresSeconds`. */
export function expiresAt(row: RegistrationRow, now: number): number {
  const period = row.expiresSeconds * 1000;
  const elapsed = Math.max(0, now - row.registeredAt);
  return Math.floor((row.registeredAt + (Math.floor(elapsed / period) + 1) * period) / 1000);
}

export function registrationView(context: Pick<PackContext, 'state' | 'clock'>, row: RegistrationRow) {
  const user = users(context).get(row.userId);
  const name = user?.username ?? String(row.userId);
  const server = SERVERS.find((s) => s.id === row.serverId) ?? SERVERS[0];
  return {
    uri: `sip:${name}@${REGISTRAR}`,
    identity: name,
    contact: `<sip:${name}@${row.ip}:${row.port};transport=udp>`,
    ip: row.ip,
    instrument: row.instrument,
    regCallId: row.callId,
    primary: server.fqdn,
    expires: expiresAt(row, context.clock.now()),
  };
}
