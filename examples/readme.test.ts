import { readFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const MARKER = /<!-- example: (examples\/[\w.-]+\.test\.ts) -->\n```ts\n([\s\S]*?)```/g;

describe('the README examples', () => {
  it('show every example test of this folder, each exactly as it runs (node scripts/readme-examples.mjs syncs them)', async () => {
    const readme = await readFile(new URL('README.md', root), 'utf8');
    const shown = new Map([...readme.matchAll(MARKER)].map(([, file, code]) => [file, code]));
    const examples = readdirSync(new URL('examples/', root)).filter((f) => f.endsWith('.test.ts') && f !== 'readme.test.ts');
    expect([...shown.keys()].sort()).toEqual(examples.map((f) => `examples/${f}`).sort());
    for (const [file, code] of shown) expect(code, `${file} in README.md`).toBe(await readFile(new URL(file, root), 'utf8'));
  });

  it('cover each of the four vendors', () => {
    const examples = readdirSync(new URL('examples/', root));
    for (const vendor of ['pbxware', 'grandstream', 'portsip', 'sipxcom']) expect(examples).toContain(`${vendor}.test.ts`);
  });
});
