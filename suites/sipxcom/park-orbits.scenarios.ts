import { strict as assert } from 'node:assert';
import { toneWav } from '../../emulator/core/media.ts';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { client, createUser } from './helpers.ts';
import { uploadPrompt } from './prompts.scenarios.ts';

interface Orbit {
  id: number;
  name: string;
  extension: string;
  description: string | null;
  enabled: boolean;
  music: string;
}
type Setting = { path: string; type: string; value: string | null; defaultValue: string | null };

/** Creates an orbit (POST answers no id): found again by its extension, deleted at cleanup. */
async function createOrbit(t: ScenarioContext, fields: Record<string, unknown> = {}): Promise<Orbit> {
  const sipx = client(t);
  const extension = String(fields.extension ?? t.number());
  await sipx.call('POST /orbits', { body: { orbit: { name: t.name('orbit'), extension, ...fields } } });
  const list = await sipx.call<{ orbits: Orbit[] }>('GET /orbits', { accept: 'json' });
  const orbit = list.body.orbits.find((o) => o.extension === extension);
  assert.ok(orbit, `the orbit on extension ${extension} is listed`);
  t.cleanup(() => sipx.raw('DELETE /orbits/{orbitId}', { params: { orbitId: orbit.id } }));
  return orbit;
}

const settingsOf = async (t: ScenarioContext, orbitId: number) =>
  (await client(t).call<{ settings: Setting[] }>('GET /orbits/{orbitId}/settings', { params: { orbitId }, accept: 'json' })).body.settings;
const settingAt = (t: ScenarioContext, orbitId: number, path: string) => `${client(t).path('GET /orbits/{orbitId}/settings', { orbitId })}/${path}`;

