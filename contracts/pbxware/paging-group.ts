import { z } from 'zod';
import type { OperationContract } from '../core/index.ts';
import { arg, args } from './args.ts';
import { numberList } from './group-args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, successNumericId, successOnly } from './shapes.ts';
import { doc } from './source.ts';

/** `paging_group.list` types `number`, `quiet` and `destinations` as JSON integers (doc 9468-9490). */
const pagingGroupListEntry = z
  .object({
    name: z.string(),
    number: z.number().int(),
    quiet: z.union([z.literal(0), z.literal(1)]),
    destinations: z.array(z.number().int()),
  })
  .strict();

const pagingFields = {
  name: arg.required(),
  number: arg.id(),
  quiet: arg.optionalFlag(),
  destinations: numberList(),
};

const sharedDecisions = [
  {
    question: 'Are the `destinations` checked?',
    choice: 'Each must be an extension number of the tenant, listed once; the order is kept.',
  },
  {
    question: 'Is the paging group number unique?',
    choice: 'Yes, within the tenant across extensions, IVRs, ring groups, ERGs and paging groups (pbxware.md §7 A13).',
  },
];

export const pagingGroupContracts: OperationContract[] = [
  pbxOperation({
    action: 'pbxware.paging_group.list',
    summary: 'List paging groups',
    kind: 'read',
    doc: [doc('9439-9491')],
    request: args({ server: arg.optionalId() }),
    response: keyedList(pagingGroupListEntry),
    errors: ['tenantNotFound'],
    decisions: [
      { question: '`paging_group.list` without `server`.', choice: 'Lists the paging groups of every tenant (the filter is optional).' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.paging_group.add',
    summary: 'Add a paging group to a tenant',
    kind: 'write',
    doc: [doc('9493-9524')],
    request: args({ server: arg.optionalId(), ...pagingFields }),
    response: successNumericId,
    errors: ['tenantNotFound', 'duplicate', 'referenceMissing'],
    decisions: [{ question: 'Default `quiet`.', choice: '0 (No).' }, ...sharedDecisions],
  }),
  pbxOperation({
    action: 'pbxware.paging_group.edit',
    summary: 'Edit a paging group (partial update)',
    kind: 'write',
    doc: [doc('9526-9545')],
    request: args({
      server: arg.optionalId(),
      id: arg.id(),
      ...Object.fromEntries(Object.entries(pagingFields).map(([k, v]) => [k, v.optional()])),
    }),
    response: successNumericId,
    errors: ['notFound', 'tenantNotFound', 'duplicate', 'referenceMissing'],
    decisions: [{ question: '`destinations` on edit.', choice: 'Replaces the whole list; an empty value empties it.' }],
  }),
  pbxOperation({
    action: 'pbxware.paging_group.delete',
    summary: 'Delete a paging group',
    kind: 'write',
    doc: [doc('9547-9567')],
    request: args({ server: arg.optionalId(), id: arg.id() }),
    response: successOnly,
    errors: ['notFound', 'tenantNotFound'],
  }),
];
