import { crc32, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AVATAR_SIZE } from './models/avatar.ts';
import { startSipx, type SipxTestEmulator } from './test-support.ts';

const REST = '/sipxconfig/rest';

/** The chunks of a PNG, each checked against its CRC. */
function pngChunks(bytes: Buffer): Array<{ type: string; data: Buffer }> {
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    expect(bytes.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(bytes.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  return chunks;
}

describe('sipXcom permissions and avatars', () => {
  let sipx: SipxTestEmulator;
  beforeAll(async () => {
    sipx = await startSipx();
  });
  afterAll(() => sipx.close());

  it('an avatar is a valid PNG of the user, different per user, the same every time', async () => {
    const app = sipx.emulator.vendor('sipxcom').app;
    const get = async (user: string) => {
      const reply = await app.inject({ method: 'GET', url: `${REST}/avatar/${user}`, headers: { authorization: `Basic ${Buffer.from(sipx.admin.join(':')).toString('base64')}` } });
      expect(reply.statusCode).toBe(200);
      expect(reply.headers['content-type']).toBe('image/png');
      return reply.rawPayload;
    };
    const png = await get('200');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks = pngChunks(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = chunks[0].data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]]).toEqual([AVATAR_SIZE, AVATAR_SIZE, 8, 2]);
    const pixels = inflateSync(chunks[1].data);
    expect(pixels.length).toBe(AVATAR_SIZE * (1 + AVATAR_SIZE * 3));
    expect(await get('operator'), 'an alias names the same user').toEqual(png);
    expect(await get('201')).not.toEqual(png);
  });

  it('a PUT of permission values is all or nothing: one unknown name or unreadable value changes nothing', async () => {
    const read = async () => (await sipx.request('GET', `${REST}/user-permission/3`, { accept: 'json' })).json.user.permissions;
    const before = await read();
    for (const setting of [{ name: 'NoSuchPermission', value: 'enable' }, { name: 'Mobile', value: 'maybe' }]) {
      const reply = await sipx.request('PUT', `${REST}/user-permission/3`, { body: { user: { permissions: [{ name: 'TollFree', value: 'disable' }, setting] } } });
      expect(reply.status).toBe(400);
    }
    expect(await read()).toEqual(before);
    await sipx.request('PUT', `${REST}/user-permission/3`, { body: { user: { permissions: [{ name: 'TollFree', value: false }] } } });
    await sipx.request('PUT', `${REST}/user-permission/3`, { body: { user: { permissions: [{ name: 'TollFree', value: '' }] } } });
    expect(await read(), 'an empty value is the default again (never changed)').toEqual(before);
  });

  it('a permission created without a name is perm_<n>; a regular user may not read permissions', async () => {
    const created = await sipx.request('PUT', `${REST}/permission`, { body: '<permission><label>nameless</label></permission>', accept: 'json' });
    expect(created.status).toBe(201);
    const list = (await sipx.request('GET', `${REST}/permission`, { accept: 'json' })).json.permission.permissions;
    expect(list.find((p: { label: string }) => p.label === 'nameless').name).toMatch(/^perm_\d+$/);
    expect((await sipx.request('GET', `${REST}/permission`, { auth: ['200', '11111111'] })).status).toBe(403);
  });
});
