import type { VendorState } from '../../core/store.ts';

/**
 * Call-rating (billing) state of an extension (doc 1594-1951), keyed by Extension ID. The billing
 * *settings* (service plan, credit limit, limits…) are `ext.add`/`ext.edit` arguments and live in the
 * extension's `settings`; this table holds what the balance calls and the call rater change.
 */
export interface BillingEntry {
  /** When the entry was made (ms since epoch, emulator clock). */
  at: number;
  refno: string;
  notes: string;
  /** Signed amount as sent: `"5"` for a credit, `"-5"` for a debit (doc 1921-1937). */
  amount: string;
  type: 'credit' | 'debit';
}

export interface ExtBillingRecord {
  /** Tenant of the extension, so a tenant delete sweeps this row too (models/tenant.ts deleteTenantCascade). */
  server: string;
  /** Account balance in units of 0.00001 (amounts are shown with five decimals). */
  balance: number;
  inclusive_minutes_spent: number;
  inclusive_messages_spent: number;
  history: BillingEntry[];
}

export const extBilling = (state: VendorState) => state.table<ExtBillingRecord>('ext_billing');

export function billingOf(state: VendorState, extension: { id: string; server: string }): ExtBillingRecord {
  return (
    extBilling(state).get(extension.id) ?? {
      server: extension.server,
      balance: 0,
      inclusive_minutes_spent: 0,
      inclusive_messages_spent: 0,
      history: [],
    }
  );
}

const SCALE = 100_000;

/** `"12.5"` → 1250000 (units of 0.00001); undefined for anything that is not a decimal number. */
export function toMoneyUnits(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+(\.\d+)?$/.test(value.trim())) return undefined;
  return Math.round(Number(value) * SCALE);
}

/** 1250000 → `"12.50000"`, the five-decimal form the samples print (doc 1700-1760). */
export function formatMoney(units: number): string {
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  return `${sign}${Math.floor(abs / SCALE)}.${String(abs % SCALE).padStart(5, '0')}`;
}
