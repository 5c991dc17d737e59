import { z } from 'zod';
import type { OperationContract } from '../core/index.ts';
import { arg, args } from './args.ts';
import { prefixed } from './group-args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, numericString, successNumericId, successOnly } from './shapes.ts';
import { doc } from './source.ts';

/** Keymap keys: "Supported keys: 0-9, `*`" (doc 5003-5005). */
export const IVR_KEYS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*'] as const;

/** Keymap destination types and their names (doc 5009-5022); `ivr.list` shows the name ("Extension", doc 4962). */
export const IVR_DESTINATION_TYPES = {
  aa: 'IVR',
  qu: 'Queue',
  rg: 'Dial Groups and Enhanced Ring Groups',
  cf: 'Conference',
  ex: 'Extension',
  vm: 'Voicemail',
  cr: 'CRM Routing',
  aatree: 'IVR tree',
  dy: 'Directory',
  ra: 'Remote Access',
  fx: 'Fax to E-mail',
  en: 'Call External Number',
  ari: 'ARI Application',
} as const;
export type IvrDestinationType = keyof typeof IVR_DESTINATION_TYPES;
const destinationTypes = Object.keys(IVR_DESTINATION_TYPES) as [IvrDestinationType, ...IvrDestinationType[]];

/** Remote Access destinations (doc 5027). */
export const REMOTE_ACCESS_DESTINATIONS = ['agentlogin', 'destinations', 'voicemail'] as const;

/** `keymap[key][field]=value` arrives as flat PHP-style argument names (doc 4998-5030). */
export const keymapArgName = (key: string, field: 'type' | 'destination') => `keymap[${key}][${field}]`;

const keymapArgs: Record<string, z.ZodType> = Object.fromEntries(
  IVR_KEYS.flatMap((key) => [
    [keymapArgName(key, 'type'), arg.oneOf(destinationTypes).optional()],
    [keymapArgName(key, 'destination'), arg.optional()],
  ]),
);

/** Every `ivr.add` argument besides `server` (doc 4982-5141); `ivr.edit` takes them all as optional. */
const ivrFields = {
  name: arg.required().regex(/^\S+$/, 'must not contain spaces'),
  ext: arg.id(),
  greeting: prefixed('greeting-').pipe(arg.required()),
  ...keymapArgs,
  status: arg.optionalFlag(),
  operator: arg.digits(),
  disablecid: arg.optionalFlag(),
  tresponse: arg.digits(),
  rtpdelay: arg.digits(),
  tdigit: arg.digits(),
  rings: arg.digits(),
  faxemail: arg.optional(),
  customring: arg.optional(),
  local2fax: arg.optional(),
  rangelimit: arg.optionalFlag(),
  rangestart: arg.digits(),
  rangeend: arg.digits(),
  ringtype: arg.oneOf(['ring', 'moh', 'none']).optional(),
  moh: arg.optional(),
  loops: arg.digits(),
  timeoutext: arg.digits(),
  timeoutextvm: arg.optionalFlag(),
  localdial: arg.optionalFlag(),
  skip_invalid_selection: arg.optionalFlag(),
};

const ivrKey = z.object({ type: z.string(), value: z.string() }).strict();

export const ivrListEntry = z
  .object({
    name: z.string(),
    type: z.enum(['0', '1', '2']),
    ext: numericString,
    // Keyed by key digit (pbxware.md §7 A37); a single unkeyed entry is how the sample prints it (doc 4957-4960).
    keymap: z.union([z.record(z.string().regex(/^[0-9*]$/), ivrKey), ivrKey]),
    status: z.enum(['enabled', 'disabled']),
    operator: z.string(),
  })
  .strict();

const keymapDecisions = [
  {
    question: '`ivr.list` prints `keymap` as one flat `{type, value}` object, although an IVR has a keymap per key (pbxware.md §7 A37).',
    choice:
      'The list shows `keymap` keyed by key (`{"1": {"type": "Extension", "value": "100"}}`), `type` as the destination type name the sample shows ("Extension") and `value` as the destination; the contract accepts the flat sample shape too.',
  },
  {
    question: 'Which keymap destinations are checked ("should be a valid extension", doc 5024-5031)?',
    choice:
      '`ex`/`vm` must be an extension number of the tenant, `aa`/`aatree` an IVR number, `rg` a ring group or ERG number; `qu`, `cf`, `fx`, `cr`, `ari` must be digits (the emulator has no queues, conferences, CRM rules or ARI apps); `en` an external number (digits, optional leading +); `ra` one of agentlogin, destinations, voicemail; `dy` takes no destination.',
  },
  {
    question: 'Must every key that has a `type` also have a `destination`?',
    choice: 'Yes, except Directory (`dy`), which must not have one; a `destination` without a `type` is refused too.',
  },
];

export const ivrContracts: OperationContract[] = [
  pbxOperation({
    action: 'pbxware.ivr.list',
    summary: 'List the IVRs of a tenant',
    kind: 'read',
    doc: [doc('4906-4969')],
    request: args({ server: arg.optionalId() }),
    response: keyedList(ivrListEntry),
    errors: ['tenantNotFound', 'masterTenant'],
    decisions: [
      keymapDecisions[0]!,
      {
        question: 'IVR `type` (0 Standard, 1 PIN-based, 2 Multi-digit) is listed but `ivr.add` has no argument for it.',
        choice: 'New IVRs are Standard ("0"); an undocumented `type` argument (0/1/2) is honoured when sent.',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ivr.add',
    summary: 'Add an IVR to a tenant',
    kind: 'write',
    doc: [doc('4971-5148')],
    request: args({ server: arg.optionalId(), ...ivrFields, type: arg.oneOf(['0', '1', '2']).optional() }),
    response: successNumericId,
    errors: ['tenantNotFound', 'masterTenant', 'duplicate', 'referenceMissing'],
    decisions: [
      ...keymapDecisions.slice(1),
      { question: 'Default `status` when not sent.', choice: 'Enabled.' },
      {
        question: 'Is the IVR number (`ext`) unique?',
        choice: 'Yes, within the tenant across extensions, IVRs, ring groups, ERGs and paging groups (pbxware.md §7 A13).',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ivr.edit',
    summary: 'Edit an IVR (partial update)',
    kind: 'write',
    doc: [doc('5150-5169')],
    request: args({
      server: arg.optionalId(),
      id: arg.id(),
      ...Object.fromEntries(Object.entries(ivrFields).map(([k, v]) => [k, v.optional()])),
      type: arg.oneOf(['0', '1', '2']).optional(),
    }),
    response: successNumericId,
    errors: ['notFound', 'tenantNotFound', 'duplicate', 'referenceMissing'],
    decisions: [
      {
        question: 'Does a `keymap` sent to `ivr.edit` merge with the stored one or replace it?',
        choice: 'It replaces the whole keymap (it is "Array of IVR keymaps"); an edit without keymap arguments keeps it.',
      },
      {
        question: 'Which tenants may `server` name on edit (the add rule "ID 1 cannot be used" is not repeated)?',
        choice: 'Any existing tenant; the IVR must belong to it.',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.ivr.delete',
    summary: 'Delete an IVR',
    kind: 'write',
    doc: [doc('5171-5191')],
    request: args({ id: arg.id(), server: arg.optionalId() }),
    response: successOnly,
    errors: ['notFound', 'tenantNotFound', 'masterTenant'],
    decisions: [
      {
        question: 'What happens to the operation times of a deleted IVR?',
        choice: 'They are removed with it.',
      },
    ],
  }),
];
