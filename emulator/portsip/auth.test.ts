import { afterEach, describe, expect, it } from 'vitest';
import { insecureFetch } from '../../suites/harness/target.ts';
import { startEmulator } from '../index.ts';
import { startPortsip, type PortsipTestEmulator } from './test-support.ts';

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  delete process.env.PORTSIP_TOKEN_TTL;
  await Promise.all(opened.splice(0).map((x) => x.close()));
});
async function open(): Promise<PortsipTestEmulator> {
  const ps = await startPortsip();
  opened.push(ps);
  return ps;
}

describe('PortSIP tokens', () => {
  it('login answers a 32-character uppercase hex token with expires 30; wrong credentials get 400', async () => {
    const ps = await open();
    const ok = await ps.inject({ method: 'POST', url: '/api/account/credentials/verify', payload: { name: 'admin', password: 'admin123' } });
    expect(ok.status).toBe(200);
    expect(ok.body.access_token).toMatch(/^[0-9A-F]{32}$/);
    expect(ok.body.expires).toBe(30);
    const viaUsername = await ps.inject({ method: 'POST', url: '/api/account/credentials/verify', payload: { username: 'admin', password: 'admin123' } });
    expect(viaUsername.status).toBe(200);
    const bad = await ps.inject({ method: 'POST', url: '/api/account/credentials/verify', payload: { name: 'admin', password: 'nope' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: 'badCredentials', message: expect.any(String) });
  });

  it('the token works as query parameter, body member and access_token header, and is refused once expired', async () => {
    const ps = await open();
    const token = await ps.login();
    expect((await ps.get('/api/extensions/list', { pagination: 1 }, { token })).status).toBe(200);
    expect((await ps.post('/api/extensions/status', { extensions: ['1000'] }, { token })).status).toBe(200);
    expect((await ps.inject({ method: 'GET', url: '/api/extensions/list?pagination=1', headers: { access_token: token } })).status).toBe(200);
    ps.advance(29);
    expect((await ps.get('/api/extensions/list', { pagination: 1 }, { token })).status).toBe(200);
    ps.advance(1);
    const expired = await ps.get('/api/extensions/list', { pagination: 1 }, { token });
    expect(expired.status).toBe(401);
    expect(expired.body.error).toBe('expiredToken');
    const unknown = await ps.get('/api/extensions/list', { pagination: 1 }, { token: 'A'.repeat(32) });
    expect(unknown.body.error).toBe('invalidToken');
    expect((await ps.get('/api/extensions/list', { pagination: 1 }, { token: null })).body.error).toBe('missingToken');
  });

  it('refresh keeps the same token alive for another full period', async () => {
    const ps = await open();
    const token = await ps.login();
    ps.advance(25);
    const refreshed = await ps.post('/api/account/token/refresh', {}, { token });
    expect(refreshed.body.access_token).toBe(token);
    ps.advance(25);
    expect((await ps.get('/api/extensions/list', { pagination: 1 }, { token })).status).toBe(200);
  });

  it('PORTSIP_TOKEN_TTL sets the validity', async () => {
    process.env.PORTSIP_TOKEN_TTL = '600';
    const ps = await open();
    const login = await ps.inject({ method: 'POST', url: '/api/account/credentials/verify', payload: { name: 'admin', password: 'admin123' } });
    expect(login.body.expires).toBe(600);
    ps.advance(599);
    expect((await ps.get('/api/extensions/list', { pagination: 1 }, { token: login.body.access_token })).status).toBe(200);
    process.env.PORTSIP_TOKEN_TTL = 'soon';
    await expect(startPortsip()).rejects.toThrow(/PORTSIP_TOKEN_TTL/);
  });

  it('HTTP and HTTPS listeners share one token store', async () => {
    const emulator = await startEmulator({ vendor: 'portsip', strict: true, vendors: { portsip: { port: 0, ports: { https: 0 } } } });
    opened.push(emulator);
    const running = emulator.vendor('portsip');
    const [http, https] = running.listeners;
    expect(http.url).toMatch(/^http:/);
    expect(https.url).toMatch(/^https:/);
    const login = await fetch(`${http.url}/api/account/credentials/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'admin', password: 'admin123' }),
    });
    const { access_token } = (await login.json()) as { access_token: string };
    const secure = await insecureFetch();
    const listed = await secure(`${https.url}/api/extensions/list?pagination=1&access_token=${access_token}`);
    expect(listed.status).toBe(200);
  });
});

describe('PortSIP state', () => {
  it('groups: members must exist, removing an extension leaves its groups, the default group stays', async () => {
    const ps = await open();
    expect((await ps.post('/api/extensions/group/create', { group_name: 'G', enable_intercom: true, enable_external_call: false, enable_management_console_access: false, members: ['7999'] })).status).toBe(400);
    const created = await ps.post('/api/extensions/group/create', { group_name: 'G', enable_intercom: true, enable_external_call: false, enable_management_console_access: false, members: ['1000', '1001', '1000'] });
    expect(created.body).toEqual({ group_id: expect.stringMatching(/^\d{10,}$/), group_name: 'G' });
    expect((await ps.get('/api/extensions/group/show', { group_id: created.body.group_id })).body.members).toEqual(['1000', '1001']);
    expect((await ps.get('/api/extensions/show', { extension_number: '1000' })).body.belong_groups).toContain(created.body.group_id);
    await ps.post('/api/extensions/remove', { extension_number: '1000' });
    expect((await ps.get('/api/extensions/group/show', { group_id: created.body.group_id })).body.members).toEqual(['1001']);
    expect((await ps.get('/api/extensions/group/show', { group_id: '__DEFAULT_EXTENSION_GROUP__' })).body.members).not.toContain('1000');
    expect((await ps.post('/api/extensions/group/remove', { group_id: '__DEFAULT_EXTENSION_GROUP__' })).status).toBe(400);
    await ps.post('/api/extensions/create', { extension_number: '7950', password: 'a', web_access_password: 'b' });
    expect((await ps.get('/api/extensions/group/show', { group_id: '__DEFAULT_EXTENSION_GROUP__' })).body.members).toContain('7950');
  });

  it('greetings: a url names the file, stems match, the default falls back when removed, removal of the extension drops them', async () => {
    const ps = await open();
    await ps.post('/api/extensions/create', { extension_number: '7950', password: 'a', web_access_password: 'b' });
    expect((await ps.post('/api/extensions/greeting_file/add', { extension_number: '7950', url: 'https://x.example/files/hello.wav?sig=1' })).status).toBe(200);
    expect((await ps.post('/api/extensions/greeting_file/add', { extension_number: '7950' })).status).toBe(400);
    expect((await ps.post('/api/extensions/greeting_file/setup', { extension_number: '7950', filename: 'hello' })).status).toBe(200);
    let list = (await ps.get('/api/extensions/greeting_file/list', { extension_number: '7950', pagination: 1 })).body;
    expect(list.default_file).toBe('hello.wav');
    await ps.post('/api/extensions/greeting_file/remove', { extension_number: '7950', filename: 'hello.wav' });
    list = (await ps.get('/api/extensions/greeting_file/list', { extension_number: '7950', pagination: 1 })).body;
    expect(list.default_file).toBe('default.wav');
    expect((await ps.post('/api/extensions/greeting_file/remove', { extension_number: '7950', filename: 'default.wav' })).status).toBe(404);
    await ps.post('/api/extensions/greeting_file/add', { extension_number: '7950', filename: 'keep.wav' });
    await ps.post('/api/extensions/remove', { extension_number: '7950' });
    await ps.post('/api/extensions/create', { extension_number: '7950', password: 'a', web_access_password: 'b' });
    list = (await ps.get('/api/extensions/greeting_file/list', { extension_number: '7950', pagination: 1 })).body;
    expect(list.files).toHaveLength(1);
  });

  it('writes persist across a store flush and a reset restores the fixtures and forgets tokens', async () => {
    const ps = await open();
    const token = await ps.login();
    await ps.post('/api/extensions/create', { extension_number: '7950', password: 'a', web_access_password: 'b' });
    expect(ps.emulator.store.vendor('portsip').table('extensions').has('7950')).toBe(true);
    ps.emulator.reset('portsip');
    expect((await ps.get('/api/extensions/list', { pagination: 1 }, { token })).status).toBe(401);
    const fresh = await ps.login();
    expect((await ps.get('/api/extensions/show', { extension_number: '7950' }, { token: fresh })).status).toBe(404);
  });
});
