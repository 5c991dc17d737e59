import type { Clock } from './clock.ts';

export interface SessionOptions {
  /** Seconds a session lives after it was created (absolute), or after its last use when `sliding`. */
  ttlSeconds: number;
  sliding?: boolean;
}

export interface Session<T> {
  token: string;
  data: T;
  createdAt: number;
  lastUsedAt: number;
  expiresAt: number;
}

/**
 * Tokens, cookies and other short-lived credentials, expiring on the emulator clock. Shared by all
 * listeners of a vendor (HTTP and HTTPS see the same sessions); kept in memory, so a restart logs
 * everyone out as a rebooted PBX would.
 */
export class SessionStore<T = Record<string, unknown>> {
  private readonly sessions = new Map<string, Session<T>>();

  constructor(
    private readonly clock: Clock,
    private readonly options: SessionOptions,
  ) {}

  create(token: string, data: T, ttlSeconds = this.options.ttlSeconds): Session<T> {
    const now = this.clock.now();
    const session = { token, data, createdAt: now, lastUsedAt: now, expiresAt: now + ttlSeconds * 1000 };
    this.sessions.set(token, session);
    return session;
  }

  /** The live session for `token` (touching it when expiry is sliding), or why there is none. */
  use(token: string | undefined): { session: Session<T> } | { missing: 'absent' | 'unknown' | 'expired' } {
    if (!token) return { missing: 'absent' };
    const session = this.sessions.get(token);
    if (!session) return { missing: 'unknown' };
    const now = this.clock.now();
    if (now >= session.expiresAt) {
      this.sessions.delete(token);
      return { missing: 'expired' };
    }
    if (this.options.sliding) {
      const ttl = session.expiresAt - session.lastUsedAt;
      session.lastUsedAt = now;
      session.expiresAt = now + ttl;
    }
    return { session };
  }

  revoke(token: string): boolean {
    return this.sessions.delete(token);
  }

  revokeWhere(predicate: (session: Session<T>) => boolean): number {
    let removed = 0;
    for (const [token, session] of this.sessions) {
      if (predicate(session)) {
        this.sessions.delete(token);
        removed++;
      }
    }
    return removed;
  }

  clear(): void {
    this.sessions.clear();
  }

  get size(): number {
    return this.sessions.size;
  }
}
