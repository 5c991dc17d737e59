import { randomInt } from 'node:crypto';
import { SessionStore } from '../core/sessions.ts';
import { runtime, type PackContext } from '../core/pack.ts';
import { loginSettings } from './models/settings.ts';

/** What a cookie stands for. */
export interface SessionData {
  user: string;
  ip: string;
  version: string | null;
  /** Epoch ms on the emulator clock. */
  loginTime: number;
  url: string | null;
}

interface PendingChallenge {
  challenge: string;
  ip: string;
  version: string | null;
  expiresAt: number;
}

interface Failures {
  count: number;
  bannedUntil: number;
}

/**
 * The UCM's login machinery, in memory (a reset logs everyone out, as a reboot would): cookies expiring
 * on the emulator clock (idle by default, quirk absolute-cookie-expiry), one pending challenge per user,
 * failed-attempt counters and bans per source address and user (doc 194, 236), and each user's last
 * session for listUser.
 */
export class UcmAuthRuntime {
  readonly sessions: SessionStore<SessionData>;
  private readonly challenges = new Map<string, PendingChallenge>();
  private readonly failures = new Map<string, Failures>();
  readonly lastLogin = new Map<string, { cookie: string; loginTime: number; ip: string }>();
  /** Emulator clock when the vendor started (getSystemStatus up-time). */
  readonly startedAt: number;
  /** Emulator clock of the latest API request, and of the one before it (getSystemStatus idle-time). */
  lastRequestAt: number;
  previousRequestAt: number;

  constructor(private readonly context: PackContext) {
    this.sessions = new SessionStore<SessionData>(context.clock, {
      ttlSeconds: loginSettings(context.state).session_ttl_seconds,
      sliding: !context.quirks['absolute-cookie-expiry'],
    });
    this.startedAt = context.clock.now();
    this.lastRequestAt = this.startedAt;
    this.previousRequestAt = this.startedAt;
  }

  /** Notes an API request (any action) for idle-time. */
  touch(): void {
    this.previousRequestAt = this.lastRequestAt;
    this.lastRequestAt = this.context.clock.now();
  }

  private key(ip: string, user: string) {
    return `${ip}\u0000${user}`;
  }

  private whitelisted(ip: string): boolean {
    return loginSettings(this.context.state).whitelist.includes(ip);
  }

  /** Seconds left of a ban on (ip, user), or 0. */
  banRemaining(ip: string, user: string): number {
    if (this.whitelisted(ip)) return 0;
    const entry = this.failures.get(this.key(ip, user));
    if (!entry || entry.bannedUntil === 0) return 0;
    const left = entry.bannedUntil - this.context.clock.now();
    if (left <= 0) {
      this.failures.delete(this.key(ip, user));
      return 0;
    }
    return Math.ceil(left / 1000);
  }

  /** Counts a failed attempt; answers the attempts left (0 when this one started a ban). */
  recordFailure(ip: string, user: string): number {
    const settings = loginSettings(this.context.state);
    if (this.whitelisted(ip)) return settings.max_attempts;
    const key = this.key(ip, user);
    const entry = this.failures.get(key) ?? { count: 0, bannedUntil: 0 };
    entry.count++;
    if (entry.count >= settings.max_attempts) entry.bannedUntil = this.context.clock.now() + settings.ban_seconds * 1000;
    this.failures.set(key, entry);
    return Math.max(0, settings.max_attempts - entry.count);
  }

  clearFailures(ip: string, user: string): void {
    this.failures.delete(this.key(ip, user));
  }

  /** A new 16-digit challenge for `user`, replacing any earlier one (ucm.md A5). */
  issueChallenge(user: string, ip: string, version: string | null): string {
    const challenge = String(randomInt(1, 2 ** 47)).padStart(16, '0');
    const ttl = loginSettings(this.context.state).challenge_ttl_seconds;
    this.challenges.set(user, { challenge, ip, version, expiresAt: this.context.clock.now() + ttl * 1000 });
    return challenge;
  }

  /** The live challenge of `user` from `ip`, consumed: a challenge serves one login. */
  takeChallenge(user: string, ip: string): PendingChallenge | undefined {
    const found = this.challenges.get(user);
    if (!found || found.ip !== ip) return undefined;
    this.challenges.delete(user);
    return found.expiresAt > this.context.clock.now() ? found : undefined;
  }

  /** Creates the session: cookie `sid<challenge as a number>-<unix seconds>` (doc 217; quirk cookie-embeds-challenge). */
  login(user: string, ip: string, challenge: PendingChallenge, url: string | null): string {
    const now = this.context.clock.now();
    let cookie = `sid${BigInt(challenge.challenge)}-${Math.floor(now / 1000)}`;
    while ('session' in this.sessions.use(cookie)) cookie = `sid${randomInt(1, 2 ** 47)}-${Math.floor(now / 1000)}`;
    const ttl = loginSettings(this.context.state).session_ttl_seconds;
    this.sessions.create(cookie, { user, ip, version: challenge.version, loginTime: now, url }, ttl);
    this.lastLogin.set(user, { cookie, loginTime: now, ip });
    return cookie;
  }
}

export function authRuntime(context: PackContext): UcmAuthRuntime {
  return runtime(context, 'grandstream.auth', () => new UcmAuthRuntime(context));
}
