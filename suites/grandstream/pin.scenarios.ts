import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { removeLater } from './config-helpers.ts';
import { GrandstreamClient } from './helpers.ts';

/** A PIN group id of the run: 13 digits like the document's ("1602745045405"), ending in a number of the run's range. */
const pinSetsId = (t: ScenarioContext) => `160274504${t.number()}`;

async function addPinGroup(t: ScenarioContext, ucm: GrandstreamClient) {
  const id = pinSetsId(t);
  const name = t.name('pins');
  await ucm.call('addPinSets', { pin_sets_id: id, pin_sets_name: name, record_in_cdr: 'yes', members: [{ pin: '1234', pin_name: t.name('m'), pin_sets_id: id }] });
  removeLater(t, ucm, 'deletePinSets', { pin_sets_id: id });
  return { id, name };
}

/** PIN Group (doc 2731-2891) and listPinSets (doc 6648-6714). */
export const pinScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.pin.round-trip',
    title: 'addPinSets → getPinSets (keyed pin_sets_id) → updatePinSets → listPinSets → deletePinSets → gone (-16)',
    doc: [doc('2733-2891'), doc('6648-6714')],
    operations: ['addPinSets', 'getPinSets', 'updatePinSets', 'listPinSets', 'deletePinSets'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const { id, name } = await addPinGroup(t, ucm);
      const got = (await ucm.call('getPinSets', { pin_sets_id: id })).response;
      assert.equal(got.pin_sets_id.pin_sets_name, name);
      assert.equal(got.pin_sets_id.record_in_cdr, 'yes');
      assert.equal(String(got.members[0].pin), '1234');
      const renamed = t.name('pins');
      const member = t.name('m');
      assert.deepEqual(
        await ucm.call('updatePinSets', { pin_sets_id: id, pin_sets_name: renamed, record_in_cdr: 'no', members: [{ pin: '4567', pin_name: member, pin_sets_id: id }] }),
        { response: { need_apply: 'yes' }, status: 0 },
      );
      const after = (await ucm.call('getPinSets', { pin_sets_id: id })).response;
      assert.deepEqual([after.pin_sets_id.pin_sets_name, after.pin_sets_id.record_in_cdr, String(after.members[0].pin), after.members[0].pin_name], [renamed, 'no', '4567', member]);
      const list = (await ucm.call('listPinSets', {})).response;
      assert.ok(Array.isArray(list.pin_sets_id), 'listPinSets answers an array keyed pin_sets_id');
      assert.equal(list.pin_sets_id.find((g: { pin_sets_id: string }) => String(g.pin_sets_id) === id)?.pin_sets_name, renamed);
      assert.equal((await ucm.call('deletePinSets', { pin_sets_id: id })).response.need_apply, 'yes');
      assert.equal((await ucm.error('getPinSets', { pin_sets_id: id })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.pin.duplicate',
    title: 'a PIN group id used twice is refused',
    doc: [doc('2733-2768'), doc('7666')],
    operations: ['addPinSets'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const { id } = await addPinGroup(t, ucm);
      const refusal = await ucm.error('addPinSets', { pin_sets_id: id, pin_sets_name: t.name('pins'), members: [{ pin: '1111', pin_name: t.name('m'), pin_sets_id: id }] });
      assert.ok(refusal.status < 0);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.pin.paging',
    title: 'listPinSets honours item_num and page (the document\'s own request)',
    doc: [doc('6648-6714')],
    operations: ['listPinSets'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      await addPinGroup(t, ucm);
      await addPinGroup(t, ucm);
      const all = (await ucm.call('listPinSets', {})).response;
      const page = (await ucm.call('listPinSets', { item_num: '1', sidx: 'pin_sets_id', sord: 'asc', page: '2' })).response;
      assert.equal(page.page, 2);
      assert.equal(page.pin_sets_id.length, 1);
      assert.equal(page.total_item, all.total_item);
      assert.equal(page.total_page, all.total_item);
    },
  }),
];
