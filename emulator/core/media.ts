import { createRequire } from 'node:module';
import { pack as tarPack } from 'tar-stream';
import type { WaveFile as WaveFileType } from 'wavefile';

// wavefile ships CommonJS whose named export Node's ESM loader cannot see.
const { WaveFile } = createRequire(import.meta.url)('wavefile') as { WaveFile: typeof WaveFileType };

/**
 * Media bytes the packs answer (recordings, prompts): written with wavefile and tar-stream, so every
 * vendor gets real, playable files from one place.
 */

/** A PCM 16-bit mono WAV holding a sine tone of `hz` for `ms` milliseconds. */
export function toneWav(hz: number, ms: number, sampleRate = 8000): Buffer {
  const count = Math.max(1, Math.round((sampleRate * ms) / 1000));
  const samples = new Int16Array(count);
  for (let i = 0; i < count; i++) samples[i] = Math.round(Math.sin((2 * Math.PI * hz * i) / sampleRate) * 8000);
  const wav = new WaveFile();
  wav.fromScratch(1, sampleRate, '16', samples);
  return Buffer.from(wav.toBuffer());
}

/** A ustar archive of `files`, each with modification time `mtimeSeconds`. */
export async function tarArchive(files: Array<{ name: string; body: Buffer }>, mtimeSeconds: number): Promise<Buffer> {
  const archive = tarPack();
  const mtime = new Date(Math.max(0, Math.floor(mtimeSeconds)) * 1000);
  for (const file of files) archive.entry({ name: file.name, size: file.body.length, mode: 0o644, mtime }, file.body);
  archive.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of archive) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
