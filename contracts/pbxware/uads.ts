import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, successStringId } from './shapes.ts';
import { doc } from './source.ts';

/** A UAD (device type) as `uads.list` shows it; `enabled` is a JSON boolean (doc 8778-8796). */
export const uadItem = z.object({ name: z.string(), fullname: z.string(), enabled: z.boolean() }).strict();

const switchArgs = args({ server: arg.optionalId(), id: arg.id() });

const switchDecisions = [
  {
    question: 'Neither `server` nor `id` is marked Required (doc 8804-8810).',
    choice: '`id` is required (there is nothing to activate without it) and must be a listed UAD; `server`, when sent, must be an existing tenant.',
  },
  {
    question: 'Is a UAD activated per tenant?',
    choice: 'No: `uads.list` has no tenant argument, so the state is system-wide and `server` only gets validated.',
  },
  { question: 'Activating an active UAD (or deactivating an inactive one).', choice: 'Succeeds and changes nothing.' },
];

export const uadsContracts = [
  pbxOperation({
    action: 'pbxware.uads.list',
    summary: 'List UADs (device types) with their status',
    kind: 'read',
    doc: [doc('8760-8798')],
    request: args({}),
    response: keyedList(uadItem),
  }),
  pbxOperation({
    action: 'pbxware.uads.activate',
    summary: 'Activate a UAD',
    kind: 'write',
    doc: [doc('8800-8819')],
    request: switchArgs,
    response: successStringId,
    errors: ['notFound', 'tenantNotFound'],
    decisions: switchDecisions,
  }),
  pbxOperation({
    action: 'pbxware.uads.deactivate',
    summary: 'Deactivate a UAD',
    kind: 'write',
    doc: [doc('8821-8840')],
    request: switchArgs,
    response: successStringId,
    errors: ['notFound', 'tenantNotFound'],
    decisions: switchDecisions,
  }),
];
