import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, numericString } from './shapes.ts';
import { doc } from './source.ts';

/** One DID group as `didgroup.list` shows it (doc 4797-4806). */
export const didgroupListItem = z
  .object({ group_name: z.string(), max_did: numericString, min_did: numericString, tenant: numericString })
  .strict();

const groupFields = {
  group_name: arg.required(),
  tenantid: arg.id(),
  min_did: arg.count(),
  max_did: arg.count(),
};

const groupSuccess = z.object({ success: z.string().regex(/^DID Group ID: \d+$/), id: z.number().int() }).strict();

const masterDecision = {
  question: '`server` "Always must be set to 1."',
  choice: 'Any other value is refused with an error, in and out of Tenant Mode.',
};

const rangeDecision = {
  question: 'What makes a DID group valid?',
  choice:
    '`tenantid` must be an existing tenant (not Master in Tenant Mode); `min_did` ≤ `max_did`; group names are unique. Ranges of different groups may overlap (the document says nothing against it).',
};

export const didgroupContracts = [
  pbxOperation({
    action: 'pbxware.didgroup.list',
    summary: 'List DID groups (keyed by group ID)',
    kind: 'read',
    doc: [doc('4793-4808')],
    request: args({}),
    response: keyedList(didgroupListItem),
  }),
  pbxOperation({
    action: 'pbxware.didgroup.add',
    summary: 'Add a DID group',
    kind: 'write',
    doc: [doc('4810-4843')],
    request: args({ server: arg.id(), ...groupFields }),
    response: groupSuccess,
    errors: ['serverMustBeMaster', 'tenantNotFound', 'masterTenant', 'duplicate'],
    decisions: [masterDecision, rangeDecision],
  }),
  pbxOperation({
    action: 'pbxware.didgroup.edit',
    summary: 'Edit a DID group (partial update)',
    kind: 'write',
    doc: [doc('4845-4864')],
    request: args({
      server: arg.id(),
      id: arg.id(),
      group_name: groupFields.group_name.optional(),
      tenantid: arg.optionalId(),
      min_did: groupFields.min_did.optional(),
      max_did: groupFields.max_did.optional(),
    }),
    response: groupSuccess,
    errors: ['serverMustBeMaster', 'notFound', 'tenantNotFound', 'masterTenant', 'duplicate', 'inUse'],
    decisions: [
      masterDecision,
      rangeDecision,
      { question: 'Moving a group that DIDs use to another tenant.', choice: 'Refused while DIDs of the old tenant are in the group.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.didgroup.delete',
    summary: 'Delete a DID group',
    kind: 'write',
    doc: [doc('4866-4884')],
    request: args({ id: arg.id(), server: arg.id() }),
    response: z.object({ success: z.string().regex(/^Deleted DID Group ID \d+ successfully\.$/) }).strict(),
    errors: ['serverMustBeMaster', 'notFound', 'inUse'],
    decisions: [
      masterDecision,
      { question: 'Deleting a DID group DIDs still name in `groupid`.', choice: 'Refused with an error while any DID is in the group (pbxware.md §7 A19).' },
    ],
  }),
];
