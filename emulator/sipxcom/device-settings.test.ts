import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSipx, type SipxTestEmulator } from './test-support.ts';

const API = '/sipxconfig/api';

describe('sipXcom device settings (gateways, phones, lines, phone-group models)', () => {
  let sipx: SipxTestEmulator;
  beforeAll(async () => {
    sipx = await startSipx();
  });
  afterAll(() => sipx.close());

  /** The stored setting-value keys (tree|owner|path) of the emulator's state. */
  const storedKeys = async () => Object.keys((await sipx.request('GET', '/__emulator/state')).json.tables.setting_values ?? {});
  const text = (body: string) => ({ body, contentType: 'text/plain' });

  it('the seeded SIP trunk shows the values of doc 1118; its proxy address defaults to the gateway address', async () => {
    const settings = (await sipx.request('GET', `${API}/gateways/2/settings`)).json.settings as Array<{ path: string; value: string | null; defaultValue: string | null }>;
    const at = (p: string) => settings.find((s) => s.path === `itsp-account/${p}`)!;
    expect(at('user-name').value).toBe('5568');
    expect(at('register-on-initialization')).toMatchObject({ value: 'true', defaultValue: 'false' });
    expect(at('itsp-proxy-address')).toMatchObject({ value: '192.168.1.14', defaultValue: '192.168.1.14' });
    await sipx.request('PUT', `${API}/gateways/2`, { body: { address: '198.51.100.7' } });
    const moved = (await sipx.request('GET', `${API}/gateways/2/settings/itsp-account/itsp-proxy-address`)).json;
    expect(moved).toMatchObject({ value: '198.51.100.7', defaultValue: '198.51.100.7' });
  });

  it('a gateway keeps its model; an unknown branch or a version of another model is refused', async () => {
    expect((await sipx.request('PUT', `${API}/gateways/1`, { body: { model: 'genericGatewayStandard' } })).status).toBe(400);
    expect((await sipx.request('PUT', `${API}/gateways/1`, { body: { model: { modelId: 'sipTrunkStandard' }, branch: 'nowhere' } })).status).toBe(400);
    expect((await sipx.request('PUT', `${API}/gateways/3`, { body: { deviceVersion: 'audiocodes9.9' } })).status).toBe(400);
    expect((await sipx.request('PUT', `${API}/gateways/3`, { body: { deviceVersion: 'audiocodes5.8', branch: 'whitehouse' } })).status).toBe(200);
    expect((await sipx.request('GET', `${API}/gateways/3`)).json).toMatchObject({ deviceVersion: 'audiocodes5.8', branch: { name: 'whitehouse' } });
    expect((await sipx.request('PUT', `${API}/gateways/3`, { body: { name: 'my_siptrunk' } })).status).toBe(400);
  });

  it('deleting a gateway drops its settings and its ports\': a new gateway with the same id starts from the defaults', async () => {
    const gw = { name: 'drop_me', model: 'audiocodesMP1X8_8_FXO' };
    expect((await sipx.request('POST', `${API}/gateways/950`, { body: gw })).status).toBe(200);
    await sipx.request('PUT', `${API}/gateways/950/settings/Network/NTPServerIP`, text('192.0.2.5'));
    await sipx.request('PUT', `${API}/gateways/950/port/8/settings/fxo-line/extension`, text('250'));
    expect((await storedKeys()).filter((k) => k.includes('|950')).length).toBe(2);
    expect((await sipx.request('DELETE', `${API}/gateways/950`)).status).toBe(200);
    expect((await storedKeys()).filter((k) => k.includes('|950'))).toEqual([]);
    await sipx.request('POST', `${API}/gateways/950`, { body: gw });
    expect((await sipx.request('GET', `${API}/gateways/950/port/8/settings/fxo-line/extension`)).json.value).toBeNull();
  });

  it('deleting a phone drops its settings and its lines\'', async () => {
    await sipx.request('POST', `${API}/phones`, { body: { serialNo: '0004f2990001', model: 'yealinkPhoneT46G' } });
    const phone = (await sipx.request('GET', `${API}/phones/0004f2990001`)).json;
    await sipx.request('POST', `${API}/phones/${phone.id}/lines`, { body: { user: '201' } });
    const [line] = (await sipx.request('GET', `${API}/phones/${phone.id}/lines`)).json.lines;
    expect((await sipx.request('PUT', `${API}/phones/${phone.id}/settings/features/dnd/enable`, text('1'))).status).toBe(200);
    expect((await sipx.request('PUT', `${API}/phones/${phone.id}/lines/${line.id}/settings/account/label`, text('Front'))).status).toBe(200);
    const mine = (keys: string[]) => keys.filter((k) => k.includes(`|${phone.id}|`) || k.includes(`|${phone.id}:${line.id}|`));
    expect(mine(await storedKeys()).length).toBe(2);
    await sipx.request('DELETE', `${API}/phones/${phone.id}`);
    expect(mine(await storedKeys())).toEqual([]);
  });

  it('a phone takes its groups\' values for its model, the last group in the order winning; moving a group changes the winner', async () => {
    await sipx.request('POST', `${API}/phones`, { body: { serialNo: '0004f2990002', model: 'polycom335' } });
    const phone = (await sipx.request('GET', `${API}/phones/0004f2990002`)).json;
    for (const g of ['inherit-a', 'inherit-b']) await sipx.request('POST', `${API}/phones/${phone.id}/groups/${g}`);
    const groups = (await sipx.request('GET', `${API}/phones/${phone.id}/groups`)).json.groups as Array<{ id: number; name: string }>;
    const [a, b] = ['inherit-a', 'inherit-b'].map((n) => groups.find((g) => g.name === n)!);
    const path = 'tcpIpApp/sntp/gmtOffset';
    await sipx.request('PUT', `${API}/phoneGroups/${a.id}/model/polycom335/settings/${path}`, text('3600'));
    await sipx.request('PUT', `${API}/phoneGroups/${b.id}/model/polycom335/settings/${path}`, text('7200'));
    const offset = async () => (await sipx.request('GET', `${API}/phones/${phone.id}/settings/${path}`)).json;
    expect(await offset()).toMatchObject({ value: '7200', defaultValue: '7200' });
    await sipx.request('PUT', `${API}/phoneGroups/${b.id}/up`, { body: 'x' });
    expect((await offset()).value).toBe('3600');
    // Another model's group settings do not reach this phone.
    await sipx.request('PUT', `${API}/phoneGroups/${a.id}/model/polycomVVX500/settings/${path}`, text('-3600'));
    expect((await offset()).value).toBe('3600');
  });

  it('a line\'s label and display name default to its user; an unknown line is 404', async () => {
    const line = (await sipx.request('GET', `${API}/phones/1/lines`)).json.lines[0];
    const reg = (await sipx.request('GET', `${API}/phones/1/lines/${line.id}/settings/reg`)).json.settings as Array<{ path: string; defaultValue: string | null }>;
    expect(reg.find((s) => s.path === 'reg/label')!.defaultValue).toBe(line.user);
    expect((await sipx.request('GET', `${API}/phones/1/lines/999999/settings/reg`)).status).toBe(404);
    expect((await sipx.request('GET', `${API}/phones/1/lines/abc/settings/reg`)).status).toBe(404);
  });

  it('an unmanaged gateway has no settings: the list is empty, any path 404; POST on a settings path is 405', async () => {
    await sipx.request('POST', `${API}/gateways/960`, { body: { name: 'unmanaged', model: 'genericGatewayStandard' } });
    expect((await sipx.request('GET', `${API}/gateways/960/settings`)).json).toEqual({ settings: [] });
    expect((await sipx.request('GET', `${API}/gateways/960/settings/itsp-account`)).status).toBe(404);
    expect((await sipx.request('POST', `${API}/phones/1/settings/up`, text('x'))).status).toBe(405);
    expect((await sipx.request('DELETE', `${API}/gateways/960/settings`)).status).toBe(405);
  });
});
