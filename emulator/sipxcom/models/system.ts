import { createHash } from 'node:crypto';
import type { PackContext } from '../../core/pack.ts';
import { TABLES } from './tables.ts';

/** A user's fax extension and DID (doc 5566-5596), keyed by user id; set by the administrator (fixtures). */
export interface FaxPreferencesRow {
  userId: number;
  extension: string | null;
  did: string | null;
}

/**
 * A user's portal password (doc 5546-5564), kept apart from the PIN: a SHA-256 of
 * `sipx-portal:<user id>:<password>` and when it was last changed (emulator clock). Keyed by user id.
 */
export interface PortalPasswordRow {
  userId: number;
  sha256: string;
  changedAt: number;
}

export const faxPreferences = (context: Pick<PackContext, 'state'>) => context.state.table<FaxPreferencesRow>(TABLES.faxPreferences);
export const portalPasswords = (context: Pick<PackContext, 'state'>) => context.state.table<PortalPasswordRow>(TABLES.portalPasswords);

export const portalPasswordDigest = (userId: number, password: string) => createHash('sha256').update(`sipx-portal:${userId}:${password}`).digest('hex');
