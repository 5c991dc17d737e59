// Child process for the crash test: keeps rewriting a large state file until it is killed.
import { Store } from '../store.ts';

const file = process.argv[2];
const store = await Store.open(file);
const rows = store.vendor('v').table<{ payload: string; generation: number }>('rows');
for (let generation = 0; ; generation++) {
  for (let i = 0; i < 2_000; i++) rows.set(i, { payload: 'x'.repeat(200), generation });
  await store.flush();
  if (generation === 0) process.send?.('first-write-done');
}
