import { z } from 'zod';
import { p } from './args.ts';
import { ucmOperation } from './operation.ts';
import { envelope, listParams, needApply, nint, nstr, pagedList } from './shapes.ts';
import { doc } from './source.ts';

/* Paging/Intercom (doc 5469-5858): paging groups and multicast pages. */

export const PAGING_TYPES = ['3way', '2way', '1way', 'announcement'] as const;

/** Fields listPaginggroup answers, in the example's order (doc 5556-5572); getPaginggroup adds number_allowed. */
export const PAGING_LIST_FIELDS = [
  'custom_date',
  'custom_prompt',
  'enable',
  'extension',
  'holiday',
  'limitime',
  'members',
  'multicast_ip',
  'multicast_port',
  'paginggroup_name',
  'paginggroup_type',
  'replace_caller_id',
  'time',
  'tmp',
] as const;

const pagingGroup = z
  .object({
    custom_date: nstr,
    custom_prompt: nstr,
    enable: z.string(),
    extension: z.string(),
    holiday: nstr,
    limitime: z.number().int(),
    members: nstr,
    multicast_ip: nstr,
    multicast_port: nint,
    number_allowed: nstr,
    paginggroup_name: z.string(),
    paginggroup_type: z.enum(PAGING_TYPES),
    replace_caller_id: z.string(),
    time: nstr,
    tmp: nstr,
  })
  .strict();

const multicastIp = () =>
  p.nullableStr().refine((v) => {
    if (v === null || v === '') return true;
    const parts = v.split('.').map(Number);
    if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return false;
    const value = ((parts[0] * 256 + parts[1]) * 256 + parts[2]) * 256 + parts[3];
    const from = ((224 * 256 + 0) * 256 + 1) * 256 + 0;
    const to = ((238 * 256 + 255) * 256 + 255) * 256 + 255;
    return value >= from && value <= to;
  }, 'must be a multicast address in 224.0.1.0 - 238.255.255.255');

/** The optional fields of Table I (doc 5500-5526). */
const optionalFields = {
  custom_prompt: p.nullableStr().optional(),
  replace_caller_id: p.yesno().optional(),
  multicast_ip: multicastIp().optional(),
  multicast_port: p.nullableInt(1, 65535).optional(),
  limitime: p.int(0, 86400).optional(),
  custom_date: p.nullableStr().refine((v) => v === null || v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'must be YYYY-MM-DD').optional(),
  time: p.nullableStr().refine((v) => v === null || v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'must be HH:MM').optional(),
  enable: p.yesno().optional(),
  members: p.nullableStr().optional(),
  old_multicast_ip: p.nullableStr().optional(),
  old_multicast_port: p.nullableStr().optional(),
  number_allowed: p.nullableStr().optional(),
};

const MEMBERS_DECISION = {
  question: 'Members or whitelist numbers that are not extensions',
  choice: '-16 "No such item": `members` and `number_allowed` are comma-separated existing extensions.',
};

