import { afterEach, describe, expect, it } from 'vitest';
import { startPortsip, type PortsipTestEmulator } from './test-support.ts';

const opened: PortsipTestEmulator[] = [];
async function withQuirks(quirks: Record<string, boolean> = {}) {
  const ps = await startPortsip({ vendors: { portsip: { quirks } } });
  opened.push(ps);
  return ps;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((ps) => ps.close()));
});

const newExtension = (ps: PortsipTestEmulator, number: string, extra: Record<string, unknown> = {}) =>
  ps.post('/api/extensions/create', { extension_number: number, password: 'sip123', web_access_password: 'web123', ...extra });

const call = { extension: '7900', auth: 'sip123', to: '1001', domain: 'd', src: 's' };

describe('PortSIP quirks (contracts/portsip/quirks.ts)', () => {
  it('quirk call-path-misprint: /apiextensions/call is served beside /api/extensions/call, and only with the quirk', async () => {
    const on = await withQuirks();
    await newExtension(on, '7900');
    expect((await on.get('/apiextensions/call', call)).status).toBe(200);
    expect((await on.get('/api/extensions/call', call)).status).toBe(200);
    const off = await withQuirks({ 'call-path-misprint': false });
    await newExtension(off, '7900');
    expect((await off.get('/apiextensions/call', call)).status).toBe(404);
    expect((await off.get('/api/extensions/call', call)).status).toBe(200);
  });

  it('quirk search-answers-object: search answers one object (or {}), an array when off', async () => {
    const on = await withQuirks();
    const found = await on.get('/api/extensions/search', { condition: '100', pagination: 1 });
    expect(Array.isArray(found.body.extensions)).toBe(false);
    expect(found.body.extensions.extension_number).toMatch(/^100/);
    expect((await on.get('/api/extensions/search', { condition: 'zzz-nothing', pagination: 1 })).body.extensions).toEqual({});
    const off = await withQuirks({ 'search-answers-object': false });
    const list = await off.get('/api/extensions/search', { condition: '100', pagination: 1 });
    expect(Array.isArray(list.body.extensions)).toBe(true);
    expect(list.body.extensions.length).toBeGreaterThan(1);
  });

  it('quirk voicemail-action-spellings: CONNECT_TO_VOICE stays beside CONNECT_TO_VOICE_MAIL; off normalises it', async () => {
    const on = await withQuirks();
    await newExtension(on, '7900');
    const shown = (await on.get('/api/extensions/show', { extension_number: '7900' })).body;
    expect(shown.forward_rules.available.no_answer_action).toBe('CONNECT_TO_VOICE_MAIL');
    expect(shown.forward_rules.available.busy_action).toBe('CONNECT_TO_VOICE');
    expect(shown.forward_rules.dnd.office_hours_action).toBe('CONNECT_TO_VOICE');
    const off = await withQuirks({ 'voicemail-action-spellings': false });
    await newExtension(off, '7900', { forward_rules: { away: { office_hours_action: 'CONNECT_TO_VOICE' } } });
    const fixed = (await off.get('/api/extensions/show', { extension_number: '7900' })).body;
    expect(fixed.forward_rules.available.busy_action).toBe('CONNECT_TO_VOICE_MAIL');
    expect(fixed.forward_rules.away.office_hours_action).toBe('CONNECT_TO_VOICE_MAIL');
  });

  it('quirk default-greeting-trailing-comma: the built-in file is listed as "default.wav," and either spelling selects it', async () => {
    const on = await withQuirks();
    await newExtension(on, '7900');
    await on.post('/api/extensions/greeting_file/add', { extension_number: '7900', filename: 'mine.wav' });
    await on.post('/api/extensions/greeting_file/setup', { extension_number: '7900', filename: 'mine.wav' });
    const listed = (await on.get('/api/extensions/greeting_file/list', { extension_number: '7900', pagination: 1 })).body;
    expect(listed.files.map((f: { filename: string }) => f.filename)).toEqual(['default.wav,', 'mine.wav']);
    expect((await on.post('/api/extensions/greeting_file/setup', { extension_number: '7900', filename: 'default.wav,' })).status).toBe(200);
    expect((await on.get('/api/extensions/greeting_file/list', { extension_number: '7900', pagination: 1 })).body.default_file).toBe('default.wav');
    const off = await withQuirks({ 'default-greeting-trailing-comma': false });
    await newExtension(off, '7900');
    expect((await off.get('/api/extensions/greeting_file/list', { extension_number: '7900', pagination: 1 })).body.files[0].filename).toBe('default.wav');
  });

  it('quirk greeting-list-sample-shape: default_file + files as the sample; `greetings` as the table when off', async () => {
    const on = await withQuirks();
    const sample = (await on.get('/api/extensions/greeting_file/list', { extension_number: '1000', pagination: 1 })).body;
    expect(sample).toHaveProperty('default_file', 'welcome.wav');
    expect(sample).toHaveProperty('files');
    const off = await withQuirks({ 'greeting-list-sample-shape': false });
    const table = (await off.get('/api/extensions/greeting_file/list', { extension_number: '1000', pagination: 1 })).body;
    expect(table).not.toHaveProperty('files');
    expect(table.greetings).toEqual([{ filename: 'default.wav,', enabled: false }, { filename: 'welcome.wav', enabled: true }]);
  });

  it('quirk group-remove-by-name: a group name in group_id removes that group; off it is not found', async () => {
    const on = await withQuirks();
    expect((await on.post('/api/extensions/group/remove', { group_id: 'Example extension group' })).status).toBe(200);
    expect((await on.get('/api/extensions/group/list', { pagination: 1 })).body.groups).toHaveLength(1);
    const off = await withQuirks({ 'group-remove-by-name': false });
    expect((await off.post('/api/extensions/group/remove', { group_id: 'Example extension group' })).status).toBe(404);
  });

  it('quirk create-extension-without-token: off (default) create needs a token; on it does not', async () => {
    const off = await withQuirks();
    expect((await off.post('/api/extensions/create', { extension_number: '7900', password: 'a', web_access_password: 'b' }, { token: null })).status).toBe(401);
    const on = await withQuirks({ 'create-extension-without-token': true });
    expect((await on.post('/api/extensions/create', { extension_number: '7900', password: 'a', web_access_password: 'b' }, { token: null })).status).toBe(200);
    expect((await on.post('/api/extensions/create', { extension_number: '7901', password: 'a', web_access_password: 'b' }, { token: 'BAD' })).status).toBe(401);
    expect((await on.post('/api/extensions/remove', { extension_number: '7900' }, { token: null })).status).toBe(401);
  });

  it('quirk update-requires-all-sections: an update with some sections is refused; off it is merged', async () => {
    const on = await withQuirks();
    expect((await on.post('/api/extensions/update', { extension_number: '1000', profile: { first_name: 'Only' } })).status).toBe(400);
    const off = await withQuirks({ 'update-requires-all-sections': false });
    expect((await off.post('/api/extensions/update', { extension_number: '1000', profile: { first_name: 'Only' } })).status).toBe(200);
    const shown = (await off.get('/api/extensions/show', { extension_number: '1000' })).body;
    expect(shown.profile.first_name).toBe('Only');
    expect(shown.profile.last_name).not.toBe('');
  });

  it('quirk count-echoes-pagesize: off (default) count is the items on the page; on it echoes pagesize', async () => {
    const off = await withQuirks();
    expect((await off.get('/api/extensions/group/list', { pagination: 1, pagesize: 100 })).body.count).toBe(2);
    const on = await withQuirks({ 'count-echoes-pagesize': true });
    expect((await on.get('/api/extensions/group/list', { pagination: 1, pagesize: 100 })).body.count).toBe(100);
  });

  it('quirk token-sliding-expiry: off (default) a used token still dies 30 s after issue; on each call renews it', async () => {
    for (const [sliding, alive] of [[false, false], [true, true]] as const) {
      const ps = await withQuirks({ 'token-sliding-expiry': sliding });
      const token = await ps.login();
      ps.advance(20);
      expect((await ps.get('/api/extensions/list', { pagination: 1 }, { token })).status).toBe(200);
      ps.advance(20);
      expect((await ps.get('/api/extensions/list', { pagination: 1 }, { token })).status === 200).toBe(alive);
    }
  });

  it('quirk lenient-methods: off (default) the other method answers 405 with Allow; on GET and POST both work', async () => {
    const off = await withQuirks();
    const token = await off.login();
    const refused = await off.inject({ method: 'POST', url: '/api/extensions/list', payload: { access_token: token, pagination: 1 } });
    expect(refused.status).toBe(405);
    expect(refused.headers.allow).toBe('GET');
    const on = await withQuirks({ 'lenient-methods': true });
    const token2 = await on.login();
    expect((await on.inject({ method: 'POST', url: '/api/extensions/list', payload: { access_token: token2, pagination: 1 } })).status).toBe(200);
    expect((await on.inject({ method: 'GET', url: `/api/extensions/status?access_token=${token2}&extensions=1000` })).status).toBe(400);
  });

  it('quirk v12-route-aliases: destroy and greeting_file/create reach remove and add; off they are unknown', async () => {
    const on = await withQuirks();
    expect((await on.post('/api/extensions/greeting_file/create', { extension_number: '1001', filename: 'x.wav' })).status).toBe(200);
    expect((await on.post('/api/extensions/destroy', { extension_number: '1001' })).status).toBe(200);
    expect((await on.get('/api/extensions/show', { extension_number: '1001' })).status).toBe(404);
    const off = await withQuirks({ 'v12-route-aliases': false });
    expect((await off.post('/api/extensions/destroy', { extension_number: '1001' })).status).toBe(404);
    expect((await off.post('/api/extensions/group/destroy', { group_id: 'x' })).body.error).toBe('unknownRoute');
  });

  it('quirk all-errors-400: every error becomes HTTP 400 with the same JSON body', async () => {
    const off = await withQuirks();
    expect((await off.get('/api/extensions/list', { pagination: 1 }, { token: null })).status).toBe(401);
    expect((await off.get('/api/extensions/show', { extension_number: '7999' })).status).toBe(404);
    const on = await withQuirks({ 'all-errors-400': true });
    const noToken = await on.get('/api/extensions/list', { pagination: 1 }, { token: null });
    expect(noToken.status).toBe(400);
    expect(noToken.body.error).toBe('missingToken');
    expect((await on.get('/api/extensions/show', { extension_number: '7999' })).status).toBe(400);
  });
});
