/** `2019-04-19 16:49:05` — how the UCM writes times (listUser login_time, CDR start/answer/end), in UTC. */
export function ucmDateTime(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ');
}

/** `07:33:15` — a span as hours:minutes:seconds (hours may pass 24), as getSystemStatus up-time. */
export function hms(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
