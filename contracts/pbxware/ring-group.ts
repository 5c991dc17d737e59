import { z } from 'zod';
import type { OperationContract } from '../core/index.ts';
import { arg, args } from './args.ts';
import { numberList, optionalDigits, prefixed, yesNo } from './group-args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, numericString, successOnly, successStringId } from './shapes.ts';
import { doc } from './source.ts';

/** Ring strategies (doc 5337-5343). */
export const RING_GROUP_STRATEGIES = ['all', 'leastrecent', 'round', 'round_memory'] as const;

/**
 * Every `options` key of `ring_group.configuration` (doc 5465-5495), which is also the name the emulator
 * accepts on add/edit (the nine names the document lost are taken from here, pbxware.md §7 A23), with the
 * value a new ring group gets and whether the argument is a yes/no that reads back as "1"/"0".
 */
export const RING_GROUP_OPTIONS: Record<string, { default: string; yesNo?: true }> = {
  timeout: { default: '30' },
  last_dest: { default: '' },
  greeting: { default: '' },
  loops: { default: '1' },
  exit_digit: { default: '' },
  exit_ext: { default: '' },
  record: { default: '0', yesNo: true },
  record_silent: { default: '0', yesNo: true },
  ganswer: { default: '0', yesNo: true },
  max_limit: { default: '1' },
  store_cdr: { default: '0', yesNo: true },
  overwrite_timeout: { default: '0', yesNo: true },
  call_rating_ext: { default: '' },
  looping_mode: { default: 'per_ext' },
  skip_pbd_local: { default: '0', yesNo: true },
  preserve_callerid: { default: '0', yesNo: true },
  member_es_disable: { default: '0', yesNo: true },
  last_dest_vm: { default: '0', yesNo: true },
  confirm_calls: { default: '0', yesNo: true },
  timeout_msg: { default: '' },
  dial_options: { default: 'r' },
  ring_strategy: { default: 'all' },
  custom_ringtone: { default: '' },
  callerid: { default: '' },
  confirm_msg: { default: '' },
  confirm_answered_msg: { default: '' },
};

