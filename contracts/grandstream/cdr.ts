import { z } from 'zod';
import { RawReply } from '../../emulator/grandstream/render.ts';
import { p } from './args.ts';
import { ucmOperation } from './operation.ts';
import { envelope } from './shapes.ts';
import { doc } from './source.ts';

/* cdrapi (doc 6716-6807), recapi (doc 6809-6934), getRecordInfosByCall (doc 6936-6967). */

/** The keys of a CDR row, in the cdrapi example's order (doc 6732-6768); every value is a string. */
export const CDR_FIELDS = [
  'AcctId',
  'accountcode',
  'action_owner',
  'action_type',
  'amaflags',
  'answer',
  'billsec',
  'caller_name',
  'cdr',
  'chanext',
  'channel',
  'channel_ext',
  'clid',
  'dcontext',
  'disposition',
  'dst',
  'dst_trunk_name',
  'dstanswer',
  'dstchanext',
  'dstchannel',
  'dstchannel_ext',
  'duration',
  'end',
  'lastapp',
  'lastdata',
  'recordfiles',
  'service',
  'session',
  'src',
  'src_trunk_name',
  'start',
  'uniqueid',
  'userfield',
] as const;

export type CdrField = (typeof CDR_FIELDS)[number];

export const cdrRow = z.object(Object.fromEntries(CDR_FIELDS.map((f) => [f, z.string()])) as Record<CdrField, z.ZodString>).strict();

/** A call of several legs: `{"cdr": …, "main_cdr": {…}, "sub_cdr_1": {…}, …}` (field evidence). */
export const multiLegCdr = z
  .object({ cdr: z.string(), main_cdr: cdrRow })
  .catchall(z.union([z.string(), cdrRow]))
  .refine((v) => Object.keys(v).every((k) => k === 'cdr' || k === 'main_cdr' || /^sub_cdr_\d+$/.test(k)), 'keys are cdr, main_cdr, sub_cdr_N');

export const RECORDING_DIRS = ['monitor', 'emergency', 'meetme', 'queue', 'sca'] as const;

const time = () => p.str().optional();

