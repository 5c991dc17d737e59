import { z } from 'zod';
import { p } from './args.ts';
import { EXTENSION_ALIASES, EXTENSION_FIELDS, extensionOutput, extensionParams, presenceOutput } from './extension-fields.ts';
import { ucmOperation } from './operation.ts';
import { envelope, listParams, needApply, nstr, pagedList } from './shapes.ts';
import { doc } from './source.ts';

/* Extension (doc 400-1131): SIP accounts and their users; IAX and FXS accounts are listed, not edited. */

/** Fields listAccount answers (Table Q, doc 600-617). */
export const ACCOUNT_LIST_FIELDS = [
  'extension',
  'account_type',
  'fullname',
  'out_of_service',
  'status',
  'addr',
  'urgmsg',
  'newmsg',
  'oldmsg',
  'presence_status',
  'presence_def_script',
  'user_name',
  'email_to_user',
] as const;

/** `options` names as the table spells them (`urgemsg`, `newms`) → the fields answered (doc 602; quirk options-misspelt). */
export const ACCOUNT_OPTION_ALIASES: Record<string, string> = { urgemsg: 'urgmsg', newms: 'newmsg' };

const accountItem = z
  .object({
    extension: z.string(),
    account_type: z.string(),
    fullname: nstr,
    out_of_service: z.string(),
    status: z.enum(['Idle', 'InUse', 'Busy', 'Unavailable', 'Ringing', '']),
    addr: z.string(),
    urgmsg: z.number().int(),
    newmsg: z.number().int(),
    oldmsg: z.number().int(),
    presence_status: z.string(),
    presence_def_script: nstr,
    user_name: z.string(),
    email_to_user: z.string(),
  })
  .partial()
  .strict();

const ADD_ONLY = {
  extension: p.digits(2, 18),
  user_password: p.str().optional(),
  wave_privilege_id: p.str().optional(),
  language: p.str().optional(),
  first_name: p.str().optional(),
  last_name: p.str().optional(),
  email: p.str().optional(),
};

const NOT_FOUND_DECISION = {
  question: 'What does an operation on an extension that does not exist answer? (ucm.md A14)',
  choice: '-16 "No such item. Please refresh the page and try again".',
};

/** Field names getSIPAccount accepts as a selector ("users can specify that parameter", doc 802-804). */
const selectorParams = Object.fromEntries(
  [...Object.keys(EXTENSION_FIELDS).filter((k) => k !== 'extension'), 'sip_presence_settings', 'voicemail', 'cti_feature_privilege'].map((k) => [k, z.unknown().optional()]),
);

