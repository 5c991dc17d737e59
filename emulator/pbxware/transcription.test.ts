import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdrs } from './models/cdr.ts';
import { transcriptions } from './models/transcription.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware transcription', () => {
  let pbx: PbxTestEmulator;
  const state = () => pbx.emulator.vendor('pbxware').context.state;
  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  it('answers the document\'s sample for the seeded call', async () => {
    const [uniqueid] = transcriptions(state()).ids();
    const cdr = cdrs(state()).get(uniqueid)!;
    const body = await pbx.call({ action: 'pbxware.transcription.get', uniqueid, server: cdr.server });
    expect(body.text).toBe('Thanks for watching!');
    expect(body.vtt.segments[0].text).toBe(' Thanks for watching!');
  });

  it('transcribes other recorded calls with words inside the call, and refuses the rest', async () => {
    const recorded = cdrs(state()).values().find((c) => c.recording !== '' && !transcriptions(state()).has(c.id))!;
    const body = await pbx.call({ action: 'pbxware.transcription.get', uniqueid: recorded.id, server: recorded.server });
    expect(body.vtt.words.length).toBeGreaterThan(0);
    expect(body.vtt.words.every((w: { end: number }) => w.end <= body.vtt.duration)).toBe(true);
    expect(await pbx.call({ action: 'pbxware.transcription.get', uniqueid: recorded.id, server: recorded.server })).toEqual(body);

    const other = recorded.server === '2' ? '7' : '2';
    expect((await pbx.call({ action: 'pbxware.transcription.get', uniqueid: recorded.id, server: other })).error).toBeTypeOf('string');
    expect((await pbx.call({ action: 'pbxware.transcription.get', uniqueid: recorded.id })).error).toBeTypeOf('string');
    const unrecorded = cdrs(state()).values().find((c) => c.recording === '')!;
    expect((await pbx.call({ action: 'pbxware.transcription.get', uniqueid: unrecorded.id, server: unrecorded.server })).error).toBeTypeOf('string');
    expect((await pbx.call({ action: 'pbxware.transcription.get', uniqueid: '1.1', server: '2' })).error).toBeTypeOf('string');
  });
});
