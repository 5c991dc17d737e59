import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/**
 * A small grey-scale PNG of a square module matrix (getSIPAccountQR, doc 1181-1230). The matrix has the
 * three QR finder squares and a data area filled deterministically from `seed`; it looks like a QR code
 * and is a valid PNG, but it does not decode (there is no QR encoder among the project's dependencies).
 */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function modules(seed: string, size: number): boolean[][] {
  const bits: number[] = [];
  let block = createHash('sha256').update(seed).digest();
  while (bits.length < size * size) {
    for (const byte of block) for (let i = 0; i < 8; i++) bits.push((byte >> i) & 1);
    block = createHash('sha256').update(block).digest();
  }
  const finder = (r: number, c: number) => {
    for (const [r0, c0] of [[0, 0], [0, size - 7], [size - 7, 0]]) {
      const dr = r - r0;
      const dc = c - c0;
      if (dr >= -1 && dr <= 7 && dc >= -1 && dc <= 7) {
        if (dr < 0 || dr > 6 || dc < 0 || dc > 6) return false;
        const ring = Math.max(Math.abs(dr - 3), Math.abs(dc - 3));
        return ring !== 2;
      }
    }
    return undefined;
  };
  return Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => finder(r, c) ?? bits[r * size + c] === 1));
}

/** A PNG (as bytes) of a QR-like matrix for `seed`: 33 modules, 4 px each, a 4-module quiet zone. */
export function qrLikePng(seed: string, size = 33, scale = 4): Buffer {
  const grid = modules(seed, size);
  const quiet = 4;
  const side = (size + 2 * quiet) * scale;
  const rows: Buffer[] = [];
  for (let y = 0; y < side; y++) {
    const row = Buffer.alloc(side + 1, 0xff);
    row[0] = 0; // filter: none
    const r = Math.floor(y / scale) - quiet;
    for (let x = 0; x < side; x++) {
      const c = Math.floor(x / scale) - quiet;
      if (r >= 0 && r < size && c >= 0 && c < size && grid[r][c]) row[x + 1] = 0;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grey-scale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
