import type { VendorState } from '../../core/store.ts';

/**
 * A DID as `did.add` writes it (doc 4422-4576), stored under the names `did.list` reads back
 * (`did`→`number`, `did_2`→`number2`, `disabled`→`status`; doc 4401-4418). `destination` is stored
 * decoded (`%2B123` → `+123`, doc 4476-4480).
 */
export interface DidRecord {
  server: string;
  trunk: string;
  name: string;
  number: string;
  number2: string;
  groupid: string;
  dest_type: string;
  destination: string;
  e164: string;
  e164_2: string;
  disabled: '0' | '1';
  sms_enabled: '0' | '1';
  prioritize_clirouting: '0' | '1';
  /** The other optional settings (`callerid`, `splan`, `greeting`, …) as sent. */
  settings: Record<string, string>;
}

/** A CLI route of a DID (doc 4623-4771). `did` is the DID ID it belongs to. */
export interface CliRouteRecord {
  did: string;
  server: string;
  callerid: string;
  dest_type: string;
  destination: string;
  matchexplicitly: '0' | '1';
}

export const dids = (state: VendorState) => state.table<DidRecord>('dids');
export const cliRoutes = (state: VendorState) => state.table<CliRouteRecord>('did_cliroutes');

/** The numbers a DID covers, as an inclusive range (`did`…`did_2`, or the one number). */
export function didRange(record: Pick<DidRecord, 'number' | 'number2'>): [bigint, bigint] {
  const from = BigInt(record.number.replace(/^\+/, ''));
  const to = record.number2 === '' ? from : BigInt(record.number2.replace(/^\+/, ''));
  return from <= to ? [from, to] : [to, from];
}

/** The DID (other than `selfId`) whose numbers overlap `record`'s, if any: DID numbers are unique system-wide. */
export function overlappingDid(
  state: VendorState,
  record: Pick<DidRecord, 'number' | 'number2'>,
  selfId?: string,
): [string, DidRecord] | undefined {
  const [from, to] = didRange(record);
  return dids(state).find((other, id) => {
    if (id === selfId) return false;
    const [otherFrom, otherTo] = didRange(other);
    return from <= otherTo && otherFrom <= to;
  });
}
