import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { namedList } from './shapes.ts';
import { doc } from './source.ts';

const counts = z.object({ success: z.string().regex(/^\d+$/), failed: z.string().regex(/^\d+$/) }).strict();

/** One archiving report as the sample shows it (doc 6366-6384): counts are strings. */
export const archivingReport = z
  .object({
    tenant: z.string(),
    date_time: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    status: z.enum(['SUCCESS', 'FAILURE', 'PARTIAL']),
    recording: counts,
    fax: counts,
    voicemail: counts,
  })
  .strict();

export const archivingContracts = [
  pbxOperation({
    action: 'pbxware.archiving.list',
    summary: 'Archiving reports of a date window',
    kind: 'read',
    doc: [doc('6288-6386')],
    request: args({
      start_date: arg.monthDate(),
      end_date: arg.monthDate(),
      start_time: arg.time(),
      end_time: arg.time(),
      status: arg.optional(),
      tenant: arg.optional(),
    }),
    // "an array of Archiving Reports", sampled as one bare report: both forms are accepted.
    response: z.union([namedList(archivingReport), archivingReport]),
    errors: ['invalidDate'],
    decisions: [
      {
        question: '"The response will consist of an array of Archiving Reports" but the sample is one bare report (pbxware.md §6 #9).',
        choice: 'Answered like the other lists: an object keyed by report id, `[]` when empty. The contract also accepts a bare report.',
      },
      {
        question: '`status` filter values.',
        choice: 'A comma list of SUCCESS, FAILURE, PARTIAL (any case); any other value is refused.',
      },
      {
        question: '`tenant` is a tenant code (doc 6332-6336), not an ID.',
        choice: 'Filters by tenant code; a code no tenant has gives an empty list.',
      },
      { question: 'Date format and window checks.', choice: 'As cdr.download: mmm-dd-YYYY, nonexistent dates and an end before the start are refused; UTC.' },
    ],
  }),
];