export const cdrContracts = [
  ucmOperation({
    action: 'cdrapi',
    section: 'cdr',
    summary: 'Query (and optionally delete) call detail records as JSON, CSV or XML',
    kind: 'read',
    doc: [doc('6716-6807'), doc('6949-6952', 'a time-window query example')],
    params: {
      format: p.choice(['json', 'csv', 'xml'] as const).optional(),
      numRecords: p.int(0, 1000).optional(),
      offset: p.int(0).optional(),
      caller: p.str().optional(),
      callee: p.str().optional(),
      startTime: time(),
      endTime: time(),
      minDur: p.int(0).optional(),
      maxDur: p.int(0).optional(),
      'answered by': p.str().optional(),
      'timeFilter Type': p.choice(['Start', 'End'] as const).optional(),
      callerName: p.str().optional(),
      delete: p.str().optional(),
    },
    aliases: { answeredby: 'answered by', answeredBy: 'answered by', timeFilterType: 'timeFilter Type', 'timefilter type': 'timeFilter Type' },
    response: z.union([z.object({ cdr_root: z.array(z.union([cdrRow, multiLegCdr])) }).strict(), z.instanceof(RawReply)]),
    decisions: [
      {
        question: 'The JSON answer has no `{"response", "status"}` envelope (doc 6730-6770).',
        choice: 'Top-level `{"cdr_root": [...]}` with HTTP 200, as the example and real devices.',
        quirk: 'cdr-root-unwrapped',
      },
      {
        question: 'The heading and example say `cdraapi`, the query list, table caption and getRecordInfosByCall example `cdrapi` (doc 6716-6722, 6807, 6950).',
        choice: 'Served as `cdrapi`; `cdraapi` reaches it.',
        quirk: 'cdraapi-alias',
      },
      {
        question: '`startTime` is "yes" (mandatory) in the table, yet the example sends none and the same row says "If null, there is no limitation" (doc 6722-6727, 6789).',
        choice: 'Optional: absent means no lower bound.',
      },
      {
        question: 'Default `format` (the table does not say)',
        choice: '"csv", as the legacy CDR API it is "consistent with" (doc 6803). CSV: a header row of the field names, then one line per leg, RFC 4180 quoting. XML: `<cdr_root><cdr>…</cdr></cdr_root>`, legs nested as `<main_cdr>`/`<sub_cdr_N>` (emulator-defined, ucm.md A28).',
      },
      {
        question: 'caller/callee syntax (doc 6783-6786)',
        choice: 'Comma-separated; "5302-5304" a range; with `@` (any digits, none included) or `_` (one character) a pattern; "0-0" matches non-numeric and empty numbers; other non-numeric items and items with several hyphens are ignored. caller matches `src`, callee `dst`; `answered by` uses the same syntax on `dstanswer`.',
      },
      {
        question: 'Time filters (doc 6789)',
        choice: 'startTime/endTime inclusive, formats `YYYY-MM-DD[THH:MM[:SS[.SSS]]]` and `HH:MM[:SS[.SSS]]` (date 2000-01-01), UTC unless a zone (`Z`, `+02:00`, `%2B02:00`) follows; `timeFilter Type` "End" filters on the end time instead of the start. Anything else -15.',
      },
      { question: 'minDur/maxDur', choice: 'Inclusive bounds on `duration`.' },
      { question: 'callerName', choice: 'Case-insensitive substring of `caller_name`.' },
      { question: '`numRecords` default and `offset` (ucm.md A27)', choice: '1000 (the maximum) and 0; they count answered items (a multi-leg call is one item), oldest first.' },
      {
        question: '`delete` ("Delete CDR records", doc 6801)',
        choice: '"yes", "1" or "true" delete the records answered, after answering them (ucm.md A27); anything else deletes nothing.',
      },
      {
        question: 'Multi-leg calls (field evidence: `{"cdr": …, "main_cdr": {…}, "sub_cdr_1": {…}}`)',
        choice: 'A transferred or forwarded call is one item: `cdr` the main leg\'s `cdr` value, `main_cdr` its first leg, `sub_cdr_N` the others; a single-leg call is a flat row.',
      },
    ],
    examples: [{ request: { action: 'cdraapi', format: 'json' }, response: { cdr_root: [] }, doc: doc('6719-6770') }],
  }),
  ucmOperation({
    action: 'recapi',
    section: 'recording',
    summary: 'Download recordings stored on the UCM, or list them',
    kind: 'read',
    doc: [doc('6809-6843')],
    params: { filedir: p.str().optional(), filename: p.str().optional() },
    response: z.instanceof(RawReply),
    errors: ['noSuchItem'],
    decisions: [
      {
        question: 'The answer formats (the document: "it will prompt you to choose a location to save the downloaded file")',
        choice:
          'One file: its bytes (`audio/x-wav`, `Content-Disposition: attachment; filename=…`). Several comma-separated files: a tar archive of them. Only `filedir`: a CSV `Directory,Filename` listing ("all csv files of the corresponding type", doc 6834). Neither: the supported directories, one per line under a `Directory` header.',
      },
      { question: 'Only `filename` (doc 6831)', choice: '`filedir` is "monitor".' },
      { question: 'filedir values: "monitor, emergency meetme, queue, sca" (doc 6829)', choice: 'monitor, emergency, meetme, queue, sca (the two run together in the document); comma-separated; others -15.' },
      { question: 'A file that does not exist ("Error description", doc 6841)', choice: '-16 in the usual JSON failure body.' },
      { question: 'filename with a month prefix (`2024-10/auto-….wav`, as getRecordInfosByCall answers) or a trailing `@` (field evidence)', choice: 'Both accepted: the basename without `@` names the file.' },
    ],
    examples: [{ request: { action: 'recapi', filedir: 'monitor', filename: 'auto-1574857256-1003-1004.wav' }, response: '<bytes of the WAV file>', doc: doc('6813-6823') }],
  }),
  ucmOperation({
    action: 'recapi',
    id: 'recapi:gdms-netdisk',
    section: 'recording',
    summary: 'List or download recordings kept on the GDMS cloud or a NAS',
    kind: 'read',
    doc: [doc('6845-6934')],
    params: {
      path_type: p.choice(['gdms', 'netdisk'] as const),
      filedir: p.str().optional(),
      gdms_date: p.str().refine((v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v), 'must be YYYY-MM').optional(),
      gdms_item_number: p.int(1, 1000).optional(),
      gdms_page: p.int(1).optional(),
      filename: p.str().optional(),
      uniquecode: p.str().optional(),
    },
    response: z.instanceof(RawReply),
    errors: ['noSuchItem'],
    decisions: [
      {
        question: 'List answer (doc 6895-6905)',
        choice: 'CSV text `Directory,Filename,uniqueCode` then one line per recording of `gdms_date` (default: the current month on the emulator clock), `gdms_item_number` (20) per `gdms_page` (1), newest first.',
      },
      { question: 'Download (doc 6907-6920)', choice: '`filename` with its `uniquecode` → the bytes; a wrong pair -16; `filename` without `uniquecode` -1.' },
      { question: 'Which recordings are on the GDMS or the NAS', choice: 'Each recording row has a `storage` (local, gdms, netdisk); path_type picks those stored there.' },
      { question: 'How the emulator tells this from the local recapi', choice: 'A request carrying `path_type` is this variant.' },
    ],
    examples: [
      { request: { action: 'recapi', filedir: 'monitor', gdms_date: '2023-04', gdms_item_number: '20', gdms_page: '1', path_type: 'gdms' }, response: 'Directory,Filename,uniqueCode\n…', doc: doc('6882-6905') },
    ],
  }),
  ucmOperation({
    action: 'getRecordInfosByCall',
    section: 'recording',
    summary: 'The recording file names of one CDR (by AcctId)',
    kind: 'read',
    doc: [doc('6936-6967')],
    params: { id: p.required() },
    response: envelope(z.object({ recordfiles: z.string() }).strict()),
    errors: ['noSuchItem'],
    decisions: [
      { question: 'An id that is no CDR (ucm.md A14)', choice: '-16.' },
      { question: 'A CDR without recordings', choice: '`{"recordfiles": ""}`.' },
      {
        question: 'The form of the names',
        choice: '`YYYY-MM/auto-<epoch>-<src>-<dst>.wav`, comma-separated, without the trailing `@` cdrapi rows carry (doc 6944-6946 vs field evidence).',
      },
    ],
    examples: [
      {
        request: { action: 'getRecordInfosByCall', id: '2' },
        response: { response: { recordfiles: '2024-10/auto-1526845607-1003-1005.wav,2024-10/auto-1526845833-1003-1005.wav' }, status: 0 },
        doc: doc('6940-6955'),
      },
    ],
  }),
];