/** `ring_group.add` arguments besides `server`, `name`, `ext` (doc 5289-5395). */
const optionArgs = {
  extensions: numberList(),
  max_limit: optionalDigits(),
  greeting: prefixed('greeting-').optional(),
  ganswer: yesNo(),
  timeout_msg: prefixed('announce-').optional(),
  loops: optionalDigits(),
  timeout: optionalDigits(),
  overwrite_timeout: yesNo(),
  dial_options: arg.optional(),
  store_cdr: yesNo(),
  last_dest: optionalDigits(),
  last_dest_vm: yesNo(),
  ring_strategy: arg.oneOf(RING_GROUP_STRATEGIES).optional(),
  custom_ringtone: arg.optional(),
  callerid: arg.optional(),
  record: yesNo(),
  record_silent: yesNo(),
  exit_digit: z.string().regex(/^[0-9*#]?$/, 'must be one digit').optional(),
  exit_ext: optionalDigits(),
  confirm_calls: yesNo(),
  confirm_msg: prefixed('rg-announce-').optional(),
  confirm_answered_msg: prefixed('rg-late-announce-').optional(),
  call_rating_ext: optionalDigits(),
  looping_mode: arg.oneOf(['per_ext', 'circular']).optional(),
  skip_pbd_local: yesNo(),
  preserve_callerid: yesNo(),
  member_es_disable: yesNo(),
};

const ringGroupListEntry = z
  .object({
    name: z.string(),
    ext: numericString,
    destinations: z.string(),
    last_dest: z.string(),
    last_dest_vm: z.enum(['yes', 'no']),
  })
  .strict();

const ringGroupConfiguration = z
  .object({
    name: z.string(),
    ext: numericString,
    destinations: z.string(),
    options: z.object(Object.fromEntries(Object.keys(RING_GROUP_OPTIONS).map((k) => [k, z.string()]))).strict(),
  })
  .strict();

/** `{"sucess": "Ring Group ID: 100", "id": 100}` as documented (doc 5397-5404), or the spelling a fixed PBX may use. */
export const ringGroupAddResponse = z.union([
  z.object({ sucess: z.string(), id: z.number().int() }).strict(),
  z.object({ success: z.string(), id: z.number().int() }).strict(),
]);

export const ringGroupContracts: OperationContract[] = [
  pbxOperation({
    action: 'pbxware.ring_group.list',
    summary: 'List the ring groups of a tenant',
    kind: 'read',
    doc: [doc('5217-5266')],
    request: args({ server: arg.optionalId() }),
    response: keyedList(ringGroupListEntry),
    errors: ['tenantNotFound', 'masterTenant'],
    decisions: [
      {
        question: '`last_dest_vm` is "no" in the list but "0" in the configuration (doc 5262, 5483).',
        choice: 'Both as documented: the list says yes/no, the configuration 1/0.',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ring_group.add',
    summary: 'Add a ring group to a tenant',
    kind: 'write',
    doc: [doc('5268-5404')],
    request: args({ server: arg.optionalId(), name: arg.required(), ext: arg.id(), ...optionArgs }),
    response: ringGroupAddResponse,
    errors: ['tenantNotFound', 'masterTenant', 'duplicate', 'referenceMissing'],
    decisions: [
      {
        question: 'Nine `ring_group.add` arguments have no printed name (doc 5331-5353).',
        choice:
          'Accepted under their configuration key names: last_dest, last_dest_vm, ring_strategy, custom_ringtone, callerid, record, record_silent, exit_digit, exit_ext (pbxware.md §7 A23).',
      },
      {
        question: 'The success key is spelt `sucess` (doc 5401).',
        choice: 'Reproduced by default (quirk `ring-group-add-sucess`, switchable); conformance accepts either spelling.',
        quirk: 'ring-group-add-sucess',
      },
      {
        question: 'yes/no arguments.',
        choice: 'yes/no (and 1/0) accepted; read back by `ring_group.configuration` as "1"/"0".',
      },
      {
        question: 'Are the `extensions` checked?',
        choice: 'Each must be an extension number of the tenant, listed once; the order is kept.',
      },
      {
        question: 'Is the ring group number (`ext`) unique?',
        choice: 'Yes, within the tenant across extensions, IVRs, ring groups, ERGs and paging groups (pbxware.md §7 A13).',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ring_group.edit',
    summary: 'Edit a ring group (partial update)',
    kind: 'write',
    doc: [doc('5406-5425')],
    request: args({
      server: arg.optionalId(),
      id: arg.id(),
      name: arg.required().optional(),
      ext: arg.optionalId(),
      ...optionArgs,
    }),
    response: successStringId,
    errors: ['notFound', 'tenantNotFound', 'duplicate', 'referenceMissing'],
    decisions: [
      {
        question: 'The edit sample answers `"id": "100"` (a string) and lacks a comma (doc 5420-5423).',
        choice: '`{"success": "Ring Group ID: 100.", "id": "100"}`: string id, valid JSON.',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ring_group.configuration',
    summary: 'Configuration of one ring group',
    kind: 'read',
    doc: [doc('5427-5497')],
    request: args({ server: arg.optionalId(), id: arg.id() }),
    response: z.record(z.string().regex(/^\d+$/), ringGroupConfiguration),
    errors: ['notFound', 'tenantNotFound'],
  }),
  pbxOperation({
    action: 'pbxware.ring_group.delete',
    summary: 'Delete a ring group',
    kind: 'write',
    doc: [doc('5499-5511')],
    request: args({ id: arg.id(), server: arg.optionalId() }),
    response: successOnly,
    errors: ['notFound', 'tenantNotFound', 'masterTenant'],
    decisions: [
      {
        question: '`ring_group.delete` has no documented answer (pbxware.md §7 A30).',
        choice: '`{"success": "Deleted Ring Group ID <id> successfully."}` by analogy with the other deletes.',
      },
    ],
  }),
];
