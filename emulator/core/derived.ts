import { runtime, type PackContext } from './pack.ts';

/**
 * A value computed from the state (an index, a grouping) and kept until the state changes: the
 * store's version moves with every write, so nothing has to say when to drop it. For reads that
 * would otherwise rebuild the same structure over a large table on every request.
 */
export function derived<T>(context: Pick<PackContext, 'runtime' | 'store'>, key: string, compute: () => T): T {
  const slot = runtime(context as PackContext, `derived:${key}`, () => ({ version: -1, value: undefined as T | undefined }));
  if (slot.version !== context.store.version) {
    slot.value = compute();
    slot.version = context.store.version;
  }
  return slot.value as T;
}
