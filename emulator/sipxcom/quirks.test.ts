import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sipxcomQuirks } from '../../contracts/sipxcom/quirks.ts';
import { basic, startSipx, type SipxTestEmulator } from './test-support.ts';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const API = '/sipxconfig/api';
const REST = '/sipxconfig/rest';

describe('sipXcom quirks', () => {
  let sipx: SipxTestEmulator;
  beforeAll(async () => {
    sipx = await startSipx();
  });
  afterAll(() => sipx.close());

  it('every quirk has a citation or field evidence and a test here', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL(import.meta.url), 'utf8');
    for (const q of sipxcomQuirks) {
      expect(q.doc ?? q.fieldEvidence, q.id).toBeTruthy();
      expect(source, q.id).toContain(`quirk ${q.id}:`);
    }
  });

  it('quirk aa-example-truncated: the auto-attendant list and special mode answer closed, well-formed XML', async () => {
    const list = await sipx.request('GET', `${REST}/auto-attendant`);
    expect(list.text).toMatch(/^<\?xml[^>]*\?><autoAttendants><autoAttendant><name>Operator<\/name><systemId>operator<\/systemId><specialSelected>false<\/specialSelected><\/autoAttendant>.*<\/autoAttendants>$/);
    const mode = await sipx.request('GET', `${REST}/auto-attendant/specialmode`);
    expect(mode.text).toMatch(/<specialAttendant><specialMode>(true|false)<\/specialMode><\/specialAttendant>$/);
  });

  it('quirk aa-specialmode-body: the method decides the special mode, not the body', async () => {
    const mode = async () => (await sipx.request('GET', `${REST}/auto-attendant/specialmode`, { accept: 'json' })).json.specialAttendant.specialMode;
    expect((await sipx.request('PUT', `${REST}/auto-attendant/specialmode`, { body: { specialMode: 'false' } })).status).toBe(200);
    expect(await mode()).toBe(true);
    expect((await sipx.request('DELETE', `${REST}/auto-attendant/specialmode`, { body: { specialMode: 'true' } })).status).toBe(200);
    expect(await mode()).toBe(false);
    expect((await sipx.request('PUT', `${REST}/auto-attendant/specialmode`, { body: '{"specialMode":', contentType: 'application/json' })).status).toBe(400);
    expect(await mode()).toBe(false);
  });

  it('quirk branch-table-names: branches answer resultsPerPage, id and address.id as the XML examples do', async () => {
    const list = await sipx.request('GET', `${REST}/branch`);
    expect(list.text).toContain('<resultsPerPage>');
    expect(list.text).not.toContain('<resultPerPage>');
    const one = await sipx.request('GET', `${REST}/branch/1`);
    expect(one.text).toMatch(/^<\?xml[^>]*\?><branch><id>1<\/id><name>whitehouse<\/name>.*<address><id>1<\/id><street>/);
    expect(one.text).not.toMatch(/<ID>/);
  });

  it('quirk erls-delete-needs-elin: DELETE /erls without an ELIN is 400; off = it deletes every ERL', async () => {
    const count = async (s: SipxTestEmulator) => (await s.request('GET', `${REST}/erls`, { accept: 'json' })).json.e911Locations.length;
    const before = await count(sipx);
    expect(before).toBeGreaterThan(0);
    expect((await sipx.request('DELETE', `${REST}/erls`)).status).toBe(400);
    expect(await count(sipx)).toBe(before);
    const wipe = await startSipx({ quirks: { 'erls-delete-needs-elin': false } });
    try {
      expect(await count(wipe)).toBe(before);
      expect((await wipe.request('DELETE', `${REST}/erls`)).status).toBe(200);
      expect(await count(wipe)).toBe(0);
      expect((await wipe.request('GET', `${REST}/erl/user/201`)).text).toBe('');
    } finally {
      await wipe.close();
    }
  });

  it('quirk erl-user-plain-text: a user\'s ERL is the ELIN as text/plain, whatever Accept asks', async () => {
    const r = await sipx.request('GET', `${REST}/erl/user/201`, { accept: 'json' });
    expect(r.status).toBe(200);
    expect(r.contentType).toMatch(/^text\/plain/);
    expect(r.text).toMatch(/^\d+$/);
    const none = await sipx.request('GET', `${REST}/erl/user/202`);
    expect([none.status, none.text]).toEqual([200, '']);
  });

  it('quirk erl-group-no-delete: DELETE /erl/group/{groupName} is 405 with Allow: GET, PUT', async () => {
    const r = await sipx.request('DELETE', `${REST}/erl/group/sales`);
    expect(r.status).toBe(405);
    expect(String(r.headers.allow)).toBe('GET, PUT');
  });

  it('quirk basic-and-digest: a 401 offers Basic and Digest; a Digest answer authenticates; off = Basic only', async () => {
    const refused = await sipx.request('GET', `${REST}/user`, { auth: null });
    expect(refused.status).toBe(401);
    const offered = ([] as string[]).concat(refused.headers['www-authenticate'] as string | string[]);
    expect(offered.some((c) => c.startsWith('Basic realm="sipXconfig"'))).toBe(true);
    const digest = offered.find((c) => c.startsWith('Digest'))!;
    const nonce = /nonce="([^"]+)"/.exec(digest)![1];
    const [user, password] = sipx.admin;
    const uri = `${REST}/user`;
    const ha1 = md5(`${user}:sipXconfig:${password}`);
    const response = md5(`${ha1}:${nonce}:00000001:abc:auth:${md5(`GET:${uri}`)}`);
    const header = `Digest username="${user}", realm="sipXconfig", nonce="${nonce}", uri="${uri}", qop=auth, nc=00000001, cnonce="abc", response="${response}"`;
    expect((await sipx.request('GET', uri, { auth: null, headers: { authorization: header } })).status).toBe(200);
    const forged = header.replace(/response="[^"]+"/, `response="${md5('x')}"`);
    expect((await sipx.request('GET', uri, { auth: null, headers: { authorization: forged } })).status).toBe(401);
    const wrongNonce = header.replace(nonce, Buffer.from('1.forged').toString('base64url'));
    expect((await sipx.request('GET', uri, { auth: null, headers: { authorization: wrongNonce } })).status).toBe(401);
    // A user authenticates by Digest with their PIN too.
    const uha1 = md5(`200:sipXconfig:11111111`);
    const puri = `${REST}/my/voicemail/pin/11111111`;
    const userHeader = `Digest username="200", realm="sipXconfig", nonce="${nonce}", uri="${puri}", response="${md5(`${uha1}:${nonce}:${md5(`PUT:${puri}`)}`)}"`;
    expect((await sipx.request('PUT', puri, { auth: null, headers: { authorization: userHeader }, body: 'x' })).status).toBe(200);
    const basicOnly = await startSipx({ quirks: { 'basic-and-digest': false } });
    try {
      const r = await basicOnly.request('GET', `${REST}/user`, { auth: null });
      expect(([] as string[]).concat(r.headers['www-authenticate'] as string)).toEqual(['Basic realm="sipXconfig"']);
    } finally {
      await basicOnly.close();
    }
  });

  it('quirk plain-http-listener: HTTPS (self-signed) on the main listener and the same API over plain HTTP', async () => {
    const { startEmulator } = await import('../index.ts');
    const { insecureFetch } = await import('../../suites/harness/target.ts');
    const live = await startEmulator({ vendor: 'sipxcom', vendors: { sipxcom: { port: 0, ports: { http: 0 } } } });
    try {
      const running = live.vendor('sipxcom');
      const [main, http] = running.listeners;
      expect([main.scheme, http.scheme]).toEqual(['https', 'http']);
      const auth = { authorization: `Basic ${Buffer.from(`${running.credentials.user}:${running.credentials.password}`).toString('base64')}` };
      const secure = await (await insecureFetch())(`${main.url}/sipxconfig/api/phoneGroups`, { headers: auth });
      const plain = await fetch(`${http.url}/sipxconfig/api/phoneGroups`, { headers: auth });
      expect([secure.status, plain.status]).toEqual([200, 200]);
      expect(await plain.json()).toEqual(await secure.json());
    } finally {
      await live.close();
    }
  });

  it('quirk not-found-404: unknown ids are 404; switched off, /rest answers 400 and /api stays 404', async () => {
    expect((await sipx.request('GET', `${REST}/user/424242`)).status).toBe(404);
    expect((await sipx.request('GET', `${REST}/user-group/abc`)).status).toBe(404);
    const legacy = await startSipx({ quirks: { 'not-found-404': false } });
    try {
      const r = await legacy.request('GET', `${REST}/user/424242`);
      expect(r.status).toBe(400);
      expect(r.text).toContain('<code>ERROR_OBJECT_NOT_FOUND</code>');
      expect((await legacy.request('GET', `${API}/phones/424242`)).status).toBe(404);
    } finally {
      await legacy.close();
    }
  });

  it('quirk put-creates-post-updates: PUT creates users, POST creates phones, PUT /phones and POST /user are 405', async () => {
    expect((await sipx.request('PUT', `${REST}/user`, { body: { username: 'putcreates', pin: '1234' } })).status).toBe(201);
    expect((await sipx.request('POST', `${REST}/user`, { body: { username: 'postcreates' } })).status).toBe(405);
    expect((await sipx.request('POST', `${API}/phones`, { body: { serialNo: '0004f2000001', model: 'polycom335' } })).status).toBe(200);
    const put = await sipx.request('PUT', `${API}/phones`, { body: { serialNo: '0004f2000002', model: 'polycom335' } });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, POST');
  });

  it('quirk phones-documented-twice: one GET and one POST route; a phone carries both tables\' fields', async () => {
    const r = await sipx.request('GET', `${API}/phones`);
    const phone = r.json.phones[0];
    expect(Object.keys(phone)).toEqual(['id', 'serialNo', 'description', 'model', 'lines']);
    expect(Object.keys(phone.model)).toEqual(['modelId', 'label', 'vendor', 'versions']);
    // Table 1 spells the serial `serialNumber`: accepted on create.
    expect((await sipx.request('POST', `${API}/phones`, { body: { serialNumber: '0004f2000003', model: 'polycom335' } })).json.phones[0].serialNo).toBe('0004f2000003');
  });

  it('quirk phone-batch-skip: a batch skips unknown models and duplicate serials; off = the batch is refused', async () => {
    const batch = { phones: [
      { serialNo: '0004f2000010', model: 'polycom335' },
      { serialNo: '0004f2000010', model: 'polycom335' },
      { serialNo: '0004f2000011', model: 'noSuchModel' },
      { serialNo: '0004f280cc95', model: 'polycom335' },
      { serialNo: '0004f2000012', model: { modelId: 'yealinkPhoneT46G' } },
    ] };
    const r = await sipx.request('POST', `${API}/phones`, { body: batch });
    expect(r.status).toBe(200);
    expect(r.json.phones.map((p: { serialNo: string }) => p.serialNo)).toEqual(['0004f2000010', '0004f2000012']);
    // A single invalid phone is refused.
    expect((await sipx.request('POST', `${API}/phones`, { body: { serialNo: '0004f2000013', model: 'nope' } })).status).toBe(400);
    expect((await sipx.request('POST', `${API}/phones`, { body: { serialNo: '0004f280cc95', model: 'polycom335' } })).status).toBe(400);
    const strict = await startSipx({ quirks: { 'phone-batch-skip': false } });
    try {
      const refused = await strict.request('POST', `${API}/phones`, { body: batch });
      expect(refused.status).toBe(400);
      expect((await strict.request('GET', `${API}/phones/0004f2000010`)).status).toBe(404);
    } finally {
      await strict.close();
    }
  });

  it('quirk phones-models-copy-paste: PUT and DELETE /phones/models are 405', async () => {
    expect((await sipx.request('PUT', `${API}/phones/models`, { body: 'x' })).status).toBe(405);
    expect((await sipx.request('DELETE', `${API}/phones/models`)).status).toBe(405);
    expect((await sipx.request('GET', `${API}/phones/models`)).json.models.length).toBeGreaterThan(0);
  });

  it('quirk phone-lines-delete-copy-paste: DELETE /phones/{id}/lines removes every line of the phone', async () => {
    await sipx.request('POST', `${API}/phones/1/lines`, { body: { user: '201' } });
    expect((await sipx.request('GET', `${API}/phones/1/lines`)).json.lines.length).toBe(2);
    expect((await sipx.request('DELETE', `${API}/phones/1/lines`)).status).toBe(200);
    expect((await sipx.request('GET', `${API}/phones/1/lines`)).json.lines).toEqual([]);
  });

  it('quirk phone-group-subpaths: /{groupId}/up lives under /phoneGroups; the bare path is 404', async () => {
    expect((await sipx.request('PUT', `${API}/phoneGroups/2/up`, { body: 'x' })).status).toBe(200);
    expect((await sipx.request('GET', `${API}/phoneGroups`)).json.groups.map((g: { id: number }) => g.id).slice(0, 2)).toEqual([2, 1]);
    expect((await sipx.request('PUT', `${API}/2/up`, { body: 'x' })).status).toBe(404);
    expect((await sipx.request('GET', `${API}/phoneGroups/2/up`)).status).toBe(405);
  });

  it('quirk group-model-settings-copy-paste: the "phone group" verbs act on its model settings; DELETE reverts them, the group stays', async () => {
    const at = `${API}/phoneGroups/2/model/yealinkPhoneT46G/settings`;
    expect((await sipx.request('PUT', at, { body: 'features/dnd/enable=1\nadvanced/ntp/server=ntp.lobby.example', contentType: 'text/plain' })).status).toBe(200);
    const set = (await sipx.request('GET', at)).json.settings as Array<{ path: string; value: string }>;
    expect(set.find((s) => s.path === 'advanced/ntp/server')!.value).toBe('ntp.lobby.example');
    expect((await sipx.request('PUT', at, { body: 'features/dnd/enable=maybe\nadvanced/ntp/server=x', contentType: 'text/plain' })).status).toBe(400);
    expect((await sipx.request('GET', `${at}/advanced/ntp/server`)).json.value).toBe('ntp.lobby.example');
    expect((await sipx.request('DELETE', at)).status).toBe(200);
    expect((await sipx.request('GET', `${at}/advanced/ntp/server`)).json.value).toBe('pool.ntp.org');
    expect((await sipx.request('GET', `${API}/phoneGroups/2`)).status).toBe(200);
    expect((await sipx.request('GET', `${API}/2/model/yealinkPhoneT46G/settings`)).status).toBe(404);
  });

  it('quirk gateway-create-by-post: POST creates with the path id, PUT only updates', async () => {
    const body = { name: 'quirk_gw', model: 'genericGatewayStandard', address: '192.0.2.1' };
    expect((await sipx.request('PUT', `${API}/gateways/901`, { body })).status).toBe(404);
    expect((await sipx.request('POST', `${API}/gateways/901`, { body })).status).toBe(200);
    expect((await sipx.request('GET', `${API}/gateways/901`)).json).toMatchObject({ id: 901, name: 'quirk_gw' });
    expect((await sipx.request('POST', `${API}/gateways/901`, { body: { ...body, name: 'other' } })).status).toBe(400);
    expect((await sipx.request('POST', `${API}/gateways/abc`, { body: { ...body, name: 'other' } })).status).toBe(400);
    expect((await sipx.request('PUT', `${API}/gateways/901`, { body: { gateway: { description: 'updated' } } })).status).toBe(200);
    expect((await sipx.request('GET', `${API}/gateways/901`, { accept: 'xml' })).text).toContain('<description>updated</description>');
  });

  it('quirk gateway-table-vs-json: the table\'s top-level caller-ID names are read into callerAliasInfo; off = ignored', async () => {
    const body = { name: 'table_names', model: 'sipTrunkStandard', anonymous: true, transformUserExtensions: true, keepDigits: 4 };
    expect((await sipx.request('POST', `${API}/gateways/902`, { body })).status).toBe(200);
    const read = (await sipx.request('GET', `${API}/gateways/902`)).json;
    expect(read.callerAliasInfo).toMatchObject({ anonymous: true, transformUserExtension: true, keepDigits: 4 });
    expect(read).not.toHaveProperty('keepDigits');
    const off = await startSipx({ quirks: { 'gateway-table-vs-json': false } });
    try {
      expect((await off.request('POST', `${API}/gateways/902`, { body })).status).toBe(200);
      expect((await off.request('GET', `${API}/gateways/902`)).json.callerAliasInfo).toMatchObject({ anonymous: false, transformUserExtension: false, keepDigits: 0 });
    } finally {
      await off.close();
    }
  });

  it('quirk gateway-setting-path-copy-paste: a gateway setting path answers the setting, not the gateway', async () => {
    const leaf = (await sipx.request('GET', `${API}/gateways/2/settings/itsp-account/user-name`)).json;
    expect(leaf).toMatchObject({ path: 'itsp-account/user-name', type: 'string', value: '5568' });
    expect(leaf).not.toHaveProperty('name');
    const subtree = (await sipx.request('GET', `${API}/gateways/2/settings/itsp-account`)).json;
    expect(subtree.settings.length).toBe(21);
  });

  it('quirk gateway-setting-booleans: SIP trunk booleans read "true"/"false", a phone\'s 0/1; integers are checked', async () => {
    const trunk = `${API}/gateways/1/settings/itsp-account/route-by-to-header`;
    expect((await sipx.request('PUT', trunk, { body: '1', contentType: 'text/plain' })).status).toBe(200);
    expect((await sipx.request('GET', trunk)).json).toMatchObject({ type: 'boolean', value: 'true', defaultValue: 'false' });
    expect((await sipx.request('PUT', trunk, { body: 'yes', contentType: 'text/plain' })).status).toBe(400);
    const phone = `${API}/phones/1/settings/up/headsetMode`;
    expect((await sipx.request('PUT', phone, { body: 'true', contentType: 'text/plain' })).status).toBe(200);
    expect((await sipx.request('GET', phone)).json.value).toBe('1');
    const interval = `${API}/gateways/1/settings/itsp-account/registration-interval`;
    expect((await sipx.request('GET', interval)).json).toMatchObject({ type: 'integer', value: '600' });
    expect((await sipx.request('PUT', interval, { body: '10 min', contentType: 'text/plain' })).status).toBe(400);
  });

  it('quirk phone-group-created-on-add: adding a phone to an unknown group name creates it; off = 404', async () => {
    expect((await sipx.request('POST', `${API}/phones/0004f280cc95/groups/brand-new`)).status).toBe(200);
    expect((await sipx.request('GET', `${API}/phoneGroups`)).json.groups.some((g: { name: string }) => g.name === 'brand-new')).toBe(true);
    const off = await startSipx({ quirks: { 'phone-group-created-on-add': false } });
    try {
      expect((await off.request('POST', `${API}/phones/0004f280cc95/groups/brand-new`)).status).toBe(404);
      expect((await off.request('POST', `${API}/phones/0004f280cc95/groups/lobby`)).status).toBe(200);
    } finally {
      await off.close();
    }
  });

  it('quirk page-params: page is a page number, invalid paging is one page, past the end is the last page, sortdir alone sorts by name', async () => {
    const all = (await sipx.request('GET', `${REST}/user`, { accept: 'json' })).json.user;
    const total = all.metadata.totalResults;
    const second = (await sipx.request('GET', `${REST}/user?page=2&pagesize=2`, { accept: 'json' })).json.user;
    expect(second.metadata).toEqual({ totalResults: total, currentPage: 2, totalPages: Math.ceil(total / 2), resultsPerPage: 2 });
    expect(second.users.map((u: { id: number }) => u.id)).toEqual(all.users.slice(2, 4).map((u: { id: number }) => u.id));
    const invalid = (await sipx.request('GET', `${REST}/user?page=0&pagesize=x`, { accept: 'json' })).json.user;
    expect(invalid.metadata).toEqual({ totalResults: total, currentPage: 1, totalPages: 1, resultsPerPage: total });
    const past = (await sipx.request('GET', `${REST}/user?page=99&pagesize=2`, { accept: 'json' })).json.user;
    expect(past.metadata.currentPage).toBe(Math.ceil(total / 2));
    const reverse = (await sipx.request('GET', `${REST}/user?sortdir=REVERSE`, { accept: 'json' })).json.user.users.map((u: { username: string }) => u.username);
    expect(reverse).toEqual([...reverse].sort().reverse());
  });

  it('quirk user-group-item-metadata: one user group answers without paging metadata', async () => {
    const r = await sipx.request('GET', `${REST}/user-group/1`, { accept: 'json' });
    expect(Object.keys(r.json)).toEqual(['group']);
    expect(r.json.group.metadata).toBeUndefined();
    expect(r.json.group.name).toBe('sales');
  });

  it('quirk voicemail-pin-copy-paste: PUT changes the PIN (and the credential); GET and DELETE are 405', async () => {
    const user: [string, string] = ['202', ''];
    const row = (await sipx.request('GET', `${REST}/user/3`, { accept: 'json' })).json.user;
    user[1] = row.pin;
    expect((await sipx.request('GET', `${REST}/my/voicemail/pin/1234`, { auth: user })).status).toBe(405);
    expect((await sipx.request('DELETE', `${REST}/my/voicemail/pin/1234`, { auth: user })).status).toBe(405);
    expect((await sipx.request('PUT', `${REST}/my/voicemail/pin/12`, { auth: user, body: 'x' })).status).toBe(400);
    expect((await sipx.request('PUT', `${REST}/my/voicemail/pin/4321`, { auth: user, body: 'x' })).status).toBe(200);
    expect((await sipx.request('PUT', `${REST}/my/voicemail/pin/4321`, { auth: user, body: 'x' })).status).toBe(401);
    expect((await sipx.request('PUT', `${REST}/my/voicemail/pin/4321`, { auth: ['202', '4321'], body: 'x' })).status).toBe(200);
    // The superadmin has no mailbox in the emulator.
    expect((await sipx.request('PUT', `${REST}/my/voicemail/pin/4321`, { body: 'x' })).status).toBe(403);
  });

  it('quirk trailing-slash: /x/ is /x', async () => {
    const a = await sipx.request('GET', `${REST}/user-group/`, { accept: 'json' });
    const b = await sipx.request('GET', `${REST}/user-group`, { accept: 'json' });
    expect(a.status).toBe(200);
    expect(a.json).toEqual(b.json);
  });

  it('quirk settings-leaf-unwrapped: a leaf path answers one setting, a subtree the list; off = always the list', async () => {
    const leaf = await sipx.request('GET', `${API}/moh/settings/moh-config/MOH_SOURCE`);
    expect(leaf.json).toMatchObject({ path: 'moh-config/MOH_SOURCE', type: 'enum', defaultValue: 'FILES_SRC' });
    expect(leaf.json.settings).toBeUndefined();
    const subtree = await sipx.request('GET', `${API}/dns/settings/named-config/forwarders`);
    expect(subtree.json.settings.map((s: { path: string }) => s.path)).toEqual([0, 1, 2, 3, 4].map((n) => `named-config/forwarders/forwarder_${n}`));
    expect((await sipx.request('GET', `${API}/dns/settings/named-config/forward`)).status).toBe(404);
    const listOnly = await startSipx({ quirks: { 'settings-leaf-unwrapped': false } });
    try {
      const r = await listOnly.request('GET', `${API}/moh/settings/moh-config/MOH_SOURCE`);
      expect(r.json.settings).toHaveLength(1);
      expect(r.json.settings[0].path).toBe('moh-config/MOH_SOURCE');
    } finally {
      await listOnly.close();
    }
  });

  it('quirk settings-unlisted-methods-405: undocumented settings methods are 405 with Allow', async () => {
    for (const [method, path, allow] of [
      ['PUT', '/dns/settings', 'GET'],
      ['DELETE', '/dns/settings', 'GET'],
      ['POST', '/mwi/settings/mwi-config/SIP_STATUS_LOG_LEVEL', 'DELETE, GET, PUT'],
      ['DELETE', '/imbot/settings/imbot/log.level', 'GET, PUT'],
      ['DELETE', '/restserver/settings/rest-config/log.level', 'GET, PUT'],
    ] as const) {
      const r = await sipx.request(method, `${API}${path}`, { body: 'x' });
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.headers.allow).toBe(allow);
    }
    expect((await sipx.request('GET', `${API}/imbot/settings/imbot/log.level`)).json.value).toBe('NOTICE');
  });

  it('quirk ivr-settings-without-path: PUT /ivr/settings takes path=value lines, all or nothing; DELETE reverts them all', async () => {
    const value = async (path: string) =>
      (await sipx.request('GET', `${API}/ivr/settings`)).json.settings.find((s: { path: string }) => s.path === path).value;
    expect((await sipx.request('PUT', `${API}/ivr/settings`, { body: 'ivr/log.level=DEBUG\n\nivr/maxMessageLength = 120\n' })).status).toBe(200);
    expect([await value('ivr/log.level'), await value('ivr/maxMessageLength')]).toEqual(['DEBUG', '120']);
    expect((await sipx.request('PUT', `${API}/ivr/settings`, { body: 'ivr/log.level=INFO\nivr/maxMessageLength=long' })).status).toBe(400);
    expect((await sipx.request('PUT', `${API}/ivr/settings`, { body: 'ivr/log.level=INFO\nivr/nothing=1' })).status).toBe(404);
    expect((await sipx.request('PUT', `${API}/ivr/settings`, { body: 'just text' })).status).toBe(400);
    expect(await value('ivr/log.level'), 'a refused PUT changes nothing').toBe('DEBUG');
    expect((await sipx.request('PUT', `${API}/ivr/settings`, { body: { settings: [{ path: 'ivr/audio.format', value: 'mp3' }] } })).status).toBe(200);
    expect(await value('ivr/audio.format')).toBe('mp3');
    expect((await sipx.request('DELETE', `${API}/ivr/settings`)).status).toBe(200);
    const all = (await sipx.request('GET', `${API}/ivr/settings`)).json.settings as Array<{ value: string | null; defaultValue: string | null }>;
    expect(all.every((s) => s.value === s.defaultValue)).toBe(true);
    expect((await sipx.request('POST', `${API}/ivr/settings`, { body: 'x' })).status).toBe(405);
  });

  it('quirk license-uid-in-path: POST /api/license/{uid} sets the UID and answers the license; POST /api/license is 405', async () => {
    const before = (await sipx.request('GET', `${API}/license/`)).json;
    const r = await sipx.request('POST', `${API}/license/508316691110519`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ ...before, uid: '508316691110519' });
    expect((await sipx.request('GET', `${API}/license`)).json.uid).toBe('508316691110519');
    expect((await sipx.request('POST', `${API}/license`)).status).toBe(405);
    expect((await sipx.request('POST', `${API}/license/not%20a%20uid`)).status).toBe(400);
    expect((await sipx.request('PUT', `${API}/license`, { body: 'x' })).status).toBe(405);
  });

  it('quirk moh-settings-dns-properties: MOH settings answer the settings list, not dnsManager/dnsTestContext', async () => {
    const r = await sipx.request('GET', `${API}/moh/settings`);
    expect(Object.keys(r.json)).toEqual(['settings']);
    expect(r.json.settings[0]).toEqual({
      path: 'moh-config/MOH_SOURCE',
      type: 'enum',
      options: { FILES_SRC: 'System Music Directory', NONE: 'None', SOUNDCARD_SRC: 'Sound Card' },
      value: 'FILES_SRC',
      defaultValue: 'FILES_SRC',
      label: 'Music On Hold Source',
      description: expect.stringContaining('Selects the source of the on hold music.'),
    });
  });

  it('quirk dns-advisor-naptr-misprint: the advisor prints order 2 where the example shows \\d; empty while DNS is managed', async () => {
    expect((await sipx.request('GET', `${API}/dns/advisor/server/1`)).text).toBe('');
    await sipx.request('PUT', `${API}/dns/settings/sys/unmanaged`, { body: '1' });
    try {
      const r = await sipx.request('GET', `${API}/dns/advisor/server/1`);
      expect(r.contentType).toMatch(/^text\/plain/);
      expect(r.text.split('\n').slice(0, 6)).toEqual([
        ';; Missing naptr records',
        'home.mattkeys.net. IN NAPTR 2 0 "s" "SIP+D2U" "" _sip._udp',
        'home.mattkeys.net. IN NAPTR 1 0 "s" "SIP+D2T" "" _sip._tcp',
        '',
        ';; Missing a records',
        'sipxcom1.home.mattkeys.net  IN A 192.168.1.31',
      ]);
    } finally {
      await sipx.request('DELETE', `${API}/dns/settings/sys/unmanaged`);
    }
    expect((await sipx.request('GET', `${API}/dns/advisor/server/7`)).status).toBe(404);
  });
  it('quirk registrations-start-limit: start is a row offset, limit the most rows; a non-number is 400', async () => {
    const all = (await sipx.request('GET', `${API}/registrations`, { accept: 'json' })).json.registrations as Array<{ regCallId: string }>;
    expect(all.length).toBeGreaterThan(2);
    const page = await sipx.request('GET', `${API}/registrations?start=1&limit=2`, { accept: 'json' });
    expect(page.json.registrations.map((r: { regCallId: string }) => r.regCallId)).toEqual(all.slice(1, 3).map((r) => r.regCallId));
    expect((await sipx.request('GET', `${API}/registrations?start=2024-01-01`)).status).toBe(400);
    const mine = await sipx.request('GET', `${API}/registrations/user/200?limit=1`, { accept: 'json' });
    expect(mine.json.registrations).toHaveLength(1);
  });
  it('quirk call-two-uris: /my/call/{to} and /call/{to} both place the user\'s call', async () => {
    const user = ['200', '11111111'] as [string, string];
    const before = (await sipx.request('GET', `${REST}/my/activecdrs`, { auth: user, accept: 'json' })).json.cdrs.length;
    expect((await sipx.request('PUT', `${REST}/my/call/7901`, { auth: user, body: 'x' })).status).toBe(200);
    expect((await sipx.request('PUT', `${REST}/call/7902`, { auth: user, body: 'x' })).status).toBe(200);
    const cdrs = (await sipx.request('GET', `${REST}/my/activecdrs`, { auth: user, accept: 'json' })).json.cdrs as Array<{ to: string }>;
    expect(cdrs.length).toBe(before + 2);
    expect(cdrs.map((c) => c.to)).toEqual(expect.arrayContaining(['7901', '7902']));
    expect((await sipx.request('GET', `${REST}/my/call/7901`, { auth: null })).status).toBe(401);
  });
  it('quirk call-put-empty-body: an empty PUT places the call; off = 400', async () => {
    const user = ['200', '11111111'] as [string, string];
    expect((await sipx.request('PUT', `${REST}/call/7903`, { auth: user })).status).toBe(200);
    const strict = await startSipx({ quirks: { 'call-put-empty-body': false } });
    try {
      expect((await strict.request('PUT', `${REST}/call/7903`, { auth: user })).status).toBe(400);
      expect((await strict.request('PUT', `${REST}/call/7903`, { auth: user, body: 'x' })).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
  it('quirk call-get: GET places the call as PUT does; off = 405', async () => {
    const user = ['200', '11111111'] as [string, string];
    expect((await sipx.request('GET', `${REST}/my/call/7904`, { auth: user })).status).toBe(200);
    const cdrs = (await sipx.request('GET', `${REST}/my/activecdrs`, { auth: user, accept: 'json' })).json.cdrs as Array<{ to: string }>;
    expect(cdrs.some((c) => c.to === '7904')).toBe(true);
    const strict = await startSipx({ quirks: { 'call-get': false } });
    try {
      expect((await strict.request('GET', `${REST}/call/7904`, { auth: user })).status).toBe(405);
      expect((await strict.request('GET', `${REST}/my/activecdrs`, { auth: user, accept: 'json' })).json.cdrs).toEqual([]);
    } finally {
      await strict.close();
    }
  });
  it('quirk conferences-documented-twice: one list with the union of both tables; PUT, POST, DELETE are 405', async () => {
    const user = ['200', '11111111'] as [string, string];
    const list = await sipx.request('GET', `${REST}/my/conferences`, { auth: user, accept: 'json' });
    const conf = list.json.conferences.find((c: { description: string | null }) => c.description !== null);
    expect(Object.keys(conf).sort()).toEqual(['accessCode', 'description', 'enabled', 'extension', 'name']);
    expect((await sipx.request('GET', `${REST}/my/conferences`, { auth: user })).text).toContain('<conferences><conference>');
    for (const method of ['PUT', 'POST', 'DELETE']) expect((await sipx.request(method, `${REST}/my/conferences`, { auth: user, body: 'x' })).status).toBe(405);
  });
  it('quirk conference-named: the settings answer `named`; a PUT naming another conference is 400', async () => {
    const user = ['200', '11111111'] as [string, string];
    const name = (await sipx.request('GET', `${REST}/my/conferences`, { auth: user, accept: 'json' })).json.conferences[0].name as string;
    const settings = await sipx.request('GET', `${REST}/my/conferences/${name}`, { auth: user, accept: 'json' });
    expect(settings.json.conference.named).toBe(name);
    expect(settings.json.conference).not.toHaveProperty('name');
    expect((await sipx.request('PUT', `${REST}/my/conferences/${name}`, { auth: user, body: { conference: { named: name, quickStart: false } } })).status).toBe(200);
    expect((await sipx.request('PUT', `${REST}/my/conferences/${name}`, { auth: user, body: { conference: { name: 'other' } } })).status).toBe(400);
    await sipx.request('PUT', `${REST}/my/conferences/${name}`, { auth: user, body: { quickStart: settings.json.conference.quickStart } });
  });
  it('quirk conference-command-args: arguments follow the command joined with &, in the path segment', async () => {
    const user = ['200', '11111111'] as [string, string];
    const name = (await sipx.request('GET', `${REST}/my/conferences`, { auth: user, accept: 'json' })).json.conferences.find((c: { description: string | null }) => c.description === null).name as string;
    const dial = await sipx.request('PUT', `${REST}/my/conference/${name}/dial&sofia%2Fdefault%2F7905@softswitch&1234567890&FreeSWITCH_Conference`, { auth: user });
    expect(dial.text).toBe('Call Requested: result: [SUCCESS]');
    const details = await sipx.request('GET', `${REST}/my/conferencedetails/${name}`, { auth: user, accept: 'json' });
    const member = details.json.conference.members.at(-1);
    expect(member.name).toBe('7905');
    expect((await sipx.request('PUT', `${REST}/my/conference/${name}/energy&${member.id}&500`, { auth: user })).text).toBe(`Energy ${member.id} = 500`);
    expect((await sipx.request('PUT', `${REST}/my/conference/${name}/energy?member=${member.id}`, { auth: user })).status).toBe(400);
    expect((await sipx.request('PUT', `${REST}/my/conference/${name}/kick&${member.id}`, { auth: user })).text).toBe(`OK kicked ${member.id}`);
    expect((await sipx.request('GET', `${REST}/my/conferencedetails/${name}`, { auth: user })).status).toBe(406);
  });
  it('quirk faxprefs-documented-twice: fax extension and DID; off = the login details with pin, im-location and fqdn', async () => {
    const user = ['200', '11111111'] as [string, string];
    const fax = await sipx.request('GET', `${REST}/my/faxprefs`, { auth: user, accept: 'json' });
    expect(Object.keys(fax.json.faxprefs).sort()).toEqual(['did', 'extension']);
    const other = await startSipx({ quirks: { 'faxprefs-documented-twice': false } });
    try {
      const login = await other.request('GET', `${REST}/my/faxprefs`, { auth: user, accept: 'json' });
      expect(login.json.logindetails).toMatchObject({ userName: '200', pin: '11111111' });
      expect(Object.keys(login.json.logindetails)).toEqual(expect.arrayContaining(['im-location', 'fqdn', 'sipPassword', 'ldapImAuth', 'imID']));
    } finally {
      await other.close();
    }
  });
  it('quirk user-permission-misprint: /user-permission/{id} and the printed /user-permission{id} reach the same user; the list keeps its routes', async () => {
    const body = '<user><permissions><setting><name>TollFree</name><value>disable</value></setting></permissions></user>';
    expect((await sipx.request('PUT', `${REST}/user-permission2`, { body })).status).toBe(200);
    const printed = await sipx.request('GET', `${REST}/user-permission2`, { accept: 'json' });
    const corrected = await sipx.request('GET', `${REST}/user-permission/2/`, { accept: 'json' });
    expect(printed.json).toEqual(corrected.json);
    expect(corrected.json.user.permissions.find((p: { name: string }) => p.name === 'TollFree').value).toBe('DISABLE');
    for (const path of ['/user-permission', '/user-permission/']) expect((await sipx.request('GET', `${REST}${path}`, { accept: 'json' })).json.user.metadata.totalResults).toBeGreaterThan(0);
    for (const bad of ['/user-permissionx', '/user-permission/2/3', '/user-permission/999999']) expect((await sipx.request('GET', `${REST}${bad}`)).status, bad).toBe(404);
    expect((await sipx.request('DELETE', `${REST}/user-permission2`)).status).toBe(405);
    expect((await sipx.request('PUT', `${REST}/user-permission/`, { body })).status).toBe(405);
  });
  it('quirk schedule-delete-description: DELETE removes the schedule; off = only its description is cleared', async () => {
    const create = (s: typeof sipx) => s.request('POST', `${API}/schedules/user/1/personal`, { body: { name: 'quirk check', description: 'to go' } });
    const find = async (s: typeof sipx) => (await s.request('GET', `${API}/schedules/user/1/personal`, { accept: 'json' })).json.schedules.find((x: { name: string }) => x.name === 'quirk check');
    expect((await create(sipx)).status).toBe(200);
    const made = await find(sipx);
    expect((await sipx.request('DELETE', `${API}/schedules/${made.scheduleId}`)).status).toBe(200);
    expect((await sipx.request('GET', `${API}/schedules/${made.scheduleId}`)).status).toBe(404);
    const other = await startSipx({ quirks: { 'schedule-delete-description': false } });
    try {
      await create(other);
      const kept = await find(other);
      expect((await other.request('DELETE', `${API}/schedules/${kept.scheduleId}`)).status).toBe(200);
      const after = await other.request('GET', `${API}/schedules/${kept.scheduleId}`, { accept: 'json' });
      expect(after.json).toMatchObject({ scheduleId: kept.scheduleId, name: 'quirk check', description: null });
    } finally {
      await other.close();
    }
  });
  it('quirk callfwd-schedule-403: an empty schedule id is 403 on GET, PUT and DELETE /my/callfwdsched/; a bad period is 422', async () => {
    const me: [string, string] = ['200', '11111111'];
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const r = await sipx.request(method, `${REST}/my/callfwdsched/`, { auth: me, ...(method === 'PUT' ? { body: { schedule: { name: 'x' } } } : {}) });
      expect(r.status, method).toBe(403);
      expect(r.text).toContain('ERROR_MISSING_ID');
    }
    const bad = await sipx.request('PUT', `${REST}/my/callfwdschedule`, { auth: me, body: { schedule: { name: 'late', periods: [{ start: '18:00', end: '08:00' }] } } });
    expect(bad.status).toBe(422);
    expect((await sipx.request('POST', `${REST}/my/callfwdschedule`, { auth: me, body: {} })).status).toBe(405);
  });
  it('quirk attendant-forward-delete-vm: the attendant answers forwardDeleteVM as bare JSON, whatever Accept asks, and saves it', async () => {
    const me: [string, string] = ['200', '11111111'];
    const read = await sipx.request('GET', `${REST}/my/voicemail/attendant`, { auth: me, accept: 'xml' });
    expect(read.contentType).toContain('json');
    expect(read.json).toMatchObject({ operator: '419', menu: { 5: '255', 7: '999' }, forwardDeleteVM: true });
    expect((await sipx.request('PUT', `${REST}/my/voicemail/attendant`, { auth: me, body: { forwardDeleteVM: false } })).status).toBe(200);
    expect((await sipx.request('GET', `${REST}/my/voicemail/attendant`, { auth: me })).json.forwardDeleteVM).toBe(false);
  });
  it('quirk active-greeting-fallback: an unknown greeting saves none; off = 400; empty is 400', async () => {
    const me: [string, string] = ['200', '11111111'];
    const greeting = async (s: typeof sipx) => (await s.request('GET', `${REST}/my/vmprefs`, { auth: me, accept: 'json' })).json.vmprefs.greeting;
    expect((await sipx.request('PUT', `${REST}/my/mailbox/200/preferences/activegreeting/OutOfOffice`, { auth: me, body: 'x' })).status).toBe(200);
    expect(await greeting(sipx)).toBe('outofoffice');
    expect((await sipx.request('PUT', `${REST}/my/mailbox/200/preferences/activegreeting/holiday`, { auth: me, body: 'x' })).status).toBe(200);
    expect(await greeting(sipx)).toBe('none');
    expect((await sipx.request('PUT', `${REST}/my/mailbox/200/preferences/activegreeting/`, { auth: me, body: 'x' })).status).toBe(400);
    const strict = await startSipx({ quirks: { 'active-greeting-fallback': false } });
    try {
      expect((await strict.request('PUT', `${REST}/my/mailbox/200/preferences/activegreeting/standard`, { auth: me, body: 'x' })).status).toBe(200);
      expect((await strict.request('PUT', `${REST}/my/mailbox/200/preferences/activegreeting/holiday`, { auth: me, body: 'x' })).status).toBe(400);
      expect(await greeting(strict)).toBe('standard');
    } finally {
      await strict.close();
    }
  });
  it('quirk nonstandard-statuses: a duplicated private entry id is 747 and a Google import 743, with the error envelope', async () => {
    const me: [string, string] = ['200', '11111111'];
    const dup = await sipx.request('POST', `${REST}/my/phonebook/entry/contact-1`, { auth: me, body: { entry: { 'first-name': 'Again', number: '1' } } });
    expect(dup.status).toBe(747);
    expect(dup.text).toContain('<response><code>');
    const google = await sipx.request('POST', `${REST}/my/phonebook/googleImport`, { auth: me, body: { account: 'someone@example.com', password: 'x' }, accept: 'json' });
    expect(google.status).toBe(743);
    expect(google.json.response.code).toBe('ERROR_GOOGLE_AUTHENTICATION');
  });
  it('quirk phonebookentry-delete-listed-unsupported: DELETE /my/phonebookentry/{internalid} removes the private entry; POST is 405', async () => {
    const me: [string, string] = ['200', '11111111'];
    const entry = (await sipx.request('GET', `${REST}/my/phonebook/entry/contact-1`, { auth: me, accept: 'json' })).json.entry;
    expect((await sipx.request('POST', `${REST}/my/phonebookentry/${entry.internalID}`, { auth: me, body: 'x' })).status).toBe(405);
    expect((await sipx.request('DELETE', `${REST}/my/phonebookentry/${entry.internalID}`, { auth: me })).status).toBe(200);
    expect((await sipx.request('GET', `${REST}/my/phonebook/entry/contact-1`, { auth: me })).status).toBe(404);
    expect((await sipx.request('DELETE', `${REST}/my/phonebookentry/${entry.internalID}`, { auth: me })).status).toBe(404);
  });
  it('quirk google-import-offline: an import naming an account is 743, none is 400; faults give 744 and 745', async () => {
    const me: [string, string] = ['200', '11111111'];
    expect((await sipx.request('POST', `${REST}/my/phonebook/googleImport`, { auth: me, body: 'account=a%40example.com&password=x' })).status).toBe(743);
    expect((await sipx.request('POST', `${REST}/my/phonebook/googleImport`, { auth: me, body: {} })).status).toBe(400);
    for (const [error, status] of [['googleService', 744], ['googleTransport', 745]] as const) {
      const rule = { operation: 'POST /my/phonebook/googleImport', when: { first: 1 }, effect: { error } };
      expect((await sipx.request('POST', '/__emulator/faults', { auth: null, body: rule })).status).toBeLessThan(300);
      expect((await sipx.request('POST', `${REST}/my/phonebook/googleImport`, { auth: me, body: { account: 'a@example.com' } })).status).toBe(status);
    }
  });
  it('quirk user-services-copy-paste: copied descriptions answer what their section is about', async () => {
    const me: [string, string] = ['200', '11111111'];
    const prefs = await sipx.request('GET', `${REST}/my/vmprefs`, { auth: me, accept: 'json' });
    expect(Object.keys(prefs.json.vmprefs)).toEqual(expect.arrayContaining(['voicemailPermission', 'emailformat', 'greeting', 'email']));
    const contact = await sipx.request('GET', `${REST}/my/contact-information`, { auth: me, accept: 'json' });
    expect(contact.json['contact-information']).toMatchObject({ imID: '200@im', ldapManaged: false });
    const one = await sipx.request('GET', `${REST}/my/phonebook/entry/contact-2`, { auth: me, accept: 'json' });
    expect(one.json.entry).toMatchObject({ uid: 'contact-2', username: '200', pb: 'privatePhonebook_200' });
    expect((await sipx.request('PUT', `${REST}/my/voicemail/operator`, { auth: me, body: 'x' })).status).toBe(200);
    expect((await sipx.request('GET', `${REST}/my/voicemail/attendant`, { auth: me })).json.operator).toBeNull();
    const schedules = await sipx.request('GET', `${REST}/my/callfwdschedule`, { auth: me, accept: 'json' });
    expect(schedules.json.schedules[0]).toMatchObject({ name: 'business hours', periods: [{ start: '09:00', end: '12:30' }, { start: '13:30', end: '17:00' }] });
  });
  it('quirk phonebook-csv: GET /phonebook/{name} is CSV with a header line whatever Accept asks; the list is XML or JSON', async () => {
    const csv = await sipx.request('GET', `${REST}/phonebook/sales`, { accept: 'json' });
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain('text/comma-separated-values');
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('firstName,lastName,number');
    expect(lines.length).toBeGreaterThan(3);
    expect((await sipx.request('GET', `${REST}/phonebook`, { accept: 'json' })).json.phonebooks.map((p: { name: string }) => p.name)).toEqual(['sales', 'support']);
    expect((await sipx.request('GET', `${REST}/phonebook`, { auth: ['200', '11111111'] })).status).toBe(403);
  });
  it('quirk query-in-resource-uri: paged and searched phone books read start, end and query from the query string', async () => {
    const me: [string, string] = ['200', '11111111'];
    const all = (await sipx.request('GET', `${REST}/my/phonebook`, { auth: me, accept: 'json' })).json.phonebook.entries;
    const page = (await sipx.request('GET', `${REST}/my/pagedphonebook?start=2&end=5`, { auth: me, accept: 'json' })).json.phonebook;
    expect(page).toMatchObject({ size: all.length, 'filtered-size': 3, 'start-row': 2, 'end-row': 5, 'show-on-phone': true, 'google-domain': null });
    expect(page.entries).toEqual(all.slice(2, 5));
    expect((await sipx.request('GET', `${REST}/my/pagedphonebook?start=5&end=2`, { auth: me })).status).toBe(400);
    expect((await sipx.request('GET', `${REST}/my/pagedphonebook?start=x`, { auth: me })).status).toBe(400);
    const target = all.find((e: { id: number | null }) => e.id !== null);
    const found = (await sipx.request('GET', `${REST}/my/search/phonebook?query=${encodeURIComponent(target['last-name'].toUpperCase())}`, { auth: me, accept: 'json' })).json.phonebook.entries;
    expect(found).toContainEqual(target);
    expect((await sipx.request('GET', `${REST}/my/search/phonebook`, { auth: me })).status).toBe(400);
  });
  it('quirk put-documented-and-unsupported: PUT updates page groups, orbits and their settings; POST on those URIs is 405', async () => {
    expect((await sipx.request('PUT', `${API}/pagegroups/1`, { body: { pageGroup: { description: 'quirk put' } } })).status).toBe(200);
    expect((await sipx.request('GET', `${API}/pagegroups/1`, { accept: 'json' })).json.description).toBe('quirk put');
    expect((await sipx.request('PUT', `${API}/orbits/1`, { body: { orbit: { description: 'quirk put' } } })).status).toBe(200);
    expect((await sipx.request('GET', `${API}/orbits/1`, { accept: 'json' })).json.description).toBe('quirk put');
    expect((await sipx.request('PUT', `${API}/pagegroups/settings`, { body: 'page-config/sip-trace=1' })).status).toBe(200);
    expect((await sipx.request('PUT', `${API}/orbits/1/settings/general/multipleCalls`, { body: '1' })).status).toBe(200);
    for (const path of ['/pagegroups/1', '/pagegroups/settings', '/orbits/1', '/orbits/1/settings']) {
      const refused = await sipx.request('POST', `${API}${path}`, { body: {} });
      expect(refused.status, path).toBe(405);
      expect(String(refused.headers.allow)).toContain('PUT');
    }
    await sipx.request('DELETE', `${API}/pagegroups/settings`);
    await sipx.request('DELETE', `${API}/orbits/1/settings`);
  });
  it('quirk settings-path-forms: the bare settings URI and …/settings/{path} serve the same operations', async () => {
    const value = async (path: string) => (await sipx.request('GET', `${API}/pagegroups/settings/${path}`, { accept: 'json' })).json.value;
    const all = await sipx.request('GET', `${API}/pagegroups/settings`, { accept: 'json' });
    expect(all.json.settings.map((s: { path: string }) => s.path)).toContain('page-config/prefix');
    expect((await sipx.request('GET', `${API}/pagegroups/settings/page-config/prefix`, { accept: 'json' })).json).toMatchObject({ path: 'page-config/prefix', value: '*77' });
    expect((await sipx.request('GET', `${API}/pagegroups/settings/page-config`, { accept: 'json' })).json.settings.length).toBe(all.json.settings.length);
    expect((await sipx.request('PUT', `${API}/pagegroups/settings/page-config/prefix`, { body: '*78', contentType: 'text/plain' })).status).toBe(200);
    expect(await value('page-config/prefix')).toBe('*78');
    expect((await sipx.request('PUT', `${API}/pagegroups/settings`, { body: 'page-config/prefix=*79\npage-config/SIP_PAGE_LOG_LEVEL=DEBUG' })).status).toBe(200);
    expect([await value('page-config/prefix'), await value('page-config/SIP_PAGE_LOG_LEVEL')]).toEqual(['*79', 'DEBUG']);
    expect((await sipx.request('PUT', `${API}/pagegroups/settings`, { body: { settings: [{ path: 'page-config/sip-trace', value: true }] } })).status).toBe(200);
    expect(await value('page-config/sip-trace')).toBe('1');
    // All or nothing: a bad value or path leaves every setting as it was.
    expect((await sipx.request('PUT', `${API}/pagegroups/settings`, { body: 'page-config/prefix=*70\npage-config/SIP_PAGE_LOG_LEVEL=LOUD' })).status).toBe(400);
    expect((await sipx.request('PUT', `${API}/pagegroups/settings`, { body: 'page-config/prefix=*70\npage-config/nothing=1' })).status).toBe(404);
    expect((await sipx.request('PUT', `${API}/pagegroups/settings`, { body: 'no equals sign' })).status).toBe(400);
    expect(await value('page-config/prefix')).toBe('*79');
    expect((await sipx.request('DELETE', `${API}/pagegroups/settings/page-config/prefix`)).status).toBe(200);
    expect([await value('page-config/prefix'), await value('page-config/SIP_PAGE_LOG_LEVEL')]).toEqual(['*77', 'DEBUG']);
    expect((await sipx.request('DELETE', `${API}/pagegroups/settings`)).status).toBe(200);
    expect([await value('page-config/SIP_PAGE_LOG_LEVEL'), await value('page-config/sip-trace')]).toEqual(['NOTICE', '0']);
    expect((await sipx.request('GET', `${API}/pagegroups/settings/page-config/nothing`)).status).toBe(404);
    // The orbit options: the same two forms, per orbit.
    expect((await sipx.request('PUT', `${API}/orbits/1/settings`, { body: 'general/parkTimeout=30' })).status).toBe(200);
    expect((await sipx.request('GET', `${API}/orbits/1/settings/general/parkTimeout`, { accept: 'json' })).json.value).toBe('30');
    expect((await sipx.request('GET', `${API}/orbits/2/settings/general/parkTimeout`, { accept: 'json' })).json.value).not.toBe('30');
    expect((await sipx.request('DELETE', `${API}/orbits/1/settings/general`)).status).toBe(200);
    expect((await sipx.request('GET', `${API}/orbits/1/settings/general/parkTimeout`, { accept: 'json' })).json.value).toBe('120');
    expect((await sipx.request('PUT', `${API}/orbits/999/settings/general/parkTimeout`, { body: '5' })).status).toBe(404);
  });
  it('quirk orbit-settings-documented-twice: one per-orbit options resource; /orbits/settings is not served', async () => {
    const options = await sipx.request('GET', `${API}/orbits/1/settings`, { accept: 'json' });
    expect(options.status).toBe(200);
    expect(options.json.settings.every((s: { path: string }) => s.path.startsWith('general/'))).toBe(true);
    expect((await sipx.request('GET', `${API}/orbits/settings`)).status).toBe(404);
  });
  it('quirk orbits-prompt-descriptions: GET /orbits lists orbits and POST /orbits creates one, not prompts', async () => {
    const list = await sipx.request('GET', `${API}/orbits`, { accept: 'json' });
    expect(list.json.orbits[0]).toMatchObject({ name: expect.any(String), extension: expect.any(String), music: expect.any(String) });
    expect((await sipx.request('POST', `${API}/orbits`, { body: { orbit: { name: 'quirk-orbit', extension: '8555' } } })).status).toBe(200);
    expect((await sipx.request('GET', `${API}/orbits`, { accept: 'json' })).json.orbits.some((o: { extension: string }) => o.extension === '8555')).toBe(true);
    const upload = await sipx.request('POST', `${API}/orbits`, { body: '--b\r\nContent-Disposition: form-data; name="file"; filename="x.wav"\r\n\r\nRIFF\r\n--b--', contentType: 'multipart/form-data; boundary=b' });
    expect(upload.status).toBe(415);
  });
  it('quirk moh-prompts-dns-properties: MOH prompts list files, not dnsManager/dnsTestContext; uploads are multipart', async () => {
    const { toneWav } = await import('../core/media.ts');
    const list = await sipx.request('GET', `${API}/moh/prompts`, { accept: 'json' });
    expect(list.json.prompts.map((p: { name: string }) => p.name)).toContain('default.wav');
    expect(list.text).not.toMatch(/dnsManager|dnsTestContext/);
    const wav = toneWav(440, 20);
    const payload = Buffer.concat([Buffer.from('--q\r\nContent-Disposition: form-data; name="file"; filename="quirk.wav"\r\nContent-Type: audio/wav\r\n\r\n'), wav, Buffer.from('\r\n--q--\r\n')]);
    const app = sipx.emulator.vendor('sipxcom').app;
    const upload = await app.inject({ method: 'POST', url: `${API}/moh/prompts`, payload, headers: { 'content-type': 'multipart/form-data; boundary=q', authorization: basic(...sipx.admin) } });
    expect(upload.statusCode).toBe(200);
    expect((await sipx.request('GET', `${API}/moh/prompts`, { accept: 'json' })).json.prompts).toContainEqual({ name: 'quirk.wav', size: wav.length, contentType: 'audio/x-wav' });
  });
  it('quirk prompt-delete-undocumented: DELETE is 405 on page group and orbit prompts, served on MOH prompts', async () => {
    for (const library of ['pagegroups', 'orbits']) {
      const refused = await sipx.request('DELETE', `${API}/${library}/prompts/default.wav`);
      expect(refused.status, library).toBe(405);
      expect((await sipx.request('GET', `${API}/${library}/prompts/default.wav`)).status).toBe(200);
    }
    expect((await sipx.request('DELETE', `${API}/moh/prompts/hold-music.wav`)).status).toBe(200);
    expect((await sipx.request('GET', `${API}/moh/prompts/hold-music.wav`)).status).toBe(404);
  });
});
