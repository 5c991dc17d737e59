import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The examples import the package by name, as an integrator does; tests run it from source.
  resolve: {
    alias: [
      { find: /^pbx-emulator\/msw$/, replacement: source('./emulator/msw.ts') },
      { find: /^pbx-emulator\/control$/, replacement: source('./emulator/control-client.ts') },
      { find: /^pbx-emulator$/, replacement: source('./emulator/index.ts') },
    ],
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.tmp/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
