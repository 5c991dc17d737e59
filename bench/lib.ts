/**
 * What every bench section shares: servers in child processes (the emulator from its bundle, the
 * bare-Fastify baseline), RSS from /proc, and load runs with autocannon. Figures are only ever
 * reported beside a baseline measured in the same run.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'pbx-emulator.js');
export const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
export const CONNECTIONS = 16;

export interface Child {
  process: ChildProcess;
  url: string;
  urls: Record<string, string>;
  credentials: Record<string, string>;
  startedMs: number;
}

export type Say = (text: string) => void;

export function startChild(args: string[]): Promise<Child> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PBX_EMULATOR_FROM_DIST: '1', NODE_TLS_REJECT_UNAUTHORIZED: undefined },
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk) => {
      buffer += chunk;
      if (!buffer.includes('\n')) return;
      const ready = JSON.parse(buffer.split('\n')[0]) as { url: string; urls?: Record<string, string>; credentials?: Record<string, string> };
      resolve({ process: child, url: ready.url, urls: ready.urls ?? {}, credentials: ready.credentials ?? {}, startedMs: started });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** The emulator of one vendor, in its own process, on a free port. */
export const startEmulatorChild = (vendor: string, fixtures: 'small' | 'large' | 'none' = 'small') =>
  startChild([BIN, 'start', '--json', '--vendor', vendor, '--port', '0', '--fixtures', fixtures]);

/** The bare-Fastify baseline answering the given payloads (`name` → bytes, first also at `/`). */
export async function startBare(payloads: Record<string, string> = {}, options: { https?: boolean; extension?: string } = {}): Promise<Child> {
  const dir = await mkdtemp(join(tmpdir(), 'pbx-bench-'));
  const args: string[] = [];
  for (const [name, body] of Object.entries(payloads)) {
    const ext = body.trimStart().startsWith('<') ? '.xml' : body.trimStart().startsWith('{') || body.trimStart().startsWith('[') ? '.json' : '.txt';
    const file = join(dir, `${name || 'root'}${ext}`);
    await writeFile(file, body);
    args.push(`${name}=${file}`);
  }
  return startChild([join(ROOT, 'bench', 'bare-server.mjs'), ...(options.https ? ['--https'] : []), ...args]);
}

export async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null) return;
  await new Promise((resolve) => {
    child.process.once('exit', resolve);
    child.process.kill('SIGTERM');
  });
}

export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

/** Spawn to first good answer, median of `runs`. */
export async function coldStart(start: () => Promise<Child>, path: (c: Child) => string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = await start();
    const response = await fetch(`${child.url}${path(child)}`);
    await response.text();
    times.push(performance.now() - child.startedMs);
    await stopChild(child);
  }
  return Math.round(median(times));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export interface LoadResult {
  rps: number;
  p99: number;
  errors: number;
}

export interface LoadOptions {
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  requests?: autocannon.Request[];
  connections?: number;
}

export async function load(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections ?? CONNECTIONS,
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

/** A markdown row: the emulator's rate and p99 beside the baseline's, and the ratio of rates. */
export function row(label: string, emulator: LoadResult, bare: LoadResult, unit = 'req/s'): string {
  const ratio = Math.round((emulator.rps / bare.rps) * 1000) / 10;
  return `| ${label} | ${emulator.rps} ${unit}, p99 ${emulator.p99} ms | ${bare.rps} ${unit}, p99 ${bare.p99} ms | ${ratio} % |`;
}

export const TABLE_HEAD = ['| measure | emulator | bare Fastify | ratio |', '|---|---|---|---|'];
