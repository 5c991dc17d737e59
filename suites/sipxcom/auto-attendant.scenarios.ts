import { strict as assert } from 'node:assert';
import { doc } from '../../contracts/sipxcom/source.ts';
import { defineScenario } from '../harness/scenario.ts';
import type { ScenarioContext } from '../harness/scenario.ts';
import { client } from './helpers.ts';

type Attendant = { name: string; systemId: string; specialSelected: boolean };

async function attendants(t: ScenarioContext): Promise<Attendant[]> {
  const { body } = await client(t).call<{ autoAttendants: Attendant[] }>('GET /auto-attendant', { accept: 'json' });
  return body.autoAttendants;
}

async function specialMode(t: ScenarioContext): Promise<boolean> {
  const { body } = await client(t).call<{ specialAttendant: { specialMode: boolean } }>('GET /auto-attendant/specialmode');
  return body.specialAttendant.specialMode;
}

/** Puts the global special mode back to what it was (the scenario changes a system-wide flag). */
function restoreSpecialMode(t: ScenarioContext, was: boolean) {
  const sipx = client(t);
  const body = { specialMode: String(was) };
  t.cleanup(() => sipx.raw(was ? 'PUT /auto-attendant/specialmode' : 'DELETE /auto-attendant/specialmode', { body }));
}

/** Puts the special mark back on the attendant that had it (or on none). */
function restoreSpecialMark(t: ScenarioContext, before: Attendant[]) {
  const sipx = client(t);
  const marked = before.find((a) => a.specialSelected);
  t.cleanup(async () => {
    if (marked) return sipx.raw('PUT /auto-attendant/{attendant}/special', { params: { attendant: marked.systemId }, body: 'x' });
    // Unmarking is refused while special mode is on (193); the special-mode cleanup, registered first, restores it after.
    await sipx.raw('DELETE /auto-attendant/specialmode');
    for (const a of await attendants(t)) if (a.specialSelected) await sipx.raw('DELETE /auto-attendant/{attendant}/special', { params: { attendant: a.systemId } });
    return undefined;
  });
}

