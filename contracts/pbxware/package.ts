import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, successNumericId, successStringId } from './shapes.ts';
import { doc } from './source.ts';

/** Fields of a tenant package as `package.configuration` reads them back (doc 6797-6872). */
export const packageConfiguration = z
  .object({
    name: z.string(),
    service_plan: z.string(),
    allowed_service_plans: z.string(),
    ext: z.string(),
    voicemail: z.string(),
    queues: z.string(),
    ivr: z.string(),
    cf: z.string(),
    rgroups: z.string(),
    hot_desking: z.string(),
    restrict_splans: z.string(),
    call_recordings: z.string(),
    monitoring: z.string(),
    call_screening: z.string(),
  })
  .strict();

/**
 * `package.add` arguments (doc 6907-6972). The write names differ from the read names
 * (`extensions`→`ext`, `voicemails`→`voicemail`, `cfs`→`cf`, `ivrs`→`ivr`; quirk `package-write-read-names`).
 */
const packageFields = {
  name: arg.required(),
  restrict_splans: arg.optionalFlag(),
  allowed_service_plans: arg.optional(),
  service_plan: arg.optional(),
  call_recordings: arg.flag(),
  monitoring: arg.flag(),
  call_screening: arg.flag(),
  extensions: arg.count(),
  voicemails: arg.count(),
  queues: arg.count(),
  cfs: arg.count(),
  rgroups: arg.count(),
  hot_desking: arg.count(),
  ivrs: arg.count(),
};

export const packageContracts = [
  pbxOperation({
    action: 'pbxware.package.configuration',
    summary: 'Tenant package configuration',
    kind: 'read',
    doc: [doc('6795-6872')],
    request: args({ id: arg.id() }),
    response: z.record(z.string().regex(/^\d+$/), packageConfiguration),
    errors: ['notFound'],
  }),
  pbxOperation({
    action: 'pbxware.package.list',
    summary: 'List tenant packages (id → name)',
    kind: 'read',
    doc: [doc('6874-6905')],
    request: args({}),
    response: keyedList(z.string()),
    tags: ['map-to-scalar'],
  }),
  pbxOperation({
    action: 'pbxware.package.add',
    summary: 'Add a tenant package',
    kind: 'write',
    doc: [doc('6907-6972')],
    request: args(packageFields),
    response: successNumericId,
    errors: ['duplicate'],
    decisions: [
      {
        question: '`call_recordings`, `monitoring`, `call_screening` are described as "Country ID", "Area Code", "National Code" (copy errors).',
        choice: 'Treated as 0/1 flags, as package.configuration reads them back ("1").',
      },
      {
        question: '`restrict_splans` is "required if billing is turned on in license".',
        choice: 'Optional (the emulator licenses no billing); `allowed_service_plans` required when restrict_splans=1.',
      },
      { question: 'Are package names unique?', choice: 'Yes: a second package with the same name is refused.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.package.edit',
    summary: 'Edit a tenant package (partial update)',
    kind: 'write',
    doc: [doc('6974-6996')],
    request: args({
      server: arg.id(),
      id: arg.id(),
      ...Object.fromEntries(Object.entries(packageFields).map(([k, v]) => [k, v.optional()])),
    }),
    response: successNumericId,
    errors: ['notFound', 'serverMustBeMaster', 'duplicate'],
  }),
  pbxOperation({
    action: 'pbxware.package.delete',
    summary: 'Delete a tenant package',
    kind: 'write',
    doc: [doc('6998-7017')],
    request: args({ server: arg.id(), id: arg.id() }),
    response: successStringId,
    errors: ['notFound', 'serverMustBeMaster', 'inUse'],
    decisions: [{ question: 'Deleting a package tenants still use.', choice: 'Refused with an error while any tenant references it.' }],
  }),
];