export const extensionContracts = [
  ucmOperation({
    action: 'addSIPAccountAndUser',
    section: 'extension',
    summary: 'Create a SIP extension and its user',
    kind: 'write',
    doc: [doc('402-494'), doc('922-1052', 'parameters and values "the same as the existing updateSIPAccount command" (doc 406)')],
    params: { ...extensionParams(), ...ADD_ONLY },
    aliases: EXTENSION_ALIASES,
    response: needApply('yes'),
    errors: ['itemAdded'],
    decisions: [
      { question: 'Adding an extension number that exists (ucm.md A15)', choice: '-44 "This item has been added"; also when a user of that name exists.' },
      {
        question: 'The example sends `presence_settings`, the tables `sip_presence_settings` (doc 416 vs 1001).',
        choice: 'Both accepted; stored and answered as `sip_presence_settings`, completed to the five statuses of the getSIPAccount example (doc 729-786).',
        quirk: 'presence-settings-alias',
      },
      { question: 'Defaults of fields not sent', choice: 'The getSIPAccount example\'s values (doc 648-729); `cidnumber` defaults to the extension number as in that example.' },
      { question: 'Are changes pending?', choice: 'Yes: need_apply "yes" (doc 486-493) and a pending change until applyChanges.' },
    ],
    examples: [{ request: { action: 'addSIPAccountAndUser', extension: '1001', permission: 'internal', secret: 'Abc123456!' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('408-493') }],
  }),
  ucmOperation({
    action: 'deleteUser',
    section: 'extension',
    summary: 'Delete a SIP extension (and its user) by extension number',
    kind: 'write',
    doc: [doc('496-530')],
    params: { user_name: p.required() },
    response: needApply('yes'),
    errors: ['noSuchItem'],
    decisions: [NOT_FOUND_DECISION],
  }),
  ucmOperation({
    action: 'listAccount',
    section: 'extension',
    summary: 'List extensions (SIP, IAX, FXS) with paging, sorting and a field selection',
    kind: 'read',
    doc: [doc('532-619')],
    params: listParams,
    response: pagedList('account', accountItem),
    decisions: [
      {
        question: '`options` naming a field that does not exist',
        choice: `The whole call fails with -1 (field evidence: "An unknown column in options fails the whole call with -1"). Off: unknown names are ignored (ucm.md A19).`,
        quirk: 'unknown-option-fails',
      },
      {
        question: '`sord` values',
        choice: '"asc", "acs" (the table\'s spelling, doc 601), "ascending", "desc", "descending"; anything else → -15. Unknown `sidx` → the default order (by extension).',
      },
      {
        question: 'Paging edge cases (ucm.md A17)',
        choice: 'No item_num → everything on page 1; a page past the end → empty list with that page echoed; total_page ≥ 1.',
      },
      {
        question: 'status and addr of an extension no device registered',
        choice: '"Unavailable" and "-" (doc 571-575; field evidence), until the call simulator registers it.',
      },
    ],
  }),
  ucmOperation({
    action: 'getSIPAccount',
    section: 'extension',
    summary: 'Read one SIP extension: settings, presence list, voicemail and CTI privileges',
    kind: 'read',
    doc: [doc('621-920')],
    params: { extension: p.required(), ...selectorParams },
    response: envelope(
      z
        .object({
          cti_feature_privilege: z.object({ active_call: z.string(), callbarge: z.string(), extension_status: z.string(), hangup: z.string() }).strict(),
          extension: extensionOutput.partial(),
          sip_presence_settings: z.array(presenceOutput),
          voicemail: z.object({ vm_attach: nstr, vm_reserve: nstr }).strict(),
        })
        .partial()
        .strict(),
    ),
    errors: ['noSuchItem'],
    decisions: [
      NOT_FOUND_DECISION,
      {
        question: 'Field selection: "If you only want to get some parameters … specify that parameter in the sending request" (doc 802-804)',
        choice: 'Any Table A field name sent (with any value) limits `extension{}` to those fields (plus `extension`); naming `sip_presence_settings`, `voicemail` or `cti_feature_privilege` limits the answer to the named groups.',
      },
      { question: 'The example repeats `local_network4-6` and nests a second `sip_presence_settings` (doc 690-700, 745)', choice: 'Answered once each: JSON has no duplicate keys.' },
      { question: 'IAX and FXS accounts', choice: 'getSIPAccount and updateSIPAccount answer -16 for them: the actions are SIP-only.' },
    ],
  }),
  ucmOperation({
    action: 'updateSIPAccount',
    section: 'extension',
    summary: 'Update a SIP extension; sip_presence_settings replaces the whole list',
    kind: 'write',
    doc: [doc('922-1052')],
    params: { ...extensionParams(), extension: p.digits(2, 18) },
    aliases: EXTENSION_ALIASES,
    // The odd success body: the extension and its alertinfo, not need_apply (doc 940-948).
    response: envelope(z.object({ extension: z.object({ alertinfo: nstr, extension: z.string() }).strict() }).strict()),
    errors: ['noSuchItem'],
    decisions: [
      NOT_FOUND_DECISION,
      {
        question: '"Editing presence configuration requires sending the entire json list" (doc 952)',
        choice: 'A sent list replaces the stored one; statuses not in it are reset to the defaults.',
      },
      { question: 'Are changes pending?', choice: 'Yes, until applyChanges, although the answer carries no need_apply (doc 940-948).' },
    ],
  }),
  ucmOperation({
    action: 'listDepartment',
    section: 'extension',
    summary: 'List departments (a tree through father_id)',
    kind: 'read',
    doc: [doc('1054-1131')],
    params: {},
    response: envelope(
      z
        .object({
          local_department_info: z.array(
            z
              .object({
                auth: z.string(),
                cloud_department_id: z.number().int(),
                cloud_father_id: z.number().int(),
                department_id: z.number().int(),
                father_id: z.number().int(),
                name: z.string(),
                policy_id: z.number().int(),
                type: z.number().int(),
                users_cnt: z.number().int(),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    decisions: [{ question: 'users_cnt', choice: 'The number of users whose `department` names the department.' }],
  }),
];
