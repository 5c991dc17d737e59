import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { md5, startUcm, type UcmTestEmulator } from './test-support.ts';

/** Sessions, challenges, lockout, whitelist and API-user permissions on the emulator clock. */
describe('Grandstream authentication', () => {
  let ucm: UcmTestEmulator;
  beforeEach(async () => {
    ucm = await startUcm();
  });
  afterEach(() => ucm.close());

  const seed = (tables: Record<string, Record<string, unknown>>) =>
    ucm.emulator.vendor('grandstream').app.inject({ method: 'POST', url: '/__emulator/seed', payload: { tables } });

  it('a challenge expires after 60 s and is bound to the address that asked for it', async () => {
    const challenge = (await ucm.send('challenge', { user: ucm.user })).body.response.challenge;
    ucm.clock.advance(61);
    expect((await ucm.send('login', { user: ucm.user, token: md5(challenge + ucm.password) })).body.status).toBe(-37);
    const other = (await ucm.send('challenge', { user: ucm.user })).body.response.challenge;
    const fromElsewhere = await ucm.send('login', { user: ucm.user, token: md5(other + ucm.password) }, { remoteAddress: '10.1.1.1' });
    expect(fromElsewhere.body.status).toBe(-37);
  });

  it('the token is compared case-insensitively; a login without a token is -37', async () => {
    const challenge = (await ucm.send('challenge', { user: ucm.user })).body.response.challenge;
    expect((await ucm.send('login', { user: ucm.user, token: md5(challenge + ucm.password).toUpperCase() })).body.status).toBe(0);
    await ucm.send('challenge', { user: ucm.user });
    expect((await ucm.send('login', { user: ucm.user })).body.status).toBe(-37);
  });

  it('five failures ban the address and user for 600 s with remain_time counting down; other addresses are free', async () => {
    const remains: number[] = [];
    for (let i = 0; i < 5; i++) remains.push((await ucm.send('login', { user: ucm.user, token: 'bad' })).body.response.remain_num);
    expect(remains).toEqual([4, 3, 2, 1, 0]);
    expect((await ucm.send('challenge', { user: ucm.user })).body).toMatchObject({ status: -68, response: { remain_time: 600 } });
    ucm.clock.advance(100);
    expect((await ucm.send('login', { user: ucm.user, token: 'x' })).body.response.remain_time).toBe(500);
    await expect(ucm.login(undefined, undefined, { remoteAddress: '10.2.2.2' })).resolves.toMatch(/^sid/);
    ucm.clock.advance(500);
    await expect(ucm.login()).resolves.toMatch(/^sid/);
  });

  it('a success clears the failure count', async () => {
    for (let i = 0; i < 4; i++) await ucm.send('login', { user: ucm.user, token: 'bad' });
    await ucm.login();
    expect((await ucm.send('login', { user: ucm.user, token: 'bad' })).body.response.remain_num).toBe(4);
  });

  it('a whitelisted address is never banned', async () => {
    await seed({ api_settings: { login: { max_attempts: 2, ban_seconds: 60, whitelist: ['127.0.0.1'], session_ttl_seconds: 600, challenge_ttl_seconds: 60 } } });
    for (let i = 0; i < 6; i++) expect((await ucm.send('login', { user: ucm.user, token: 'bad' })).body.status).toBe(-37);
    await expect(ucm.login()).resolves.toMatch(/^sid/);
  });

  it('the session length is a setting: a 60 s TTL expires after 60 idle seconds', async () => {
    await seed({ api_settings: { login: { max_attempts: 5, ban_seconds: 600, whitelist: [], session_ttl_seconds: 60, challenge_ttl_seconds: 60 } } });
    const cookie = await ucm.login();
    ucm.clock.advance(59);
    expect((await ucm.send('getSystemStatus', { cookie })).body.status).toBe(0);
    ucm.clock.advance(61);
    expect((await ucm.send('getSystemStatus', { cookie })).body.status).toBe(-6);
  });

  it('API users from the table log in with their own password; sections outside theirs are -47; disabling one ends its session', async () => {
    const cookie = await ucm.login('cdrreader', 'cdrreader123');
    expect((await ucm.send('getSystemStatus', { cookie })).body.status).toBe(0);
    expect((await ucm.send('listAccount', { cookie })).body.status).toBe(-47);
    expect((await ucm.send('addSIPAccountAndUser', { cookie, extension: '7999' })).body.status).toBe(-47);
    await expect(ucm.login('cdrreader', 'wrong')).rejects.toThrow(/-37/);
    expect((await ucm.send('challenge', { user: 'disabled' })).body.status).toBe(-70);
    await seed({ api_users: { cdrreader: { user: 'cdrreader', password: 'cdrreader123', enable: 'no', call_control: 'no', sections: '*' } } });
    expect((await ucm.send('getSystemStatus', { cookie })).body.status).toBe(-6);
  });

  it('listUser shows the latest session of a user that logged in through the API', async () => {
    await seed({ api_users: { '1001': { user: '1001', password: 'pw1001', enable: 'yes', call_control: 'no', sections: '*' } } });
    const cookie = await ucm.login('1001', 'pw1001');
    const user = (await ucm.call('listUser', { options: 'login_time,ip' })).response.user_id.find((u: { user_name: string }) => u.user_name === '1001');
    expect(user).toEqual({ user_id: expect.any(Number), user_name: '1001', login_time: '2024-11-14 10:00:00', ip: '127.0.0.1' });
    expect((await ucm.call('getUser', { user_name: '1001' })).response.user_name.cookie).toBe(cookie);
  });

  it('getSystemStatus counts up-time and idle-time on the emulator clock', async () => {
    ucm.clock.advance(3660);
    const cookie = await ucm.login();
    ucm.clock.advance(65);
    const status = (await ucm.send('getSystemStatus', { cookie })).body.response;
    expect(status['up-time']).toBe('01:02:05');
    expect(status['idle-time']).toBe('00:01:05');
    expect(status['system-time']).toBe('2024-11-14 11:02:05 UTC+00:00');
  });
});
