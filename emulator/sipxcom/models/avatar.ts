import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/**
 * A user's avatar (doc 3618-3634): a small PNG drawn from the user name, an identicon (a 5x5 mirrored
 * pattern in a colour from the name's hash), so every user has their own image and it never changes.
 */
export const AVATAR_SIZE = 40;
const CELLS = 5;
const CELL = AVATAR_SIZE / (CELLS + 3);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid RGB PNG of AVATAR_SIZE x AVATAR_SIZE pixels for `name`. */
export function avatarPng(name: string): Buffer {
  const hash = createHash('md5').update(name).digest();
  const colour = [hash[0] & 0x7f, hash[1] & 0x7f, hash[2] & 0x7f].map((c) => c + 64);
  const background = [240, 240, 240];
  const on = (x: number, y: number) => (hash[3 + y] >> Math.min(x, CELLS - 1 - x)) & 1;
  const margin = (AVATAR_SIZE - CELL * CELLS) / 2;
  const rows: Buffer[] = [];
  for (let py = 0; py < AVATAR_SIZE; py++) {
    const row = Buffer.alloc(1 + AVATAR_SIZE * 3); // filter byte 0 (none), then RGB
    for (let px = 0; px < AVATAR_SIZE; px++) {
      const cx = Math.floor((px - margin) / CELL);
      const cy = Math.floor((py - margin) / CELL);
      const inside = cx >= 0 && cx < CELLS && cy >= 0 && cy < CELLS;
      const rgb = inside && on(cx, cy) ? colour : background;
      row.set(rgb, 1 + px * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(AVATAR_SIZE, 0);
  header.writeUInt32BE(AVATAR_SIZE, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
