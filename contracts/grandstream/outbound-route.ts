import { z } from 'zod';
import { p } from './args.ts';
import { answeredOf, outputOf, paramsOf, selectorsOf } from './config-fields.ts';
import { ucmOperation } from './operation.ts';
import { failoverInput, failoverOutput, OUTBOUND_ROUTE_FIELDS, patternInput, patternOutput } from './route-fields.ts';
import { envelope, listParams, needApply, pagedList } from './shapes.ts';
import { doc } from './source.ts';

/* Outbound Route (doc 2405-2729). Routes use a default trunk, failover trunks and optionally a PIN group. */

export const OUTBOUND_LIST_FIELDS = ['members', 'out_of_service', 'outbound_rt_index', 'outbound_rt_name', 'pattern', 'permission', 'sequence'] as const;

const routeParams = paramsOf(OUTBOUND_ROUTE_FIELDS);
const extras = {
  pattern: p.jsonArray(patternInput).optional(),
  failover_outbound_data: p.jsonArray(failoverInput).optional(),
};

const NOT_FOUND = { question: 'An outbound route that does not exist (ucm.md A14)', choice: '-16 "No such item. Please refresh the page and try again".' };
const REFERENCES = {
  question: 'References: default_trunk_index, failover_trunk_index, pin_sets_id, members',
  choice:
    'Each must exist: trunks (SIP, analog or digital), a PIN group, extensions and extension groups ("group-1"). A missing one → -16 "No such item", and nothing is written.',
};
const PENDING = { question: 'Are route changes pending?', choice: 'Yes: need_apply "yes" and a pending change until applyChanges.' };
const ROUTE_ID = {
  question: 'Which parameter names the route? update: table `outbound_rt_index`, example `outbound_route`; delete: table `inbound_route` (sic), example `outbound_route` (doc 2646, 2670, 2703, 2722)',
  choice: '`outbound_route` (the examples); `outbound_rt_index` and, on delete, `inbound_route` are accepted for it. Neither → -1.',
  quirk: 'route-id-names',
};
const UNIQUE = { question: 'Two outbound routes with the same name', choice: '-44 "This item has been added".' };

const routeOutput = outputOf(OUTBOUND_ROUTE_FIELDS);

