import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLICK_TO_CALL } from '../../contracts/sipxcom/calls.ts';
import { startSipx, type SipxTestEmulator } from './test-support.ts';

const API = '/sipxconfig/api';
const REST = '/sipxconfig/rest';
const USER: [string, string] = ['200', '11111111'];

/** Registrations, click-to-call, conferences and system resources: behaviour the scenarios do not reach. */
describe('sipXcom user services', () => {
  let sipx: SipxTestEmulator;
  beforeAll(async () => {
    sipx = await startSipx();
  });
  afterAll(() => sipx.close());

  const registrations = async (path = '') => (await sipx.request('GET', `${API}/registrations${path}`, { accept: 'json' })).json.registrations as Array<{ identity: string; primary: string }>;

  it('registrations: a deleted user\'s registrations go with the user; DELETE by server (id or FQDN) clears that server', async () => {
    const all = await registrations();
    const victim = all.find((r) => r.identity !== '200')!.identity;
    const user = (await sipx.request('GET', `${REST}/user`, { accept: 'json' })).json.user.users.find((u: { username: string }) => u.username === victim);
    expect((await sipx.request('DELETE', `${REST}/user/${user.id}`)).status).toBe(200);
    expect((await registrations()).some((r) => r.identity === victim)).toBe(false);
    expect((await sipx.request('GET', `${API}/registrations/user/${victim}`)).status).toBe(404);
    const fqdn = all[0].primary;
    expect((await registrations(`/server/${fqdn.toUpperCase()}`)).length).toBe(all.length - all.filter((r) => r.identity === victim).length);
    expect((await sipx.request('DELETE', `${API}/registrations/server/1`)).status).toBe(200);
    expect(await registrations()).toEqual([]);
    expect(await registrations(`/server/${fqdn}`)).toEqual([]);
    expect((await sipx.request('GET', `${API}/registrations/serialNo/not-a-mac`)).status).toBe(404);
    expect((await sipx.request('GET', `${API}/registrations`, { auth: USER })).status).toBe(403);
  });

  it('click-to-call: phases follow the clock exactly; ended calls leave the list', async () => {
    const cdrs = async () => (await sipx.request('GET', `${REST}/my/activecdrs`, { auth: USER, accept: 'json' })).json.cdrs as Array<{ to: string; type: string; duration: number }>;
    const mine = async () => (await cdrs()).filter((c) => c.to === '7950');
    expect((await sipx.request('PUT', `${REST}/my/call/7950`, { auth: USER, body: 'x' })).status).toBe(200);
    expect((await mine()).map((c) => [c.type, c.duration])).toEqual([['REQUESTED', 0]]);
    sipx.clock.advance(CLICK_TO_CALL.ringSeconds);
    expect((await mine()).map((c) => [c.type, c.duration])).toEqual([['IN_PROGRESS', CLICK_TO_CALL.ringSeconds]]);
    sipx.clock.advance(CLICK_TO_CALL.talkSeconds - 1);
    expect(await mine()).toHaveLength(1);
    sipx.clock.advance(1);
    expect(await mine()).toEqual([]);
    expect((await sipx.request('PUT', `${REST}/my/call/7950`, { body: 'x' })).status).toBe(403);
  });

  it('conferences: maxMembers and enabled refuse new members; pin/nopin, record/norecord and say answer FreeSWITCH text', async () => {
    const command = (conf: string, text: string) => sipx.request('PUT', `${REST}/my/conference/${conf}/${text}`, { auth: USER });
    const list = (await sipx.request('GET', `${REST}/my/conferences`, { auth: USER, accept: 'json' })).json.conferences as Array<{ name: string; description: string | null }>;
    const idle = list.find((c) => c.description === null)!.name;
    await sipx.request('PUT', `${REST}/my/conferences/${idle}`, { auth: USER, body: { maxMembers: 1 } });
    expect((await command(idle, 'dial&sofia%2Fdefault%2F7951@softswitch')).text).toBe('Call Requested: result: [SUCCESS]');
    expect((await command(idle, 'dial&sofia%2Fdefault%2F7952@softswitch')).text).toBe('Call Requested: result: [CONFERENCE_FULL]');
    expect((await command(idle, 'dial&nodestination')).status).toBe(400);
    expect((await command(idle, 'pin&1234')).text).toBe(`Pin for conference ${idle} set: 1234`);
    expect((await command(idle, 'pin&12a')).status).toBe(400);
    expect((await command(idle, 'nopin')).text).toBe(`Pin for conference ${idle} deleted`);
    expect((await command(idle, 'record&%2Ftmp%2Fa.wav')).text).toBe('Record file /tmp/a.wav');
    expect((await command(idle, 'norecord&all')).text).toBe('Stopped recording 1 file');
    expect((await command(idle, 'say&hello&all')).text).toBe('(say) OK');
    expect((await command(idle, 'list&delim&;')).text.split('\n')[1].split(';')).toHaveLength(8);
    await sipx.request('PUT', `${REST}/my/conferences/${idle}`, { auth: USER, body: { maxMembers: 0, enabled: false } });
    expect((await command(idle, 'dial&sofia%2Fdefault%2F7952@softswitch')).text).toBe('Call Requested: result: [CONFERENCE_DISABLED]');
    expect((await command(idle, 'hup&all')).text).toBe('OK hup 1');
    expect((await sipx.request('GET', `${REST}/my/conferencedetails/${idle}`, { auth: USER })).status).toBe(406);
  });

  it('system: the portal password is stored apart from the PIN, which still authenticates', async () => {
    expect((await sipx.request('PUT', `${REST}/my/portal/password/${'x'.repeat(256)}`, { auth: USER })).status).toBe(400);
    expect((await sipx.request('PUT', `${REST}/my/portal/password/new-portal-pw`, { auth: USER })).status).toBe(200);
    const state = sipx.emulator.vendor('sipxcom').context.state.dump();
    const row = Object.values(state.tables.portal_passwords ?? {})[0] as { sha256: string; changedAt: number };
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row.changedAt).toBe(sipx.clock.now());
    expect((await sipx.request('GET', `${REST}/my/keepalive`, { auth: USER })).status).toBe(200);
    expect((await sipx.request('GET', `${REST}/my/keepalive`, { auth: ['200', 'new-portal-pw'] })).status).toBe(401);
  });
});
