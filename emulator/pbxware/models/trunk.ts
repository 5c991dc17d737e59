import type { VendorState } from '../../core/store.ts';

/**
 * A trunk. `server` is the tenant it was added under (trunks are system-wide in Tenant Mode, doc 3243);
 * `status` is the code `trunk.configuration` shows ("1" active, "0" not active, "2" suspended);
 * `codecs`/`ptimes` are parallel lists read back as `allow: ["ulaw,20", …]` (doc 3516-3521, 3636).
 */
export interface TrunkRecord {
  name: string;
  server: string;
  provider_id: string;
  status: '1' | '0' | '2';
  codecs: string[];
  ptimes: string[];
  /** Every other write argument as sent (`type`, `host`, `username`, …), by its write name. */
  options: Record<string, string>;
}

export const trunks = (state: VendorState) => state.table<TrunkRecord>('trunks');

/** The provider list of `trunk.providers` (doc 3680-3705): name → id and kind. */
export const TRUNK_PROVIDERS: ReadonlyArray<{ id: string; name: string; kind: 'pstn' | 'voip' }> = [
  { id: '12', name: 'Generic Analog', kind: 'pstn' },
  { id: '13', name: 'Generic T1', kind: 'pstn' },
  { id: '14', name: 'Generic E1', kind: 'pstn' },
  { id: '17', name: 'Sangoma', kind: 'pstn' },
  { id: '19', name: 'Xorcom', kind: 'pstn' },
  { id: '20', name: 'Generic SIP', kind: 'voip' },
];

export function trunkProvider(id: string) {
  return TRUNK_PROVIDERS.find((p) => p.id === id);
}

/** `zaptel` for PSTN cards, as the list sample pairs provider 12 with it (doc 3273-3279); `sip` otherwise. */
export function trunkProtocol(record: TrunkRecord): string {
  return trunkProvider(record.provider_id)?.kind === 'pstn' ? 'zaptel' : 'sip';
}
