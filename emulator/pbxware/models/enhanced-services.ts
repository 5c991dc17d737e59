import type { z } from 'zod';
import type {
  CallFwdCondition,
  EnhancedService,
  OscState,
  ServiceState,
  blfListConfiguration,
  callFiltersConfiguration,
  callFwdConfiguration,
  dndConfiguration,
  followMeConfiguration,
  groupHuntConfiguration,
  mobileNumbersConfiguration,
  phoneCallbackConfiguration,
  remoteAccessConfiguration,
  speedDialConfiguration,
} from '../../../contracts/pbxware/ext-es.ts';
import { CALLFWD_CONDITIONS } from '../../../contracts/pbxware/ext-es.ts';
import type { VendorState } from '../../core/store.ts';

/**
 * Enhanced services of one extension (doc 1953-3010), keyed by Extension ID: the state and OSC state
 * of each of the 25 services, and the configuration of the 14 configurable ones. Absent entries read
 * as their defaults: state `no`, OSC `no` (pbxware.md §7 A21), configurations empty in their shape.
 */
export interface EnhancedServicesRecord {
  states: Partial<Record<EnhancedService, ServiceState>>;
  osc: Partial<Record<EnhancedService, OscState>>;
  config: Partial<StoredConfigs>;
}

export interface TrunkCallerId {
  trunk: string;
  callerid: string;
  /** One of PRIVACIES (`tprivacies` 0-4 by name). */
  privacy: string;
}

export interface AllowedCallerId {
  callerid: string;
  label: string;
  /** The short code (`acodes`); kept although the configuration does not show it. */
  code: string;
}

/** Caller ID as stored: its configuration view is assembled from this (doc 2135-2170). */
export interface CallerIdStored {
  callerid: string;
  emergency_callerid: string;
  trunks: TrunkCallerId[];
  allowed: AllowedCallerId[];
}

/** Call screening as stored: `suspends` kept as one 0/1 flag per destination, shown as `{"i": "on"}`. */
export interface CallScreeningStored {
  timeout: string;
  dopts: string;
  dtype: string;
  replacecid: string;
  preamble: string;
  greeting: string;
  pausebeforerec: string;
  recordlen: string;
  greetingwithname: string;
  lastd: string;
  voicemail: string;
  destinations: string[];
  delays: string[];
  suspends: string[];
}

/** Stored configurations; where nothing is hidden the stored form is the configuration shape itself. */
export interface StoredConfigs {
  callerid: CallerIdStored;
  callfilters: z.infer<typeof callFiltersConfiguration>;
  callscreening: CallScreeningStored;
  dnd: z.infer<typeof dndConfiguration>;
  callfwd: z.infer<typeof callFwdConfiguration>;
  followme: z.infer<typeof followMeConfiguration>;
  instrecord: { silent: string; emailrec: string };
  remoteaccess: z.infer<typeof remoteAccessConfiguration>;
  phonecallback: z.infer<typeof phoneCallbackConfiguration>;
  grouphunt: z.infer<typeof groupHuntConfiguration>;
  mobilenumbers: z.infer<typeof mobileNumbersConfiguration>;
  /** `quiet` is written by `sppage.edit` but not shown by the configuration sample (doc 2757-2781). */
  sppage: { extensions: string[]; quiet: string };
  blflist: z.infer<typeof blfListConfiguration>;
  speeddial: z.infer<typeof speedDialConfiguration>;
}

export type ConfigurableService = keyof StoredConfigs;

const perCondition = (): Record<CallFwdCondition, string[]> =>
  Object.fromEntries(CALLFWD_CONDITIONS.map((c) => [c, []])) as unknown as Record<CallFwdCondition, string[]>;

/** Configurations of an extension nobody has edited: empty values in the documented shapes, keys in sample order. */
export const DEFAULT_CONFIGS: { [S in ConfigurableService]: () => StoredConfigs[S] } = {
  callerid: () => ({ callerid: '', emergency_callerid: '', trunks: [], allowed: [] }),
  callfilters: () => ({ telemarketer: '0', callers: [], dtypes: [], destinations: [] }),
  callscreening: () => ({
    timeout: '',
    dopts: '',
    dtype: '',
    replacecid: '',
    preamble: '',
    greeting: '',
    pausebeforerec: '',
    recordlen: '',
    greetingwithname: '0',
    lastd: '',
    voicemail: '0',
    destinations: [],
    delays: [],
    suspends: [],
  }),
  dnd: () => ({ dnd: '0', dst: '', dsttype: '', duration: '' }),
  callfwd: () => ({ play: '0', cid: '0', enabled: [], destinations: perCondition(), timeouts: perCondition() }),
  followme: () => ({ destinations: [], timeouts: [], dopts: '', lastd: '', voicemail: '0', confirm_calls: '0' }),
  instrecord: () => ({ silent: '0', emailrec: '0' }),
  remoteaccess: () => ({ callerids: [], pins: [], pid: '', require_pin: '0', timeout: '', dial_opts: '' }),
  phonecallback: () => ({ callerids: [], numbers: [] }),
  grouphunt: () => ({ destinations: [], delays: [], suspends: [], dopts: '', lastd: '', timeout: '', voicemail: '0', confirmcalls: '0' }),
  mobilenumbers: () => ({ mobiles: [], labels: [] }),
  sppage: () => ({ extensions: [], quiet: '0' }),
  blflist: () => ({ exts: [], labels: [], blfs: [], blf_start: 1, blf_cleanup: 0, cart_only: 0 }),
  speeddial: () => ({ codes: [], names: [], destinations: [] }),
};

export const enhancedServices = (state: VendorState) => state.table<EnhancedServicesRecord>('enhanced_services');

function recordOf(state: VendorState, extensionId: string): EnhancedServicesRecord {
  return enhancedServices(state).get(extensionId) ?? { states: {}, osc: {}, config: {} };
}

export function serviceStateOf(state: VendorState, extensionId: string, service: EnhancedService): ServiceState {
  return recordOf(state, extensionId).states[service] ?? 'no';
}

export function oscStateOf(state: VendorState, extensionId: string, service: EnhancedService): OscState {
  return recordOf(state, extensionId).osc[service] ?? 'no';
}

/** Writes several service states (or OSC states) at once. */
export function writeStates(
  state: VendorState,
  extensionId: string,
  which: 'states' | 'osc',
  values: Partial<Record<EnhancedService, ServiceState>>,
): void {
  const record = recordOf(state, extensionId);
  enhancedServices(state).set(extensionId, { ...record, [which]: { ...record[which], ...values } });
}

export function configOf<S extends ConfigurableService>(state: VendorState, extensionId: string, service: S): StoredConfigs[S] {
  const stored = recordOf(state, extensionId).config[service] as StoredConfigs[S] | undefined;
  return structuredClone(stored ?? DEFAULT_CONFIGS[service]());
}

export function writeConfig<S extends ConfigurableService>(state: VendorState, extensionId: string, service: S, value: StoredConfigs[S]): void {
  const record = recordOf(state, extensionId);
  enhancedServices(state).set(extensionId, { ...record, config: { ...record.config, [service]: value } });
}

/** Forgets everything about an extension's enhanced services (for an extension that is gone). */
export function dropEnhancedServices(state: VendorState, extensionId: string): void {
  enhancedServices(state).delete(extensionId);
}
