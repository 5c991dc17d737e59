import { toneWav } from '../core/media.ts';

/**
 * Recording bytes: a small valid WAV (PCM 16-bit mono, 8 kHz), a deterministic tone whose pitch
 * depends on the file name, so each recording's bytes differ but never change.
 */
export function wavFile(name: string, seconds = 0.25): Buffer {
  let hash = 0;
  for (const c of name) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return toneWav(300 + (hash % 600), Math.min(Math.max(seconds, 0.05), 1) * 1000);
}
