/** In-process use (a test file starting its own emulator): start to first answer, reset, snapshot load. */
import { median, type Say } from './lib.ts';

export async function benchInProcess(say: Say): Promise<void> {
  const { startEmulator } = await import('../emulator/index.ts');
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const local = await startEmulator({ vendor: 'pbxware', listen: false });
    await local.vendor('pbxware').app.inject({ url: '/?apikey=my.secret.apikey&action=pbxware.package.list' });
    starts.push(performance.now() - t0);
    await local.close();
  }
  const local = await startEmulator({ vendor: 'pbxware', listen: false });
  const resets: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    local.reset('pbxware');
    resets.push(performance.now() - t0);
  }
  const snapshot = local.store.vendor('pbxware').dump();
  const template = Object.values(snapshot.tables.extensions)[0];
  snapshot.tables.extensions = Object.fromEntries(
    Array.from({ length: 10_000 }, (_, i) => [String(100_000 + i), { ...(template as object), id: String(100_000 + i) }]),
  );
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    local.store.loadVendor('pbxware', snapshot);
    loads.push(performance.now() - t0);
  }
  await local.close();
  say('');
  say('## In-process (PBXware pack)');
  say('');
  say('| in-process measure (median) | time |');
  say('|---|---|');
  say(`| start to first answer (listen: false, inject) | ${median(starts).toFixed(1)} ms |`);
  say(`| reset (drop state, seed small fixtures again) | ${median(resets).toFixed(2)} ms |`);
  say(`| snapshot load, 10,000 extension records | ${median(loads).toFixed(1)} ms |`);
  say('');
  say('Targets: in-process start ≤ 50 ms; reset ≤ 5 ms.');
}