export const parkOrbitScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.orbits.round-trip',
    title: 'A park orbit creates, reads back by id (JSON and XML), updates, deletes, then is 404',
    doc: [doc('1867-1936')],
    operations: ['POST /orbits', 'GET /orbits', 'GET /orbits/{orbitId}', 'PUT /orbits/{orbitId}', 'DELETE /orbits/{orbitId}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const orbit = await createOrbit(t, { description: 'conformance orbit' });
      assert.equal(orbit.enabled, true, 'an orbit is enabled unless told otherwise');
      const params = { orbitId: orbit.id };
      const xml = await sipx.call<Orbit>('GET /orbits/{orbitId}', { params, accept: 'xml' });
      assert.equal(xml.body.name, orbit.name);
      assert.equal(xml.body.description, 'conformance orbit');
      const extension = String(t.number());
      await sipx.call('PUT /orbits/{orbitId}', { params, body: { orbit: { extension, enabled: false } } });
      const read = await sipx.call<Orbit>('GET /orbits/{orbitId}', { params, accept: 'json' });
      assert.equal(read.body.extension, extension);
      assert.equal(read.body.enabled, false);
      assert.equal(read.body.name, orbit.name, 'fields not given stay');
      await sipx.call('DELETE /orbits/{orbitId}', { params });
      for (const op of ['GET /orbits/{orbitId}', 'GET /orbits/{orbitId}/settings']) {
        const gone = await sipx.refused(op, [404], { params });
        assert.equal(gone.status, 404, `${op} after the delete`);
      }
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.orbits.uniqueness',
    title: 'Orbit extensions and names are unique, and an extension a user holds is refused',
    doc: [doc('1890-1927')],
    operations: ['POST /orbits', 'PUT /orbits/{orbitId}', 'GET /orbits'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const first = await createOrbit(t);
      const second = await createOrbit(t);
      const sameExtension = await sipx.refused('POST /orbits', [400], { body: { orbit: { name: t.name('orbit'), extension: first.extension } } });
      assert.equal(sameExtension.status, 400, 'an extension parks on one orbit');
      const sameName = await sipx.refused('POST /orbits', [400], { body: { orbit: { name: first.name, extension: String(t.number()) } } });
      assert.equal(sameName.status, 400, 'an orbit name is unique');
      const taken = await sipx.refused('PUT /orbits/{orbitId}', [400], { params: { orbitId: second.id }, body: { orbit: { extension: first.extension } } });
      assert.equal(taken.status, 400, 'an update cannot take another orbit\'s extension');
      const user = await createUser(t, { username: String(t.number()) });
      const userExtension = await sipx.refused('POST /orbits', [400], { body: { orbit: { name: t.name('orbit'), extension: user.username } } });
      assert.equal(userExtension.status, 400, 'an extension a user holds is refused');
      const orbits = (await sipx.call<{ orbits: Orbit[] }>('GET /orbits', { accept: 'json' })).body.orbits;
      assert.equal(orbits.filter((o) => o.extension === first.extension).length, 1, 'nothing refused was stored');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.orbits.settings',
    title: 'An orbit option set by path reads back; DELETE by path reverts it; the bare DELETE reverts them all; orbits do not share values',
    doc: [doc('1938-2012')],
    operations: ['GET /orbits/{orbitId}/settings', 'PUT /orbits/{orbitId}/settings', 'DELETE /orbits/{orbitId}/settings'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const orbit = await createOrbit(t);
      const neighbour = await createOrbit(t);
      const settings = await settingsOf(t, orbit.id);
      assert.ok(settings.length > 0, 'an orbit has options');
      const target = settings.find((s) => s.type === 'integer') ?? settings.find((s) => s.type === 'string');
      if (!target) return t.note('no integer or string option on this target');
      const value = String(t.number());
      const put = await sipx.send('PUT', settingAt(t, orbit.id, target.path), { body: value, contentType: 'text/plain' });
      assert.equal(put.status, 200, `PUT ${target.path}`);
      t.observe({ operation: 'PUT /orbits/{orbitId}/settings', outcome: 'conforms' });
      assert.equal((await settingsOf(t, orbit.id)).find((s) => s.path === target.path)?.value, value);
      assert.equal((await settingsOf(t, neighbour.id)).find((s) => s.path === target.path)?.value, target.value, 'another orbit keeps its own value');
      const revert = await sipx.send('DELETE', settingAt(t, orbit.id, target.path));
      assert.equal(revert.status, 200);
      assert.equal((await settingsOf(t, orbit.id)).find((s) => s.path === target.path)?.value, target.defaultValue, 'back to its default');
      await sipx.send('PUT', settingAt(t, orbit.id, target.path), { body: value, contentType: 'text/plain' });
      await sipx.call('DELETE /orbits/{orbitId}/settings', { params: { orbitId: orbit.id } });
      assert.equal((await settingsOf(t, orbit.id)).find((s) => s.path === target.path)?.value, target.defaultValue, 'the bare DELETE reverts every option');
      const unknown = await sipx.refused('GET /orbits/{orbitId}/settings', [404], { params: { orbitId: 987654321 } });
      assert.equal(unknown.status, 404, 'an unknown orbit has no options');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.orbits.music',
    title: 'An orbit plays an uploaded park orbit prompt; music that is not a prompt is refused; PUT /orbits is 405',
    doc: [doc('1883-1898'), doc('2014-2057')],
    operations: ['POST /orbits', 'POST /orbits/prompts', 'GET /orbits/{orbitId}', 'PUT /orbits/{orbitId}'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const music = `${t.name('hold')}.wav`;
      await uploadPrompt(t, 'orbits', music, toneWav(330, 120));
      const orbit = await createOrbit(t, { music });
      assert.equal(orbit.music, music);
      const params = { orbitId: orbit.id };
      const bad = await sipx.refused('PUT /orbits/{orbitId}', [400], { params, body: { orbit: { music: `${t.name('none')}.wav` } } });
      assert.equal(bad.status, 400, 'music must be a park orbit prompt');
      assert.equal((await sipx.call<Orbit>('GET /orbits/{orbitId}', { params, accept: 'json' })).body.music, music, 'a refused update changes nothing');
      const put = await sipx.send('PUT', sipx.path('GET /orbits'), { body: {} });
      assert.equal(put.status, 405, '"Unsupported HTTP Method: PUT, DELETE" (doc 1898)');
    },
  }),
];
