import { z } from 'zod';
import type { OperationContract } from '../core/index.ts';
import { arg, args } from './args.ts';
import { numberList, optionalDigits, yesNo } from './group-args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, numericString, successNumericId, successOnly } from './shapes.ts';
import { doc } from './source.ts';

/** ERG ring strategies (doc 5633-5644). */
export const ERG_STRATEGIES = ['ringall', 'linear', 'leastrecent', 'fewestcalls', 'random', 'rrmemory', 'rordered', 'wrandom'] as const;

/** `erg.add` arguments besides the identifying ones, kept by the emulator as sent (doc 5565-5717). */
export const ergSettingArgs = {
  record: yesNo(),
  wake_mobile: yesNo(),
  replace_cid: arg.optional(),
  queue_url: arg.optional(),
  prioritize_timeout: yesNo(),
  max_wait_seconds: optionalDigits(),
  max_wait_dest: optionalDigits(),
  max_wait_dest_vm: yesNo(),
  redirect_dest: optionalDigits(),
  redirect_vm: yesNo(),
  greeting: arg.optional(),
  announce_holdtime: yesNo(),
  announce_position: yesNo(),
  announce_frequency: optionalDigits(),
  min_announce_frequency: optionalDigits(),
  announce_r_seconds: optionalDigits(),
  static_login: yesNo(),
  member_es_disable: yesNo(),
  member_ring_timeout: optionalDigits(),
  autofill: yesNo(),
  ring_inuse: yesNo(),
  retry_timeout: optionalDigits(),
  timeout_restart: yesNo(),
  wrapup_time: optionalDigits(),
  // "has to be in the following format periodic-announce-$NAME.gsm or default" (doc 5669-5671).
  periodic_announce: z
    .string()
    .regex(/^(default|periodic-announce-\S+)?$/, 'must be periodic-announce-<name>.gsm or default')
    .optional(),
  periodic_announce_frequency: optionalDigits(),
  first_periodic_announce: optionalDigits(),
  incoming_options: arg.optional(),
  ring_timeout: optionalDigits(),
  use_exit_digit: yesNo(),
  exit_digit: z.string().regex(/^[0-9*#]?$/, 'must be one digit').optional(),
  exit_dest: optionalDigits(),
  exit_vm: yesNo(),
  leave_when_empty: arg.optional(),
  empty_dest: optionalDigits(),
  empty_dest_vm: yesNo(),
  enable_notification: yesNo(),
  notification_email: z.union([z.literal(''), z.email('must be an e-mail address')]).optional(),
};

const ergIdentity = {
  name: arg.required(),
  ext: arg.id(),
  max_wait_callers: arg.count(),
  rings_answer: arg.count(),
  ring_strategy: arg.oneOf(ERG_STRATEGIES).optional(),
};

const ergListEntry = z
  .object({
    name: z.string(),
    number: numericString,
    strategy: z.string(),
    members: z.array(z.object({ ext: numericString, penalty: numericString }).strict()),
  })
  .strict();

export const ergContracts: OperationContract[] = [
  pbxOperation({
    action: 'pbxware.erg.add',
    summary: 'Add an Enhanced Ring Group to a tenant',
    kind: 'write',
    doc: [doc('5535-5725')],
    request: args({ server: arg.optionalId(), ...ergIdentity, ...ergSettingArgs }),
    response: successNumericId,
    errors: ['tenantNotFound', 'duplicate'],
    decisions: [
      {
        question: 'The many "Set whether …" arguments give no value format.',
        choice: 'yes/no (or 1/0), kept as sent; numbers and timeouts must be digits.',
      },
      { question: 'Default `ring_strategy`.', choice: '`ringall`, the first listed and the one both samples show.' },
      {
        question: 'Is the ERG number (`ext`) unique?',
        choice: 'Yes, within the tenant across extensions, IVRs, ring groups, ERGs and paging groups (pbxware.md §7 A13).',
      },
      { question: 'Which tenants may own an ERG?', choice: 'Any existing tenant ("Tenant or Server ID (Required)").' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.erg.edit',
    summary: 'Edit an Enhanced Ring Group (partial update)',
    kind: 'write',
    doc: [doc('5727-5746')],
    request: args({
      server: arg.optionalId(),
      id: arg.id(),
      ...Object.fromEntries(Object.entries(ergIdentity).map(([k, v]) => [k, v.optional()])),
      ...ergSettingArgs,
    }),
    response: successNumericId,
    errors: ['notFound', 'tenantNotFound', 'duplicate'],
  }),
  pbxOperation({
    action: 'pbxware.erg.delete',
    summary: 'Delete an Enhanced Ring Group',
    kind: 'write',
    doc: [doc('5748-5766')],
    request: args({ server: arg.optionalId(), id: arg.id() }),
    response: successOnly,
    errors: ['notFound', 'tenantNotFound'],
    decisions: [{ question: 'Operation times of a deleted ERG.', choice: 'They are removed with it.' }],
  }),
  pbxOperation({
    action: 'pbxware.erg.list',
    summary: 'List Enhanced Ring Groups with their members',
    kind: 'read',
    doc: [doc('5768-5838')],
    request: args({ server: arg.optionalId() }),
    response: keyedList(ergListEntry),
    errors: ['tenantNotFound'],
    decisions: [
      { question: '`erg.list` without `server`.', choice: 'Lists the ERGs of every tenant ("Filter … by tenant/server" is optional).' },
      { question: 'An ERG without members.', choice: '`members` is `[]`.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.erg.members',
    summary: 'Add members to an Enhanced Ring Group (or change their penalties)',
    kind: 'write',
    doc: [doc('5840-5867')],
    request: args({
      server: arg.optionalId(),
      id: arg.id(),
      numbers: numberList().pipe(arg.required()),
      penalties: numberList().pipe(arg.required()),
    }),
    response: successNumericId,
    errors: ['notFound', 'tenantNotFound', 'sizeMismatch', 'referenceMissing'],
    decisions: [
      {
        question: 'Does `erg.members` add to the members or replace them (pbxware.md §7 A29)?',
        choice:
          'Upsert: new numbers are appended, numbers already members get the new penalty, other members stay. `numbers` and `penalties` must match in size.',
      },
      {
        question: 'Are the member numbers checked?',
        choice: 'Each must be an extension number of the ERG\'s tenant, listed once per call.',
      },
    ],
  }),
];
