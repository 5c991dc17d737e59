// Bundles the CLI into dist/ so a start does not pay for compiling TypeScript (tsx) on every launch.
// Runs on `npm install` (prepare); bin/pbx-emulator.js falls back to the sources when dist/ is stale.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
await rm(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: {
    cli: join(root, 'emulator', 'cli.ts'),
    index: join(root, 'emulator', 'index.ts'),
    msw: join(root, 'emulator', 'msw.ts'),
    control: join(root, 'emulator', 'control-client.ts'),
  },
  outdir: join(root, 'dist'),
  // msw stays the integrator's own copy: handlers must come from the same msw as their setupServer.
  external: ['msw', 'msw/*', 'undici'],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies are bundled too: resolving and loading hundreds of small modules is most of a cold start.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  sourcemap: 'linked',
  minify: true,
  keepNames: true,
  logLevel: 'warning',
});
