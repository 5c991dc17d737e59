/**
 * The baseline: a bare Fastify server answering fixed bytes (the emulator's own ext.list reply),
 * so the ratio measures what the emulator adds on top of Fastify itself.
 */
// Plain JavaScript, so its cold start is Node + Fastify alone, with no TypeScript loader.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { readFile } from 'node:fs/promises';

const file = process.argv[2];
const payload = file ? await readFile(file, 'utf8') : '{"ok":true}';
const app = Fastify();
await app.register(formbody);
app.get('/', (_request, reply) => reply.type('application/json; charset=utf-8').send(payload));
app.post('/add', (_request, reply) =>
  reply.type('application/json; charset=utf-8').send('{"success":"Extension ID: 10","id":"10","ext":100}'),
);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${address.port}` })}\n`);
process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
