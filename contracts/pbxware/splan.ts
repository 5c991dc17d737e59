import { z } from 'zod';
import { arg, args } from './args.ts';
import { pbxOperation } from './operation.ts';
import { keyedList, namedList, numericString, successNumericId } from './shapes.ts';
import { doc } from './source.ts';

const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/);

/** A service plan as `splan.list` shows it (doc 8440-8451): strings, except `inclusive_inbound`. */
export const servicePlanItem = z
  .object({
    name: z.string(),
    tbd: numericString,
    min_charge: decimalString,
    connection_charge: decimalString,
    inclusive: numericString,
    inclusive_inbound: z.number().int(),
    grace_period: numericString,
    billing: z.string(),
    call_rating: z.string(),
  })
  .strict();

/** One rate of `splan.rates` (doc 8506-8527). */
export const servicePlanRate = z
  .object({
    inbound: decimalString,
    outbound: decimalString,
    inclusives: numericString,
    billing: z.string(),
    call_rating: z.string(),
    min_charge: decimalString,
    connection_charge: decimalString,
  })
  .strict();

/** Keys of `splan.rates`: "splan:route:dgroup" (doc 8473). */
const rateKey = z.string().regex(/^\d+:\d+:\d+$/);

/** An SMS rate of one SMS trunk (doc 8592-8603): prices are JSON numbers, `inclusive_messages` a string. */
export const smsRateItem = z
  .object({
    trunk_name: z.string(),
    national_sms: z.number(),
    international_sms: z.number(),
    national_mms: z.number(),
    international_mms: z.number(),
    inclusive_messages: z.enum(['0', '1', '']),
  })
  .strict();

const price = () => arg.decimal().optional();

export const splanContracts = [
  pbxOperation({
    action: 'pbxware.splan.list',
    summary: 'List service plans',
    kind: 'read',
    doc: [doc('8395-8453')],
    request: args({}),
    response: keyedList(servicePlanItem),
    decisions: [
      {
        question: 'The list is said to be keyed by "the Trunk ID" (doc 8397, a copy error).',
        choice: 'Keyed by Service Plan ID, which is what `splan.rates` `id` takes.',
      },
      {
        question: '`billing` is deprecated in favour of `call_rating`.',
        choice: 'Both are answered and always hold the same value, as in the sample.',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.splan.rates',
    summary: 'List the rates of a service plan, keyed "splan:route:dgroup" (grouped by TBD value when the plan has TBD)',
    kind: 'read',
    doc: [doc('8455-8560')],
    request: args({ id: arg.id(), route: arg.optionalId(), dgroup: arg.optionalId() }),
    response: namedList(z.union([servicePlanRate, z.record(numericString, servicePlanRate)])).superRefine((value, ctx) => {
      if (Array.isArray(value)) return;
      for (const key of Object.keys(value)) {
        if (!rateKey.safeParse(key).success) ctx.addIssue({ code: 'custom', message: `key "${key}" is not splan:route:dgroup` });
      }
    }),
    errors: ['notFound'],
    tags: ['composite-keys'],
    decisions: [
      {
        question: 'When is the TBD sub-object used?',
        choice:
          'When the plan\'s `tbd` is not "0" (sample "Response (tbd=1)"): each rate is nested under its TBD value (`{"1:135:1": {"70": {…}}}`); otherwise the rate is the value itself.',
      },
      {
        question: '`dgroup` "Only if `route` is supplied" (doc 8467-8471).',
        choice: '`dgroup` without `route` is refused with an error.',
      },
      { question: 'An unknown service plan id.', choice: 'Error.' },
      { question: 'Filters that match nothing.', choice: '`[]`.' },
    ],
  }),
  pbxOperation({
    action: 'pbxware.splan.sms_rates.list',
    summary: 'List the SMS rates of a service plan for every SMS trunk',
    kind: 'read',
    doc: [doc('8562-8605')],
    request: args({ id: arg.id() }),
    response: keyedList(smsRateItem),
    errors: ['notFound'],
    decisions: [
      {
        question: 'No argument is documented although the list is "for all trunks on given Service Plan" (pbxware.md §7 A33).',
        choice: '`id` (Service Plan ID) is required, by analogy with `splan.sms_rates.edit`.',
      },
      {
        question: 'SMS trunks whose rates were never set.',
        choice: 'Listed with every price 0 and `inclusive_messages` "" ("Not Set").',
      },
    ],
  }),
  pbxOperation({
    action: 'pbxware.splan.sms_rates.edit',
    summary: 'Edit the SMS rates of one SMS trunk in a service plan (partial update)',
    kind: 'write',
    doc: [doc('8607-8648')],
    request: args({
      id: arg.id(),
      trunk_id: arg.id(),
      national_sms: price(),
      international_sms: price(),
      national_mms: price(),
      international_mms: price(),
      inclusive_messages: z.enum(['0', '1', ''], { error: 'must be 1, 0 or empty' }).optional(),
    }),
    response: successNumericId,
    errors: ['notFound', 'referenceMissing'],
    decisions: [
      { question: 'Arguments not sent.', choice: 'Keep their current value (partial update).' },
      { question: 'Which id is answered?', choice: 'The SMS Trunk ID, as a number ("together with the Trunk ID", doc 8639).' },
    ],
  }),
];
