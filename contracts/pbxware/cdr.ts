import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { doc } from './source.ts';

/** `cdr.download` and `cdr.billamount` share their arguments: "Arguments are identical" (doc 6081). */
export const cdrQueryArgs = args({
  start: arg.monthDate(),
  starttime: arg.time(),
  end: arg.monthDate(),
  endtime: arg.time(),
  ext: arg.optional(),
  extdst: arg.optional(),
  trunk: arg.optional(),
  trunkdst: arg.optional(),
  page: arg.optionalId(),
  limit: arg.optionalId(),
  server: arg.optionalId(),
  status: arg.optionalId(),
  cdrtype: arg.oneOf(['1', '2', '3']).optional(),
  timezone: arg.optional(),
});

/** The sample header (doc 6025-6038); billing-mode and field-evidence variants change it (quirks). */
export const CDR_DOCUMENT_HEADER = [
  'From',
  'To',
  'Date/Time',
  'Total Duration',
  'Rating Duration',
  'Rating Cost',
  'Status',
  'Unique ID',
  'Recording Path',
  'Recording Available',
  'Location Type',
  'MOS',
] as const;

/** Every CSV cell is a string except MOS, a number (doc 6058, 6072). */
const cdrCell = z.union([z.string(), z.number()]);

const cdrDownloadResponse = z
  .object({
    success: z.literal('Success.'),
    next_page: z.boolean(),
    limit: z.number().int().min(1).max(1000),
    records: z.number().int().min(0),
    header: z.array(z.string()).min(1).nullable(),
    csv: z.array(z.array(cdrCell)),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.records !== body.csv.length) {
      ctx.addIssue({ code: 'custom', path: ['records'], message: `records (${body.records}) must equal the rows in csv (${body.csv.length})` });
    }
    if (body.records > body.limit) ctx.addIssue({ code: 'custom', path: ['records'], message: 'a page holds at most `limit` rows' });
    if (body.header === null) {
      if (body.csv.length > 0) ctx.addIssue({ code: 'custom', path: ['header'], message: 'header is null only when there is no data' });
      return;
    }
    const width = body.header.length;
    body.csv.forEach((row, i) => {
      if (row.length !== width) {
        ctx.addIssue({ code: 'custom', path: ['csv', i], message: `row has ${row.length} cells, header has ${width}` });
      }
    });
    const dateColumn = body.header.indexOf('Date/Time');
    const mosColumn = body.header.indexOf('MOS');
    body.csv.forEach((row, i) => {
      row.forEach((cell, c) => {
        const wantNumber = c === mosColumn;
        if (wantNumber !== (typeof cell === 'number')) {
          ctx.addIssue({ code: 'custom', path: ['csv', i, c], message: wantNumber ? 'MOS is a number' : 'CDR cells are strings' });
        }
      });
      if (dateColumn >= 0 && !/^\d+$/.test(String(row[dateColumn]))) {
        ctx.addIssue({ code: 'custom', path: ['csv', i, dateColumn], message: 'Date/Time is a Unix timestamp string' });
      }
    });
  });

const mosChannel = z
  .object({
    channel: z.string(),
    linkedid: z.string(),
    uniqueid: z.string(),
    maxmes: z.number(),
    avgmes: z.number(),
    minmes: z.number(),
  })
  .strict();

const cdrQueryDecisions = [
  {
    question: 'How are `start`/`end` (mmm-dd-YYYY) parsed and checked (pbxware.md §7 A27)?',
    choice:
      'English month abbreviations, any case; a date that does not exist (Feb-30-2009) or an end before the start is refused with an error. Times are read in `timezone` (IANA name, refused when unknown), UTC by default.',
  },
  {
    question: '`limit` above 1000, `page` beyond the end, meaning of `records` (§7 A25).',
    choice:
      '`limit` is clamped to 1000; `limit`/`page` of 0 are refused. A page beyond the end answers `records: 0`, `csv: []`, `header: null`. `records` counts the rows of this page; `next_page` is true exactly when a further row matches.',
  },
  {
    question: 'What do the `status` codes 8/4/2/1 filter?',
    choice: 'A bit mask: a CDR matches when its status bit is set (12 = Answered or Unanswered, 15 = all). Values outside 1-15 are refused.',
  },
  {
    question: 'What do `cdrtype` Incoming/Outgoing mean for internal calls?',
    choice: '1 = calls that arrived over a trunk, 2 = calls that left over a trunk, 3 (default) = all calls, internal ones included.',
  },
  {
    question: 'Do `ext`/`extdst` take extension numbers or ids; `trunk`/`trunkdst` trunk ids?',
    choice:
      '`ext`/`extdst` take extension numbers, comma-separated (`100,120`); `trunk`/`trunkdst` take Trunk IDs, comma-separated too. `trunk`+`ext` or `trunkdst`+`extdst` together are refused (doc 5935, 5942).',
  },
  { question: 'An unknown `server`.', choice: 'Refused with the invalid tenant error rather than an empty page.' },
  {
    question: 'Order of the rows.',
    choice: 'Newest first, as the sample lists them (1246462678 before 1246439020, doc 6040-6072); ties by Unique ID, descending.',
  },
];

export const cdrContracts = [
  pbxOperation({
    action: 'pbxware.cdr.download',
    summary: 'Download CDRs of a date window, one page at a time',
    kind: 'read',
    doc: [doc('5885-6077'), doc('5995-6010', 'field order; billing columns only in Billing mode; MOS 0 = no data')],
    request: cdrQueryArgs,
    response: cdrDownloadResponse,
    errors: ['invalidDate', 'tenantNotFound'],
    decisions: [
      ...cdrQueryDecisions,
      {
        question: 'Header names: the field list says "Start Date", "Billing duration", "Cost of the call"; the sample header says "Date/Time", "Rating Duration", "Rating Cost".',
        choice: 'The sample header (12 columns, MOS last). Real multi-tenant systems (field evidence) add a leading Tenant column, name the id column "ID" and drop MOS: quirk `cdr-field-header` (off by default).',
        quirk: 'cdr-field-header',
      },
      {
        question: 'Billing-mode columns (§7 A26).',
        choice: '"Rating Duration" and "Rating Cost" are present (the sample); switching quirk `cdr-billing-columns` off drops them.',
        quirk: 'cdr-billing-columns',
      },
      { question: '`header` when nothing matches.', choice: '`null` with `csv: []` (field evidence).' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.cdr.billamount',
    summary: 'Sum of the rating cost of the CDRs a cdr.download query matches',
    kind: 'read',
    doc: [doc('6079-6095')],
    request: cdrQueryArgs,
    response: z.object({ billamount: z.number().min(0) }).strict(),
    errors: ['invalidDate', 'tenantNotFound'],
    decisions: [
      ...cdrQueryDecisions,
      { question: 'Do `page`/`limit` limit the sum?', choice: 'No: the sum covers every matching CDR; `page`/`limit` are accepted and ignored.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.cdr.mos',
    summary: 'MOS data of every channel sharing the Linked ID of a CDR',
    kind: 'read',
    doc: [doc('6097-6163')],
    request: args({ uniqueid: arg.required() }),
    response: z.object({ success: z.literal('Success.'), data: z.array(mosChannel) }).strict(),
    errors: ['notFound'],
    decisions: [
      { question: 'A Unique ID no CDR has.', choice: 'Refused with a not-found error.' },
      { question: 'Calls without MOS data (not answered).', choice: 'Their channels are listed with 0 for every MOS value (doc 6125).' },
    ],
  }),
];
