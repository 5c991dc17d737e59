import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VendorId } from '../../contracts/core/index.ts';
import { insecureFetch } from './target.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'pbx-emulator.js');
const SECRET = 'conformance.secret.key';

/** Starts the emulator as its own process (as a real PBX would be) and resolves with its URL. */
async function startEmulatorProcess(extra: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'start', '--json', '--vendor', 'pbxware', '--port', '0', ...extra], {
    env: { ...process.env, PBXWARE_APIKEY: SECRET },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk) => {
      buffer += chunk;
      if (buffer.includes('\n')) resolve(JSON.parse(buffer.split('\n')[0]).url);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { child, url };
}

function runConformance(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'conformance', '--vendor', 'pbxware', ...args], { env: { ...process.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts any vendor's emulator as its own process; resolves with its main URL and credentials. */
async function startVendorProcess(vendor: string): Promise<{ child: ChildProcess; url: string; credentials: Record<string, string> }> {
  const child = spawn(process.execPath, [BIN, 'start', '--json', '--vendor', vendor, '--port', '0']);
  const line = await new Promise<{ url: string; credentials: Record<string, string> }>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk) => {
      buffer += chunk;
      if (buffer.includes('\n')) resolve(JSON.parse(buffer.split('\n')[0]));
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { child, ...line };
}

/** Which flags carry each vendor's credentials on the conformance command line. */
const CREDENTIAL_FLAGS: Record<string, (c: Record<string, string>) => string[]> = {
  grandstream: (c) => ['--user', c.user, '--password', c.password, '--insecure'],
  portsip: (c) => ['--user', c.user, '--password', c.password],
  sipxcom: (c) => ['--user', c.user, '--password', c.password, '--insecure'],
};

/**
 * What a full run with --allow-mutations may leave on a target, per vendor and table, and why. Anything
 * else added, changed or removed means a scenario touched what it did not create or did not clean up.
 */
const ALLOWED_RESIDUE: Record<string, Record<string, string>> = {
  pbxware: { license: 'license.refresh moves last_refreshed (a refresh cannot be undone)' },
  grandstream: {
    pending_changes: 'writes wait for applyChanges, which a run never calls on a real UCM (it would apply other people\'s edits)',
    message_broadcasts: 'a sent broadcast has no delete',
    api_settings: 'a setting put back to its previous value is stored explicitly',
  },
  portsip: {},
  sipxcom: {
    prompts: 'page-group and park-orbit prompts have no documented DELETE',
    setting_values: 'a setting put back to its previous value is stored explicitly',
    live_calls: 'click-to-call calls end on their own and stay as history',
  },
};

async function stateOf(url: string): Promise<Record<string, Record<string, unknown>>> {
  const http = await insecureFetch();
  return ((await (await http(`${url}/__emulator/state`)).json()) as { tables: Record<string, Record<string, unknown>> }).tables;
}

/** Tables a run changed beyond what ALLOWED_RESIDUE lets it leave: `table: +added -removed ~changed`. */
function unexpectedChanges(vendor: string, before: Record<string, Record<string, unknown>>, after: Record<string, Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (table in (ALLOWED_RESIDUE[vendor] ?? {})) continue;
    const a = before[table] ?? {};
    const b = after[table] ?? {};
    const added = Object.keys(b).filter((k) => !(k in a));
    const removed = Object.keys(a).filter((k) => !(k in b));
    const changed = Object.keys(a).filter((k) => k in b && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    if (added.length + removed.length + changed.length > 0) out.push(`${table}: +${added.join(',')} -${removed.join(',')} ~${changed.join(',')}`);
  }
  return out;
}

const stop = (child: ChildProcess) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));

