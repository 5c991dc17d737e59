import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insecureFetch } from './target.ts';

/** The fetch used with --insecure (npm undici) must send what the built-in fetch would. */
describe('insecureFetch', () => {
  let url: string;
  const received: Array<{ type: string | undefined; body: string }> = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c) => chunks.push(c));
    request.on('end', () => {
      received.push({ type: request.headers['content-type'], body: Buffer.concat(chunks).toString('latin1') });
      response.end('ok');
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends a built-in FormData as multipart with its boundary, and strings and bytes as they are', async () => {
    const fetch = await insecureFetch();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([82, 73, 70, 70])], { type: 'audio/wav' }), 'hello.wav');
    await fetch(url, { method: 'POST', body: form });
    await fetch(url, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
    const [multipart, json] = received;
    const boundary = /boundary=(.+)$/.exec(multipart.type ?? '')?.[1];
    expect(multipart.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(multipart.body).toContain(`--${boundary}`);
    expect(multipart.body).toContain('filename="hello.wav"');
    expect(multipart.body).toContain('RIFF');
    expect(json).toEqual({ type: 'application/json', body: '{"a":1}' });
  });
});
