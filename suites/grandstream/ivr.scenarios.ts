import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { GrandstreamClient } from './helpers.ts';

const REQUIRED = { welcome_prompt: 'welcome', response_timeout: 10, digit_timeout: 3, timeout_prompt: 'ivr-create-timeout', invalid_prompt: 'invalid', tloop: 3, iloop: 3 };

/** Adds an IVR numbered from the run's range; answers its number and index (found through listIVR); deletes it afterwards. */
async function addIvr(t: ScenarioContext, ucm: GrandstreamClient, params: Record<string, unknown> = {}): Promise<{ extension: string; id: string }> {
  const extension = String(t.number());
  await ucm.call('addIVR', { ...REQUIRED, extension, ivr_name: t.name('ivr'), ...params });
  const list = await ucm.call('listIVR', { options: 'ivr_id,extension' });
  const id = list.response.ivr.find((i: { extension: string }) => i.extension === extension)?.ivr_id as string | undefined;
  assert.ok(id, `listIVR shows the IVR numbered ${extension}`);
  t.cleanup(async () => {
    const reply = await ucm.send('deleteIVR', { cookie: ucm.currentCookie ?? (await ucm.login()), ivr: id });
    if (reply.body?.status !== 0 && reply.body?.status !== -16) throw new Error(`could not delete IVR ${id}: ${reply.text}`);
  });
  return { extension, id };
}

/** IVR (doc 5860-6315). */
export const ivrScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.ivr.round-trip',
    title: 'addIVR → listIVR (ivr-N) → getIVR (ivr{} + members[]) → updateIVR (numbers as strings) → deleteIVR → gone',
    doc: [doc('5862-6315')],
    operations: ['addIVR', 'listIVR', 'getIVR', 'updateIVR', 'deleteIVR'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const members = [
        { keypress: 'i', keypress_event: 'member_prompt', member_prompt: 'goodbye' },
        { keypress: 't', keypress_event: 'member_prompt', member_prompt: 'goodbye' },
      ];
      const { extension, id } = await addIvr(t, ucm, { alertinfo: 'ring1', members });
      assert.match(id, /^ivr-\d+$/);
      const got = await ucm.call('getIVR', { ivr: id });
      assert.equal(got.response.ivr.extension, extension);
      assert.equal(got.response.ivr.alertinfo, 'ring1');
      assert.equal(got.response.ivr.response_timeout, 10);
      assert.deepEqual(got.response.members, members);
      const updated = await ucm.call('updateIVR', { ...REQUIRED, ivr: id, extension, ivr_name: t.name('ivr2'), alertinfo: 'ring2', tloop: '4', digit_timeout: '5' });
      assert.equal(updated.response.need_apply, 'yes');
      const again = await ucm.call('getIVR', { ivr: id });
      assert.equal(again.response.ivr.alertinfo, 'ring2');
      assert.equal(again.response.ivr.tloop, 4);
      assert.equal(again.response.ivr.digit_timeout, 5);
      assert.equal((await ucm.call('deleteIVR', { ivr: id })).response.need_apply, 'yes');
      assert.equal((await ucm.error('getIVR', { ivr: id })).status, -16);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.ivr.refusals',
    title: 'an IVR is deleted by its index, not its number (-16); a used number (-44); a missing required field (-1)',
    doc: [doc('5862-5964'), doc('6276-6315')],
    operations: ['addIVR', 'deleteIVR', 'getIVR'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const { extension, id } = await addIvr(t, ucm);
      // "This is the IVR index, not extension" (doc 6307).
      assert.equal((await ucm.error('deleteIVR', { ivr: extension })).status, -16);
      assert.equal((await ucm.call('getIVR', { ivr: id })).response.ivr.extension, extension);
      assert.equal((await ucm.error('addIVR', { ...REQUIRED, extension, ivr_name: t.name('dup') })).status, -44);
      const { welcome_prompt: _omitted, ...missing } = REQUIRED;
      assert.equal((await ucm.error('addIVR', { ...missing, extension: String(t.number()), ivr_name: t.name('bad') })).status, -1);
    },
  }),
];