export const outboundRouteContracts = [
  ucmOperation({
    action: 'listOutboundRoute',
    section: 'outbound-route',
    summary: 'List outbound routes',
    kind: 'read',
    doc: [doc('2407-2476')],
    params: listParams,
    response: pagedList(
      'outbound_route',
      z
        .object({
          members: z.array(z.string()),
          out_of_service: z.string(),
          outbound_rt_index: z.number().int(),
          outbound_rt_name: z.string(),
          pattern: z.string(),
          permission: z.string(),
          sequence: z.number().int(),
        })
        .partial()
        .strict(),
    ),
    decisions: [
      {
        question: 'pattern and members in the list',
        choice: 'pattern is the patterns joined by commas ("Multiple patterns are separated by commas", doc 2472); members an array of the allowed extensions/groups ([] when none) — while getOutboundRoute answers a pattern array and members as a string or null.',
        quirk: 'route-list-shapes',
      },
      { question: 'sequence ("Trunk type Peer trunk and register trunk", a copied note, doc 2471)', choice: 'The route\'s position, 1 for the oldest route, in index order.' },
      { question: 'Paging, sorting and options', choice: 'As listAccount; default sort by outbound_rt_index ("Sort according to the index").' },
    ],
    examples: [
      {
        request: { action: 'listOutboundRoute', options: 'outbound_rt_name,outbound_rt_index,permission,sequence,pattern,out_of_service,members' },
        response: { response: { outbound_route: [{ members: [], out_of_service: 'no', outbound_rt_index: 2, outbound_rt_name: 'test123', pattern: '_1xxx', permission: 'none', sequence: 1 }], page: 1, total_item: 1, total_page: 1 }, status: 0 },
        doc: doc('2415-2450', 'the example\'s "_lxxx" is _1xxx misread'),
      },
    ],
  }),
  ucmOperation({
    action: 'addOutboundRoute',
    section: 'outbound-route',
    summary: 'Add an outbound route on a default trunk',
    kind: 'write',
    doc: [doc('2478-2536'), doc('2616-2628', 'failover_outbound_data and pin_sets_id as getOutboundRoute answers them')],
    params: {
      ...routeParams,
      ...extras,
      outbound_rt_name: OUTBOUND_ROUTE_FIELDS.outbound_rt_name.input!,
      default_trunk_index: OUTBOUND_ROUTE_FIELDS.default_trunk_index.input!,
      pattern: p.jsonArray(patternInput).refine((v) => v.length > 0, 'needs at least one pattern'),
      outbound_rt_index: z.unknown().optional(),
    },
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [
      PENDING,
      REFERENCES,
      UNIQUE,
      { question: 'The table requires `outbound_rt_index` on an add (doc 2518); the example sends none', choice: 'Optional and ignored: the emulator numbers routes itself (1, 2, …).' },
      { question: '`pattern`: Mandatory "no" but Value "mandatory" (doc 2521)', choice: 'Required, with at least one element; each match starts with a single "_".' },
      { question: 'pattern elements', choice: '`{"match": "_1xxx"}` (the example) or a bare string; stored as getOutboundRoute answers them (`allow` and `strip_prefix` null unless sent). Comments ("_pattern /* comment */") are kept.' },
      { question: 'failover_outbound_data and pin_sets_id are not in the add/update tables but getOutboundRoute answers them', choice: 'Accepted on add and update; the failover sequence defaults to the position in the array.' },
    ],
    examples: [{ request: { action: 'addOutboundRoute', default_trunk_index: '3', outbound_rt_name: 'test123', pattern: [{ match: '_1xxx' }] }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('2485-2512') }],
  }),
  ucmOperation({
    action: 'getOutboundRoute',
    section: 'outbound-route',
    summary: 'Read one outbound route with its patterns and failover trunks',
    kind: 'read',
    doc: [doc('2538-2632')],
    params: { outbound_route: p.required(), ...selectorsOf([...answeredOf(OUTBOUND_ROUTE_FIELDS).filter((n) => n !== 'outbound_rt_index'), 'pattern', 'failover_outbound_data']), outbound_rt_index: z.unknown().optional() },
    response: envelope(
      z
        .object({
          failover_outbound_data: z.array(failoverOutput),
          outbound_route: routeOutput.partial(),
          pattern: z.array(patternOutput),
        })
        .partial()
        .strict(),
    ),
    errors: ['noSuchItem'],
    decisions: [
      NOT_FOUND,
      {
        question: 'The example sends every field name as "" (doc 2549-2565)',
        choice: 'As getSIPAccount: field names sent select what is answered — outbound_route{} limited to the named fields (plus outbound_rt_index), `pattern` and `failover_outbound_data` answered only when named. Nothing named → everything (the example names everything).',
      },
      { question: 'default_trunk_index type', choice: 'A number (3, doc 2578) although the tables say string and the add example sends "3".' },
    ],
  }),
  ucmOperation({
    action: 'updateOutboundRoute',
    section: 'outbound-route',
    summary: 'Update an outbound route; pattern and failover lists are replaced when sent',
    kind: 'write',
    doc: [doc('2634-2690')],
    params: { ...routeParams, ...extras, outbound_route: p.str().optional(), outbound_rt_index: p.str().optional() },
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [NOT_FOUND, ROUTE_ID, REFERENCES, UNIQUE, PENDING, { question: 'A sent `pattern` or `failover_outbound_data`', choice: 'Replaces the whole list; an empty pattern list → -15.' }],
    examples: [{ request: { action: 'updateOutboundRoute', outbound_route: '2', outbound_rt_name: 'out1', permission: 'internal' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('2641-2664') }],
  }),
  ucmOperation({
    action: 'deleteOutboundRoute',
    section: 'outbound-route',
    summary: 'Delete an outbound route',
    kind: 'write',
    doc: [doc('2692-2729')],
    params: { outbound_route: p.str().optional(), outbound_rt_index: p.str().optional(), inbound_route: p.str().optional() },
    response: needApply('yes'),
    errors: ['noSuchItem', 'failedToOperate'],
    decisions: [
      NOT_FOUND,
      ROUTE_ID,
      PENDING,
      { question: 'A route a SIP trunk names as ldap_default_outrt', choice: '-24 "Failed to operate data" (quirk in-use-refused; off: deleted, the reference dangles).', quirk: 'in-use-refused' },
    ],
  }),
];
