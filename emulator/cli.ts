import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { VENDORS, exportJsonSchema, exportOpenApi, type VendorId } from '../contracts/core/index.ts';
import { coverageTotals, packCoverage, type CoverageRow } from './core/coverage.ts';
import type { FixtureSize } from './core/pack.ts';
import { StoreLoadError } from './core/store.ts';
import type { VendorSettings } from './core/server.ts';
import { startEmulator } from './index.ts';
import { availableVendors, isAvailableVendor, loadPack, loadPacks } from './packs.ts';

/** Raised for input the user can fix; printed as one line, exit code 2. */
class UsageError extends Error {}

function parseVendors(value: string): VendorId[] {
  const names = value.split(',').map((v) => v.trim()).filter(Boolean);
  if (names.length === 0) throw new InvalidArgumentError('name at least one vendor');
  for (const name of names) {
    if (!isAvailableVendor(name)) {
      const known = (VENDORS as readonly string[]).includes(name) ? ' (documented, not built yet)' : '';
      throw new InvalidArgumentError(`unknown vendor "${name}"${known}; available: ${availableVendors().join(', ')}`);
    }
  }
  return names as VendorId[];
}

function parseVendor(value: string): VendorId {
  const [vendor, ...rest] = parseVendors(value);
  if (rest.length > 0) throw new InvalidArgumentError('name exactly one vendor');
  return vendor;
}

function parsePort(value: string, previous: string[] = []): string[] {
  const [vendor, port] = value.includes('=') ? value.split('=', 2) : [undefined, value];
  if (!/^\d+$/.test(port) || Number(port) > 65535) throw new InvalidArgumentError(`"${port}" is not a port (0-65535)`);
  if (vendor !== undefined) parseVendor(vendor);
  return [...previous, value];
}

function parseSeed(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('the seed is a whole number');
  return Number(value);
}

function parseAssignment(kind: string) {
  return (value: string, previous: string[] = []): string[] => {
    if (!/^[a-z]+\.[\w-]+=/.test(value) && !/^[a-z]+:[\w-]+=/.test(value)) {
      throw new InvalidArgumentError(`expected vendor.name=value for ${kind}, e.g. pbxware.apikey=my.secret.key`);
    }
    return [...previous, value];
  };
}

interface StartFlags {
  vendor?: VendorId[];
  host: string;
  port?: string[];
  data?: string;
  seed: number;
  fixtures: FixtureSize;
  json?: boolean;
  credential?: string[];
  quirk?: string[];
  control: boolean;
  strict?: boolean;
  tlsCert?: string;
  tlsKey?: string;
  faults?: string;
}