describe('pbx-emulator conformance', () => {
  it('passes against a conforming emulator over real HTTP, with progress, every report format, no secret anywhere, and nothing left behind', async () => {
    const { child, url } = await startEmulatorProcess();
    const dir = await mkdtemp(join(tmpdir(), 'pbx-conf-'));
    try {
      const before = await stateOf(url);
      const run = await runConformance(['--url', url, '--apikey', SECRET, '--allow-mutations', '--report', dir]);
      expect(unexpectedChanges('pbxware', before, await stateOf(url)), 'what the run left behind').toEqual([]);
      expect(run.stderr).toMatch(/\[1\/\d+\] pbxware\.\S+ … passed/);
      expect(run.code, run.stdout + run.stderr.slice(-2000)).toBe(0);
      expect(run.stdout).toMatch(/0 deviate/);
      const files = (await readdir(dir)).sort();
      expect(files).toEqual(['pbxware-conformance.html', 'pbxware-conformance.json', 'pbxware-conformance.junit.xml']);
      const report = JSON.parse(await readFile(join(dir, 'pbxware-conformance.json'), 'utf8'));
      expect(report).toMatchObject({ schemaVersion: 1, vendor: 'pbxware', summary: { operations: { deviates: 0 } } });
      expect(report.operations.find((o: { operation: string }) => o.operation === 'pbxware.ext.add').outcome).toBe('conforms');
      for (const file of files) expect(await readFile(join(dir, file), 'utf8')).not.toContain(SECRET);
      expect(run.stdout + run.stderr).not.toContain(SECRET);
      expect(await readFile(join(dir, 'pbxware-conformance.junit.xml'), 'utf8')).toMatch(/^<\?xml[\s\S]*<testsuites[\s\S]*<testcase /);
    } finally {
      await stop(child);
    }
  }, 120_000);

  it('fails against deliberately broken behaviour and names exactly the broken operations', async () => {
    const { child, url } = await startEmulatorProcess(['--faults', join(ROOT, 'suites', 'harness', 'testdata', 'broken-pbxware.json')]);
    const dir = await mkdtemp(join(tmpdir(), 'pbx-conf-'));
    try {
      const run = await runConformance(['--url', url, '--apikey', SECRET, '--allow-mutations', '--report', dir, '--format', 'json']);
      expect(run.code).toBe(1);
      const report = JSON.parse(await readFile(join(dir, 'pbxware-conformance.json'), 'utf8'));
      const deviating = report.operations.filter((o: { outcome: string }) => o.outcome === 'deviates').map((o: { operation: string }) => o.operation);
      expect(deviating.sort()).toEqual(['pbxware.dashboard.ext_online', 'pbxware.license.info', 'pbxware.package.list']);
      const license = report.operations.find((o: { operation: string }) => o.operation === 'pbxware.license.info');
      expect(license.deviations[0]).toMatchObject({ path: 'Edition', expected: 'string', seen: 'nothing' });
    } finally {
      await stop(child);
    }
  }, 120_000);

  it('without --allow-mutations runs only reading scenarios, and says why the others were skipped', async () => {
    const { child, url } = await startEmulatorProcess();
    try {
      const run = await runConformance(['--url', url, '--apikey', SECRET, '--only', 'package']);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/pbxware\.package\.crud … skipped \(changes data on the target/);
    } finally {
      await stop(child);
    }
  }, 60_000);

  it('Ctrl-C stops the run, and what its scenarios created is removed', async () => {
    const { child, url } = await startEmulatorProcess();
    try {
      const run = spawn(process.execPath, [BIN, 'conformance', '--vendor', 'pbxware', '--url', url, '--apikey', SECRET, '--allow-mutations', '--only', 'crud|isolation|chain'], {
        env: { ...process.env },
      });
      let stderr = '';
      run.stderr.on('data', (c) => (stderr += c));
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (/\[2\//.test(stderr)) {
            clearInterval(check);
            resolve();
          }
        }, 10);
      });
      run.kill('SIGINT');
      const code = await new Promise((resolve) => run.once('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain('interrupted');
      const state = JSON.stringify(await (await fetch(`${url}/__emulator/state`)).json());
      expect(state).not.toMatch(/pbxemu[a-z0-9]{5}/);
    } finally {
      await stop(child);
    }
  }, 60_000);

  for (const vendor of Object.keys(CREDENTIAL_FLAGS)) {
    it(`runs against the ${vendor} emulator in its own process, over its own transport, and leaves only what it must`, async (ctx) => {
      const { loadPack } = await import('../../emulator/packs.ts');
      const { SCENARIOS } = await import('../index.ts');
      const id = vendor as VendorId;
      const pack = await loadPack(id);
      if (pack.contracts.length === 0 || (SCENARIOS[id] ?? []).length === 0) {
        return ctx.skip(`the ${vendor} emulator is not built yet`);
      }
      const { child, url, credentials } = await startVendorProcess(vendor);
      try {
        const before = await stateOf(url);
        const run = spawn(process.execPath, [BIN, 'conformance', '--vendor', vendor, '--url', url, ...CREDENTIAL_FLAGS[vendor](credentials), '--allow-mutations', '--format', 'terminal']);
        let stdout = '';
        let stderr = '';
        run.stdout.on('data', (c) => (stdout += c));
        run.stderr.on('data', (c) => (stderr += c));
        const code = await new Promise((resolve) => run.once('exit', resolve));
        expect(code, stdout + stderr.slice(-3000)).toBe(0);
        expect(stdout).toMatch(/ 0 deviate/);
        for (const secret of Object.values(credentials)) expect(stdout + stderr).not.toContain(secret);
        expect(unexpectedChanges(vendor, before, await stateOf(url)), 'what the run left behind').toEqual([]);
      } finally {
        await stop(child);
      }
    }, 180_000);
  }

  it('an untrusted certificate gets one clear line naming --insecure', async (ctx) => {
    const { child, url } = await startVendorProcess('grandstream').catch(() => ({ child: undefined, url: '' })) as { child?: ChildProcess; url: string };
    if (!child) return ctx.skip('no HTTPS vendor could start');
    try {
      const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const p = spawn(process.execPath, [BIN, 'conformance', '--vendor', 'grandstream', '--url', url, '--user', 'u', '--password', 'p']);
        let stderr = '';
        p.stderr.on('data', (c) => (stderr += c));
        p.once('exit', (code) => resolve({ code, stderr }));
      });
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/not trusted.*--insecure/);
    } finally {
      await stop(child);
    }
  }, 60_000);

  it('a target that does not answer gets one clear line and exit code 2', async () => {
    const run = await runConformance(['--url', 'http://127.0.0.1:9', '--apikey', SECRET, '--timeout', '3']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/refused the connection|could not be reached|did not answer/);
    const https = await runConformance(['--url', 'not a url', '--apikey', SECRET]);
    expect(https.code).toBe(2);
  }, 30_000);
});
