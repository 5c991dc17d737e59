import { z } from 'zod';
import { args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { doc } from './source.ts';

/** `25 Jan 2022 16:53:32` (doc 9073-9075). */
export const REFRESHED_FORMAT = /^\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2}$/;

export const licenseContracts = [
  pbxOperation({
    action: 'pbxware.license.refresh',
    summary: 'Refresh the license',
    kind: 'write',
    doc: [doc('9045-9061')],
    request: args({}),
    response: z.object({ status: z.string() }).strict(),
    decisions: [
      { question: 'Effect of a refresh.', choice: 'The license file counts as rewritten now: `last_refreshed` moves to the current time.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.license.last_refreshed',
    summary: 'When the license file was last modified',
    kind: 'read',
    doc: [doc('9063-9077')],
    request: args({}),
    response: z.object({ last_refreshed: z.string().regex(REFRESHED_FORMAT) }).strict(),
    decisions: [{ question: 'Time zone of `last_refreshed`.', choice: 'UTC (the emulated server\'s zone).' }],
  }),
  pbxOperation({
    action: 'pbxware.license.info',
    summary: 'Edition, version and limits of the license',
    kind: 'read',
    doc: [doc('9079-9112')],
    request: args({}),
    // Every value is a string; which limits and modules appear depends on the license, so only the
    // three keys every system reports are required (field evidence: Channels, Edition, Version).
    response: z.object({ Edition: z.string(), Version: z.string(), Channels: z.string() }).catchall(z.string()),
    decisions: [
      {
        question: 'Which keys does every license carry?',
        choice: '`Edition`, `Version`, `Channels` (field evidence); the emulator answers every key of the sample, all strings.',
      },
    ],
  }),
];
