import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { VENDORS, exportJsonSchema, exportOpenApi, type VendorId } from '../contracts/core/index.ts';
import { coverageTotals, packCoverage, type CoverageRow } from './core/coverage.ts';
import type { FixtureSize } from './core/pack.ts';
import { StoreLoadError } from './core/store.ts';
import type { VendorSettings } from './core/server.ts';
import { startEmulator } from './index.ts';
import { ALL_PACKS, availableVendors, packFor } from './packs.ts';

/** Raised for input the user can fix; printed as one line, exit code 2. */
class UsageError extends Error {}

function parseVendors(value: string): VendorId[] {
  const names = value.split(',').map((v) => v.trim()).filter(Boolean);
  if (names.length === 0) throw new InvalidArgumentError('name at least one vendor');
  for (const name of names) {
    if (!packFor(name)) {
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
}

function vendorSettings(flags: StartFlags, vendors: VendorId[]): Partial<Record<VendorId, VendorSettings>> {
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
    const pack = packFor(vendor);
    if (!pack) throw new UsageError(`--credential ${key}: unknown vendor "${vendor}"`);
    if (!pack.credentials.some((c) => c.name === name)) {
      throw new UsageError(`--credential ${key}: ${vendor} has no credential "${name}" (it has ${pack.credentials.map((c) => c.name).join(', ')})`);
    }
    get(vendor as VendorId).credentials = { ...get(vendor as VendorId).credentials, [name]: value };
  }
  for (const entry of flags.quirk ?? []) {
    const [key, value] = splitOnce(entry, '=');
    const [vendor, id] = splitOnce(key, ':');
    if (!packFor(vendor)) throw new UsageError(`--quirk ${key}: unknown vendor "${vendor}"`);
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
    vendors: vendorSettings(flags, vendors),
    dataFile: flags.data ? resolve(flags.data) : undefined,
    fixtures: { seed: flags.seed, size: flags.fixtures },
    control: flags.control,
    strict: flags.strict ?? false,
  });
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
  const packs = flags.vendor ? [packFor(flags.vendor)!] : ALL_PACKS;
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
  const pack = packFor(flags.vendor)!;
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
    .action(start);

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
