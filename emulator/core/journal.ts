export interface JournalEntry {
  seq: number;
  time: string;
  vendor: string;
  method: string;
  /** Path and query with credentials redacted. */
  url: string;
  operation?: string;
  status: number;
  /** The vendor-level error id when the reply was an error, whatever its HTTP status. */
  error?: string;
  durationMs: number;
}

/** A bounded record of requests, newest last; the oldest entries drop off once `capacity` is reached. */
export class Journal {
  private entries: JournalEntry[] = [];
  private seq = 0;

  constructor(private readonly capacity = 10_000) {}

  record(entry: Omit<JournalEntry, 'seq'>): JournalEntry {
    const full = { seq: ++this.seq, ...entry };
    this.entries.push(full);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return full;
  }

  list(filter: { vendor?: string; operation?: string; since?: number; limit?: number } = {}): JournalEntry[] {
    let out = this.entries;
    if (filter.vendor) out = out.filter((e) => e.vendor === filter.vendor);
    if (filter.operation) out = out.filter((e) => e.operation === filter.operation);
    if (filter.since !== undefined) out = out.filter((e) => e.seq > filter.since!);
    if (filter.limit !== undefined) out = out.slice(-filter.limit);
    return out;
  }

  clear(vendor?: string): void {
    this.entries = vendor ? this.entries.filter((e) => e.vendor !== vendor) : [];
  }
}

const SECRET_PARAMS = /([?&](?:apikey|api_key|password|secret|token|access_token|pin|cookie)=)[^&]*/gi;

export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1***');
}
