/**
 * Grandstream UCM (HTTPS): the login + listAccount round trip (challenge, login, listAccount: what a
 * client does to read the extensions), and one cdrapi page over 100,000 CDRs, beside a bare HTTPS
 * Fastify answering the same bytes.
 */
import { createHash } from 'node:crypto';
import type autocannon from 'autocannon';
import { insecureFetch as makeInsecureFetch } from '../suites/harness/target.ts';
import { load, row, rssMb, startBare, startEmulatorChild, stopChild, TABLE_HEAD, type LoadResult, type Say } from './lib.ts';

const CDR_COUNT = 100_000;
const SEED_BATCH = 4_000;
/** What a connection carries from one request of the round trip to the next. */
interface Conversation {
  challenge?: string;
  cookie?: string;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

export async function benchGrandstream(say: Say): Promise<void> {
  const insecureFetch = await makeInsecureFetch();
  const emulator = await startEmulatorChild('grandstream');
  const { user, password } = emulator.credentials;
  const api = `${emulator.url}/api`;
  const post = async (request: Record<string, unknown>) =>
    (await insecureFetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ request }) })).text();

  // The three replies, captured for the baseline.
  const challengeReply = await post({ action: 'challenge', user, version: '1.0' });
  const challenge = JSON.parse(challengeReply).response.challenge as string;
  const loginReply = await post({ action: 'login', user, token: md5(challenge + password) });
  const cookie = JSON.parse(loginReply).response.cookie as string;
  const listReply = await post({ action: 'listAccount', cookie, item_num: '30', page: '1' });
  if (!JSON.parse(listReply).response?.account) throw new Error(`listAccount failed: ${listReply.slice(0, 200)}`);

  // 100,000 CDR rows: copies of a fixture leg with their own ids, seeded through the control API.
  const state = JSON.parse(await (await insecureFetch(`${emulator.url}/__emulator/state`)).text()) as { tables: Record<string, Record<string, Record<string, unknown>>> };
  const template = Object.values(state.tables.cdr)[0];
  const started = performance.now();
  for (let from = 0; from < CDR_COUNT; from += SEED_BATCH) {
    const rows: Record<string, Record<string, unknown>> = {};
    for (let i = from; i < Math.min(CDR_COUNT, from + SEED_BATCH); i++) {
      const id = String(1_000_000 + i);
      rows[id] = { ...template, AcctId: id, session: `bench-${i}`, uniqueid: `1700000000.${i}`, cdr: id };
    }
    const reply = await insecureFetch(`${emulator.url}/__emulator/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tables: { cdr: rows } }) });
    if (!reply.ok) throw new Error(`seeding CDRs failed: ${reply.status} ${await reply.text()}`);
  }
  const seededMs = Math.round(performance.now() - started);
  const cdrPage = { action: 'cdrapi', cookie, format: 'json', numRecords: '100', offset: String(CDR_COUNT / 2) };
  const cdrReply = await post(cdrPage);
  const pageItems = (JSON.parse(cdrReply).cdr_root ?? []).length;
  const rss = await rssMb(emulator.process.pid!);

  const bare = await startBare({ challenge: challengeReply, login: loginReply, listAccount: listReply, cdrapi: cdrReply }, { https: true });
  const json = { 'content-type': 'application/json' };

  // Each connection runs challenge → login (token from the challenge it got) → listAccount.
  const roundTrip = (bareNames: boolean): autocannon.Request[] => [
    {
      method: 'POST',
      path: bareNames ? '/challenge' : '/api',
      headers: json,
      body: JSON.stringify({ request: { action: 'challenge', user, version: '1.0' } }),
      onResponse: (_status, body, context: object) => {
        (context as Conversation).challenge = JSON.parse(body).response?.challenge ?? '';
      },
    },
    {
      method: 'POST',
      path: bareNames ? '/login' : '/api',
      headers: json,
      setupRequest: (request, context: object) => ({ ...request, body: JSON.stringify({ request: { action: 'login', user, token: md5(String((context as Conversation).challenge) + password) } }) }),
      onResponse: (_status, body, context: object) => {
        (context as Conversation).cookie = JSON.parse(body).response?.cookie ?? '';
      },
    },
    {
      method: 'POST',
      path: bareNames ? '/listAccount' : '/api',
      headers: json,
      setupRequest: (request, context: object) => ({ ...request, body: JSON.stringify({ request: { action: 'listAccount', cookie: (context as Conversation).cookie, item_num: '30', page: '1' } }) }),
    },
  ];
  const perRoundTrip = (result: LoadResult): LoadResult => ({ ...result, rps: Math.round(result.rps / 3) });
  const emuLogin = perRoundTrip(await load(emulator.url, { requests: roundTrip(false) }));
  const bareLogin = perRoundTrip(await load(bare.url, { requests: roundTrip(true) }));
  const emuCdr = await load(api, { method: 'POST', headers: json, body: JSON.stringify({ request: cdrPage }) });
  const bareCdr = await load(`${bare.url}/cdrapi`, { method: 'POST', headers: json, body: JSON.stringify({ request: cdrPage }) });

  say('');
  say('## Grandstream UCM (HTTPS)');
  say('');
  for (const line of TABLE_HEAD) say(line);
  say(row('challenge + login + listAccount (30 of the fixtures), round trips', emuLogin, bareLogin, 'trips/s'));
  say(row(`cdrapi, one page of ${pageItems} (JSON, offset ${CDR_COUNT / 2}) over ${CDR_COUNT.toLocaleString('en')} CDRs (${Math.round(cdrReply.length / 1024)} KiB)`, emuCdr, bareCdr));
  say(`| RSS holding ${CDR_COUNT.toLocaleString('en')} CDRs | ${rss} MB | ${await rssMb(bare.process.pid!)} MB | |`);
  say('');
  say(`(${CDR_COUNT.toLocaleString('en')} CDRs seeded through /__emulator/seed in ${seededMs} ms; p99 is per request)`);
  const errors = emuLogin.errors + emuCdr.errors;
  if (errors > 0) say(`(errors: login round trips ${emuLogin.errors}, cdrapi ${emuCdr.errors})`);
  await stopChild(emulator);
  await stopChild(bare);
}
