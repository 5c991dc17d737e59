import { z } from 'zod';
import { p } from './args.ts';
import { outputOf, paramsOf } from './config-fields.ts';
import { ucmOperation } from './operation.ts';
import { DID_DESTINATIONS, INBOUND_ROUTE_ALIASES, INBOUND_ROUTE_FIELDS, inboundMemberOutput } from './route-fields.ts';
import { envelope, listParams, needApply, pagedList } from './shapes.ts';
import { doc } from './source.ts';

/* Inbound Route (doc 2893-3430): routes belong to a trunk (`trunk_index`). */

/**
 * did_pattern_match as the examples send it: a plain comma list ("_1xx,_2xx", doc 3133), a string holding a
 * JSON array of `{"did_pattern_match": …}` (the add example, doc 3051-3052), or such an array itself.
 */
export const didPatternInput = () =>
  z
    .union([z.string().max(4096), z.array(z.union([z.string(), z.object({ did_pattern_match: z.string() })])).max(100)])
    .transform((v, ctx) => {
      let items: unknown[];
      if (Array.isArray(v)) items = v;
      else if (v.trim().startsWith('[')) {
        try {
          const parsed: unknown = JSON.parse(v);
          items = Array.isArray(parsed) ? parsed : [];
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be patterns separated by commas or a JSON array of {"did_pattern_match": …}' });
          return z.NEVER;
        }
      } else items = v.split(',');
      const patterns = items
        .map((i) => (typeof i === 'string' ? i : typeof i === 'object' && i !== null ? String((i as { did_pattern_match?: unknown }).did_pattern_match ?? '') : ''))
        .map((s) => s.trim())
        .filter(Boolean);
      if (patterns.length === 0 || !patterns.every((s) => /^_(?!_)\S*$/.test(s))) {
        ctx.addIssue({ code: 'custom', message: 'every pattern must start with one "_"' });
        return z.NEVER;
      }
      return patterns.join(',');
    });

/** multi_mode / time_condition: "Json obj" in the tables, the string "[]" in the example (doc 3066, 3073). */
const jsonRows = () => p.jsonArray(z.record(z.string(), z.unknown()));

const routeParams = paramsOf(INBOUND_ROUTE_FIELDS);
const didParams = Object.fromEntries(DID_DESTINATIONS.filter((d) => d !== 'ext_multimedia_conference').map((d) => [d, p.yesno().optional()]));

const NOT_FOUND = { question: 'An inbound route that does not exist (ucm.md A14)', choice: '-16 "No such item. Please refresh the page and try again".' };
const PENDING = { question: 'Are route changes pending?', choice: 'Yes: need_apply "yes" and a pending change until applyChanges.' };
const DESTINATION = {
  question: 'Default destination',
  choice:
    'destination_type "byDID" or one of the destination fields (account, voicemail, ivr, queue, ringgroup …); any other value than byDID needs that field set (-1 otherwise). An `account` must be an existing extension (-16).',
};
const TIME_CONDITIONS = {
  question: 'time_condition and members[]',
  choice:
    'Each time_condition element becomes a members[] row after the default-destination row (sequence "0", tc "0"): sequence "1", "2" …, tc "1", its start/end hour and minute, mode, timetype and destination fields — answered as strings, as in the example (doc 2947-2978). multi_mode is stored as sent.',
};
const SPELLINGS = {
  question: 'The tables say inbound_multi_mode, enable_inbound_multi_mode, set_callerid_enabled, prepend; the examples answer inbound_muti_mode, enable_inbound_muti_mode, set_callerid_enable, incoming_prepend',
  choice: 'Both spellings accepted; answered as the examples spell them.',
  quirk: 'inbound-route-spellings',
};
const ALLOWED = { question: '"Allowed DID Destination" flags (ext_local, ext_queues, …)', choice: 'Stored per route and answered by getInboundRoute as inbound_did_destination{}; not sent → "no" (ext_multimedia_conference is always "no": no parameter sets it).' };

