import { z } from 'zod';
import { p } from './args.ts';
import { ucmOperation } from './operation.ts';
import { envelope, listParams, needApply } from './shapes.ts';
import { doc } from './source.ts';

/* Inbound Route Blacklist (doc 3432-3830): numbers refused on every inbound route ("0") or on one. */

export const BLACKLIST_LIST_FIELDS = ['number', 'inbound_rt_index'] as const;

/** A blacklisted caller number: digits and the dial characters + * # (1-32). */
const number = () => p.str().pipe(z.string().trim().regex(/^[0-9+*#]{1,32}$/, 'must be 1-32 digits or +*#'));
/** "0" (all inbound routes) or an existing inbound route id (doc 3450). */
const routeIndex = () => p.str().pipe(z.string().trim().regex(/^\d{1,9}$/, 'must be "0" (every inbound route) or an inbound route id'));

const NOT_FOUND = { question: 'A number that is not blacklisted', choice: '-16 "No such item. Please refresh the page and try again".' };
const PENDING = { question: 'Are blacklist changes pending?', choice: 'Yes: need_apply "yes" (every example) and a pending change until applyChanges.' };
const ROUTE = {
  question: 'inbound_rt_index: "0" means every inbound route, else "Existing inbound route id" (doc 3450); the example sends a placeholder',
  choice: '"0" or the id of an existing inbound route; another id → -16, anything not a number → -15. Answered as a string.',
};
const REPLY_TABLE = {
  question: 'The success tables list number, inbound_rt_index and the total_* fields (doc 3615-3623); the examples answer need_apply',
  choice: 'need_apply "yes", as every example; the tables are copied from listInboundBlacklist.',
};

export const blacklistContracts = [
  ucmOperation({
    action: 'listInboundBlacklist',
    section: 'blacklist',
    summary: 'List blacklisted numbers',
    kind: 'read',
    doc: [doc('3434-3498')],
    params: listParams,
    response: envelope(
      z
        .object({
          number: z.array(z.object({ number: z.string(), inbound_rt_index: z.string() }).partial().strict()),
          total_item: z.number().int().min(0),
          total_page: z.number().int().min(1),
          page: z.number().int().min(1),
          total_blacklist_item: z.number().int().min(0),
        })
        .strict(),
    ),
    decisions: [
      { question: 'Sord is "ascending" or "descending" (default ascending, doc 3444), where other lists say acs/desc', choice: 'All spellings accepted (ascending, descending, asc, acs, desc).' },
      { question: 'total_blacklist_item ("Total number of pages", a copied note, doc 3454)', choice: 'The number of blacklisted numbers, whatever the page.' },
      { question: 'Paging', choice: 'The table names only Sord and Sidx, the answer has page/total_page: item_num, page and options work as on every list. Default order by number.' },
    ],
    examples: [
      {
        request: { action: 'listInboundBlacklist' },
        response: { response: { number: [{ number: '123', inbound_rt_index: '1' }, { number: '1234', inbound_rt_index: '0' }], total_item: 2, total_page: 1, page: 1, total_blacklist_item: 2 }, status: 0 },
        doc: doc('3467-3497'),
      },
    ],
  }),
  ucmOperation({
    action: 'deleteAllInboundBlacklist',
    section: 'blacklist',
    summary: 'Remove every blacklisted number',
    kind: 'write',
    doc: [doc('3500-3545')],
    params: {},
    response: needApply('yes'),
    decisions: [PENDING, { question: 'An empty blacklist', choice: 'Succeeds all the same.' }],
  }),
  ucmOperation({
    action: 'deleteInboundBlacklist',
    section: 'blacklist',
    summary: 'Remove one blacklisted number',
    kind: 'write',
    doc: [doc('3547-3595')],
    params: { number: p.required() },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [NOT_FOUND, PENDING],
  }),
  ucmOperation({
    action: 'addInboundBlacklist',
    section: 'blacklist',
    summary: 'Blacklist a number on every inbound route or on one',
    kind: 'write',
    doc: [doc('3597-3656')],
    params: { number: number(), inbound_rt_index: routeIndex() },
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [PENDING, ROUTE, REPLY_TABLE, { question: 'A number already blacklisted (ucm.md A15)', choice: '-44 "This item has been added"; change its route with updateInboundBlacklist.' }],
    examples: [{ request: { action: 'addInboundBlacklist', inbound_rt_index: '0', number: '123' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('3637-3655', 'the example\'s inbound_rt_index is a placeholder') }],
  }),
  ucmOperation({
    action: 'updateInboundBlacklist',
    section: 'blacklist',
    summary: 'Change the route a blacklisted number applies to',
    kind: 'write',
    doc: [doc('3658-3717')],
    params: { number: p.required(), inbound_rt_index: routeIndex() },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [NOT_FOUND, PENDING, ROUTE, REPLY_TABLE],
  }),
  ucmOperation({
    action: 'getInboundBlacklistSettings',
    section: 'blacklist',
    summary: 'Is the inbound blacklist enabled?',
    kind: 'read',
    doc: [doc('3719-3772')],
    params: {},
    response: envelope(z.object({ inbound_blacklist_settings: z.object({ enable: z.enum(['yes', 'no']) }).strict() }).strict()),
    decisions: [
      { question: 'The success table lists the list\'s fields (doc 3733-3739); the example answers inbound_blacklist_settings.enable', choice: 'The example.' },
      { question: 'Default', choice: '"yes", the example\'s value.' },
    ],
    examples: [{ request: { action: 'getInboundBlacklistSettings' }, response: { response: { inbound_blacklist_settings: { enable: 'yes' } }, status: 0 }, doc: doc('3752-3771') }],
  }),
  ucmOperation({
    action: 'updateInboundBlacklistSettings',
    section: 'blacklist',
    summary: 'Enable or disable the inbound blacklist',
    kind: 'write',
    doc: [doc('3774-3830')],
    params: { enable: p.yesno(), number: z.unknown().optional(), inbound_rt_index: z.unknown().optional() },
    response: needApply('yes'),
    decisions: [
      PENDING,
      { question: 'The table requires `number` and `inbound_rt_index` (doc 3784-3787, copied from add); the example sends only `enable`', choice: '`enable` is required; number and inbound_rt_index are accepted and ignored.' },
    ],
    examples: [{ request: { action: 'updateInboundBlacklistSettings', enable: 'yes' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('3811-3829') }],
  }),
];
