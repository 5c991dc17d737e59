import { describe, expect, it } from 'vitest';
import { insecureFetch } from '../suites/harness/target.ts';
import { startEmulator, type Emulator } from './index.ts';

/** Many emulators in one process for parallel tests: each on its own free port, sharing nothing. */
describe('isolation between emulator instances', () => {
  it('32 instances under concurrent load show no cross-talk', async () => {
    const instances: Emulator[] = await Promise.all(
      Array.from({ length: 32 }, () => startEmulator({ vendor: 'pbxware', vendors: { pbxware: { port: 0 } } })),
    );
    try {
      const urls = instances.map((e) => e.vendor('pbxware').url);
      expect(new Set(urls).size).toBe(32);
      const call = (url: string, params: Record<string, string>) =>
        fetch(`${url}/?${new URLSearchParams({ apikey: 'my.secret.apikey', ...params })}`).then((r) => r.json());
      // Every instance gets five writes of its own, all 160 in flight together.
      await Promise.all(
        urls.flatMap((url, i) =>
          Array.from({ length: 5 }, (_, j) => call(url, { action: 'pbxware.department.add', server: '2', name: `inst${i}-dep${j}` })),
        ),
      );
      const lists = await Promise.all(urls.map((url) => call(url, { action: 'pbxware.department.list', server: '2' })));
      lists.forEach((list, i) => {
        const mine = Object.values(list as Record<string, { name: string }>)
          .map((d) => d.name)
          .filter((name) => name.startsWith('inst'));
        expect(mine.sort()).toEqual(Array.from({ length: 5 }, (_, j) => `inst${i}-dep${j}`));
      });
      // Clocks are per instance too.
      instances[0].clock.advance(3600);
      expect(Math.abs(instances[1].clock.now() - Date.now())).toBeLessThan(60_000);
    } finally {
      await Promise.all(instances.map((e) => e.close()));
    }
  }, 60_000);

  it('32 instances of the four vendors (8 each) keep their own state and sessions under concurrent load', async () => {
    const http = await insecureFetch();
    const request = async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) => {
      const reply = await http(url, init);
      const text = await reply.text();
      return { status: reply.status, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
    };
    const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
      request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const md5 = async (text: string) => (await import('node:crypto')).createHash('md5').update(text).digest('hex');

    /** Per vendor: log in (a session of that instance), write a named thing, list the names, and try a session elsewhere. */
    interface Probe {
      login(url: string): Promise<string>;
      write(url: string, session: string, name: string, n: number): Promise<void>;
      names(url: string, session: string): Promise<string[]>;
      /** Whether a session of one instance is accepted by `url` (another instance). */
      sessionWorks(url: string, session: string): Promise<boolean>;
    }
    const ucmApi = (url: string, req: Record<string, unknown>) => postJson(`${url}/api`, { request: req }).then((r) => r.body as any);
    const sipxAuth = { authorization: `Basic ${Buffer.from('superadmin:password').toString('base64')}`, accept: 'application/json' };
    const probes: Record<'pbxware' | 'grandstream' | 'portsip' | 'sipxcom', Probe> = {
      pbxware: {
        login: async () => 'my.secret.apikey',
        write: async (url, key, name) => void (await request(`${url}/?${new URLSearchParams({ apikey: key, action: 'pbxware.department.add', server: '2', name })}`)),
        names: async (url, key) =>
          Object.values((await request(`${url}/?${new URLSearchParams({ apikey: key, action: 'pbxware.department.list', server: '2' })}`)).body as Record<string, { name: string }>).map((d) => d.name),
        sessionWorks: async () => true, // an API key, not a session
      },
      grandstream: {
        async login(url) {
          const challenge = await ucmApi(url, { action: 'challenge', user: 'cdrapi', version: '1.0' });
          return (await ucmApi(url, { action: 'login', user: 'cdrapi', token: await md5(challenge.response.challenge + 'cdrapi123') })).response.cookie;
        },
        async write(url, cookie, name, n) {
          const data = `<pms_data_request><adminibargoods><goodscode>${n}</goodscode><goodsname>${name}</goodsname></adminibargoods></pms_data_request>`;
          const reply = await ucmApi(url, { action: 'pmsapi', cookie, format: 'xml', data });
          expect(reply.status).toBe(0);
        },
        names: async (url, cookie) => (await ucmApi(url, { action: 'pmsapi', cookie, data: { listMiniBarGoods: { item_num: 1000 } } })).response.goods_name.map((g: { goods_name: string }) => g.goods_name),
        sessionWorks: async (url, cookie) => (await ucmApi(url, { action: 'listAccount', cookie })).status === 0,
      },
      portsip: {
        login: async (url) => (await postJson(`${url}/api/account/credentials/verify`, { name: 'admin', password: 'admin123' })).body.access_token,
        async write(url, access_token, group_name) {
          const flags = { enable_intercom: false, enable_external_call: false, enable_management_console_access: false };
          expect((await postJson(`${url}/api/extensions/group/create`, { access_token, group_name, ...flags })).status).toBe(200);
        },
        names: async (url, access_token) =>
          (await request(`${url}/api/extensions/group/list?access_token=${access_token}&pagination=1&pagesize=100`)).body.groups.map((g: { group_name: string }) => g.group_name),
        sessionWorks: async (url, access_token) => (await request(`${url}/api/extensions/group/list?access_token=${access_token}&pagination=1&pagesize=10`)).status === 200,
      },
      sipxcom: {
        login: async () => sipxAuth.authorization,
        async write(url, _auth, description, n) {
          const phone = { serialNumber: (0xfeed00000000 + n).toString(16), model: { modelId: 'polycomVVX500' }, description };
          expect((await postJson(`${url}/sipxconfig/api/phones`, phone, sipxAuth)).status).toBeLessThan(300);
        },
        names: async (url) => (await request(`${url}/sipxconfig/api/phones`, { headers: sipxAuth })).body.phones.map((p: { description: string }) => p.description),
        sessionWorks: async () => true, // HTTP Basic: no session
      },
    };
    const vendors = Object.keys(probes) as Array<keyof typeof probes>;
    const instances: Emulator[] = await Promise.all(
      Array.from({ length: 32 }, (_, i) => {
        const vendor = vendors[i % 4];
        return startEmulator({ vendor, vendors: { [vendor]: { port: 0 } } });
      }),
    );
    try {
      const targets = instances.map((e, i) => ({ vendor: vendors[i % 4], url: e.vendor(vendors[i % 4]).url }));
      const sessions = await Promise.all(targets.map((t) => probes[t.vendor].login(t.url)));
      // Four writes per instance, all 128 in flight together.
      await Promise.all(
        targets.flatMap((t, i) => Array.from({ length: 4 }, (_, j) => probes[t.vendor].write(t.url, sessions[i], `inst${i}-item${j}`, 7000 + i * 10 + j))),
      );
      const lists = await Promise.all(targets.map((t, i) => probes[t.vendor].names(t.url, sessions[i])));
      lists.forEach((names, i) => {
        expect(names.filter((n) => typeof n === 'string' && n.startsWith('inst')).sort(), `${targets[i].vendor} instance ${i}`).toEqual(Array.from({ length: 4 }, (_, j) => `inst${i}-item${j}`));
      });
      // A session (Grandstream cookie, PortSIP token) of one instance means nothing to another of the same vendor.
      for (const vendor of ['grandstream', 'portsip'] as const) {
        const [a, b] = targets.map((t, i) => ({ ...t, i })).filter((t) => t.vendor === vendor);
        expect(await probes[vendor].sessionWorks(a.url, sessions[a.i])).toBe(true);
        expect(await probes[vendor].sessionWorks(b.url, sessions[a.i])).toBe(false);
      }
    } finally {
      await Promise.all(instances.map((e) => e.close()));
    }
  }, 90_000);
});