export const autoAttendantScenarios = [
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.aa.list',
    title: 'The auto-attendant list answers XML by default (also with a trailing slash) and JSON on request; at most one is special',
    doc: [doc('89-138')],
    operations: ['GET /auto-attendant', 'GET /auto-attendant/specialmode'],
    async run(t) {
      const sipx = client(t);
      const xml = await sipx.call('GET /auto-attendant');
      assert.match(xml.response.contentType, /xml/, 'the /rest answer is XML by default');
      assert.match(xml.response.text, /<autoAttendants>(<autoAttendant>.*<\/autoAttendant>)?<\/autoAttendants>$/, 'a closed <autoAttendants> list (the example is truncated, 126-136)');
      const slash = await sipx.send('GET', `${sipx.path('GET /auto-attendant')}/`, {});
      assert.equal(slash.status, 200, 'the example URI ends with a slash (125)');
      const list = await attendants(t);
      assert.deepEqual(list, xml.body.autoAttendants, 'XML and JSON carry the same attendants');
      assert.ok(list.filter((a) => a.specialSelected).length <= 1, 'at most one attendant is marked special');
      assert.equal(new Set(list.map((a) => a.systemId)).size, list.length, 'system ids are unique');
      const mode = await sipx.call('GET /auto-attendant/specialmode', { accept: 'json' });
      assert.equal(typeof mode.body.specialAttendant.specialMode, 'boolean');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.aa.special-mode',
    title: 'PUT specialmode turns special mode on, DELETE (even with {"specialMode":"true"}) turns it off',
    doc: [doc('140-182')],
    operations: ['GET /auto-attendant/specialmode', 'PUT /auto-attendant/specialmode', 'DELETE /auto-attendant/specialmode'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      restoreSpecialMode(t, await specialMode(t));
      const body = '{"specialMode":"true"}';
      await sipx.call('PUT /auto-attendant/specialmode', { body, contentType: 'application/json' });
      assert.equal(await specialMode(t), true, 'on after PUT (169)');
      const xml = await sipx.call('GET /auto-attendant/specialmode', { accept: 'xml' });
      assert.match(xml.response.text, /<specialAttendant><specialMode>true<\/specialMode><\/specialAttendant>/);
      await sipx.call('DELETE /auto-attendant/specialmode', { body, contentType: 'application/json' });
      assert.equal(await specialMode(t), false, 'off after DELETE, whatever its body says (176, 180)');
      await sipx.call('DELETE /auto-attendant/specialmode');
      assert.equal(await specialMode(t), false, 'DELETE again keeps it off');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.aa.special-mark',
    title: 'Marking an attendant special moves the mark; unknown attendants are 400; unmarking while special mode is on is 409',
    doc: [doc('184-203')],
    operations: ['PUT /auto-attendant/{attendant}/special', 'DELETE /auto-attendant/{attendant}/special', 'GET /auto-attendant', 'PUT /auto-attendant/specialmode'],
    mutates: true,
    async run(t) {
      const sipx = client(t);
      const unknown = t.name('noaa');
      for (const op of ['PUT /auto-attendant/{attendant}/special', 'DELETE /auto-attendant/{attendant}/special']) {
        const r = await sipx.refused(op, [400], { params: { attendant: unknown }, body: 'x' });
        assert.equal(r.status, 400, `${op} of an unknown attendant (191)`);
      }
      const before = await attendants(t);
      if (before.length === 0) return t.note('no auto attendant on this system: nothing to mark');
      restoreSpecialMode(t, await specialMode(t));
      restoreSpecialMark(t, before);
      const [first, second] = before;
      await sipx.call('PUT /auto-attendant/{attendant}/special', { params: { attendant: first.systemId }, body: 'x' });
      assert.deepEqual((await attendants(t)).filter((a) => a.specialSelected).map((a) => a.systemId), [first.systemId]);
      if (second) {
        await sipx.call('PUT /auto-attendant/{attendant}/special', { params: { attendant: second.systemId }, body: 'x' });
        assert.deepEqual((await attendants(t)).filter((a) => a.specialSelected).map((a) => a.systemId), [second.systemId], 'the mark moved');
      }
      const marked = second ?? first;
      await sipx.call('PUT /auto-attendant/specialmode', { body: { specialMode: 'true' } });
      const refused = await sipx.refused('DELETE /auto-attendant/{attendant}/special', [409], { params: { attendant: marked.systemId } });
      assert.equal(refused.status, 409, 'special mode is on (193)');
      assert.ok((await attendants(t)).find((a) => a.systemId === marked.systemId)?.specialSelected, 'the refused DELETE changed nothing');
      await sipx.call('DELETE /auto-attendant/specialmode');
      await sipx.call('DELETE /auto-attendant/{attendant}/special', { params: { attendant: marked.systemId } });
      assert.equal((await attendants(t)).some((a) => a.specialSelected), false, 'no attendant is special any more');
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.aa.live-mode',
    title: 'PUT/DELETE livemode/{code} switch the live attendant of the attendant with that code; an unknown code is 404',
    doc: [doc('205-221')],
    operations: ['PUT /auto-attendant/livemode/{code}', 'DELETE /auto-attendant/livemode/{code}'],
    mutates: true,
    control: 'the live mode shows in no documented read: the scenario reads it from the emulator state',
    async run(t) {
      const sipx = client(t);
      type Row = { systemId: string; liveCode: string | null; liveEnabled: boolean };
      const rows = async () => Object.values((await t.control.state<{ tables: Record<string, Record<string, Row>> }>()).tables.auto_attendants ?? {});
      const withCode = (await rows()).find((r) => r.liveCode);
      assert.ok(withCode, 'the fixtures give attendants live codes');
      await sipx.call('PUT /auto-attendant/livemode/{code}', { params: { code: withCode.liveCode! }, body: 'x' });
      assert.equal((await rows()).find((r) => r.systemId === withCode.systemId)?.liveEnabled, true, 'enabled (215)');
      assert.equal((await rows()).filter((r) => r.liveEnabled).length, 1, 'only the attendant with that code');
      await sipx.call('DELETE /auto-attendant/livemode/{code}', { params: { code: withCode.liveCode! } });
      assert.equal((await rows()).find((r) => r.systemId === withCode.systemId)?.liveEnabled, false, 'disabled (219)');
      const unknown = await sipx.refused('PUT /auto-attendant/livemode/{code}', [404], { params: { code: '79999999' }, body: 'x' });
      assert.equal(unknown.status, 404);
    },
  }),
  defineScenario({
    vendor: 'sipxcom',
    id: 'sipx.aa.methods',
    title: 'Methods the auto-attendant sections list unsupported answer 405',
    doc: [doc('138-138'), doc('182-182'), doc('203-203'), doc('221-221')],
    operations: ['GET /auto-attendant'],
    async run(t) {
      const sipx = client(t);
      const cases: Array<[string, string]> = [
        ['POST', sipx.path('GET /auto-attendant')],
        ['PUT', sipx.path('GET /auto-attendant')],
        ['DELETE', sipx.path('GET /auto-attendant')],
        ['POST', sipx.path('GET /auto-attendant/specialmode')],
        ['GET', sipx.path('PUT /auto-attendant/{attendant}/special', { attendant: 'operator' })],
        ['POST', sipx.path('PUT /auto-attendant/{attendant}/special', { attendant: 'operator' })],
        ['GET', sipx.path('PUT /auto-attendant/livemode/{code}', { code: '100' })],
        ['POST', sipx.path('PUT /auto-attendant/livemode/{code}', { code: '100' })],
      ];
      for (const [method, path] of cases) {
        const r = await sipx.send(method, path, method === 'GET' ? {} : { body: 'x' });
        assert.equal(r.status, 405, `${method} ${path}`);
      }
      await sipx.call('GET /auto-attendant');
    },
  }),
];
