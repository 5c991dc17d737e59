#!/usr/bin/env node
// Runs the bundled CLI from dist/ (built by `npm install`) when it is newer than every source file;
// otherwise compiles the TypeScript sources on the fly with tsx, so an edit is never run stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (process.env.PBX_EMULATOR_FROM_SOURCE === '1' || !existsSync(bundle)) return false;
  // The benchmark builds the bundle itself and must measure it, whatever is edited meanwhile.
  if (process.env.PBX_EMULATOR_FROM_DIST === '1') return true;
  const built = statSync(bundle).mtimeMs;
  return ['emulator', 'contracts', 'fixtures', 'suites'].every((dir) => newestSource(join(root, dir)) <= built);
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../emulator/cli.ts'));
}
const code = await main(process.argv);
if (code !== 0) process.exit(code);