async function vendorSettings(flags: StartFlags, vendors: VendorId[]): Promise<Partial<Record<VendorId, VendorSettings>>> {
  const settings: Partial<Record<VendorId, VendorSettings>> = {};
  const get = (v: VendorId) => (settings[v] ??= {});
  const plainPorts = (flags.port ?? []).filter((p) => !p.includes('='));
  if (plainPorts.length > 1) throw new UsageError('give one --port n (ports follow on for further vendors) or --port vendor=n per vendor');
  if (plainPorts.length === 1) {
    const base = Number(plainPorts[0]);
    vendors.forEach((v, i) => (get(v).port = base === 0 ? 0 : base + i));
  }
  for (const entry of (flags.port ?? []).filter((p) => p.includes('='))) {
    const [vendor, port] = entry.split('=', 2);
    get(vendor as VendorId).port = Number(port);
  }
  for (const entry of flags.credential ?? []) {
    const [key, value] = splitOnce(entry, '=');
    const [vendor, name] = splitOnce(key, '.');
    if (!isAvailableVendor(vendor)) throw new UsageError(`--credential ${key}: unknown vendor "${vendor}"`);
    const pack = await loadPack(vendor);
    if (!pack.credentials.some((c) => c.name === name)) {
      throw new UsageError(`--credential ${key}: ${vendor} has no credential "${name}" (it has ${pack.credentials.map((c) => c.name).join(', ')})`);
    }
    get(vendor as VendorId).credentials = { ...get(vendor as VendorId).credentials, [name]: value };
  }
  for (const entry of flags.quirk ?? []) {
    const [key, value] = splitOnce(entry, '=');
    const [vendor, id] = splitOnce(key, ':');
    if (!isAvailableVendor(vendor)) throw new UsageError(`--quirk ${key}: unknown vendor "${vendor}"`);
    if (!['on', 'off'].includes(value)) throw new UsageError(`--quirk ${key}=${value}: use on or off`);
    get(vendor as VendorId).quirks = { ...get(vendor as VendorId).quirks, [id]: value === 'on' };
  }
  return settings;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

async function start(flags: StartFlags): Promise<void> {
  const vendors = flags.vendor ?? availableVendors();
  if (Boolean(flags.tlsCert) !== Boolean(flags.tlsKey)) throw new UsageError('give --tls-cert and --tls-key together');
  const tls =
    flags.tlsCert && flags.tlsKey
      ? { cert: await readFile(resolve(flags.tlsCert), 'utf8'), key: await readFile(resolve(flags.tlsKey), 'utf8') }
      : undefined;
  const emulator = await startEmulator({
    tls,
    vendor: vendors,
    host: flags.host,
    vendors: await vendorSettings(flags, vendors),
    dataFile: flags.data ? resolve(flags.data) : undefined,
    fixtures: { seed: flags.seed, size: flags.fixtures },
    control: flags.control,
    strict: flags.strict ?? false,
  });
  if (flags.faults) {
    const profile = JSON.parse(await readFile(resolve(flags.faults), 'utf8')) as Record<string, unknown[]>;
    for (const [vendor, rules] of Object.entries(profile)) {
      const running = emulator.vendors.find((v) => v.vendor === vendor);
      if (!running) {
        await emulator.close();
        throw new UsageError(`--faults names ${vendor}, which is not started`);
      }
      for (const rule of rules) {
        try {
          running.context.faults.add(rule);
        } catch (error) {
          await emulator.close();
          throw new UsageError(`--faults ${flags.faults}: ${(error as Error).message}`);
        }
      }
    }
  }
  for (const v of emulator.vendors) {
    if (flags.json) {
      const urls = Object.fromEntries(v.listeners.map((l) => [l.name, l.url]));
      process.stdout.write(`${JSON.stringify({ vendor: v.vendor, url: v.url, credentials: v.credentials, urls })}\n`);
    } else {
      const creds = Object.entries(v.credentials)
        .map(([k, value]) => `${k}=${value}`)
        .join('  ');
      process.stdout.write(`${v.title.padEnd(22)} ${v.url.padEnd(28)} ${creds}\n`);
      for (const listener of v.listeners) {
        if (listener.name !== 'main') process.stdout.write(`${''.padEnd(22)} ${listener.url.padEnd(28)} (${listener.name})\n`);
        if (listener.portNote) process.stdout.write(`${''.padEnd(22)} (${listener.portNote})\n`);
      }
    }
  }
  if (!flags.json) {
    const state = emulator.store.file
      ? `state in ${emulator.store.file}${emulator.store.restored ? ' (restored)' : ''}`
      : 'state in memory';
    process.stdout.write(
      `\n${state}; fixtures ${flags.fixtures} (seed ${flags.seed}); control API at <url>/__emulator/health. Ctrl-C stops.\n`,
    );
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!flags.json) process.stderr.write(`\n${signal}: stopping…\n`);
    await emulator.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

async function operations(flags: { vendor?: VendorId; json?: boolean }): Promise<void> {
  const { scenarioIndexFor } = await import('../suites/index.ts');
  const packs = await loadPacks(flags.vendor ? [flags.vendor] : availableVendors());
  const rows: CoverageRow[] = packs.flatMap((pack) => packCoverage(pack, scenarioIndexFor(pack.vendor)));
  const totals = packs.map((pack) => coverageTotals(pack.vendor, rows.filter((r) => r.vendor === pack.vendor)));
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ totals, operations: rows }, null, 2)}\n`);
    return;
  }
  for (const pack of packs) {
    const own = rows.filter((r) => r.vendor === pack.vendor);
    process.stdout.write(`\n${pack.title}\n`);
    for (const row of own) {
      const mark = row.status === 'served' ? (row.scenarios.length ? 'served+covered' : 'served') : row.status;
      const extra = row.reason ? `  (${row.reason})` : '';
      process.stdout.write(`  ${mark.padEnd(15)} ${row.operation}${extra}\n`);
    }
  }
  process.stdout.write('\n');
  for (const t of totals) {
    process.stdout.write(
      `${t.vendor}: documented ${t.documented}, served ${t.served}, declined ${t.declined}, missing ${t.missing}, covered by a scenario ${t.covered}\n`,
    );
  }
}

async function exportSchemas(flags: { vendor: VendorId; format: 'jsonschema' | 'openapi'; out?: string }): Promise<void> {
  const pack = await loadPack(flags.vendor);
  const document = flags.format === 'openapi' ? exportOpenApi(pack.vendor, pack.contracts) : exportJsonSchema(pack.vendor, pack.contracts);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (!flags.out) {
    process.stdout.write(text);
    return;
  }
  const path = resolve(flags.out);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  process.stderr.write(`wrote ${path} (${pack.contracts.length} operations)\n`);
}

interface ConformanceFlags {
  vendor: VendorId;
  url?: string;
  user?: string;
  password?: string;
  apikey?: string;
  server?: string;
  config?: string;
  insecure?: boolean;
  allowMutations?: boolean;
  numberRange?: { from: number; to: number };
  only?: string;
  skip?: string;
  report?: string;
  format?: string[];
  timeout: number;
  retries: number;
}

function parseRange(value: string): { from: number; to: number } {
  const match = /^(\d+)-(\d+)$/.exec(value);
  if (!match || Number(match[1]) > Number(match[2])) throw new InvalidArgumentError('expected from-to, e.g. 7900-7999');
  return { from: Number(match[1]), to: Number(match[2]) };
}

function parseFormats(value: string): string[] {
  const formats = value.split(',').map((f) => f.trim());
  const unknown = formats.filter((f) => !['terminal', 'json', 'junit', 'html'].includes(f));
  if (unknown.length) throw new InvalidArgumentError(`unknown format ${unknown.join(', ')}; choose from terminal, json, junit, html`);
  return formats;
}

function parsePositive(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

async function conformance(flags: ConformanceFlags): Promise<void> {
  const { REAL_TARGET_ENV } = await import('../suites/harness/targets.ts');
  const { runConformance, TargetUnreachable } = await import('../suites/harness/conformance.ts');
  const { renderTerminal, renderJunit, renderHtml, redactSecrets, reportPassed } = await import('../suites/harness/report.ts');
  const { SCENARIOS } = await import('../suites/index.ts');
  const pack = await loadPack(flags.vendor);
  const env = REAL_TARGET_ENV[flags.vendor];
  const config = flags.config ? (JSON.parse(await readFile(resolve(flags.config), 'utf8')) as Record<string, any>) : {};
  const url = flags.url ?? config.url ?? process.env[env.url];
  if (!url) throw new UsageError(`give the PBX address: --url, "url" in --config, or ${env.url}`);
  try {
    new URL(url);
  } catch {
    throw new UsageError(`--url ${url} is not a URL (e.g. https://pbx.example.com:8089)`);
  }
  const fromFlags: Record<string, string | undefined> = { apikey: flags.apikey, user: flags.user, password: flags.password };
  const credentials: Record<string, string> = {};
  for (const [name, variable] of Object.entries(env.credentials)) {
    const value = fromFlags[name] ?? config.credentials?.[name] ?? process.env[variable];
    if (!value) throw new UsageError(`missing credential ${name}: --${name}, "credentials": {"${name}"} in --config, or ${variable}`);
    credentials[name] = value;
  }
  const settings: Record<string, string> = { ...(config.settings ?? {}) };
  for (const [name, variable] of Object.entries(env.settings)) {
    const value = (name === 'server' ? flags.server : undefined) ?? settings[name] ?? process.env[variable];
    if (value) settings[name] = value;
  }
  const secrets = Object.values(credentials);
  const formats = flags.format ?? (flags.report ? ['terminal', 'json', 'junit', 'html'] : ['terminal']);
  const scenarios = SCENARIOS[flags.vendor] ?? [];
  const interruption = { interrupted: false };
  const onSignal = () => {
    if (interruption.interrupted) process.exit(130);
    interruption.interrupted = true;
    process.stderr.write('\ninterrupted: finishing the current scenario\'s cleanup (Ctrl-C again to quit at once)\n');
  };
  process.on('SIGINT', onSignal);
  let report;
  try {
    report = await runConformance(
      {
        vendor: flags.vendor,
        url,
        credentials,
        settings,
        insecure: flags.insecure ?? config.insecure ?? false,
        allowMutations: flags.allowMutations ?? config.allowMutations ?? false,
        numberRange: flags.numberRange ?? (config.numberRange ? parseRange(String(config.numberRange)) : undefined),
        only: flags.only,
        skip: flags.skip,
        timeoutMs: flags.timeout * 1000,
        retries: flags.retries,
        onProgress: ({ index, total, scenario, result }) => {
          if (!result) return;
          const outcome = result.status === 'skipped' ? `skipped (${result.reason})` : `${result.status} (${result.durationMs} ms)`;
          process.stderr.write(redactSecrets(`[${index + 1}/${total}] ${scenario.id} … ${outcome}\n`, secrets));
        },
      },
      scenarios,
      pack.contracts,
      interruption,
    );
  } catch (error) {
    if (error instanceof TargetUnreachable) throw new UsageError(redactSecrets(error.message, secrets));
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
  }
  if (formats.includes('terminal')) process.stdout.write(redactSecrets(`\n${renderTerminal(report)}`, secrets));
  if (flags.report) {
    const dir = resolve(flags.report);
    await mkdir(dir, { recursive: true });
    const outputs: Array<[string, string, string]> = [
      ['json', `${flags.vendor}-conformance.json`, `${JSON.stringify(report, null, 2)}\n`],
      ['junit', `${flags.vendor}-conformance.junit.xml`, renderJunit(report)],
      ['html', `${flags.vendor}-conformance.html`, renderHtml(report)],
    ];
    for (const [format, name, text] of outputs) {
      if (!formats.includes(format)) continue;
      await writeFile(join(dir, name), redactSecrets(text, secrets));
      process.stderr.write(`wrote ${join(dir, name)}\n`);
    }
  }
  if (!reportPassed(report)) process.exitCode = 1;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('pbx-emulator')
    .description('Emulates the HTTP APIs of business phone systems, and checks real ones against the same contracts.')
    .showSuggestionAfterError(true)
    .configureOutput({ outputError: (text, write) => write(text.split('\n')[0] + '\n') })
    .exitOverride();

  program
    .command('start', { isDefault: false })
    .description('start the emulator: one HTTP(S) server per vendor, printing each URL and its credentials')
    .addOption(new Option('--vendor <v[,v]>', `vendors to start (default: all: ${availableVendors().join(', ')})`).argParser(parseVendors))
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n|vendor=n>', 'port (consecutive for several vendors), or vendor=port; repeatable; 0 picks a free port', parsePort)
    .option('--data <file>', 'keep state in this lowdb JSON file (atomic writes, restored on restart); memory if absent')
    .option('--seed <n>', 'seed of the deterministic fixtures', parseSeed, 1)
    .addOption(new Option('--fixtures <size>', 'fixture data to load into an empty state').choices(['small', 'large', 'none']).default('small'))
    .option('--json', 'once ready, print one JSON line per vendor: {"vendor","url","credentials"}')
    .option('--credential <vendor.name=value>', 'set a credential (also by environment variable, e.g. PBXWARE_APIKEY); repeatable', parseAssignment('--credential'))
    .option('--quirk <vendor:id=on|off>', 'switch a switchable quirk; repeatable', parseAssignment('--quirk'))
    .option('--no-control', 'do not mount the control API under /__emulator/')
    .option('--strict', 'check every response against its contract (answers 500 on a violation)')
    .option('--tls-cert <file>', 'PEM certificate for HTTPS listeners (a self-signed one is made otherwise)')
    .option('--tls-key <file>', 'PEM private key of --tls-cert')
    .option('--faults <file>', 'fault rules to set at start: {"<vendor>": [{"operation", "when", "effect"}, …]} (as POST /__emulator/faults)')
    .action(start);

  program
    .command('conformance')
    .description('run the conformance scenarios against a real PBX (or an emulator) and report where it departs from the contracts')
    .addOption(new Option('--vendor <v>', 'vendor of the target').argParser(parseVendor).makeOptionMandatory())
    .option('--url <url>', 'base URL of the PBX (or <VENDOR>_URL)')
    .option('--user <name>', 'user name (Grandstream, PortSIP, sipXcom; or the vendor environment variable)')
    .option('--password <secret>', 'password (never printed or written to a report)')
    .option('--apikey <key>', 'PBXware API key (or PBXWARE_APIKEY)')
    .option('--server <id>', 'PBXware tenant to work in (or PBXWARE_SERVER)')
    .option('--config <file>', 'JSON file: {"url", "credentials": {…}, "settings": {…}, "insecure", "allowMutations", "numberRange"}')
    .option('--insecure', 'accept a self-signed or otherwise untrusted certificate')
    .option('--allow-mutations', 'also run scenarios that create, change and delete (only their own, prefixed records)')
    .option('--number-range <from-to>', 'numbers scenarios may create things with', parseRange)
    .option('--only <pattern>', 'run only scenarios whose id or title matches this regular expression')
    .option('--skip <pattern>', 'skip scenarios whose id or title matches this regular expression')
    .option('--report <dir>', 'write reports into this folder')
    .option('--format <list>', 'terminal,json,junit,html (default: terminal, plus all files with --report)', parseFormats)
    .option('--timeout <seconds>', 'timeout of one request', parsePositive, 15)
    .option('--retries <n>', 'extra attempts for a request that could not connect', parsePositive, 2)
    .action(conformance);

  program
    .command('operations')
    .description('coverage: every documented operation, served or declined (with the reason), and the scenarios covering it')
    .addOption(new Option('--vendor <v>', 'one vendor only').argParser(parseVendor))
    .option('--json', 'machine-readable output')
    .action(operations);

  program
    .command('export')
    .description('write the contracts as JSON Schema or OpenAPI 3.1')
    .addOption(new Option('--vendor <v>', 'vendor to export').argParser(parseVendor).makeOptionMandatory())
    .addOption(new Option('--format <format>', 'output format').choices(['jsonschema', 'openapi']).makeOptionMandatory())
    .option('--out <file>', 'write to a file instead of standard output')
    .action(exportSchemas);

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every usage error has already been printed as one line.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError || error instanceof StoreLoadError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') {
      process.stderr.write(`error: ${(error as Error).message}\n`);
      return 2;
    }
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      process.stderr.write(`error: cannot listen: ${(error as Error).message}\n`);
      return 2;
    }
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 1;
  }
}
