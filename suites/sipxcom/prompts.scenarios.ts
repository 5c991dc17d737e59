import { strict as assert } from 'node:assert';
import type { PromptLibrary } from '../../contracts/sipxcom/prompts.ts';
import { toneWav } from '../../emulator/core/media.ts';
import { doc } from '../../contracts/sipxcom/source.ts';
import { preview } from '../harness/contract-check.ts';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { client } from './helpers.ts';

/**
 * The prompt libraries of MOH, page groups and park orbits (doc 1496-1576, 1808-1865, 2014-2073).
 * Uploads are multipart/form-data and downloads are bytes, which the JSON/XML client does not carry:
 * the helpers below speak to the target directly (Basic auth) and record what they saw.
 */

const basic = (t: ScenarioContext) => `Basic ${Buffer.from(`${t.target.credentials.user}:${t.target.credentials.password}`).toString('base64')}`;

export interface UploadFile {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

/**
 * A multipart/form-data body built by hand (field "file" per file): the target's fetch may come from
 * another undici than the global FormData, which it would then send as text.
 */
export function multipartBody(files: UploadFile[]): { body: Uint8Array; contentType: string } {
  const boundary = `----pbxemu${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const f of files) {
    const name = f.name.replace(/"/g, '%22').replace(/\r|\n/g, ' ');
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${f.type ?? 'audio/x-wav'}\r\n\r\n`));
    chunks.push(Buffer.from(f.bytes), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: new Uint8Array(Buffer.concat(chunks)), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** POSTs files to a library as multipart/form-data; answers the status and text. */
export async function uploadPrompts(t: ScenarioContext, library: PromptLibrary, files: UploadFile[]): Promise<{ status: number; text: string }> {
  const { body, contentType } = multipartBody(files);
  const url = `${t.target.baseUrl}${client(t).path(`POST /${library}/prompts`)}`;
  const response = await t.target.fetch(url, { method: 'POST', headers: { authorization: basic(t), 'content-type': contentType }, body: Buffer.from(body) });
  return { status: response.status, text: await response.text() };
}

/** Uploads one WAV that must be accepted (2xx), and removes it at cleanup where the target lets it. */
export async function uploadPrompt(t: ScenarioContext, library: PromptLibrary, name: string, bytes: Uint8Array): Promise<void> {
  const operation = `POST /${library}/prompts`;
  const { status, text } = await uploadPrompts(t, library, [{ name, bytes }]);
  if (status < 200 || status > 299) {
    t.observe({ operation, outcome: 'deviates', path: 'status', expected: '2xx', seen: `${status} ${preview(text)}` });
    throw new Error(`${operation} answered ${status}: ${text.slice(0, 300)}`);
  }
  t.observe({ operation, outcome: 'conforms' });
  // MOH documents DELETE (doc 1554); page group and orbit prompts do not, but sipxconfig serves it (index O3):
  // the cleanup tries; where the target refuses, the file is reported as left on purpose.
  const sipx = client(t);
  t.cleanup(async () => {
    const reply = await sipx.send('DELETE', sipx.path(`GET /${library}/prompts/{promptName}`, { promptName: name }));
    // 404: the scenario deleted it itself (or an earlier cleanup of the same name did).
    if ((reply.status >= 200 && reply.status < 300) || reply.status === 404) return;
    if (library === 'moh') throw new Error(`DELETE moh prompt ${name} answered ${reply.status}`);
    t.leaves(`${library} prompt ${name} (no DELETE is documented for this library; the target answered ${reply.status})`);
  });
}

/** GETs a download or stream operation; answers status, media type and the bytes. */
export async function promptBytes(t: ScenarioContext, operation: string, promptName: string) {
  const url = `${t.target.baseUrl}${client(t).path(operation, { promptName })}`;
  const response = await t.target.fetch(url, { headers: { authorization: basic(t) } });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', bytes };
}

/** A download or stream that must answer exactly `expected` as audio. */
export async function expectBytes(t: ScenarioContext, operation: string, promptName: string, expected: Uint8Array): Promise<void> {
  const got = await promptBytes(t, operation, promptName);
  const ok = got.status === 200 && /^audio\//.test(got.contentType) && Buffer.compare(got.bytes, Buffer.from(expected)) === 0;
  t.observe(ok ? { operation, outcome: 'conforms' } : { operation, outcome: 'deviates', path: '(bytes)', expected: `200 audio/* with the ${expected.length} uploaded bytes`, seen: `${got.status} ${got.contentType} ${got.bytes.length} bytes` });
  assert.equal(got.status, 200, `${operation} ${promptName}`);
  assert.match(got.contentType, /^audio\/(x-wav|wav|mpeg)/, 'answered as audio');
  assert.ok(Buffer.compare(got.bytes, Buffer.from(expected)) === 0, `${operation} answers the uploaded bytes (${got.bytes.length} vs ${expected.length})`);
}

const listed = async (t: ScenarioContext, library: PromptLibrary) =>
  (await client(t).call<{ prompts: Array<{ name: string; size: number; contentType: string }> }>(`GET /${library}/prompts`, { accept: 'json' })).body.prompts;

const LIBRARY_DOCS: Record<PromptLibrary, ReturnType<typeof doc>> = {
  moh: doc('1496-1576'),
  pagegroups: doc('1808-1865'),
  orbits: doc('2014-2073'),
};

/** Upload, list, download, stream, re-upload replaces — for one library. */
function roundTrip(library: 'pagegroups' | 'orbits') {
  return defineScenario({
    vendor: 'sipxcom',
    id: `sipx.prompts.${library}.round-trip`,
    title: `A ${library} prompt uploads, lists with its size, downloads and streams the same bytes; a re-upload replaces it`,
    doc: [LIBRARY_DOCS[library]],
    operations: [`POST /${library}/prompts`, `GET /${library}/prompts`, `GET /${library}/prompts/{promptName}`, `GET /${library}/prompts/{promptName}/stream`],
    mutates: true,
    async run(t) {
      const name = `${t.name('pr')}.wav`;
      const first = toneWav(600, 120);
      await uploadPrompt(t, library, name, first);
      const entry = (await listed(t, library)).find((p) => p.name === name);
      assert.ok(entry, 'the uploaded prompt is listed');
      assert.equal(entry.size, first.length, 'listed with its size');
      await expectBytes(t, `GET /${library}/prompts/{promptName}`, name, first);
      await expectBytes(t, `GET /${library}/prompts/{promptName}/stream`, name, first);
      const second = toneWav(900, 200);
      await uploadPrompt(t, library, name, second);
      await expectBytes(t, `GET /${library}/prompts/{promptName}`, name, second);
      assert.equal((await listed(t, library)).filter((p) => p.name === name).length, 1, 'one file per name');
    },
  });
}

export const promptScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.prompts.moh.round-trip',
    title: 'A MOH prompt uploads, downloads and streams its bytes, deletes, then is 404 and unlisted',
    doc: [LIBRARY_DOCS.moh],
    operations: ['POST /moh/prompts', 'GET /moh/prompts', 'GET /moh/prompts/{promptName}', 'GET /moh/prompts/{promptName}/stream', 'DELETE /moh/prompts/{promptName}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const name = `${t.name('moh')}.wav`;
      const bytes = toneWav(440, 150);
      await uploadPrompt(t, 'moh', name, bytes);
      assert.ok((await listed(t, 'moh')).some((p) => p.name === name && p.size === bytes.length));
      await expectBytes(t, 'GET /moh/prompts/{promptName}', name, bytes);
      await expectBytes(t, 'GET /moh/prompts/{promptName}/stream', name, bytes);
      await sipx.call('DELETE /moh/prompts/{promptName}', { params: { promptName: name } });
      assert.ok(!(await listed(t, 'moh')).some((p) => p.name === name), 'gone from the list');
      for (const op of ['GET /moh/prompts/{promptName}', 'GET /moh/prompts/{promptName}/stream', 'DELETE /moh/prompts/{promptName}']) {
        const gone = await sipx.refused(op, [404], { params: { promptName: name } });
        assert.equal(gone.status, 404, `${op} after the delete`);
      }
    },
  }),
  roundTrip('pagegroups'),
  roundTrip('orbits'),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.prompts.refusals',
    title: 'Uploads of paths, non-audio and non-multipart bodies are refused; unknown names are 404; PUT on a library is 405',
    doc: [doc('1523-1531'), doc('1547-1558'), doc('1829-1833'), doc('2035-2039')],
    operations: ['POST /moh/prompts', 'POST /orbits/prompts', 'GET /pagegroups/prompts/{promptName}', 'GET /orbits/prompts/{promptName}/stream', 'GET /moh/prompts'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const base = t.name('bad');
      const wav = toneWav(500, 50);
      for (const name of [`../${base}.wav`, `sub/${base}.wav`, `..\\${base}.wav`]) {
        const r = await uploadPrompts(t, 'moh', [{ name, bytes: wav }]);
        assert.equal(r.status, 400, `a name with a path separator (${name}) is refused`);
      }
      const text = await uploadPrompts(t, 'orbits', [{ name: `${base}.wav`, bytes: new TextEncoder().encode('not audio at all'), type: 'audio/x-wav' }]);
      assert.equal(text.status, 400, 'a .wav that is not WAV audio is refused');
      const exe = await uploadPrompts(t, 'orbits', [{ name: `${base}.exe`, bytes: wav, type: 'application/octet-stream' }]);
      assert.equal(exe.status, 400, 'a name that is not .wav/.mp3 is refused');
      const json = await sipx.refused('POST /moh/prompts', [415, 400], { body: { name: `${base}.wav` } });
      assert.ok([415, 400].includes(json.status), 'a JSON body is not an upload');
      const names = (await listed(t, 'moh')).map((p) => p.name);
      assert.ok(!names.some((n) => n.includes(base)), 'nothing refused was stored');
      const missing = await sipx.refused('GET /pagegroups/prompts/{promptName}', [404], { params: { promptName: `${base}-none.wav` } });
      assert.equal(missing.status, 404);
      const missingStream = await sipx.refused('GET /orbits/prompts/{promptName}/stream', [404], { params: { promptName: `${base}-none.wav` } });
      assert.equal(missingStream.status, 404);
      const put = await sipx.send('PUT', sipx.path('GET /moh/prompts'), { body: 'x' });
      assert.equal(put.status, 405, '"Unsupported HTTP Method: PUT, DELETE" (doc 1531)');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.prompts.list-shapes',
    title: 'Each prompt library lists its files (name, size, media type) in JSON and XML',
    doc: [doc('1516-1522'), doc('1822-1828'), doc('2028-2034')],
    operations: ['GET /moh/prompts', 'GET /pagegroups/prompts', 'GET /orbits/prompts'],
    async run(t) {
      const sipx = client(t);
      for (const library of ['moh', 'pagegroups', 'orbits'] as const) {
        const json = await sipx.call(`GET /${library}/prompts`, { accept: 'json' });
        const xml = await sipx.call(`GET /${library}/prompts`, { accept: 'xml' });
        assert.deepEqual(
          xml.body.prompts.map((p: { name: string }) => p.name),
          json.body.prompts.map((p: { name: string }) => p.name),
          `${library}: XML and JSON list the same files`,
        );
        for (const p of json.body.prompts as Array<{ name: string; size: number }>) assert.ok(p.size >= 0 && p.name.length > 0);
      }
    },
  }),
];
