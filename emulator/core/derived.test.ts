import { describe, expect, it } from 'vitest';
import { derived } from './derived.ts';
import type { Store } from './store.ts';

describe('derived values', () => {
  it('are computed once while the store version stands, and again after any write moves it', () => {
    const store = { version: 1 } as { version: number };
    const context = { runtime: new Map<string, unknown>(), store: store as unknown as Store };
    let computed = 0;
    const index = () => derived(context, 'index', () => ++computed);
    expect([index(), index(), index()]).toEqual([1, 1, 1]);
    store.version = 2;
    expect([index(), index()]).toEqual([2, 2]);
    expect(computed).toBe(2);
  });

  it('are kept apart by key and dropped with the runtime (a reset)', () => {
    const context = { runtime: new Map<string, unknown>(), store: { version: 7 } as unknown as Store };
    expect(derived(context, 'a', () => 'A')).toBe('A');
    expect(derived(context, 'b', () => 'B')).toBe('B');
    context.runtime.clear();
    expect(derived(context, 'a', () => 'A again')).toBe('A again');
  });
});
