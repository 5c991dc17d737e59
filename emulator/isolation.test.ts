import { describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './index.ts';

/** Many emulators in one process for parallel tests: each on its own free port, sharing nothing. */
describe('isolation between emulator instances', () => {
  it('32 instances under concurrent load show no cross-talk', async () => {
    const instances: Emulator[] = await Promise.all(
      Array.from({ length: 32 }, () => startEmulator({ vendor: 'pbxware', vendors: { pbxware: { port: 0 } } })),
    );
    try {
      const urls = instances.map((e) => e.vendor('pbxware').url);
      expect(new Set(urls).size).toBe(32);
      const call = (url: string, params: Record<string, string>) =>
        fetch(`${url}/?${new URLSearchParams({ apikey: 'my.secret.apikey', ...params })}`).then((r) => r.json());
      // Every instance gets five writes of its own, all 160 in flight together.
      await Promise.all(
        urls.flatMap((url, i) =>
          Array.from({ length: 5 }, (_, j) => call(url, { action: 'pbxware.department.add', server: '2', name: `inst${i}-dep${j}` })),
        ),
      );
      const lists = await Promise.all(urls.map((url) => call(url, { action: 'pbxware.department.list', server: '2' })));
      lists.forEach((list, i) => {
        const mine = Object.values(list as Record<string, { name: string }>)
          .map((d) => d.name)
          .filter((name) => name.startsWith('inst'));
        expect(mine.sort()).toEqual(Array.from({ length: 5 }, (_, j) => `inst${i}-dep${j}`));
      });
      // Clocks are per instance too.
      instances[0].clock.advance(3600);
      expect(Math.abs(instances[1].clock.now() - Date.now())).toBeLessThan(60_000);
    } finally {
      await Promise.all(instances.map((e) => e.close()));
    }
  }, 60_000);
});
