import { z } from 'zod';
import { p } from './args.ts';
import { ucmOperation } from './operation.ts';
import { envelope, listParams, needApply, pagedList } from './shapes.ts';
import { doc } from './source.ts';

/* PIN Group (doc 2731-2891) and listPinSets (PIN Groups, doc 6646-6714). One shared parameter table (doc 2871-2889). */

export const PIN_SET_LIST_FIELDS = ['pin_sets_id', 'pin_sets_name', 'record_in_cdr', 'members'] as const;
export const PIN_SET_LIST_DEFAULT = ['pin_sets_id', 'pin_sets_name', 'record_in_cdr'] as const;
/** The options column is copied from listExtensionGroup ("group_name, members, group_id", doc 6701). */
export const PIN_SET_OPTION_ALIASES: Record<string, string> = { group_name: 'pin_sets_name', group_id: 'pin_sets_id' };

const pinSetsId = () => p.str().pipe(z.string().trim().regex(/^\d{1,20}$/, 'must be digits (e.g. "1602745045405")'));

const memberInput = z.object({
  pin: p.digits(1, 32),
  pin_name: p.str().pipe(z.string().trim().min(1, 'is required').max(64)),
  pin_sets_id: pinSetsId().optional(),
});

export const pinMemberOutput = z.object({ pin: z.string(), pin_name: z.string(), pin_sets_id: z.string() }).strict();

const groupParams = {
  pin_sets_id: pinSetsId(),
  pin_sets_name: p.str().pipe(z.string().trim().min(1, 'is required').max(64)),
  members: p.jsonArray(memberInput),
  record_in_cdr: p.yesno().optional(),
};

const NOT_FOUND = { question: 'A PIN group that does not exist', choice: '-16 "No such item. Please refresh the page and try again".' };
const PENDING = { question: 'Are PIN group changes pending?', choice: 'Yes: need_apply "yes" and a pending change until applyChanges.' };
const MEMBERS = {
  question: 'Members',
  choice:
    'A JSON array (or a string holding one) of {pin, pin_name[, pin_sets_id]}; the table calls it `member` (doc 2875), accepted too. A member\'s pin_sets_id other than the group\'s → -15; the same pin twice in a group → -44. Answered with pin as a string and the group\'s pin_sets_id.',
};

export const pinGroupContracts = [
  ucmOperation({
    action: 'addPinSets',
    section: 'pin-group',
    summary: 'Add a PIN group with its members (the client chooses pin_sets_id)',
    kind: 'write',
    doc: [doc('2733-2768'), doc('2871-2889')],
    params: groupParams,
    aliases: { member: 'members' },
    response: needApply('yes'),
    errors: ['itemAdded'],
    decisions: [
      PENDING,
      MEMBERS,
      { question: 'Who chooses pin_sets_id?', choice: 'The client (the example sends "1602745045405", a millisecond time); required. An id or a name already used → -44 (ucm.md A15).' },
      { question: 'record_in_cdr default', choice: '"no" (listPinSets example).' },
    ],
    examples: [
      {
        request: { action: 'addPinSets', members: [{ pin: '1234', pin_name: 'testmember', pin_sets_id: '1602745045405' }], pin_sets_id: '1602745045405', pin_sets_name: 'test', record_in_cdr: 'yes' },
        response: { response: { need_apply: 'yes' }, status: 0 },
        doc: doc('2740-2767'),
      },
    ],
  }),
  ucmOperation({
    action: 'updatePinSets',
    section: 'pin-group',
    summary: 'Update a PIN group; a sent member list replaces the old one',
    kind: 'write',
    doc: [doc('2770-2804'), doc('2871-2889')],
    params: { ...groupParams, pin_sets_name: groupParams.pin_sets_name.optional(), members: groupParams.members.optional() },
    aliases: { member: 'members' },
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [
      NOT_FOUND,
      PENDING,
      MEMBERS,
      { question: 'The shared table marks every field mandatory (doc 2875-2879)', choice: 'Only pin_sets_id is required on update; fields left out keep their value (the example sends them all).' },
    ],
  }),
  ucmOperation({
    action: 'getPinSets',
    section: 'pin-group',
    summary: 'Read a PIN group: members[] and the group under the key pin_sets_id',
    kind: 'read',
    doc: [doc('2806-2842')],
    params: { pin_sets_id: p.required() },
    response: envelope(
      z
        .object({
          members: z.array(pinMemberOutput),
          pin_sets_id: z.object({ pin_sets_id: z.string(), pin_sets_name: z.string(), record_in_cdr: z.string() }).strict(),
        })
        .strict(),
    ),
    errors: ['noSuchItem'],
    decisions: [NOT_FOUND],
  }),
  ucmOperation({
    action: 'deletePinSets',
    section: 'pin-group',
    summary: 'Delete a PIN group',
    kind: 'write',
    doc: [doc('2844-2891')],
    params: { pin_sets_id: p.required() },
    response: needApply('yes'),
    errors: ['noSuchItem', 'failedToOperate'],
    decisions: [
      NOT_FOUND,
      PENDING,
      { question: 'A PIN group an outbound route uses (pin_sets_id)', choice: '-24 "Failed to operate data" (quirk in-use-refused; off: deleted, the route keeps a dangling id).', quirk: 'in-use-refused' },
    ],
  }),
  ucmOperation({
    action: 'listPinSets',
    section: 'pin-group',
    summary: 'List PIN groups (array keyed pin_sets_id)',
    kind: 'read',
    doc: [doc('6648-6714')],
    params: listParams,
    response: pagedList(
      'pin_sets_id',
      z.object({ pin_sets_id: z.string(), pin_sets_name: z.string(), record_in_cdr: z.string(), members: z.array(pinMemberOutput) }).partial().strict(),
    ),
    decisions: [
      {
        question: 'Which fields, with and without `options`? The options column is copied from listExtensionGroup (doc 6701)',
        choice: 'Without options: pin_sets_id, pin_sets_name, record_in_cdr (the example). options may name those, `members` (the member list), and the copied names group_name/group_id (→ pin_sets_name/pin_sets_id).',
      },
      { question: 'Paging, sorting', choice: 'As listAccount; default sort by pin_sets_id (the example sends sidx "pin_sets_id").' },
    ],
    examples: [
      {
        request: { action: 'listPinSets', item_num: '10', sidx: 'pin_sets_id', sord: 'asc', page: '1' },
        response: { response: { pin_sets_id: [{ pin_sets_id: '1557210434090', pin_sets_name: 'hehe', record_in_cdr: 'no' }], total_item: 1, total_page: 1, page: 1 }, status: 0 },
        doc: doc('6654-6690', 'one of the two groups'),
      },
    ],
  }),
];
