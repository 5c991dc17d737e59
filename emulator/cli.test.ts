import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'pbx-emulator.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI and resolves with its first JSON lines once every vendor is ready. */
function startJson(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [BIN, 'start', '--json', ...args], { env: { ...process.env, ...env } });
  const lines = new Promise<Array<{ vendor: string; url: string; credentials: Record<string, string> }>>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      if (buffer.includes('\n')) resolve(buffer.trim().split('\n').map((l) => JSON.parse(l)));
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
  return { child, lines };
}

const stop = (child: ReturnType<typeof spawn>) =>
  new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

describe('pbx-emulator CLI', () => {
  it('prints help with every command, and help per command', () => {
    const top = run('--help');
    expect(top.code).toBe(0);
    for (const command of ['start', 'operations', 'export']) expect(top.stdout).toContain(command);
    const startHelp = run('start', '--help');
    expect(startHelp.code).toBe(0);
    for (const flag of ['--vendor', '--host', '--port', '--data', '--seed', '--fixtures', '--json']) expect(startHelp.stdout).toContain(flag);
  });

  it('answers a wrong flag or value with one line and a non-zero exit', () => {
    for (const args of [['start', '--bogus'], ['start', '--vendor', 'nokia'], ['start', '--fixtures', 'huge'], ['start', '--port', 'abc'], ['export', '--vendor', 'pbxware']]) {
      const result = run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(/^error: /);
    }
  });

  it('start --json prints one line per vendor with its URL and credentials, and the URL answers', async () => {
    const { child, lines } = startJson(['--port', '0'], { PBXWARE_APIKEY: 'from.environment.key' });
    try {
      const [pbx] = await lines;
      expect(pbx).toMatchObject({ vendor: 'pbxware', credentials: { apikey: 'from.environment.key' } });
      const reply = await fetch(`${pbx.url}/?apikey=from.environment.key&action=pbxware.package.list`);
      expect(await reply.json()).toHaveProperty('1');
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('--data keeps state across a restart', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'pbx-cli-')), 'state.json');
    const first = startJson(['--port', '0', '--data', file]);
    const [pbx] = await first.lines;
    const add = new URLSearchParams({
      apikey: pbx.credentials.apikey, action: 'pbxware.package.add', name: 'Persisted', call_recordings: '1', monitoring: '1',
      call_screening: '1', extensions: '1', voicemails: '1', queues: '1', cfs: '1', rgroups: '1', hot_desking: '1', ivrs: '1',
    });
    const { id } = await (await fetch(`${pbx.url}/?${add}`)).json();
    expect(await stop(first.child)).toBe(0);

    const second = startJson(['--port', '0', '--data', file]);
    try {
      const [again] = await second.lines;
      const list = await (await fetch(`${again.url}/?apikey=${again.credentials.apikey}&action=pbxware.package.list`)).json();
      expect(list[String(id)]).toBe('Persisted');
    } finally {
      await stop(second.child);
    }
  });

  it('operations reports documented / served / declined / covered per vendor', () => {
    const json = run('operations', '--vendor', 'pbxware', '--json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    const [totals] = report.totals;
    expect(totals.documented).toBe(report.operations.length);
    expect(totals.served + totals.declined + totals.missing).toBe(totals.documented);
    expect(run('operations').stdout).toMatch(/pbxware: documented \d+, served \d+, declined \d+/);
  });

  it('export writes JSON Schema and OpenAPI for a vendor', () => {
    const schema = JSON.parse(run('export', '--vendor', 'pbxware', '--format', 'jsonschema').stdout);
    expect(schema.$defs['pbxware.package.list']['x-doc'][0]).toMatch(/^000_24cb6ef0514faddb\.txt:\d+-\d+$/);
    const openapi = JSON.parse(run('export', '--vendor', 'pbxware', '--format', 'openapi').stdout);
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toContain('/?action=pbxware.package.list');
  });
});
