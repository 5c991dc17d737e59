import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fork } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Store, StoreLoadError } from './store.ts';

const tempFile = async () => join(await mkdtemp(join(tmpdir(), 'pbx-store-')), 'state.json');

describe('Store', () => {
  it('keeps rows per vendor and table, and never reuses an id after a delete', () => {
    const store = Store.memory();
    const state = store.vendor('a');
    const rows = state.table<{ n: number }>('things');
    const first = state.nextId('thing');
    rows.set(first, { n: 1 });
    rows.delete(first);
    expect(state.nextId('thing')).toBe(first + 1);
    expect(rows.size).toBe(0);
    expect(store.vendor('b').table('things').size).toBe(0);
  });

  it('persists to a lowdb file and restores it on the next open', async () => {
    const file = await tempFile();
    const first = await Store.open(file);
    expect(first.restored).toBe(false);
    first.vendor('pbxware').table('extensions').set('10', { ext: '100' });
    await first.flush();

    const second = await Store.open(file);
    expect(second.restored).toBe(true);
    expect(second.vendor('pbxware').table('extensions').get('10')).toEqual({ ext: '100' });
    expect(second.vendor('pbxware').nextId('x')).toBe(1);
  });

  it('writes atomically: a crash mid-write leaves the previous complete file, never a torn one', async () => {
    const file = await tempFile();
    const store = await Store.open(file);
    store.vendor('v').table('t').set('1', { keep: true });
    await store.flush();
    // A crash during a write leaves at most a stray temporary file beside the state: lowdb (steno)
    // writes to a temporary file and renames it over the old one.
    await writeFile(join(file, '..', '.state.json.tmp'), '{"format": "pbx-emu');
    const reopened = await Store.open(file);
    expect(reopened.vendor('v').table('t').get('1')).toEqual({ keep: true });
  });

  it('refuses a file that is not JSON or not a pbx-emulator state, with a message naming the file', async () => {
    const broken = await tempFile();
    await writeFile(broken, '{"format": "pbx-emu');
    await expect(Store.open(broken)).rejects.toThrow(StoreLoadError);
    await expect(Store.open(broken)).rejects.toThrow(broken);

    const foreign = await tempFile();
    await writeFile(foreign, '{"users": []}');
    await expect(Store.open(foreign)).rejects.toThrow(/not a pbx-emulator state file/);
  });

  it('does not write when nothing changed', async () => {
    const file = await tempFile();
    const store = await Store.open(file);
    store.vendor('v').table('t').set('1', { a: 1 });
    await store.flush();
    const before = await readFile(file, 'utf8');
    await writeFile(file, before.replace('"a": 1', '"a": 2'));
    await store.flush();
    expect(await readFile(file, 'utf8')).toContain('"a": 2');
  });

  it('snapshots are deep copies and load replaces the whole state', () => {
    const store = Store.memory();
    store.vendor('v').table('t').set('1', { a: 1 });
    const snap = store.snapshot();
    store.vendor('v').table('t').set('1', { a: 2 });
    store.load(snap);
    expect(store.vendor('v').table('t').get('1')).toEqual({ a: 1 });
    expect(() => store.load({} as never)).toThrow(StoreLoadError);
  });

  it('survives a process killed in the middle of writing: the file always parses to a whole generation', async () => {
    const file = await tempFile();
    for (const delayMs of [5, 25, 60]) {
      const child = fork(join(import.meta.dirname, 'testdata', 'write-forever.ts'), [file], {
        execArgv: ['--import', 'tsx'],
        stdio: 'ignore',
      });
      await new Promise<void>((resolve, reject) => {
        child.once('message', () => resolve());
        child.once('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
      });
      await new Promise((r) => setTimeout(r, delayMs));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const store = await Store.open(file);
      const rows = store.vendor('v').table<{ generation: number }>('rows').values();
      expect(rows).toHaveLength(2_000);
      expect(new Set(rows.map((r) => r.generation)).size).toBe(1);
    }
  }, 30_000);
});
