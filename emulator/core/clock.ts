/**
 * The one clock every expiry reads (tokens, cookies, lockouts, call timers, CDR timestamps).
 * It follows real time from a chosen start, and the control API can set it or move it forward;
 * scheduled callbacks fire when their time is reached either way.
 */
export interface ClockOptions {
  /** Epoch milliseconds the clock reads at creation; defaults to the real time. */
  start?: number;
  /** When true the clock only moves when told to (deterministic tests). */
  frozen?: boolean;
}

interface Scheduled {
  at: number;
  seq: number;
  run: () => void;
}

export class Clock {
  private base: number;
  private realAtBase: number;
  readonly frozen: boolean;
  private timers: Scheduled[] = [];
  private seq = 0;
  private wakeTimer: NodeJS.Timeout | undefined;

  constructor(options: ClockOptions = {}) {
    this.base = options.start ?? Date.now();
    this.realAtBase = Date.now();
    this.frozen = options.frozen ?? false;
  }

  now(): number {
    return this.frozen ? this.base : this.base + (Date.now() - this.realAtBase);
  }

  nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  date(): Date {
    return new Date(this.now());
  }

  advance(seconds: number): number {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('seconds must be a finite number ≥ 0');
    return this.set(this.now() + seconds * 1000);
  }

  set(epochMs: number): number {
    if (!Number.isFinite(epochMs)) throw new RangeError('time must be a finite epoch in milliseconds');
    this.base = epochMs;
    this.realAtBase = Date.now();
    this.runDue();
    return this.now();
  }

  /** Runs `run` once the clock reads `delaySeconds` later than now. Returns a cancel function. */
  after(delaySeconds: number, run: () => void): () => void {
    const entry: Scheduled = { at: this.now() + delaySeconds * 1000, seq: this.seq++, run };
    this.timers.push(entry);
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    this.armRealTimer();
    return () => {
      this.timers = this.timers.filter((t) => t !== entry);
      this.armRealTimer();
    };
  }

  pending(): number {
    return this.timers.length;
  }

  dispose(): void {
    this.timers = [];
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
  }

  private runDue(): void {
    const now = this.now();
    while (this.timers.length > 0 && this.timers[0].at <= now) {
      const next = this.timers.shift()!;
      next.run();
    }
    this.armRealTimer();
  }

  private armRealTimer(): void {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
    if (this.frozen || this.timers.length === 0) return;
    const delay = Math.max(0, Math.min(this.timers[0].at - this.now(), 2 ** 31 - 1));
    this.wakeTimer = setTimeout(() => this.runDue(), delay);
    this.wakeTimer.unref();
  }
}
