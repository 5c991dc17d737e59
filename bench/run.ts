/**
 * `npm run bench`: speed and memory of the emulator beside a bare Fastify server answering the same
 * bytes, measured in the same run so the ratios hold on a noisy, shared machine. Servers run in child
 * processes; the load generator (autocannon) runs here.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'pbx-emulator.js');
const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = 16;

interface Child {
  process: ChildProcess;
  url: string;
  credentials: Record<string, string>;
  startedMs: number;
}

function startChild(args: string[]): Promise<Child> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PBX_EMULATOR_FROM_DIST: '1' },
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk) => {
      buffer += chunk;
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n')) {
        const ready = JSON.parse(line) as { url: string; credentials?: Record<string, string> };
        resolve({ process: child, url: ready.url, credentials: ready.credentials ?? {}, startedMs: started });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function stopChild(child: Child): Promise<void> {
  await new Promise((resolve) => {
    child.process.once('exit', resolve);
    child.process.kill('SIGTERM');
  });
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

/** Spawn to first good answer, median of `runs`. */
async function coldStart(args: string[], path: (c: Child) => string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = await startChild(args);
    const response = await fetch(`${child.url}${path(child)}`);
    await response.text();
    times.push(performance.now() - child.startedMs);
    await stopChild(child);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

interface LoadResult {
  rps: number;
  p99: number;
  errors: number;
}

async function load(url: string, options: { method?: string; body?: string; headers?: Record<string, string>; requests?: autocannon.Request[] } = {}): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    method: (options.method ?? 'GET') as 'GET',
    body: options.body,
    headers: options.headers,
    requests: options.requests,
  });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function row(label: string, emulator: LoadResult, bare: LoadResult): string {
  const ratio = Math.round((emulator.rps / bare.rps) * 1000) / 10;
  return `| ${label} | ${emulator.rps} req/s, p99 ${emulator.p99} ms | ${bare.rps} req/s, p99 ${bare.p99} ms | ${ratio} % |`;
}

