import { describe, expect, it } from 'vitest';
import { Clock } from './clock.ts';
import { paginate, sortBy } from './paging.ts';
import { SessionStore } from './sessions.ts';

describe('SessionStore', () => {
  it('expires sessions on the emulator clock, absolute by default', () => {
    const clock = new Clock({ start: 0, frozen: true });
    const sessions = new SessionStore(clock, { ttlSeconds: 30 });
    sessions.create('t1', { user: 'a' });
    clock.advance(29);
    expect('session' in sessions.use('t1')).toBe(true);
    clock.advance(1);
    expect(sessions.use('t1')).toEqual({ missing: 'expired' });
    expect(sessions.use('t1')).toEqual({ missing: 'unknown' });
    expect(sessions.use(undefined)).toEqual({ missing: 'absent' });
  });

  it('sliding sessions live as long as they are used', () => {
    const clock = new Clock({ start: 0, frozen: true });
    const sessions = new SessionStore(clock, { ttlSeconds: 600, sliding: true });
    sessions.create('c', {});
    for (let i = 0; i < 5; i++) {
      clock.advance(500);
      expect('session' in sessions.use('c')).toBe(true);
    }
    clock.advance(600);
    expect(sessions.use('c')).toEqual({ missing: 'expired' });
  });

  it('revokes one session or those matching a condition', () => {
    const sessions = new SessionStore<{ user: string }>(new Clock(), { ttlSeconds: 60 });
    sessions.create('a', { user: 'x' });
    sessions.create('b', { user: 'x' });
    sessions.create('c', { user: 'y' });
    expect(sessions.revoke('a')).toBe(true);
    expect(sessions.revokeWhere((s) => s.data.user === 'x')).toBe(1);
    expect(sessions.size).toBe(1);
  });
});

describe('paging', () => {
  it('cuts 1-based pages and counts them', () => {
    const page = paginate([1, 2, 3, 4, 5], 2, 2);
    expect(page).toEqual({ items: [3, 4], page: 2, pageSize: 2, total: 5, pageCount: 3 });
    expect(paginate([1], 5, 10).items).toEqual([]);
    expect(() => paginate([], 0, 10)).toThrow(RangeError);
    expect(() => paginate([], 1, 0)).toThrow(RangeError);
  });

  it('sorts numerically when values look like numbers', () => {
    const rows = [{ n: '10' }, { n: '9' }, { n: '100' }];
    expect(sortBy(rows, 'n').map((r) => r.n)).toEqual(['9', '10', '100']);
    expect(sortBy(rows, 'n', 'desc').map((r) => r.n)).toEqual(['100', '10', '9']);
  });
});
