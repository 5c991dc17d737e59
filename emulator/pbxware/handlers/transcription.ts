import { fail, type PbxHandlers } from '../call.ts';
import { cdrs, type CdrRecord } from '../models/cdr.ts';
import { resolveServer, tenantMode } from '../models/tenant.ts';
import { transcriptions, type TranscriptionRecord } from '../models/transcription.ts';

const PHRASES = [
  'Hello, thanks for calling, how can I help you?',
  'I am calling about my last invoice.',
  'Could you please transfer me to the support team?',
  'Let me check that for you, one moment please.',
  'The meeting is moved to Thursday afternoon.',
  'Please call me back when you get this message.',
  'Your order has been shipped this morning.',
  'Thank you, have a nice day.',
];

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The transcription of a recorded call that has none stored: two phrases chosen from its Unique ID,
 * timed evenly across the rated duration, the way whisper reports words and segments.
 */
function generate(cdr: CdrRecord): TranscriptionRecord {
  const seed = Number(cdr.id.split('.')[1]);
  const chosen = [PHRASES[seed % PHRASES.length], PHRASES[(seed + 3) % PHRASES.length]];
  const duration = Math.max(cdr.billsec, 4);
  const words: TranscriptionRecord['vtt']['words'] = [];
  const segments: TranscriptionRecord['vtt']['segments'] = [];
  const slot = duration / chosen.length;
  chosen.forEach((phrase, index) => {
    const tokens = phrase.split(' ');
    const segStart = index * slot;
    const step = (slot * 0.8) / tokens.length;
    tokens.forEach((word, i) =>
      words.push({ word: word.replace(/[.,?]/g, ''), start: round(segStart + i * step), end: round(segStart + (i + 1) * step) }),
    );
    segments.push({ id: index, seek: 0, start: round(segStart), end: round(segStart + tokens.length * step), text: ` ${phrase}` });
  });
  return { text: chosen.join(' '), vtt: { language: 'english', duration, words, segments } };
}

export const transcriptionHandlers: PbxHandlers = {
  'pbxware.transcription.get': ({ args, context }) => {
    // "If PBXware is running in Tenant Mode this is a required field and must contain a valid Tenant ID." (doc 6183-6187)
    const tenant = resolveServer(context, args.server, 'any');
    const cdr = cdrs(context.state).get(args.uniqueid);
    const inTenant = cdr && (!tenantMode(context) || cdr.server === tenant.id);
    if (!cdr || !inTenant) fail('notFound', `No call with Unique ID ${args.uniqueid} in tenant ${tenant.id}.`);
    const stored = transcriptions(context.state).get(cdr.id);
    if (stored) return stored;
    if (!cdr.recording) fail('notFound', `Call ${cdr.id} has no recording to transcribe.`);
    return generate(cdr);
  },
};
