import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { doc } from './source.ts';

const word = z.object({ word: z.string(), start: z.number(), end: z.number() }).strict();

/**
 * A segment as far as the sample shows it (doc 6262-6284; the sample is cut by a page break, so a real
 * system may add fields such as tokens or temperature: the object is not strict).
 */
const segment = z.looseObject({ id: z.number().int(), seek: z.number(), start: z.number(), end: z.number(), text: z.string() });

export const transcriptionContracts = [
  pbxOperation({
    action: 'pbxware.transcription.get',
    summary: 'Transcription of a recorded call',
    kind: 'read',
    doc: [doc('6165-6286'), doc('6183-6187', 'server required in Tenant Mode')],
    request: args({ uniqueid: arg.required(), server: arg.optionalId() }),
    response: z
      .object({
        text: z.string(),
        vtt: z
          .object({ language: z.string(), duration: z.number(), words: z.array(word), segments: z.array(segment) })
          .strict(),
      })
      .strict(),
    errors: ['notFound', 'tenantNotFound'],
    decisions: [
      {
        question: 'Which calls have a transcription?',
        choice: 'Answered, recorded calls (CDRs with a recording) of the given tenant; any other Unique ID is refused as not found.',
      },
      {
        question: 'The sample breaks across a page and ends with `"text": " Thanks for watching!"` (leading space).',
        choice: 'Read as the segment text (with the leading space whisper emits); the top-level `text` has none.',
      },
      {
        question: '`server` is "required in Tenant Mode … a valid Tenant ID"; may it be 1 (Master)?',
        choice: 'Any existing tenant, Master included (the "cannot be used" sentence is absent here).',
      },
    ],
  }),
];
