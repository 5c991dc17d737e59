import { z } from 'zod';
import { MAX_ARG_LENGTH, arg, args } from './args.ts';

/**
 * The 25 extension enhanced services, in the order of the document's list (doc 1967-2071). Each one
 * is both a method family (`pbxware.ext.es.<service>.set` …) and an argument name of `states.set`.
 */
export const ENHANCED_SERVICES = [
  'callerid',
  'callfilters',
  'callscreening',
  'dnd',
  'callpickup',
  'lastcaller',
  'callfwd',
  'followme',
  'instrecord',
  'remoteaccess',
  'phonecallback',
  'grouphunt',
  'mobilenumbers',
  'sppage',
  'blflist',
  'speeddial',
  'delrecordings',
  'listenrecordings',
  'operationtimes',
  'extoperationtimes',
  'callmonitoring',
  'wakeupcall',
  'opwakeupcall',
  'sppagegroups',
  'smsnotifications',
] as const;

export type EnhancedService = (typeof ENHANCED_SERVICES)[number];

/** Human names as the document lists them (doc 1967-2071), for summaries. */
export const SERVICE_TITLES: Record<EnhancedService, string> = {
  callerid: 'Caller ID',
  callfilters: 'Call Filters & Blocking',
  callscreening: 'Call Screening',
  dnd: 'Do Not Disturb',
  callpickup: 'Call Pickup',
  lastcaller: 'Last Caller',
  callfwd: 'Call Forwarding',
  followme: 'Follow Me',
  instrecord: 'Instant Recording',
  remoteaccess: 'Remote Access',
  phonecallback: 'Phone Callback',
  grouphunt: 'Group Hunt',
  mobilenumbers: 'Mobile Numbers',
  sppage: 'Speakerphone Page',
  blflist: 'BLF List',
  speeddial: 'Speed Dial',
  delrecordings: 'Delete Recordings',
  listenrecordings: 'Listen to Recordings',
  operationtimes: 'System Operation Times',
  extoperationtimes: 'Extension Operation Times',
  callmonitoring: 'Call Monitoring',
  wakeupcall: 'Wake-up Call',
  opwakeupcall: 'Operator Wake-up Call',
  sppagegroups: 'Speakerphone Page Groups',
  smsnotifications: 'SMS Notifications',
};

/**
 * The key order of the `states.get` / `states.get_osc` samples (doc 2930-2958, 2978-3006), which is
 * not the order of the service list; `services=all` answers in this order.
 */
export const STATES_SAMPLE_ORDER: readonly EnhancedService[] = [
  'callerid',
  'callpickup',
  'lastcaller',
  'extoperationtimes',
  'callfilters',
  'dnd',
  'callscreening',
  'callfwd',
  'grouphunt',
  'mobilenumbers',
  'sppage',
  'sppagegroups',
  'blflist',
  'speeddial',
  'instrecord',
  'delrecordings',
  'listenrecordings',
  'remoteaccess',
  'callmonitoring',
  'phonecallback',
  'operationtimes',
  'wakeupcall',
  'opwakeupcall',
  'smsnotifications',
  'followme',
];

/** `set` takes `yes`, `no` or `pin` (doc 2073-2075); OSC only `yes` or `no` (doc 2098-2100). */
export const SERVICE_STATES = ['yes', 'no', 'pin'] as const;
export const OSC_STATES = ['yes', 'no'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];
export type OscState = (typeof OSC_STATES)[number];

export const serviceState = z.enum(SERVICE_STATES);
export const oscState = z.enum(OSC_STATES);

/** "In order to access any extension enhanced service, one has to specify: `id` … `server`" (doc 1955-1966). */
export const extensionSelector = { id: arg.id(), server: arg.id() };

/** Arguments of an enhanced-service action: the extension selector plus the action's own. */
export function esArgs<T extends z.ZodRawShape>(shape: T) {
  return args({ ...extensionSelector, ...shape });
}

const LIST_SEPARATORS = { ',': ',', ':': ':' } as const;

/**
 * A list argument ("Comma separated list of …") whose items match `item` (a regex source). Spaces
 * around items are tolerated. The empty string is allowed: it is an empty list (or one empty item
 * where the partner lists hold exactly one record, as in the call-filters sample's `""` destination).
 */
export function listArg(item: string, separator: keyof typeof LIST_SEPARATORS = ',') {
  const sep = LIST_SEPARATORS[separator];
  const one = `\\s*(?:${item})\\s*`;
  return z
    .string()
    .max(MAX_ARG_LENGTH, `is longer than ${MAX_ARG_LENGTH} characters`)
    .regex(new RegExp(`^${one}(?:${sep}${one})*$`), `must be a "${sep}" separated list`);
}

/** Regex sources of list items. */
export const ITEM = {
  any: '[^,]*',
  anyColon: '[^:]*',
  /** "numbers only" (doc 2254, 2388): digits, or empty where the sample shows `""`. */
  digitsOrEmpty: '\\d*',
  /** Phone numbers / destinations: digits with an optional leading `+`, `*` or `#` codes. */
  number: '[+]?[0-9*#]*',
  flag: '[01]',
};
