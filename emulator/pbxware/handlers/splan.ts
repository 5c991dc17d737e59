import { fail, type PbxHandlers } from '../call.ts';
import { routeFilter } from '../models/destination.ts';
import { servicePlanRates, servicePlans, smsRateKey, smsRates, smsTrunks, type SmsRateRecord } from '../models/splan.ts';
import { keyed } from '../views.ts';

const NOT_SET: SmsRateRecord = {
  national_sms: 0,
  international_sms: 0,
  national_mms: 0,
  international_mms: 0,
  inclusive_messages: '',
};

const PRICE_FIELDS = ['national_sms', 'international_sms', 'national_mms', 'international_mms'] as const;

function servicePlan(state: Parameters<typeof servicePlans>[0], id: string) {
  const plan = servicePlans(state).get(id);
  if (!plan) fail('notFound', `Service Plan ID ${id} not found.`);
  return plan;
}

function smsTrunkName(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export const splanHandlers: PbxHandlers = {
  'pbxware.splan.list': ({ context }) =>
    keyed(servicePlans(context.state).entries(), (p) => ({
      name: p.name,
      tbd: p.tbd,
      min_charge: p.min_charge,
      connection_charge: p.connection_charge,
      inclusive: p.inclusive,
      inclusive_inbound: p.inclusive_inbound,
      grace_period: p.grace_period,
      // `billing` is the deprecated name of `call_rating` (doc 8429-8433).
      billing: p.call_rating,
      call_rating: p.call_rating,
    })),

  'pbxware.splan.rates': ({ args, context }) => {
    const plan = servicePlan(context.state, args.id);
    const matches = routeFilter(args);
    const out: Record<string, unknown> = {};
    for (const [, rate] of servicePlanRates(context.state).filter((r) => r.splan === args.id && matches(r))) {
      const key = `${rate.splan}:${rate.route}:${rate.dgroup}`;
      const view = {
        inbound: rate.inbound,
        outbound: rate.outbound,
        inclusives: rate.inclusives,
        billing: rate.call_rating,
        call_rating: rate.call_rating,
        min_charge: rate.min_charge,
        connection_charge: rate.connection_charge,
      };
      // "If TBD exists, a subarray is created with TBD value as the key" (doc 8473, 8531-8560).
      if (plan.tbd !== '0') out[key] = { ...(out[key] as object | undefined), [rate.tbd]: view };
      else out[key] = view;
    }
    return Object.keys(out).length > 0 ? out : [];
  },

  'pbxware.splan.sms_rates.list': ({ args, context }) => {
    servicePlan(context.state, args.id);
    return keyed(smsTrunks(context.state).entries(), (trunk, trunkId) => ({
      trunk_name: smsTrunkName(trunk?.name),
      ...(smsRates(context.state).get(smsRateKey(args.id, trunkId)) ?? NOT_SET),
    }));
  },

  'pbxware.splan.sms_rates.edit': ({ args, context }) => {
    servicePlan(context.state, args.id);
    if (!smsTrunks(context.state).has(args.trunk_id)) fail('referenceMissing', `SMS Trunk ID ${args.trunk_id} does not exist.`);
    const key = smsRateKey(args.id, args.trunk_id);
    const next: SmsRateRecord = { ...(smsRates(context.state).get(key) ?? NOT_SET) };
    for (const field of PRICE_FIELDS) if (args[field] !== undefined) next[field] = Number(args[field]);
    if (args.inclusive_messages !== undefined) next.inclusive_messages = args.inclusive_messages;
    smsRates(context.state).set(key, next);
    return { success: `Trunk ID: ${args.trunk_id}`, id: Number(args.trunk_id) };
  },
};
