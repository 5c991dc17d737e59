import { z } from 'zod';
import { p } from './args.ts';
import { PERMISSIONS } from './extension-fields.ts';
import { ucmOperation } from './operation.ts';
import { ALERT_INFO } from './queue-fields.ts';
import { envelope, listParams, needApply, nstr, pagedList } from './shapes.ts';
import { doc } from './source.ts';

/* IVR (doc 5860-6315). An IVR is named by its index `ivr-N` (get/update/delete) and dialled by its number. */

/** Key presses an IVR menu entry may answer: digits, `*`, `#`, `i` (invalid) and `t` (timeout) (doc 5897-5906). */
export const IVR_KEYPRESSES = /^[0-9*#it]$/;

const keypressInput = z
  .object({
    keypress: p.str().pipe(z.string().regex(IVR_KEYPRESSES, 'must be a digit, *, #, i or t')),
    keypress_event: p.required(),
  })
  .catchall(z.union([p.str(), z.null()]));

export const keypressOutput = z.object({ keypress: z.string(), keypress_event: z.string() }).catchall(z.string().nullable());

const yn = () => p.yesno().optional();

/** Table J (doc 5919-5962) as request parameters; `required` marks the add table's "yes". */
const IVR_PARAMS = {
  ivr_name: p.required(),
  extension: p.digits(2, 18),
  welcome_prompt: p.required(),
  response_timeout: p.int(1, 3600),
  digit_timeout: p.int(1, 3600),
  timeout_prompt: p.required(),
  invalid_prompt: p.required(),
  tloop: p.int(1, 100),
  iloop: p.int(1, 100),
};

const IVR_OPTIONAL = {
  dial_extension: yn(),
  dial_conference: yn(),
  dial_queue: yn(),
  dial_ringgroup: yn(),
  dial_vmgroup: yn(),
  dial_paginggroup: yn(),
  dial_fax: yn(),
  dial_trunk: yn(),
  dial_directory: yn(),
  dial_failed_back2menu: yn(),
  dial_multimedia_conference: yn(),
  permission: p.choice(PERMISSIONS).optional(),
  language: p.nullableStr().optional(),
  alertinfo: z.union([p.choice(ALERT_INFO), z.null()]).optional(),
  replace_caller_id: yn(),
  switch: p.choice(['no', 'white', 'black']).optional(),
  ivr_blackwhite_list: p.nullableStr().optional(),
  ivr_out_blackwhite_list: p.nullableStr().optional(),
  members: p.jsonArray(keypressInput).optional(),
};

/** The add table spells the internal list `ivr_blackwhitelist_list` (doc 5959); the example `ivr_blackwhite_list`. */
export const IVR_ALIASES: Record<string, string> = { ivr_blackwhitelist_list: 'ivr_blackwhite_list' };

/** Fields of an IVR as listIVR answers them (doc 5980-6010), in the example's order. */
export const IVR_LIST_FIELDS = [
  'alertinfo',
  'dial_conference',
  'dial_directory',
  'dial_extension',
  'dial_failed_back2menu',
  'dial_fax',
  'dial_multimedia_conference',
  'dial_paginggroup',
  'dial_queue',
  'dial_ringgroup',
  'dial_trunk',
  'dial_vmgroup',
  'digit_timeout',
  'extension',
  'iloop',
  'invalid_prompt',
  'ivr_id',
  'ivr_name',
  'language',
  'permission',
  'replace_caller_id',
  'response_timeout',
  'switch',
  'timeout_prompt',
  'tloop',
  'welcome_prompt',
] as const;

const INT_FIELDS = new Set(['digit_timeout', 'iloop', 'response_timeout', 'tloop']);
const NULLABLE = new Set(['alertinfo', 'language']);
const fieldShape = (name: string) => (INT_FIELDS.has(name) ? z.number().int() : NULLABLE.has(name) ? nstr : z.string());

const listItem = z.object(Object.fromEntries(IVR_LIST_FIELDS.map((f) => [f, fieldShape(f)]))).partial().strict();
/** getIVR's `ivr{}` adds the two black/white lists (doc 6095-6123). */
const ivrOutput = z
  .object({
    ...Object.fromEntries(IVR_LIST_FIELDS.map((f) => [f, fieldShape(f)])),
    ivr_blackwhite_list: nstr,
    ivr_out_blackwhite_list: nstr,
  })
  .strict();

const NOT_FOUND = {
  question: 'An `ivr` that names no IVR — in particular the IVR\'s number instead of its index (doc 6307: "This is the IVR index, not extension")',
  choice: '-16. Off (quirk ivr-index-not-extension): the IVR number is accepted too, as the document says it "will be changed" to.',
  quirk: 'ivr-index-not-extension',
};

const DIAL_TRUNK_DECISION = {
  question: '"if using this feature [dial_trunk], it is mandatory to configure permission" (doc 5949)',
  choice: 'dial_trunk "yes" without a permission (sent or stored) → -1 naming permission. An IVR added without dial_trunk gets permission "internal".',
};

export const ivrContracts = [
  ucmOperation({
    action: 'addIVR',
    section: 'ivr',
    summary: 'Add an IVR; answers need_apply, the index ivr-N is seen through listIVR',
    kind: 'write',
    doc: [doc('5862-5964')],
    params: { ...IVR_PARAMS, ...IVR_OPTIONAL },
    aliases: IVR_ALIASES,
    response: needApply('yes'),
    errors: ['itemAdded'],
    decisions: [
      { question: 'A number already used by an IVR, an extension or a queue', choice: '-44 "This item has been added".' },
      { question: 'The index given to a new IVR', choice: '`ivr-N`, N one more than the highest ever given (ids are never reused).' },
      DIAL_TRUNK_DECISION,
      { question: 'Key-press events (`members`)', choice: 'A JSON array (or a string holding one) of {keypress, keypress_event, …}; keypress a digit, *, #, i or t; two entries for the same key → -15. Other fields are stored as sent.' },
      { question: 'Defaults of the optional fields', choice: 'The getIVR example\'s (doc 6089-6117) except dial_trunk "no", ivr_out_blackwhite_list "" and alertinfo null.' },
    ],
    examples: [{ request: { action: 'addIVR', extension: '7000', ivr_name: '7000', welcome_prompt: 'welcome', response_timeout: 10, digit_timeout: 3, timeout_prompt: 'ivr-create-timeout', invalid_prompt: 'invalid', tloop: 3, iloop: 3 }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('5866-5917') }],
  }),
  ucmOperation({
    action: 'listIVR',
    section: 'ivr',
    summary: 'List IVRs with paging, sorting and a field selection',
    kind: 'read',
    doc: [doc('5966-6068')],
    params: listParams,
    response: pagedList('ivr', listItem),
    decisions: [
      { question: 'The table lists `custom_prompt` where the example answers `welcome_prompt` (doc 6033)', choice: 'The example: `welcome_prompt`.' },
      { question: '`options` naming a field that does not exist', choice: 'As listAccount: -1 (quirk unknown-option-fails).', quirk: 'unknown-option-fails' },
    ],
  }),
  ucmOperation({
    action: 'getIVR',
    section: 'ivr',
    summary: 'Read one IVR by its index, with its key-press events as a sibling members[]',
    kind: 'read',
    doc: [doc('6070-6177')],
    params: { ivr: p.required() },
    response: envelope(z.object({ ivr: ivrOutput, members: z.array(keypressOutput) }).strict()),
    errors: ['noSuchItem'],
    decisions: [NOT_FOUND],
  }),
  ucmOperation({
    action: 'updateIVR',
    section: 'ivr',
    summary: 'Update an IVR; members replaces the key-press events',
    kind: 'write',
    doc: [doc('6179-6274')],
    params: {
      ivr: p.required(),
      ...Object.fromEntries(Object.entries(IVR_PARAMS).map(([k, v]) => [k, v.optional()])),
      ...IVR_OPTIONAL,
    },
    aliases: IVR_ALIASES,
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [
      NOT_FOUND,
      DIAL_TRUNK_DECISION,
      { question: 'The update table marks the add table\'s fields "yes" (doc 6236-6252)', choice: 'Only `ivr` is required; fields not sent keep their values (the table is a copy of the add table, down to its wrong invalid_prompt description).' },
      { question: 'Changing `extension` to a number in use', choice: '-44.' },
      { question: 'Numbers sent as strings ("3", doc 6197-6207)', choice: 'Accepted, stored and answered as numbers.' },
    ],
  }),
  ucmOperation({
    action: 'deleteIVR',
    section: 'ivr',
    summary: 'Delete an IVR by its index (ivr-N)',
    kind: 'write',
    doc: [doc('6276-6315')],
    params: { ivr: p.required() },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [NOT_FOUND],
  }),
];
