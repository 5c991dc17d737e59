/**
 * The README shows each example test in full. `node scripts/readme-examples.mjs` copies every
 * `examples/*.test.ts` into the code block after its `<!-- example: examples/x.test.ts -->` marker;
 * `examples/readme.test.ts` fails when the two differ, so the README never shows a test that does
 * not run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const MARKER = /<!-- example: (examples\/[\w.-]+\.test\.ts) -->\n```ts\n([\s\S]*?)```/g;

export async function syncReadme() {
  const path = `${root}README.md`;
  const readme = await readFile(path, 'utf8');
  let next = readme;
  for (const [block, file] of readme.matchAll(MARKER)) {
    const source = await readFile(`${root}${file}`, 'utf8');
    next = next.replace(block, `<!-- example: ${file} -->\n\`\`\`ts\n${source}\`\`\``);
  }
  if (next !== readme) await writeFile(path, next);
  return next !== readme;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write((await syncReadme()) ? 'README examples updated\n' : 'README examples already match\n');
}
