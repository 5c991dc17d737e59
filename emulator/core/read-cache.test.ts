import { describe, expect, it } from 'vitest';
import { Clock } from './clock.ts';
import type { PackContext } from './pack.ts';
import { ReadCache, trackClock } from './read-cache.ts';
import { Store } from './store.ts';

describe('ReadCache', () => {
  it('keeps answers until the state changes, then forgets them all', () => {
    const store = Store.memory();
    const cache = new ReadCache(store);
    cache.set('a', 'one');
    expect(cache.get('a')).toBe('one');
    store.vendor('v').table('t').set('1', {});
    expect(cache.get('a')).toBeUndefined();
  });

  it('holds at most its capacity, dropping the oldest', () => {
    const cache = new ReadCache(Store.memory(), 2);
    cache.set('a', '1');
    cache.set('b', '2');
    cache.set('c', '3');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, '2', '3']);
  });

  it('tells whether a handler read the clock', () => {
    const context = { clock: new Clock({ start: 5_000, frozen: true }) } as PackContext;
    const untouched = trackClock(context);
    expect(untouched.clockRead()).toBe(false);
    const touched = trackClock(context);
    expect(touched.context.clock.nowSeconds()).toBe(5);
    expect(touched.clockRead()).toBe(true);
  });

  it('bounds the memory it holds: big answers are not kept, and the oldest go first', () => {
    const cache = new ReadCache(Store.memory(), 100, 1_000);
    cache.set('huge', 'x'.repeat(300));
    expect(cache.get('huge')).toBeUndefined();
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set(key, 'y'.repeat(240));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('e')).toBeDefined();
  });
});
