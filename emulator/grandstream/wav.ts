/**
 * Recording bytes: a small valid WAV (RIFF, PCM 16-bit mono, 8 kHz), a deterministic tone whose pitch
 * depends on the file name, so each recording's bytes differ but never change. Plus a minimal tar
 * writer for recapi downloads of several files.
 */

const RATE = 8000;

export function wavFile(name: string, seconds = 0.25): Buffer {
  const samples = Math.max(1, Math.round(RATE * Math.min(Math.max(seconds, 0.05), 1)));
  let hash = 0;
  for (const c of name) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  const pitch = 300 + (hash % 600);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * pitch * i) / RATE) * 8000), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A ustar archive of `files` (name → bytes), mtime `mtimeSeconds`. */
export function tarArchive(files: Array<{ name: string; body: Buffer }>, mtimeSeconds: number): Buffer {
  const blocks: Buffer[] = [];
  for (const file of files) {
    const header = Buffer.alloc(512);
    header.write(file.name.slice(0, 99), 0, 'utf8');
    header.write('0000644\0', 100, 'ascii');
    header.write('0000000\0', 108, 'ascii');
    header.write('0000000\0', 116, 'ascii');
    header.write(`${file.body.length.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
    header.write(`${Math.max(0, Math.floor(mtimeSeconds)).toString(8).padStart(11, '0')}\0`, 136, 'ascii');
    header.write('        ', 148, 'ascii');
    header.write('0', 156, 'ascii');
    header.write('ustar\0', 257, 'ascii');
    header.write('00', 263, 'ascii');
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
    blocks.push(header, file.body, Buffer.alloc((512 - (file.body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
