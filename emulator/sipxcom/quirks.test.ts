import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sipxcomQuirks } from '../../contracts/sipxcom/quirks.ts';
import { startSipx, type SipxTestEmulator } from './test-support.ts';

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
});
