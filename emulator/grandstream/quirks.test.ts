import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grandstreamQuirks } from '../../contracts/grandstream/quirks.ts';
import { md5, startUcm, type UcmTestEmulator } from './test-support.ts';

/** One test per reproduced quirk (contracts/grandstream/quirks.ts); switchable ones are tried both ways. */
describe('Grandstream quirks', () => {
  let ucm: UcmTestEmulator;
  let cookie: string;
  const withQuirks = (quirks: Record<string, boolean>) => startUcm({ vendors: { grandstream: { quirks } } });
  beforeAll(async () => {
    ucm = await startUcm();
    cookie = await ucm.login();
  });
  afterAll(() => ucm.close());

  it('every quirk names this file as its test', () => {
    for (const q of grandstreamQuirks) expect(q.test, q.id).toBe('emulator/grandstream/quirks.test.ts');
  });

  it('quirk errors-http-200: a failure is HTTP 200 with the code in status', async () => {
    const reply = await ucm.send('getSystemStatus', {});
    expect(reply.httpStatus).toBe(200);
    expect(reply.body.status).toBe(-6);
  });

  it('quirk error-msg-in-response: failures carry response.error_msg; off: {"status": N} alone', async () => {
    expect((await ucm.send('getSystemStatus', {})).body).toEqual({ response: { error_msg: 'Cookie error' }, status: -6 });
    const bare = await withQuirks({ 'error-msg-in-response': false });
    try {
      expect((await bare.send('getSystemStatus', {})).body).toEqual({ status: -6 });
      // remain_* still travel in response.
      expect((await bare.send('login', { user: bare.user, token: 'x' })).body).toEqual({ response: { remain_num: 4 }, status: -37 });
    } finally {
      await bare.close();
    }
  });

  it('quirk lenient-json: trailing commas and # comments are understood; off: -1', async () => {
    const body = `{"request": {"action": "getSystemStatus", #comment\n "cookie": "${cookie}",},}`;
    expect((await ucm.raw(body)).body.status).toBe(0);
    const strict = await withQuirks({ 'lenient-json': false });
    try {
      expect((await strict.raw(body)).body.status).toBe(-1);
    } finally {
      await strict.close();
    }
  });

  it('quirk action-name-lenient: " GETSYSTEMSTATUS " reaches getSystemStatus; off: -19', async () => {
    expect((await ucm.send(' GETSYSTEMSTATUS ', { cookie })).body.status).toBe(0);
    const exact = await withQuirks({ 'action-name-lenient': false });
    try {
      const c = await exact.login();
      expect((await exact.send('getSystemStatus ', { cookie: c })).body.status).toBe(-19);
      expect((await exact.send('getSystemStatus', { cookie: c })).body.status).toBe(0);
    } finally {
      await exact.close();
    }
  });

  it('quirk param-name-case: Version, Page/Item_num and Privilege are read as version, page/item_num and privilege', async () => {
    expect((await ucm.send('challenge', { user: ucm.user, Version: '1.0' })).body.status).toBe(0);
    const page = (await ucm.call('listAccount', { Item_num: '2', Page: '2' })).response;
    expect(page.page).toBe(2);
    expect(page.account).toHaveLength(2);
    const user = (await ucm.call('getUser', { user_name: '1002' })).response.user_name;
    const fields = { user_name: '1002', phone_number: '1', family_number: '2', fax: '3', email: 'a@b.c', last_name: 'l', first_name: 'f', department: 'UC', user_id: user.user_id };
    expect((await ucm.call('updateUser', { ...fields, Privilege: '2' })).status).toBe(0);
    expect((await ucm.call('getUser', { user_name: '1002' })).response.user_name.privilege).toBe(2);
  });

  it('quirk cookie-in-body: a cookie sent only as an HTTP header is ignored (-6)', async () => {
    const reply = await ucm.raw({ request: { action: 'getSystemStatus' } }, { headers: { cookie: `cookie=${cookie}; ${cookie}` } });
    expect(reply.body.status).toBe(-6);
  });

  it('quirk cookie-embeds-challenge: cookie = sid<challenge without zeros>-<unix seconds>', async () => {
    const challenge = (await ucm.send('challenge', { user: ucm.user })).body.response.challenge as string;
    const login = await ucm.send('login', { user: ucm.user, token: md5(challenge + ucm.password) });
    expect(login.body.response.cookie).toBe(`sid${BigInt(challenge)}-${Math.floor(ucm.clock.now() / 1000)}`);
  });

  it('quirk remain-number-vs-remain-num: challenge failures say remain_number, login failures remain_num', async () => {
    const challenge = await ucm.send('challenge', { user: 'nobody-here' });
    expect(challenge.body.response).toHaveProperty('remain_number');
    const login = await ucm.send('login', { user: 'nobody-either', token: 'x' });
    expect(login.body.response).toHaveProperty('remain_num');
    expect(login.body.response).not.toHaveProperty('remain_number');
  });

  it('quirk absolute-cookie-expiry: off, every use restarts the 600 s; on, 600 s after login whatever happens', async () => {
    const c = await ucm.login();
    ucm.clock.advance(500);
    expect((await ucm.send('getSystemStatus', { cookie: c })).body.status).toBe(0);
    ucm.clock.advance(500);
    expect((await ucm.send('getSystemStatus', { cookie: c })).body.status).toBe(0);
    const absolute = await withQuirks({ 'absolute-cookie-expiry': true });
    try {
      const a = await absolute.login();
      absolute.clock.advance(500);
      expect((await absolute.send('getSystemStatus', { cookie: a })).body.status).toBe(0);
      absolute.clock.advance(101);
      expect((await absolute.send('getSystemStatus', { cookie: a })).body.status).toBe(-6);
    } finally {
      await absolute.close();
    }
  });

  it('quirk unknown-user-wrong-password: an unknown user is -37; off: -71', async () => {
    expect((await ucm.send('challenge', { user: 'ghost' })).body.status).toBe(-37);
    const strict = await withQuirks({ 'unknown-user-wrong-password': false });
    try {
      expect((await strict.send('challenge', { user: 'ghost' })).body.status).toBe(-71);
    } finally {
      await strict.close();
    }
  });

  it('quirk apply-changes-settings-string: applyChanges answers {"settings":"0"}', async () => {
    expect(await ucm.call('applyChanges')).toEqual({ response: { settings: '0' }, status: 0 });
  });

  it('quirk update-sip-account-reply: updateSIPAccount answers extension and alertinfo, not need_apply', async () => {
    expect(await ucm.call('updateSIPAccount', { extension: '1003', alertinfo: 'ring2' })).toEqual({ response: { extension: { alertinfo: 'ring2', extension: '1003' } }, status: 0 });
  });

  it('quirk user-keys-swapped: listUser array under user_id, getUser object under user_name', async () => {
    expect(Array.isArray((await ucm.call('listUser')).response.user_id)).toBe(true);
    expect((await ucm.call('getUser', { user_name: 'admin' })).response.user_name.user_id).toBe(0);
  });

  it('quirk account-type-trailing-space: "SIP(WebRTC) "; off: "SIP(WebRTC)"', async () => {
    expect((await ucm.call('getSIPAccount', { extension: '1000', account_type: '' })).response.extension.account_type).toBe('SIP(WebRTC) ');
    const trimmed = await withQuirks({ 'account-type-trailing-space': false });
    try {
      const list = (await trimmed.call('listAccount', { options: 'extension,account_type' })).response.account;
      expect(list.find((a: { extension: string }) => a.extension === '1000').account_type).toBe('SIP(WebRTC)');
      expect(list.find((a: { extension: string }) => a.extension === '2000').account_type).toBe('IAX');
    } finally {
      await trimmed.close();
    }
  });

  it('quirk options-misspelt: urgemsg and newms select urgmsg and newmsg', async () => {
    const [item] = (await ucm.call('listAccount', { options: 'extension,urgemsg,newms', item_num: 1 })).response.account;
    expect(Object.keys(item).sort()).toEqual(['extension', 'newmsg', 'urgmsg']);
  });

  it('quirk unknown-option-fails: an unknown options field fails the call with -1; off: ignored', async () => {
    expect((await ucm.call('listAccount', { options: 'extension,nonsense' })).status).toBe(-1);
    const lax = await withQuirks({ 'unknown-option-fails': false });
    try {
      const [item] = (await lax.call('listAccount', { options: 'extension,nonsense' })).response.account;
      expect(Object.keys(item)).toEqual(['extension']);
    } finally {
      await lax.close();
    }
  });

  it('quirk sord-acs: "acs" sorts ascending like "asc"', async () => {
    const acs = (await ucm.call('listAccount', { options: 'extension', sord: 'acs', sidx: 'extension' })).response.account;
    const asc = (await ucm.call('listAccount', { options: 'extension', sord: 'asc', sidx: 'extension' })).response.account;
    expect(acs).toEqual(asc);
    expect(Number(acs[0].extension)).toBeLessThan(Number(acs[1].extension));
  });

  it('quirk presence-settings-alias: presence_settings on add lands in sip_presence_settings', async () => {
    await ucm.call('addSIPAccountAndUser', { extension: '7950', presence_settings: [{ presence_status: 'available', cfu: '6000', cfu_destination_type: '1', cfu_timetype: '0' }] });
    const got = (await ucm.call('getSIPAccount', { extension: '7950' })).response;
    expect(got.sip_presence_settings.find((p: { presence_status: string }) => p.presence_status === 'available').cfu).toBe('6000');
  });

  it('quirk dtmfmode-rfc2833: the default is "rfc2833" and "rfc2833" is accepted', async () => {
    expect((await ucm.call('getSIPAccount', { extension: '1004' })).response.extension.dtmfmode).toBe('rfc2833');
    expect((await ucm.call('updateSIPAccount', { extension: '1004', dtmfmode: 'RFC4733' })).status).toBe(0);
    expect((await ucm.call('getSIPAccount', { extension: '1004' })).response.extension.dtmfmode).toBe('rfc4733');
  });

  it('quirk extension-field-spellings: external_numbr, user_outrt_pas swd, local_networkk1 … set the answered fields', async () => {
    await ucm.call('updateSIPAccount', { extension: '1005', external_numbr: '+4930', 'user_outrt_pas swd': '1234', local_networkk1: '10.0.0.0/8', skip_auth_time_type: 2, custom_auto_answer: 'yes' });
    const ext = (await ucm.call('getSIPAccount', { extension: '1005' })).response.extension;
    expect([ext.external_number, ext.user_outrt_passwd, ext.local_network1, ext.skip_auth_timetype, ext.custom_autoanswer]).toEqual(['+4930', '1234', '10.0.0.0/8', 2, 'yes']);
  });

  it('quirk timetype-int-desttype-string: timetypes answer as numbers, destination types as strings', async () => {
    await ucm.call('updateSIPAccount', { extension: '1006', sip_presence_settings: [{ presence_status: 'away', cfb_timetype: '3', cfb_destination_type: 1 }] });
    const away = (await ucm.call('getSIPAccount', { extension: '1006' })).response.sip_presence_settings.find((p: { presence_status: string }) => p.presence_status === 'away');
    expect(away.cfb_timetype).toBe(3);
    expect(away.cfb_destination_type).toBe('1');
  });
});
