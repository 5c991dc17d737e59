import { z } from 'zod';
import type { OperationContract } from '../core/index.ts';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { successOnly } from './shapes.ts';
import { doc } from './source.ts';

/**
 * The destinations that have Operation Times, as they appear in the action names
 * (`pbxware.otimes.<kind>.list|set`, doc 6429-6471), with what the document calls them.
 */
export const OTIMES_KINDS = {
  did: 'DIDs',
  ivr: 'IVRs',
  dial_group: 'Dial Groups',
  servers: 'Server/Tenants',
  routes: 'Routes',
  queues: 'Queues',
  erg: 'Enhanced Ring Groups',
} as const;
export type OtimesKind = keyof typeof OTIMES_KINDS;

/**
 * The repeated (`name[]=…`) arguments of `otimes.*.set`, per setting list, in the order of the fields
 * the list reads back (doc 6699-6755 → 6600-6651).
 */
export const OTIMES_LISTS = {
  closed_dates: {
    description: 'closed_dates_desc',
    destination: 'closed_dates_dest',
    date_from: 'closed_dates_date_from',
    date_to: 'closed_dates_date_to',
    time_from: 'closed_dates_time_from',
    time_to: 'closed_dates_time_to',
  },
  custom_destinations: {
    destination: 'custom_destinations_dest',
    is_open_range: 'custom_destinations_is_open',
    days: 'custom_destinations_days',
    time_from: 'custom_destinations_time_from',
    time_to: 'custom_destinations_time_to',
  },
  open_days: {
    description: 'open_days_desc',
    days: 'open_days',
    time_from: 'open_days_time_from',
    time_to: 'open_days_time_to',
  },
} as const;

const repeatedArgs = Object.fromEntries(
  Object.values(OTIMES_LISTS).flatMap((fields) => Object.values(fields).map((name) => [`${name}[]`, arg.repeated()])),
);

const closedDate = z
  .object({
    description: z.string(),
    destination: z.string(),
    date_from: z.string(),
    date_to: z.string(),
    time_from: z.string(),
    time_to: z.string(),
  })
  .strict();
const customDestination = z
  .object({
    destination: z.string(),
    is_open_range: z.enum(['yes', 'no']),
    days: z.string(),
    time_from: z.string(),
    time_to: z.string(),
  })
  .strict();
const openDay = z.object({ description: z.string(), days: z.string(), time_from: z.string(), time_to: z.string() }).strict();

/** The state of one destination's Operation Times (doc 6518-6651). */
export const otimesState = z
  .object({
    status: z.string(),
    greeting: z.string(),
    default_dest_ext: z.string(),
    default_dest_is_vm: z.enum(['yes', 'no']),
    // `pin` is written for Routes only (doc 6689) and read back there only.
    pin: z.string().optional(),
    closed_dates: z.array(closedDate),
    custom_destinations: z.array(customDestination),
    open_days: z.array(openDay),
  })
  .strict();

const identify = {
  id: arg.optionalId(),
  number: arg.optionalId(),
  ext: arg.optional(),
  server: arg.optionalId(),
};

/** How each kind finds its destination, as the emulator decides it (doc 6495-6516 leaves it open). */
const IDENTIFY_DECISION: Record<OtimesKind, string> = {
  did: '`id` (DID ID) or `ext` (the DID number, "used for DIDs"); the DID must exist (and belong to `server` when given).',
  ivr: '`id` (IVR ID) or `number` (IVR number, with `server`); the IVR must exist (and belong to `server` when given).',
  erg: '`id` (ERG ID) or `number` (ERG number, with `server`); the ERG must exist (and belong to `server` when given).',
  servers: '`id` (Tenant ID), or `server` alone; the tenant must exist. Tenants are the "Server/Tenants" destinations.',
  routes: '`id` (Route ID, as `route.list` keys it); checked against the route table when the emulator has one.',
  queues:
    '`number` (queue number, "used for example with Queues") or `id`, with `server` in Tenant Mode. The API has no queue object, so any number is accepted and its state kept per tenant.',
  dial_group: '`id` (Dial Group ID). The API has no dial group object, so any ID is accepted.',
};

const sharedDecisions = [
  {
    question: 'State of a destination whose Operation Times were never set.',
    choice: 'status "off", empty greeting and default destination, `default_dest_is_vm` "no", and empty lists.',
  },
  {
    question: '`status` is documented as "On, Off, Inherit" but the sample shows "on".',
    choice: 'Accepted in any case and stored (and listed) in lower case: on, off, inherit.',
  },
];

function otimesContractsFor(kind: OtimesKind): OperationContract[] {
  const name = OTIMES_KINDS[kind];
  return [
    pbxOperation({
      action: `pbxware.otimes.${kind}.list`,
      summary: `Operation Times state of one of the ${name}`,
      kind: 'read',
      doc: [doc('6477-6481'), doc('6487-6652')],
      request: args(identify),
      response: z.record(z.string().regex(/^\d+$/), otimesState),
      errors: ['notFound', 'tenantNotFound'],
      decisions: [
        { question: `Which request fields select one of the ${name}?`, choice: IDENTIFY_DECISION[kind] },
        {
          question: 'Key of the answer.',
          choice: 'The destination ID (the queue number for queues found by `number`), wrapping the state as in the sample.',
        },
        ...sharedDecisions,
      ],
    }),
    pbxOperation({
      action: `pbxware.otimes.${kind}.set`,
      summary: `Set (replace) the Operation Times state of one of the ${name}`,
      kind: 'write',
      doc: [doc('6473-6475', 'a state: set replaces the entire state'), doc('6483-6485'), doc('6654-6769')],
      request: args({
        ...identify,
        status: z.string().regex(/^(on|off|inherit)$/i, 'must be on, off or inherit').optional(),
        greeting: arg.optional(),
        pin: arg.digits(),
        default_dest_ext: arg.digits(),
        default_dest_is_vm: z.enum(['yes', 'no', '1', '0'], { error: 'must be yes or no' }).optional(),
        ...repeatedArgs,
      }),
      response: successOnly,
      errors: ['notFound', 'tenantNotFound', 'sizeMismatch', 'invalidDate'],
      decisions: [
        { question: `Which request fields select one of the ${name}?`, choice: IDENTIFY_DECISION[kind] },
        {
          question: 'What does `set` keep of the earlier state?',
          choice:
            'Nothing: "set the entire state of the destination Operation Times" (doc 6475). Fields and lists not sent take their defaults.',
        },
        {
          question: 'Repeated lists of different lengths (e.g. two `open_days[]` but one `open_days_time_to[]`).',
          choice: 'Refused: the lists of one setting are "Ordered" and must match in size.',
        },
        {
          question: 'Formats of the list values.',
          choice:
            'Dates yyyy-mm-dd ("it is important that dates follow the yyyy-mm-dd format", doc 6759) with from ≤ to; times hh:mm (as the sample, 6610-6650); days a comma list of 0-7; `custom_destinations_is_open[]` yes/no (or 1/0). `open_days_desc[ ]` written with a space, as the doc example does, is read as `open_days_desc[]`.',
        },
        {
          question: '`pin` ("used for Routes Operation Times only").',
          choice: 'Kept and read back for routes only; ignored for the other destinations.',
        },
        ...sharedDecisions,
      ],
    }),
  ];
}

export const otimesContracts: OperationContract[] = (Object.keys(OTIMES_KINDS) as OtimesKind[]).flatMap(otimesContractsFor);