export const pagingContracts = [
  ucmOperation({
    action: 'addPaginggroup',
    section: 'paging',
    summary: 'Add a paging/intercom group',
    kind: 'write',
    doc: [doc('5471-5528')],
    params: {
      extension: p.digits(2, 18),
      paginggroup_name: p.required(),
      paginggroup_type: p.choice(PAGING_TYPES),
      paginggroup: p.str().optional(),
      ...optionalFields,
    },
    response: needApply('yes'),
    errors: ['itemAdded', 'noSuchItem'],
    decisions: [
      {
        question: 'The table marks `paginggroup` (the group number) mandatory; the example sends only `extension` (doc 5478-5486, 5522).',
        choice: '`extension` is the number; `paginggroup` is optional and must equal it when sent (-15 otherwise).',
      },
      { question: 'A number already used by a paging group or an extension (ucm.md A15)', choice: '-44 "This item has been added".' },
      MEMBERS_DECISION,
      { question: 'Defaults', choice: 'The getPaginggroup example\'s: enable "yes", limitime 0, replace_caller_id "no", time "00:00", custom_date/holiday/custom_prompt/multicast_* null; `tmp` repeats the number.' },
    ],
    examples: [
      {
        request: { action: 'addPaginggroup', extension: '8004', members: '1000,1001,1002', number_allowed: '1000', paginggroup_name: '8004', paginggroup_type: '1way' },
        response: { response: { need_apply: 'yes' }, status: 0 },
        doc: doc('5474-5496'),
      },
    ],
  }),
  ucmOperation({
    action: 'listPaginggroup',
    section: 'paging',
    summary: 'List paging/intercom groups',
    kind: 'read',
    doc: [doc('5530-5610')],
    params: listParams,
    response: pagedList('paginggroup', pagingGroup.omit({ number_allowed: true }).partial()),
    decisions: [
      { question: '`options` naming an unknown field', choice: '-1, as listAccount (quirk unknown-option-fails); off: ignored.', quirk: 'unknown-option-fails' },
      { question: 'Fields', choice: 'The example\'s (doc 5556-5572): number_allowed is answered by getPaginggroup only.' },
    ],
  }),
  ucmOperation({
    action: 'getPaginggroup',
    section: 'paging',
    summary: 'Read one paging/intercom group',
    kind: 'read',
    doc: [doc('5612-5678')],
    params: { paginggroup: p.required() },
    response: envelope(z.object({ paginggroup: pagingGroup }).strict()),
    errors: ['noSuchItem'],
    decisions: [{ question: 'A group that does not exist (ucm.md A14)', choice: '-16.' }],
  }),
  ucmOperation({
    action: 'updatePaginggroup',
    section: 'paging',
    summary: 'Update a paging/intercom group',
    kind: 'write',
    doc: [doc('5680-5736')],
    params: {
      paginggroup: p.required(),
      extension: p.str().optional(),
      paginggroup_name: p.required().optional(),
      paginggroup_type: p.choice(PAGING_TYPES).optional(),
      ...optionalFields,
    },
    aliases: { paginggroup_p: 'paginggroup', paginggroup_p_name: 'paginggroup_name', paginggroup_p_type: 'paginggroup_type' },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [
      {
        question: 'The table\'s names are garbled (`paginggroup_p_name`, `paginggroup_p_type`, `paginggroup_p`) and all mandatory; the example sends `paginggroup`, `paginggroup_type`, `members` only (doc 5686-5730).',
        choice: 'Both spellings accepted; only `paginggroup` (the number) is required, the rest is changed when sent.',
        quirk: 'paging-field-spellings',
      },
      { question: '`extension` on update', choice: 'The number cannot change: an `extension` different from `paginggroup` is -15.' },
      MEMBERS_DECISION,
    ],
    examples: [{ request: { action: 'updatePaginggroup', members: '1003', paginggroup: '8005', paginggroup_type: '2way' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('5684-5706') }],
  }),
  ucmOperation({
    action: 'deletePaginggroup',
    section: 'paging',
    summary: 'Delete a paging/intercom group',
    kind: 'write',
    doc: [doc('5738-5776')],
    params: { paginggroup: p.required() },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [{ question: 'A live page of the deleted group', choice: 'It is hung up (and leaves its CDR).' }],
  }),
  ucmOperation({
    action: 'MulticastPaging',
    section: 'paging',
    summary: 'Start a page of a paging group from an extension',
    kind: 'write',
    doc: [doc('5778-5818')],
    params: { pagingnum: p.required(), caller: p.required() },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [
      { question: 'need_apply: the example answers "yes", the table "no" (doc 5795-5816).', choice: '"yes", as the example.' },
      { question: 'pagingnum or caller that does not exist', choice: '-16.' },
      { question: 'A caller not in the group\'s `number_allowed` whitelist ("Only selected extensions will be able to initiate", doc 5527)', choice: '-47 "No permission".' },
      {
        question: 'What the page is',
        choice: 'A call from `PJSIP/<caller>-…` to `MulticastRTP/0x…` (3way, announcement) or to the first member (1way, 2way), answered at once, ended by MulticastPagingHangup, Hangup or `limitime`; its CDR as the cdrapi example (action_type "PAGE[<num>]", dcontext "pagegroups", service "p").',
      },
    ],
  }),
  ucmOperation({
    action: 'MulticastPagingHangup',
    section: 'paging',
    summary: 'End the live pages of a paging group',
    kind: 'write',
    doc: [doc('5820-5858')],
    params: { pagingnum: p.required() },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [
      { question: 'need_apply: the example answers "yes", the table "no" (doc 5836-5856).', choice: '"yes", as the example.' },
      { question: 'No live page of that group', choice: '-16.' },
    ],
  }),
];
