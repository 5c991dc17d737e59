import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/** An outbound route pattern as getOutboundRoute answers it (doc 2592-2599). */
export interface PatternRow {
  allow: string | null;
  match: string;
  strip_prefix: string | null;
}

/** A failover trunk (doc 2626-2628). */
export interface FailoverRow {
  failover_prepend: string | null;
  failover_strip: number;
  failover_trunk_index: number;
  failover_trunk_sequence: number;
}

/** An outbound route: the Table F fields (keyed by outbound_rt_index) plus its patterns and failover trunks. */
export type OutboundRouteRow = Record<string, unknown> & {
  outbound_rt_index: number;
  outbound_rt_name: string;
  default_trunk_index: number;
  pin_sets_id: string | null;
  members: string | null;
  pattern: PatternRow[];
  failover: FailoverRow[];
};

/** An inbound route: the Table G fields (keyed by inbound_rt_index), its DID destination flags and time conditions. */
export type InboundRouteRow = Record<string, unknown> & {
  inbound_rt_index: number;
  trunk_index: number;
  did_pattern_match: string;
  did_destination: Record<string, 'yes' | 'no'>;
  multi_mode: unknown[];
  time_condition: Array<Record<string, unknown>>;
};

export const OUTBOUND_ROUTE_SEQUENCE = 'outbound_rt_index';
export const INBOUND_ROUTE_SEQUENCE = 'inbound_rt_index';

export const outboundRoutes = (state: VendorState) => state.table<OutboundRouteRow>(TABLES.outboundRoutes);
export const inboundRoutes = (state: VendorState) => state.table<InboundRouteRow>(TABLES.inboundRoutes);
