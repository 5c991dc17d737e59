/**
 * `npm run bench [-- section …]`: speed and memory of the emulator beside a bare Fastify server
 * answering the same bytes, measured in the same run so the ratios hold on a noisy, shared machine.
 * Servers run in child processes (the emulator from its bundle); the load generator runs here.
 * Sections: pbxware, grandstream, sipxcom, in-process (all by default). BENCH_DURATION=seconds per load run.
 */
import { benchGrandstream } from './grandstream.ts';
import { benchInProcess } from './in-process.ts';
import { CONNECTIONS, DURATION_S, type Say } from './lib.ts';
import { benchPbxware } from './pbxware.ts';
import { benchSipxcom } from './sipxcom.ts';

const SECTIONS: Record<string, (say: Say) => Promise<void>> = {
  pbxware: benchPbxware,
  grandstream: benchGrandstream,
  sipxcom: benchSipxcom,
  'in-process': benchInProcess,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown section ${unknown.join(', ')}; choose from ${Object.keys(SECTIONS).join(', ')}\n`);
  process.exit(2);
}

const say: Say = (text) => process.stdout.write(`${text}\n`);
say(`# pbx-emulator bench (${new Date().toISOString()}, node ${process.version}, ${DURATION_S} s per load run, ${CONNECTIONS} connections)`);
for (const [name, section] of Object.entries(SECTIONS)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  await section(say);
}
