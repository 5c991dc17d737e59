import { describe, expect, it } from 'vitest';
import { Clock } from './clock.ts';

describe('Clock', () => {
  it('a frozen clock moves only when advanced or set', () => {
    const clock = new Clock({ start: 1_000_000, frozen: true });
    expect(clock.now()).toBe(1_000_000);
    clock.advance(30);
    expect(clock.now()).toBe(1_030_000);
    clock.set(5_000);
    expect(clock.nowSeconds()).toBe(5);
  });

  it('a running clock follows real time from its start', async () => {
    const clock = new Clock({ start: 0 });
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.now()).toBeGreaterThanOrEqual(15);
    expect(clock.now()).toBeLessThan(5_000);
  });

  it('runs scheduled callbacks in time order when advanced past them, and not before', () => {
    const clock = new Clock({ start: 0, frozen: true });
    const fired: string[] = [];
    clock.after(10, () => fired.push('ten'));
    clock.after(5, () => fired.push('five'));
    const cancel = clock.after(7, () => fired.push('cancelled'));
    cancel();
    clock.advance(4);
    expect(fired).toEqual([]);
    clock.advance(6);
    expect(fired).toEqual(['five', 'ten']);
    expect(clock.pending()).toBe(0);
  });

  it('fires scheduled callbacks on real time too', async () => {
    const clock = new Clock();
    const fired = new Promise<number>((resolve) => clock.after(0.02, () => resolve(clock.now())));
    const started = clock.now();
    expect(await fired).toBeGreaterThanOrEqual(started + 15);
    clock.dispose();
  });

  it('refuses to run backwards or to non-numbers', () => {
    const clock = new Clock({ frozen: true });
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
    expect(() => clock.set(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
