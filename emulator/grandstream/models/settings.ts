import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/**
 * The UCM's "Login Restrictions" and session settings. The document gives none of the numbers except
 * "Cookie times out in 10 minutes" (doc 232); the others are emulator defaults (ucm.md A3, A5), changed
 * through the control API: `seed({tables: {api_settings: {login: {...}}}})`.
 */
export interface LoginSettings {
  /** Failed challenge/login attempts per source address and user before a ban. */
  max_attempts: number;
  ban_seconds: number;
  /** Source addresses never banned (doc 55-57). */
  whitelist: string[];
  /** Idle lifetime of a cookie (absolute with quirk absolute-cookie-expiry). */
  session_ttl_seconds: number;
  challenge_ttl_seconds: number;
  /** Seconds an inbound call waits for acceptCall/refuseCall before it is accepted (doc 53). */
  call_control_timeout_seconds: number;
}

export const DEFAULT_LOGIN_SETTINGS: LoginSettings = {
  max_attempts: 5,
  ban_seconds: 600,
  whitelist: [],
  session_ttl_seconds: 600,
  challenge_ttl_seconds: 60,
  call_control_timeout_seconds: 10,
};

export function loginSettings(state: VendorState): LoginSettings {
  const row = state.table<Partial<LoginSettings>>(TABLES.settings).get('login') ?? {};
  return { ...DEFAULT_LOGIN_SETTINGS, ...row };
}
