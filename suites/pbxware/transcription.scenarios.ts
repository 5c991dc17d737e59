import assert from 'node:assert/strict';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { doc } from '../../contracts/pbxware/source.ts';
import { PbxwareClient, listIds } from './helpers.ts';

/** A tenant to ask in: the configured one, else the first tenant other than Master. */
async function someTenant(t: ScenarioContext, pbx: PbxwareClient): Promise<string | undefined> {
  if (t.target.settings.server) return t.target.settings.server;
  return listIds(await pbx.call('pbxware.tenant.list')).find((id) => id !== '1');
}

export const transcriptionScenarios = [
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.transcription.unknown-call',
    title: 'transcription.get refuses a Unique ID no call has',
    doc: [doc('6173-6190')],
    operations: ['pbxware.transcription.get', 'pbxware.tenant.list'],
    async run(t) {
      const pbx = new PbxwareClient(t);
      const server = await someTenant(t, pbx);
      if (!server) return t.note('no tenant to ask in');
      await pbx.error('pbxware.transcription.get', { server, uniqueid: '1.1' });
    },
  }),
  defineScenario({
    vendor: 'pbxware',
    id: 'pbxware.transcription.get',
    title: 'transcription.get answers text, language, timed words and segments of a recorded call',
    doc: [doc('6173-6286')],
    operations: ['pbxware.transcription.get'],
    control: 'needs a call known to have a transcription (the seeded one)',
    async run(t) {
      const pbx = new PbxwareClient(t);
      const state = await t.control.state<{
        tables: { transcriptions?: Record<string, unknown>; cdrs?: Record<string, { server: string }> };
      }>();
      const uniqueid = Object.keys(state.tables.transcriptions ?? {})[0];
      assert.ok(uniqueid, 'the emulator seeds a transcription');
      const server = state.tables.cdrs?.[uniqueid]?.server;
      assert.ok(server, 'the transcribed call is a CDR');
      const body = await pbx.call<{ text: string; vtt: { duration: number; words: Array<{ start: number; end: number }> } }>(
        'pbxware.transcription.get',
        { server, uniqueid },
      );
      assert.ok(body.text.length > 0);
      for (const w of body.vtt.words) assert.ok(w.start <= w.end && w.end <= body.vtt.duration, 'words lie inside the audio');
    },
  }),
];