async function main() {
  const lines: string[] = [];
  const say = (text: string) => {
    lines.push(text);
    process.stdout.write(`${text}\n`);
  };
  say(`# pbx-emulator bench (${new Date().toISOString()}, node ${process.version}, ${DURATION_S} s per load run, ${CONNECTIONS} connections)`);

  const emulatorArgs = (fixtures: string) => [BIN, 'start', '--json', '--vendor', 'pbxware', '--port', '0', '--fixtures', fixtures];
  const bareArgs = (file: string) => [join(ROOT, 'bench', 'bare-server.mjs'), file];

  // Cold start: process spawn to the first answer.
  const emulatorCold = await coldStart(emulatorArgs('small'), (c) => `/?apikey=${c.credentials.apikey}&action=pbxware.package.list`);
  const bareCold = await coldStart(bareArgs(''), () => '/');
  say('');
  say('| measure | emulator | bare Fastify | ratio |');
  say('|---|---|---|---|');
  say(`| cold start to first answer (median of 5) | ${emulatorCold} ms | ${bareCold} ms | ${(emulatorCold / bareCold).toFixed(2)}× |`);

  // ext.list with 1,000 extensions: the large fixture set.
  const emulator = await startChild(emulatorArgs('large'));
  const key = emulator.credentials.apikey;
  const extList = `${emulator.url}/?apikey=${key}&action=pbxware.ext.list`;
  const listBody = await (await fetch(extList)).text();
  const extensionCount = Object.keys(JSON.parse(listBody)).length;
  const idleRss = await rssMb(emulator.process.pid!);
  const { writeFile, mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const payloadFile = join(await mkdtemp(join(tmpdir(), 'pbx-bench-')), 'ext-list.json');
  await writeFile(payloadFile, listBody);
  const bare = await startChild(bareArgs(payloadFile));
  const bareIdleRss = await rssMb(bare.process.pid!);
  say(`| RSS, large fixtures (${extensionCount} extensions, 100,000 CDRs) | ${idleRss} MB | ${bareIdleRss} MB | ${(idleRss / bareIdleRss).toFixed(2)}× |`);

  const emuList = await load(extList);
  const bareList = await load(`${bare.url}/`);
  say(row(`pbxware.ext.list, ${extensionCount} extensions (${Math.round(listBody.length / 1024)} KiB)`, emuList, bareList));

  // ext.add: every request creates a new extension in tenant 2 (numbers allocated by the emulator).
  const addBody = (n: number) =>
    new URLSearchParams({
      apikey: key,
      action: 'pbxware.ext.add',
      server: '2',
      name: `Bench ${n}`,
      email: `bench${n}@example.com`,
      location: '1',
      ua: '50',
      status: '1',
      pin: '1234',
      incominglimit: '1',
      outgoinglimit: '1',
      voicemail: '1',
      prot: 'sip',
      secret: 'BenchSecret123!',
    }).toString();
  let counter = 0;
  const emuAdd = await load(`${emulator.url}/`, {
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        setupRequest: (request) => ({ ...request, body: addBody(++counter) }),
      },
    ],
  });
  const bareAdd = await load(`${bare.url}/add`, {
    method: 'POST',
    body: addBody(0),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  say(row('pbxware.ext.add (POST, form body)', emuAdd, bareAdd));
  if (emuAdd.errors > 0 || emuList.errors > 0) say(`(errors: ext.list ${emuList.errors}, ext.add ${emuAdd.errors})`);

  await stopChild(emulator);

  // Memory: a fresh emulator with the small fixtures, idle, then holding 10,000 extensions added through
  // the API into a tenant with five-digit numbers (a three-digit tenant holds at most 900).
  const fresh = await startChild(emulatorArgs('small'));
  const freshKey = fresh.credentials.apikey;
  const smallRss = await rssMb(fresh.process.pid!);
  say(`| idle RSS, small fixtures | ${smallRss} MB | ${bareIdleRss} MB | ${(smallRss / bareIdleRss).toFixed(2)}× |`);
  const tenant = await (
    await fetch(
      `${fresh.url}/?${new URLSearchParams({
        apikey: freshKey, action: 'pbxware.tenant.add', tenant_name: 'bench.example.com', tenant_code: '999',
        package: '1', ext_length: '5', country: '135', national: '1', international: '011',
      })}`,
    )
  ).json();
  const server = String(tenant.id);
  const freshList = `${fresh.url}/?apikey=${freshKey}&action=pbxware.ext.list`;
  const missing = 10_000 - Object.keys(await (await fetch(freshList)).json()).length;
  const started = performance.now();
  let failures = 0;
  for (let i = 0; i < missing; i += 50) {
    const replies = await Promise.all(
      Array.from({ length: Math.min(50, missing - i) }, (_, j) =>
        fetch(`${fresh.url}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: addBody(1_000_000 + i + j).replace('apikey=' + encodeURIComponent(key), 'apikey=' + encodeURIComponent(freshKey)).replace('server=2', `server=${server}`),
        }).then((r) => r.json()),
      ),
    );
    failures += replies.filter((r) => 'error' in r).length;
  }
  const finalCount = Object.keys(await (await fetch(freshList)).json()).length;
  const fullRss = await rssMb(fresh.process.pid!);
  say(`| RSS with ${finalCount} extensions | ${fullRss} MB | ${bareIdleRss} MB (idle) | ${(fullRss / bareIdleRss).toFixed(2)}× |`);
  say(`(added ${missing - failures} extensions through ext.add in ${Math.round(performance.now() - started)} ms${failures ? `; ${failures} refused` : ''})`);
  await stopChild(fresh);
  await stopChild(bare);
  // In-process use (a test file starting its own emulator): start to first answer, reset, snapshot load.
  const { startEmulator } = await import('../emulator/index.ts');
  const inProcess: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const local = await startEmulator({ vendor: 'pbxware', listen: false });
    await local.vendor('pbxware').app.inject({ url: '/?apikey=my.secret.apikey&action=pbxware.package.list' });
    inProcess.push(performance.now() - t0);
    await local.close();
  }
  inProcess.sort((a, b) => a - b);
  const local = await startEmulator({ vendor: 'pbxware', listen: false });
  const resets: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    local.reset('pbxware');
    resets.push(performance.now() - t0);
  }
  resets.sort((a, b) => a - b);
  const snapshot = local.store.vendor('pbxware').dump();
  const template = Object.values(snapshot.tables.extensions)[0];
  snapshot.tables.extensions = Object.fromEntries(
    Array.from({ length: 10_000 }, (_, i) => [String(100_000 + i), { ...(template as object), id: String(100_000 + i) }]),
  );
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    local.store.loadVendor('pbxware', snapshot);
    loads.push(performance.now() - t0);
  }
  loads.sort((a, b) => a - b);
  await local.close();
  say('');
  say('| in-process measure (median) | time |');
  say('|---|---|');
  say(`| start to first answer (listen: false, inject) | ${inProcess[2].toFixed(1)} ms |`);
  say(`| reset (drop state, seed small fixtures again) | ${resets[10].toFixed(2)} ms |`);
  say(`| snapshot load, 10,000 extension records | ${loads[2].toFixed(1)} ms |`);

  say('');
  say('Targets: in-process start ≤ 50 ms; reset ≤ 5 ms; cold start ≤ 300 ms; ext.list ≥ 50 % of the bare-Fastify rate; RSS ≤ 100 MB with 10,000 extensions.');
}

await main();
