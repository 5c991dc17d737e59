import type { VendorState } from '../../core/store.ts';

/** A service plan (doc 8395-8453). `billing` mirrors `call_rating` (deprecated alias). */
export interface ServicePlanRecord {
  name: string;
  /** "0" or the plan has time-based rates: `splan.rates` then nests each rate under its TBD value. */
  tbd: string;
  min_charge: string;
  connection_charge: string;
  inclusive: string;
  inclusive_inbound: number;
  grace_period: string;
  call_rating: string;
}

/** One rate of a plan for a route and destination group (doc 8455-8560). */
export interface ServicePlanRateRecord {
  splan: string;
  route: string;
  dgroup: string;
  /** The TBD value the rate is nested under when the plan has TBD ('' otherwise). */
  tbd: string;
  inbound: string;
  outbound: string;
  inclusives: string;
  call_rating: string;
  min_charge: string;
  connection_charge: string;
}

/** SMS rates of one SMS trunk in one plan (doc 8562-8648); keyed `<splan>:<trunk>`. */
export interface SmsRateRecord {
  national_sms: number;
  international_sms: number;
  national_mms: number;
  international_mms: number;
  inclusive_messages: '0' | '1' | '';
}

export const servicePlans = (state: VendorState) => state.table<ServicePlanRecord>('splans');
export const servicePlanRates = (state: VendorState) => state.table<ServicePlanRateRecord>('splan_rates');
export const smsRates = (state: VendorState) => state.table<SmsRateRecord>('splan_sms_rates');
export const smsRateKey = (splan: string, trunk: string) => `${splan}:${trunk}`;

/**
 * SMS trunks belong to the `sms` section (table `sms_trunks`); only their name is read here, and
 * defensively, since that section defines the record.
 */
export const smsTrunks = (state: VendorState) => state.table<{ name?: unknown }>('sms_trunks');
