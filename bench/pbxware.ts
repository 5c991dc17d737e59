/** PBXware: cold start, ext.list over 1,000 extensions, ext.add, and memory up to 10,000 extensions. */
import { coldStart, load, row, rssMb, startBare, startEmulatorChild, stopChild, TABLE_HEAD, type Say } from './lib.ts';

export async function benchPbxware(say: Say): Promise<void> {
  say('');
  say('## Bicom PBXware');
  say('');
  const emulatorCold = await coldStart(() => startEmulatorChild('pbxware'), (c) => `/?apikey=${c.credentials.apikey}&action=pbxware.package.list`);
  const bareCold = await coldStart(() => startBare(), () => '/');
  for (const line of TABLE_HEAD) say(line);
  say(`| cold start to first answer (median of 5) | ${emulatorCold} ms | ${bareCold} ms | ${(emulatorCold / bareCold).toFixed(2)}× |`);

  // ext.list with 1,000 extensions: the large fixture set.
  const emulator = await startEmulatorChild('pbxware', 'large');
  const key = emulator.credentials.apikey;
  const extList = `${emulator.url}/?apikey=${key}&action=pbxware.ext.list`;
  const listBody = await (await fetch(extList)).text();
  const extensionCount = Object.keys(JSON.parse(listBody)).length;
  const idleRss = await rssMb(emulator.process.pid!);
  const bare = await startBare({ '': listBody });
  const bareIdleRss = await rssMb(bare.process.pid!);
  say(`| RSS, large fixtures (${extensionCount} extensions, 100,000 CDRs) | ${idleRss} MB | ${bareIdleRss} MB | ${(idleRss / bareIdleRss).toFixed(2)}× |`);

  const emuList = await load(extList);
  const bareList = await load(`${bare.url}/`);
  say(row(`pbxware.ext.list, ${extensionCount} extensions (${Math.round(listBody.length / 1024)} KiB)`, emuList, bareList));

  // ext.add: every request creates a new extension in tenant 2 (numbers allocated by the emulator).
  const addBody = (n: number, apikey = key, server = '2') =>
    new URLSearchParams({
      apikey,
      action: 'pbxware.ext.add',
      server,
      name: `Bench ${n}`,
      email: `bench${n}@example.com`,
      location: '1',
      ua: '50',
      status: '1',
      pin: '1234',
      incominglimit: '1',
      outgoinglimit: '1',
      voicemail: '1',
      prot: 'sip',
      secret: 'BenchSecret123!',
    }).toString();
  let counter = 0;
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  const emuAdd = await load(`${emulator.url}/`, {
    requests: [{ method: 'POST', headers: form, setupRequest: (request) => ({ ...request, body: addBody(++counter) }) }],
  });
  const bareAdd = await load(`${bare.url}/add`, { method: 'POST', body: addBody(0), headers: form });
  say(row('pbxware.ext.add (POST, form body)', emuAdd, bareAdd));
  if (emuAdd.errors > 0 || emuList.errors > 0) say(`(errors: ext.list ${emuList.errors}, ext.add ${emuAdd.errors})`);
  await stopChild(emulator);

  // Memory: a fresh emulator with the small fixtures, idle, then holding 10,000 extensions added through
  // the API into a tenant with five-digit numbers (a three-digit tenant holds at most 900).
  const fresh = await startEmulatorChild('pbxware');
  const freshKey = fresh.credentials.apikey;
  const smallRss = await rssMb(fresh.process.pid!);
  say(`| idle RSS, small fixtures | ${smallRss} MB | ${bareIdleRss} MB | ${(smallRss / bareIdleRss).toFixed(2)}× |`);
  const tenant = await (
    await fetch(
      `${fresh.url}/?${new URLSearchParams({
        apikey: freshKey, action: 'pbxware.tenant.add', tenant_name: 'bench.example.com', tenant_code: '999',
        package: '1', ext_length: '5', country: '135', national: '1', international: '011',
      })}`,
    )
  ).json();
  const server = String(tenant.id);
  const freshList = `${fresh.url}/?apikey=${freshKey}&action=pbxware.ext.list`;
  const missing = 10_000 - Object.keys(await (await fetch(freshList)).json()).length;
  const started = performance.now();
  let failures = 0;
  for (let i = 0; i < missing; i += 50) {
    const replies = await Promise.all(
      Array.from({ length: Math.min(50, missing - i) }, (_, j) =>
        fetch(`${fresh.url}/`, { method: 'POST', headers: form, body: addBody(1_000_000 + i + j, freshKey, server) }).then((r) => r.json()),
      ),
    );
    failures += replies.filter((r) => 'error' in r).length;
  }
  const finalCount = Object.keys(await (await fetch(freshList)).json()).length;
  const fullRss = await rssMb(fresh.process.pid!);
  say(`| RSS with ${finalCount} extensions | ${fullRss} MB | ${bareIdleRss} MB (idle) | ${(fullRss / bareIdleRss).toFixed(2)}× |`);
  say('');
  say(`(added ${missing - failures} extensions through ext.add in ${Math.round(performance.now() - started)} ms${failures ? `; ${failures} refused` : ''})`);
  await stopChild(fresh);
  await stopChild(bare);
  say('');
  say('Targets: cold start ≤ 300 ms; ext.list ≥ 50 % of the bare-Fastify rate; RSS ≤ 100 MB with 10,000 extensions.');
}
