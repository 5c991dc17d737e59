/**
 * The baseline: a bare Fastify server answering fixed bytes (the emulator's own replies, captured
 * in the same run), so a ratio measures what the emulator adds on top of Fastify itself.
 *
 *   node bench/bare-server.mjs [--https] [name=file …]
 *
 * Each `name=file` is answered at GET and POST `/name` with the file's bytes (content type from the
 * extension); the first one is also answered at `/`. `POST /add` answers a small JSON body.
 */
// Plain JavaScript, so its cold start is Node + Fastify alone, with no TypeScript loader.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

const args = process.argv.slice(2);
const https = args.includes('--https');
const routes = args.filter((a) => a.includes('=')).map((a) => a.split('='));
// Backwards-compatible: a lone file argument is the `/` payload.
const lone = args.find((a) => !a.startsWith('--') && !a.includes('='));
if (lone) routes.unshift(['', lone]);

const TYPES = { '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.csv': 'text/csv; charset=utf-8' };

let tls;
if (https) {
  const selfsigned = (await import('selfsigned')).default;
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], { keySize: 2048, days: 1 });
  tls = { key: pems.private, cert: pems.cert };
}
const app = Fastify(tls ? { https: tls } : {});
await app.register(formbody);
const answer = (payload, type) => (_request, reply) => reply.type(type).send(payload);
if (routes.length === 0) app.get('/', answer('{"ok":true}', TYPES['.json']));
for (const [index, [name, file]] of routes.entries()) {
  const payload = await readFile(file);
  const type = TYPES[extname(file)] ?? 'text/plain; charset=utf-8';
  if (name) app.route({ method: ['GET', 'POST'], url: `/${name}`, handler: answer(payload, type) });
  if (index === 0) app.route({ method: ['GET', 'POST'], url: '/', handler: answer(payload, type) });
}
app.post('/add', answer('{"success":"Extension ID: 10","id":"10","ext":100}', TYPES['.json']));
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ url: `${https ? 'https' : 'http'}://127.0.0.1:${address.port}` })}\n`);
process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