export const inboundRouteContracts = [
  ucmOperation({
    action: 'listInboundRoute',
    section: 'inbound-route',
    summary: 'List the inbound routes of one trunk',
    kind: 'read',
    doc: [doc('2895-3035')],
    params: { ...listParams, trunk_index: p.int(0) },
    response: pagedList('inbound_route', outputOf(INBOUND_ROUTE_FIELDS, { members: z.array(inboundMemberOutput) }).partial()),
    errors: ['noSuchItem'],
    decisions: [
      { question: 'A trunk_index naming no trunk', choice: '-16 "No such item".' },
      { question: 'Which fields without options?', choice: 'The example\'s route fields and members[] (doc 2919-3000); options names inbound_rt_index, did_pattern_match, did_pattern_allow, out_of_service (or any other answered field).' },
      { question: 'The table calls the id `inbound_route_index` (doc 3027)', choice: 'Answered `inbound_rt_index` as the example; `inbound_route_index` is accepted as an options/sidx name for it.' },
      TIME_CONDITIONS,
    ],
  }),
  ucmOperation({
    action: 'addInboundRoute',
    section: 'inbound-route',
    summary: 'Add an inbound route on a trunk',
    kind: 'write',
    doc: [doc('3037-3153')],
    params: {
      ...routeParams,
      ...didParams,
      trunk_index: p.int(0),
      did_pattern_match: didPatternInput(),
      ext_local: p.yesno(),
      multi_mode: jsonRows(),
      time_condition: jsonRows(),
      inbound_route: z.unknown().optional(),
    },
    aliases: INBOUND_ROUTE_ALIASES,
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [
      PENDING,
      { question: 'A trunk_index naming no trunk (SIP, analog or digital)', choice: '-16 "No such item"; nothing is written.' },
      { question: 'The table requires `inbound_route` (the id) on an add (doc 3095); the example sends none', choice: 'Optional and ignored: the emulator numbers routes (1, 2, …).' },
      { question: 'Required fields', choice: 'trunk_index, did_pattern_match, ext_local, multi_mode and time_condition, as the table marks them (the example sends them all).' },
      { question: 'did_pattern_match: a string in the table, a stringified JSON array in the example', choice: 'Both (and a real array); stored and answered as a comma list.', quirk: 'did-pattern-json' },
      { question: 'The same did_pattern_match twice on one trunk', choice: '-44 "This item has been added".' },
      DESTINATION,
      ALLOWED,
      SPELLINGS,
      TIME_CONDITIONS,
      { question: 'Defaults of fields not sent', choice: 'The getInboundRoute example\'s values (doc 3190-3234).' },
    ],
    examples: [
      {
        request: { action: 'addInboundRoute', account: '1001', destination_type: 'account', did_pattern_match: '[{"did_pattern_match": "_x."}]', ext_local: 'yes', multi_mode: '[]', time_condition: '[]', trunk_index: '6' },
        response: { response: { need_apply: 'yes' }, status: 0 },
        doc: doc('3044-3089', 'abridged'),
      },
    ],
  }),
  ucmOperation({
    action: 'getInboundRoute',
    section: 'inbound-route',
    summary: 'Read one inbound route and its allowed DID destinations',
    kind: 'read',
    doc: [doc('3155-3299')],
    params: { inbound_route: p.required() },
    response: envelope(
      z
        .object({
          inbound_did_destination: z.object({ ...Object.fromEntries(DID_DESTINATIONS.map((d) => [d, z.string()])), inbound_rt_index: z.number().int() }).strict(),
          inbound_routes: outputOf(INBOUND_ROUTE_FIELDS),
        })
        .strict(),
    ),
    errors: ['noSuchItem'],
    decisions: [
      NOT_FOUND,
      { question: 'The example request carries no route id (doc 3162-3167)', choice: 'inbound_route is required, as the table says (doc 3245): missing → -1.' },
      { question: 'The object is `inbound_routes` (plural) here but the list array is `inbound_route`', choice: 'Reproduced.', quirk: 'inbound-routes-plural' },
    ],
  }),
  ucmOperation({
    action: 'updateInboundRoute',
    section: 'inbound-route',
    summary: 'Update an inbound route',
    kind: 'write',
    doc: [doc('3301-3392')],
    params: {
      ...routeParams,
      ...didParams,
      inbound_route: p.required(),
      did_pattern_match: didPatternInput().optional(),
      multi_mode: jsonRows().optional(),
      time_condition: jsonRows().optional(),
    },
    aliases: INBOUND_ROUTE_ALIASES,
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [
      NOT_FOUND,
      PENDING,
      { question: 'The table requires did_pattern_match, multi_mode and time_condition (doc 3368-3384); the example sends only inbound_route, account and destination_type (doc 3309-3315)', choice: 'Only inbound_route is required; fields left out keep their value. A sent time_condition replaces the rows.' },
      DESTINATION,
      SPELLINGS,
    ],
    examples: [{ request: { action: 'updateInboundRoute', account: '1001', destination_type: 'account', inbound_route: '3' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('3308-3327') }],
  }),
  ucmOperation({
    action: 'deleteInboundRoute',
    section: 'inbound-route',
    summary: 'Delete an inbound route',
    kind: 'write',
    doc: [doc('3394-3430')],
    params: { inbound_route: p.str().optional(), outbound_route: p.str().optional() },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [
      NOT_FOUND,
      PENDING,
      { question: 'The table names the parameter `outbound_route` (sic, doc 3424); the example `inbound_route`', choice: 'Both accepted (inbound_route wins); neither → -1.', quirk: 'route-id-names' },
      { question: 'Blacklist entries limited to the route (inbound_rt_index)', choice: 'Removed with the route: they have no meaning without it.' },
    ],
  }),
];
