import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toneWav } from '../core/media.ts';
import { MAX_PROMPT_BYTES, MultipartError, parseMultipart } from './multipart.ts';
import { basic, startSipx, type SipxTestEmulator } from './test-support.ts';

const API = '/sipxconfig/api';
const ID3_MP3 = Buffer.concat([Buffer.from('ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1'), Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(64, 0x55)]);

interface Part {
  filename?: string;
  /** A raw Content-Disposition value, when the test needs one. */
  disposition?: string;
  bytes: Buffer;
}

function multipart(parts: Part[], boundary = 'XyZ'): Buffer {
  const chunks = parts.flatMap((p) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: ${p.disposition ?? `form-data; name="file"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`}\r\n\r\n`),
    p.bytes,
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
}

describe('sipXcom prompt libraries', () => {
  let sipx: SipxTestEmulator;
  const upload = (library: string, payload: Buffer, contentType = 'multipart/form-data; boundary=XyZ', auth = sipx.admin) =>
    sipx.emulator.vendor('sipxcom').app.inject({ method: 'POST', url: `${API}/${library}/prompts`, payload, headers: { 'content-type': contentType, authorization: basic(...auth) } });
  const names = async (library: string) => (await sipx.request('GET', `${API}/${library}/prompts`, { accept: 'json' })).json.prompts.map((p: { name: string }) => p.name);

  beforeAll(async () => {
    sipx = await startSipx();
  });
  afterAll(() => sipx.close());

  it('every library starts with a valid default.wav that downloads and streams as audio/x-wav', async () => {
    for (const library of ['moh', 'pagegroups', 'orbits']) {
      for (const suffix of ['', '/stream']) {
        const reply = await sipx.emulator.vendor('sipxcom').app.inject({ url: `${API}/${library}/prompts/default.wav${suffix}`, headers: { authorization: basic(...sipx.admin) } });
        expect(reply.statusCode).toBe(200);
        expect(reply.headers['content-type']).toBe('audio/x-wav');
        const bytes = reply.rawPayload;
        expect(bytes.toString('latin1', 0, 4)).toBe('RIFF');
        expect(bytes.toString('latin1', 8, 12)).toBe('WAVE');
        expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
      }
    }
  });

  it('an MP3 uploads and downloads as audio/mpeg with its bytes; an upload of the same name replaces it', async () => {
    expect((await upload('moh', multipart([{ filename: 'tune.mp3', bytes: ID3_MP3 }]))).statusCode).toBe(200);
    const reply = await sipx.emulator.vendor('sipxcom').app.inject({ url: `${API}/moh/prompts/tune.mp3`, headers: { authorization: basic(...sipx.admin) } });
    expect(reply.headers['content-type']).toBe('audio/mpeg');
    expect(Buffer.compare(reply.rawPayload, ID3_MP3)).toBe(0);
    const frameOnly = Buffer.concat([Buffer.from([0xff, 0xf3, 0x44, 0xc4]), Buffer.alloc(32)]);
    expect((await upload('moh', multipart([{ filename: 'tune.mp3', bytes: frameOnly }]))).statusCode).toBe(200);
    const list = (await sipx.request('GET', `${API}/moh/prompts`, { accept: 'json' })).json.prompts;
    expect(list.filter((p: { name: string }) => p.name === 'tune.mp3')).toEqual([{ name: 'tune.mp3', size: frameOnly.length, contentType: 'audio/mpeg' }]);
  });

  it('refuses wrong content, empty files, bad names and non-file uploads with 400, storing nothing of a refused upload', async () => {
    const wav = toneWav(500, 20);
    const before = await names('pagegroups');
    const cases: Array<[string, Part[]]> = [
      ['WAV named .mp3', [{ filename: 'a.mp3', bytes: wav }]],
      ['MP3 named .wav', [{ filename: 'a.wav', bytes: ID3_MP3 }]],
      ['text named .wav', [{ filename: 'a.wav', bytes: Buffer.from('hello') }]],
      ['empty file', [{ filename: 'a.wav', bytes: Buffer.alloc(0) }]],
      ['no extension', [{ filename: 'a', bytes: wav }]],
      ['hidden file', [{ filename: '.a.wav', bytes: wav }]],
      ['slash', [{ filename: 'x/a.wav', bytes: wav }]],
      ['backslash', [{ filename: 'x\\a.wav', bytes: wav }]],
      ['colon', [{ filename: 'c:a.wav', bytes: wav }]],
      ['no file part', [{ bytes: Buffer.from('just a field') }]],
      ['second file bad', [{ filename: 'good.wav', bytes: wav }, { filename: 'bad.wav', bytes: Buffer.from('x') }]],
    ];
    for (const [label, parts] of cases) {
      const reply = await upload('pagegroups', multipart(parts));
      expect(reply.statusCode, label).toBe(400);
      expect(reply.body).toMatch(/ERROR_VALIDATION_FAILED/);
    }
    expect(await names('pagegroups')).toEqual(before);
    for (const name of ['..%2Fa.wav', 'a%5Cb.wav', 'nothing']) expect((await sipx.request('GET', `${API}/pagegroups/prompts/${name}`)).status, name).toBe(400);
    expect((await sipx.request('GET', `${API}/pagegroups/prompts/none.wav`)).status).toBe(404);
  });

  it('reads RFC 5987 file names and several files in one upload; ignores plain fields', async () => {
    const wav = toneWav(700, 20);
    const reply = await upload(
      'orbits',
      multipart([
        { disposition: 'form-data; name="comment"', bytes: Buffer.from('ignored') },
        { disposition: `form-data; name="file"; filename*=UTF-8''caf%C3%A9.wav`, bytes: wav },
        { filename: 'second.wav', bytes: wav },
      ]),
    );
    expect(reply.statusCode).toBe(200);
    expect(await names('orbits')).toEqual(expect.arrayContaining(['café.wav', 'second.wav']));
  });

  it('malformed multipart is 400, multipart where it is not read is 415, an oversize upload is 413, a user is 403', async () => {
    const wav = toneWav(500, 20);
    expect((await upload('moh', multipart([{ filename: 'a.wav', bytes: wav }]), 'multipart/form-data')).statusCode).toBe(400);
    const truncated = multipart([{ filename: 'a.wav', bytes: wav }]).subarray(0, 120);
    expect((await upload('moh', truncated)).statusCode).toBe(400);
    expect((await upload('moh', Buffer.from('--XyZ\r\nContent-Type: audio/wav\r\n\r\nRIFF\r\n--XyZ--'))).statusCode).toBe(400);
    expect((await upload('moh', Buffer.from('no boundary here'))).statusCode).toBe(400);
    const misplaced = await sipx.emulator.vendor('sipxcom').app.inject({
      method: 'PUT',
      url: `${API}/pagegroups/1`,
      payload: multipart([{ filename: 'a.wav', bytes: wav }]),
      headers: { 'content-type': 'multipart/form-data; boundary=XyZ', authorization: basic(...sipx.admin) },
    });
    expect(misplaced.statusCode).toBe(415);
    const big = Buffer.concat([wav.subarray(0, 44), Buffer.alloc(MAX_PROMPT_BYTES + 70 * 1024)]);
    expect((await upload('moh', multipart([{ filename: 'big.wav', bytes: big }]))).statusCode).toBe(413);
    expect((await upload('moh', multipart([{ filename: 'mine.wav', bytes: wav }]), undefined, ['200', '11111111'])).statusCode).toBe(403);
    expect(await names('moh')).not.toContain('mine.wav');
  });

  it('a library holds at most 100 files', async () => {
    const wav = toneWav(800, 5);
    const start = (await names('pagegroups')).length;
    let n = 0;
    while (start + n < 100) {
      const batch = Array.from({ length: Math.min(14, 100 - start - n) }, (_, i) => ({ filename: `fill${n + i}.wav`, bytes: wav }));
      expect((await upload('pagegroups', multipart(batch))).statusCode).toBe(200);
      n += batch.length;
    }
    expect((await upload('pagegroups', multipart([{ filename: 'one-too-many.wav', bytes: wav }]))).statusCode).toBe(400);
    expect((await upload('pagegroups', multipart([{ filename: 'fill0.wav', bytes: wav }]))).statusCode, 'replacing needs no room').toBe(200);
  });

  it('the setting-path routes of page group and orbit settings answer sanely for nasty paths and bodies', async () => {
    const bodies: Array<[string, string]> = [['', 'text/plain'], ['{', 'application/json'], ['{"settings": "x"}', 'application/json'], ['<settings><setting/></settings>', 'application/xml'], ['[1,2]', 'application/json'], ['a=b=c', 'text/plain']];
    for (const base of [`${API}/pagegroups/settings`, `${API}/orbits/1/settings`, `${API}/orbits/x/settings`]) {
      for (const path of ['', '/', '/a/../b', '/%00', `/${'x'.repeat(1200)}`, '/page-config/prefix/', '/general//parkTimeout']) {
        for (const method of ['GET', 'PUT', 'DELETE']) {
          for (const [body, contentType] of method === 'PUT' ? bodies : [['', 'text/plain'] as [string, string]]) {
            const reply = await sipx.request(method, `${base}${path}`, body ? { body, contentType } : {});
            expect(reply.status, `${method} ${base}${path} ${body}`).toBeLessThan(500);
          }
        }
      }
    }
  });

  it('parseMultipart: preamble and epilogue, quoted names, file names with paths kept as sent, limits', async () => {
    const body = Buffer.from('preamble\r\n--b\r\nContent-Disposition: form-data; name="f"; filename="a b.wav"\r\nContent-Type: audio/wav\r\n\r\nDATA\r\n--b--\r\nepilogue');
    expect(await parseMultipart(body, 'multipart/form-data; boundary="b"')).toEqual([{ name: 'f', filename: 'a b.wav', contentType: 'audio/wav', data: Buffer.from('DATA') }]);
    const withPath = Buffer.from('--b\r\nContent-Disposition: form-data; name="f"; filename="../x.wav"\r\n\r\nDATA\r\n--b--');
    expect((await parseMultipart(withPath, 'multipart/form-data; boundary=b'))[0].filename).toBe('../x.wav');
    const many = Buffer.from(`${Array.from({ length: 17 }, () => '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n').join('')}--b--`);
    await expect(parseMultipart(many, 'multipart/form-data; boundary=b')).rejects.toThrow(MultipartError);
    await expect(parseMultipart(Buffer.from('--b\r\n\r\n1\r\n--b--'), 'multipart/form-data')).rejects.toThrow(MultipartError);
    const cut = Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="x.wav"\r\n\r\nRIFF');
    await expect(parseMultipart(cut, 'multipart/form-data; boundary=b')).rejects.toThrow(/end of multipart data/);
  });
});
