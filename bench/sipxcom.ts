/** sipXcom (plain HTTP listener): GET /api/phones of 1,000 phones as XML and as JSON, beside bare Fastify. */
import { load, median, row, rssMb, startBare, startEmulatorChild, stopChild, TABLE_HEAD, type Say } from './lib.ts';

const PHONES = 1_000;

export async function benchSipxcom(say: Say): Promise<void> {
  const emulator = await startEmulatorChild('sipxcom');
  const base = emulator.urls.http ?? emulator.url;
  const authorization = `Basic ${Buffer.from(`${emulator.credentials.user}:${emulator.credentials.password}`).toString('base64')}`;
  const phonesUrl = `${base}/sipxconfig/api/phones`;
  const get = async (accept: string) => {
    const reply = await fetch(phonesUrl, { headers: { authorization, accept } });
    if (!reply.ok) throw new Error(`GET /api/phones (${accept}) failed: ${reply.status}`);
    return reply.text();
  };
  const existing = (JSON.parse(await get('application/json')).phones as unknown[]).length;
  const batch = Array.from({ length: PHONES - existing }, (_, i) => ({
    serialNumber: (0xbe0000000000 + i).toString(16),
    model: { modelId: i % 2 ? 'polycomVVX500' : 'yealinkPhoneT46G' },
    description: `bench phone ${i}`,
  }));
  const created = await fetch(phonesUrl, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ phones: batch }),
  });
  if (!created.ok) throw new Error(`batch POST /api/phones failed: ${created.status} ${(await created.text()).slice(0, 300)}`);
  const json = await get('application/json');
  const xml = await get('application/xml');
  const count = (JSON.parse(json).phones as unknown[]).length;
  const rss = await rssMb(emulator.process.pid!);

  // What a read costs when the state has just changed (nothing kept): a write, then the GET; median of 20.
  const firstPhone = (JSON.parse(json).phones as Array<{ id: number }>)[0].id;
  const uncached = async (accept: string) => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const write = await fetch(`${phonesUrl}/${firstPhone}`, {
        method: 'PUT',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ description: `bench ${i}` }),
      });
      if (!write.ok) throw new Error(`PUT /api/phones/${firstPhone} failed: ${write.status} ${await write.text()}`);
      const t0 = performance.now();
      await get(accept);
      times.push(performance.now() - t0);
    }
    return median(times).toFixed(1);
  };
  const uncachedXml = await uncached('application/xml');
  const uncachedJson = await uncached('application/json');
  const bare = await startBare({ json, xml });
  const emuXml = await load(phonesUrl, { headers: { authorization, accept: 'application/xml' } });
  const bareXml = await load(`${bare.url}/xml`);
  const emuJson = await load(phonesUrl, { headers: { authorization, accept: 'application/json' } });
  const bareJson = await load(`${bare.url}/json`);

  say('');
  say('## sipXcom (HTTP listener)');
  say('');
  for (const line of TABLE_HEAD) say(line);
  say(row(`GET /api/phones, ${count} phones as XML (${Math.round(xml.length / 1024)} KiB)`, emuXml, bareXml));
  say(row(`GET /api/phones, ${count} phones as JSON (${Math.round(json.length / 1024)} KiB)`, emuJson, bareJson));
  say(`| RSS holding ${count} phones | ${rss} MB | ${await rssMb(bare.process.pid!)} MB | |`);
  say('');
  say(`Reads are answered from the read cache until the state changes. The first read after a write renders: ${uncachedXml} ms as XML, ${uncachedJson} ms as JSON (median of 20, one request at a time).`);
  if (emuXml.errors + emuJson.errors > 0) say(`(errors: XML ${emuXml.errors}, JSON ${emuJson.errors})`);
  await stopChild(emulator);
  await stopChild(bare);
}
