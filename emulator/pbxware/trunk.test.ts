import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRUNK_ADD_ARGS, startTelephonyWorld } from './did-test-world.ts';
import type { PbxTestEmulator } from './test-support.ts';

describe('PBXware trunks', () => {
  let pbx: PbxTestEmulator;
  let n = 0;
  const addTrunk = (extra: Record<string, string> = {}) => pbx.call({ ...TRUNK_ADD_ARGS, name: `Trunk${++n}`, ...extra });

  beforeAll(async () => {
    pbx = await startTelephonyWorld();
  });
  afterAll(() => pbx.close());

  it('lists trunk 6099 exactly as the trunk.list sample', async () => {
    const list = await pbx.call({ action: 'pbxware.trunk.list' });
    expect(list['6099']).toEqual({ name: 'test', protocol: 'zaptel', provider_id: '12', provider_name: 'Generic Analog', status: 'disabled' });
    expect(Object.keys(list)).toEqual(['2316', '6099', '6100']);
  });

  it('quirk trunk-delete-answers-like-add: delete answers {"success": "Trunk ID: n", "id": n}', async () => {
    const added = await addTrunk();
    expect(added).toEqual({ success: `Trunk ID: ${added.id}`, id: expect.any(Number) });
    expect(await pbx.call({ action: 'pbxware.trunk.delete', server: '7', id: String(added.id) })).toEqual(added);
    expect(await pbx.call({ action: 'pbxware.trunk.list' })).not.toHaveProperty(String(added.id));
  });

  it('quirk trunk-configuration-trunkid: configuration takes trunkid and wraps the answer in the id', async () => {
    expect((await pbx.call({ action: 'pbxware.trunk.configuration', server: '2', id: '2316' })).error).toMatch(/trunkid/);
    const config = await pbx.call({ action: 'pbxware.trunk.configuration', server: '2', trunkid: '2316' });
    expect(Object.keys(config)).toEqual(['2316']);
    expect(config['2316']).toMatchObject({ name: 'TestSIP', status: '1', protocol: 'sip' });
    expect(config['2316'].options).toMatchObject({ type: 'user', context: 'TestSIP', host: 'test', insecure: 'port,invite', allow: ['ulaw,10', 'opus,20'] });
  });

  it('quirk trunk-status-three-ways: words in, enabled/disabled in the list, digits in the configuration', async () => {
    const cases = [['active', 'enabled', '1'], ['not active', 'disabled', '0'], ['suspended', 'disabled', '2']];
    for (const [word, listed, code] of cases) {
      const { id } = await addTrunk({ status: word });
      expect((await pbx.call({ action: 'pbxware.trunk.list' }))[id].status).toBe(listed);
      expect((await pbx.call({ action: 'pbxware.trunk.configuration', server: '7', trunkid: String(id) }))[id].status).toBe(code);
    }
  });

  it('quirk trunk-codecs-allow-pairs: codecs and ptimes are read back as "codec,ptime" pairs', async () => {
    const one = await addTrunk({ codecs: 'ulaw:alaw:g729', codecs_ptime: '20' });
    const config = await pbx.call({ action: 'pbxware.trunk.configuration', server: '7', trunkid: String(one.id) });
    expect(config[one.id].options.allow).toEqual(['ulaw,20', 'alaw,20', 'g729,20']);
    const each = await addTrunk({ codecs: 'ulaw,opus', codecs_ptime: '10,20' });
    const second = await pbx.call({ action: 'pbxware.trunk.configuration', server: '7', trunkid: String(each.id) });
    expect(second[each.id].options.allow).toEqual(['ulaw,10', 'opus,20']);
    expect((await addTrunk({ codecs: 'ulaw:alaw:gsm', codecs_ptime: '10,20' })).error).toMatch(/match in size/);
    expect((await addTrunk({ codecs: 'ulaw', codecs_ptime: '25' })).error).toBeDefined();
    expect((await addTrunk({ codecs: 'nosuchcodec', codecs_ptime: '20' })).error).toMatch(/unknown codec/);
  });

  it('quirk trunk-providers-keyed-by-name: providers map a name to [id, kind]', async () => {
    const providers = await pbx.call({ action: 'pbxware.trunk.providers' });
    expect(providers['Generic Analog']).toEqual(['12', 'pstn']);
    expect(providers['Generic SIP']).toEqual(['20', 'voip']);
  });

  it('edits in part and keeps the rest', async () => {
    const { id } = await addTrunk({ host: 'before.example.com' });
    expect(await pbx.call({ action: 'pbxware.trunk.edit', server: '7', id: String(id), host: 'after.example.com' })).toEqual({ success: `Trunk ID: ${id}`, id });
    const config = await pbx.call({ action: 'pbxware.trunk.configuration', server: '7', trunkid: String(id) });
    expect(config[id].options).toMatchObject({ host: 'after.example.com', username: 'user', allow: ['ulaw,20', 'alaw,20'] });
  });

  it('refuses bad writes and changes nothing', async () => {
    const before = await pbx.call({ action: 'pbxware.trunk.list' });
    const { server: _s, ...noServer } = TRUNK_ADD_ARGS;
    expect((await pbx.call({ ...noServer, name: 'NoServer' })).error).toMatch(/server/);
    expect((await addTrunk({ provider_id: '99' })).error).toMatch(/Provider/);
    expect((await addTrunk({ server: '99' })).error).toBeDefined();
    expect((await addTrunk({ name: 'test' })).error).toMatch(/already used/);
    expect((await addTrunk({ type: 'bogus' })).error).toBeDefined();
    expect((await pbx.call({ action: 'pbxware.trunk.edit', server: '7', id: '999999', name: 'x' })).error).toMatch(/not found/);
    expect(await pbx.call({ action: 'pbxware.trunk.list' })).toEqual(before);
  });

  it('refuses to delete a trunk DIDs still use (§7 A19)', async () => {
    expect((await pbx.call({ action: 'pbxware.trunk.delete', server: '7', id: '6099' })).error).toMatch(/DID ID 7/);
    expect(await pbx.call({ action: 'pbxware.trunk.list' })).toHaveProperty('6099');
  });
});
