import {
  ANONYMOUS_DTYPES,
  CALLER_DTYPES,
  CALLFWD_CONDITIONS,
  PRIVACIES,
  type CallFwdCondition,
} from '../../../contracts/pbxware/ext-es.ts';
import type { PackContext } from '../../core/pack.ts';
import { fail } from '../call.ts';
import type { ConfigurableService, StoredConfigs } from '../models/enhanced-services.ts';
import { keyed } from '../views.ts';

/**
 * How each configurable enhanced service is edited and read back (doc 2123-2896). An editor computes
 * the next stored configuration from the stored one and the arguments, validating everything first
 * (it never writes); `view` renders the stored form as the `configuration` sample shows it.
 */
export interface ServiceEditor<S extends ConfigurableService> {
  apply(stored: StoredConfigs[S], args: EditArgs, context: PackContext): StoredConfigs[S];
  view(stored: StoredConfigs[S], context: PackContext): unknown;
}

type EditArgs = Record<string, string | undefined>;

/** One list of a record group: the argument that writes it and the list currently stored. */
interface GroupList {
  arg: string;
  raw: string | undefined;
  stored: string[];
}

/**
 * Resolves lists that together define records (the doc's "must match in size" lists): a sent list
 * replaces the stored one, an omitted one stays as stored. An empty argument is an empty list unless
 * the other lists hold exactly one record, where it is that record's empty item (the `""` destination
 * of the call-filters sample, doc 2233-2236). Refuses lists of different sizes (sizeMismatch).
 */
export function resolveRecordLists(lists: GroupList[], separator: ',' | ':' = ','): string[][] {
  const split = (raw: string) => raw.split(separator).map((item) => item.trim());
  const resolved = lists.map((l) => (l.raw === undefined ? l.stored : split(l.raw)));
  const blank = (list: string[]) => list.length === 1 && list[0] === '';
  const sized = resolved.filter((list) => !blank(list));
  const size = sized.length > 0 ? sized[0].length : 0;
  const final = resolved.map((list) => (blank(list) && size !== 1 ? [] : list));
  const sent = lists.some((l) => l.raw !== undefined);
  if (sent && final.some((list) => list.length !== final[0].length)) {
    const sizes = lists.map((l, i) => `${l.arg} (${final[i].length})`).join(', ');
    fail('sizeMismatch', `Lists must match in size: ${sizes}.`);
  }
  return final;
}

/** A list that stands alone (e.g. the speakerphone-page extensions): an empty argument is an empty list. */
function singleList(raw: string): string[] {
  return raw === '' ? [] : raw.split(',').map((item) => item.trim());
}

interface RecordEditorSpec<S extends ConfigurableService> {
  /** Lists that define records together: `[argument, stored key]` (they must match in size). */
  records?: Array<[arg: string, key: keyof StoredConfigs[S] & string]>;
  /** A list that stands alone: `[argument, stored key]`. */
  list?: [arg: string, key: keyof StoredConfigs[S] & string];
  /** Scalar arguments: argument → stored key (edit and read names differ for some, doc 2601-2627). */
  scalars?: Record<string, keyof StoredConfigs[S] & string>;
  /** Stored-value conversions, by stored key (the BLF list stores integers, doc 2785-2807). */
  convert?: Partial<Record<keyof StoredConfigs[S] & string, (value: string) => unknown>>;
  /** Content rules checked on the complete next configuration, before anything is written. */
  check?(next: StoredConfigs[S]): void;
  /** Runs once the edit is accepted (e.g. gives a record its id). */
  accepted?(next: StoredConfigs[S], context: PackContext): void;
  view?(stored: StoredConfigs[S]): unknown;
}

/** The common editor: record-group lists, a standalone list and scalars, copied under their stored names. */
function recordEditor<S extends ConfigurableService>(spec: RecordEditorSpec<S>): ServiceEditor<S> {
  return {
    apply(stored, args, context) {
      const next = structuredClone(stored) as Record<string, unknown>;
      const convert = (key: string, value: string) => {
        const conversion = (spec.convert as Record<string, ((v: string) => unknown) | undefined> | undefined)?.[key];
        return conversion ? conversion(value) : value;
      };
      if (spec.records) {
        const lists = spec.records.map(([arg, key]) => ({ arg, raw: args[arg], stored: (next[key] as unknown[]).map(String) }));
        const resolved = resolveRecordLists(lists);
        spec.records.forEach(([, key], i) => (next[key] = resolved[i].map((v) => convert(key, v))));
      }
      if (spec.list) {
        const [arg, key] = spec.list;
        const raw = args[arg];
        if (raw !== undefined) next[key] = singleList(raw).map((v) => convert(key, v));
      }
      for (const [arg, key] of Object.entries(spec.scalars ?? {})) {
        const raw = args[arg];
        if (raw !== undefined) next[key] = convert(key, raw.trim());
      }
      const result = next as StoredConfigs[S];
      spec.check?.(result);
      spec.accepted?.(result, context);
      return result;
    },
    view: (stored) => (spec.view ? spec.view(stored) : stored),
  };
}

/** `tprivacies` codes (doc 2186-2188): 0 ⇒ anonymous … 4 ⇒ none. */
const privacyName = (code: string) => PRIVACIES[Number(code)];

function refuseDuplicates(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) fail('duplicate', `${what} '${v}' is listed twice.`);
    seen.add(v);
  }
}

/** Caller ID (doc 2135-2214; KB 208-230): colon lists in two record groups. */
const callerIdEditor: ServiceEditor<'callerid'> = {
  apply(stored, args) {
    const next = structuredClone(stored);
    next.callerid = args.callerid!.trim();
    const emergency = args.emergencycid ?? args.emergencyid;
    if (emergency !== undefined) next.emergency_callerid = emergency.trim();

    if (args.trunks !== undefined || args.tcallerids !== undefined || args.tprivacies !== undefined) {
      const storedPrivacy = new Map(stored.trunks.map((t) => [t.trunk, t.privacy]));
      const lists: GroupList[] = [
        { arg: 'trunks', raw: args.trunks, stored: stored.trunks.map((t) => t.trunk) },
        { arg: 'tcallerids', raw: args.tcallerids, stored: stored.trunks.map((t) => t.callerid) },
      ];
      if (args.tprivacies !== undefined) lists.push({ arg: 'tprivacies', raw: args.tprivacies, stored: [] });
      const [trunks, callerids, privacies] = resolveRecordLists(lists, ':');
      if (trunks.some((t) => t === '')) fail('invalidArgument', 'Invalid argument trunks: a trunk name is empty.');
      refuseDuplicates(trunks, 'Trunk');
      next.trunks = trunks.map((trunk, i) => ({
        trunk,
        callerid: callerids[i],
        privacy: privacies ? privacyName(privacies[i]) : (storedPrivacy.get(trunk) ?? 'none'),
      }));
    }

    if (args.anums !== undefined || args.alabels !== undefined || args.acodes !== undefined) {
      const storedCode = new Map(stored.allowed.map((a) => [a.callerid, a.code]));
      const lists: GroupList[] = [
        { arg: 'anums', raw: args.anums, stored: stored.allowed.map((a) => a.callerid) },
        { arg: 'alabels', raw: args.alabels, stored: stored.allowed.map((a) => a.label) },
      ];
      if (args.acodes !== undefined) lists.push({ arg: 'acodes', raw: args.acodes, stored: [] });
      const [anums, labels, codes] = resolveRecordLists(lists, ':');
      if (anums.some((a) => a === '')) fail('invalidArgument', 'Invalid argument anums: a caller ID is empty.');
      refuseDuplicates(anums, 'Allowed caller ID');
      next.allowed = anums.map((callerid, i) => ({
        callerid,
        label: labels[i],
        code: codes ? codes[i] : (storedCode.get(callerid) ?? ''),
      }));
    }
    return next;
  },
  /** Keys in the order of the non tenant mode sample (doc 2150-2168); optional keys only once set. */
  view(stored) {
    const out: Record<string, unknown> = { callerid: stored.callerid };
    if (stored.emergency_callerid !== '') out.emergency_callerid = stored.emergency_callerid;
    for (const t of stored.trunks) {
      out[`callerid:${t.trunk}`] = t.callerid;
      out[`callerid:${t.trunk}:privacy`] = t.privacy;
    }
    if (stored.allowed.length > 0) {
      out.allowed_callerids = keyed(
        stored.allowed.map((a, i): [string, typeof a] => [String(i + 1), a]),
        (a) => ({ callerid: a.callerid, label: a.label }),
      );
    }
    return out;
  },
};

/** Call forwarding (doc 2402-2498): per condition, destinations and timeouts match in size. */
const CALLFWD_ARGS: Record<CallFwdCondition, { dests: string; timeouts: string }> = {
  unconditional: { dests: 'uncond_dests', timeouts: 'uncond_timeouts' },
  busy: { dests: 'busy_dests', timeouts: 'busy_timeouts' },
  'no answer': { dests: 'noansw_dests', timeouts: 'noansw_timeouts' },
  'line unavailable': { dests: 'unavail_dests', timeouts: 'unavail_timeouts' },
};

const callFwdEditor: ServiceEditor<'callfwd'> = {
  apply(stored, args) {
    const next = structuredClone(stored);
    if (args.enabled !== undefined) next.enabled = [...new Set(singleList(args.enabled).filter((c) => c !== ''))];
    for (const condition of CALLFWD_CONDITIONS) {
      const names = CALLFWD_ARGS[condition];
      const [dests, timeouts] = resolveRecordLists([
        { arg: names.dests, raw: args[names.dests], stored: stored.destinations[condition] },
        { arg: names.timeouts, raw: args[names.timeouts], stored: stored.timeouts[condition] },
      ]);
      next.destinations[condition] = dests;
      next.timeouts[condition] = timeouts;
    }
    if (args.play !== undefined) next.play = args.play;
    if (args.cid !== undefined) next.cid = args.cid;
    return next;
  },
  view: (stored) => stored,
};

const toInt = (value: string) => Number.parseInt(value, 10);

export const CONFIG_EDITORS: { [S in ConfigurableService]: ServiceEditor<S> } = {
  callerid: callerIdEditor,

  /** doc 2240-2256: callers start with `anonymous`; two dtype vocabularies. */
  callfilters: recordEditor<'callfilters'>({
    records: [
      ['callers', 'callers'],
      ['dtypes', 'dtypes'],
      ['destinations', 'destinations'],
    ],
    check(next) {
      if (next.callers[0] !== 'anonymous') fail('invalidArgument', 'Invalid argument callers: the list must start with anonymous.');
      next.callers.forEach((caller, i) => {
        const dtype = next.dtypes[i];
        if (i > 0 && (caller === '' || caller === 'anonymous')) {
          fail('invalidArgument', `Invalid argument callers: '${caller}' is not a caller number.`);
        }
        const allowed: readonly string[] = i === 0 ? ANONYMOUS_DTYPES : CALLER_DTYPES;
        if (!allowed.includes(dtype)) {
          fail('invalidArgument', `Invalid argument dtypes: '${dtype}' for ${caller} must be one of ${allowed.join('|')}.`);
        }
      });
    },
  }),

  callscreening: recordEditor<'callscreening'>({
    records: [
      ['destinations', 'destinations'],
      ['delays', 'delays'],
      ['suspends', 'suspends'],
    ],
    scalars: {
      recordlen: 'recordlen',
      timeout: 'timeout',
      dopts: 'dopts',
      dtypes: 'dtype',
      replacecid: 'replacecid',
      preamble: 'preamble',
      greeting: 'greeting',
      pausebeforerec: 'pausebeforerec',
      greetingwithname: 'greetingwithname',
      lastd: 'lastd',
      voicemail: 'voicemail',
    },
    /** `suspends` reads back keyed by list index, "on" for each suspended entry (doc 2292-2299). */
    view: (stored) => ({
      ...stored,
      suspends: keyed(
        stored.suspends.flatMap((flag, i): Array<[string, 'on']> => (flag === '1' ? [[String(i), 'on']] : [])),
        (on) => on,
      ),
    }),
  }),

  dnd: recordEditor<'dnd'>({ scalars: { dnd: 'dnd', dst: 'dst', dsttype: 'dsttype', duration: 'duration' } }),

  callfwd: callFwdEditor,

  followme: recordEditor<'followme'>({
    records: [
      ['destinations', 'destinations'],
      ['timeouts', 'timeouts'],
    ],
    scalars: { dopts: 'dopts', lastd: 'lastd', voicemail: 'voicemail', confirm_calls: 'confirm_calls' },
  }),

  instrecord: recordEditor<'instrecord'>({ scalars: { silent: 'silent', emailrec: 'emailrec' } }),

  remoteaccess: recordEditor<'remoteaccess'>({
    records: [
      ['callerids', 'callerids'],
      ['pins', 'pins'],
    ],
    scalars: { requirepin: 'require_pin', timeout: 'timeout', dopts: 'dial_opts' },
    accepted(next, context) {
      if (next.pid === '') next.pid = String(context.state.nextId('es-remoteaccess'));
    },
  }),

  phonecallback: recordEditor<'phonecallback'>({
    records: [
      ['callerids', 'callerids'],
      ['numbers', 'numbers'],
    ],
  }),

  grouphunt: recordEditor<'grouphunt'>({
    records: [
      ['destinations', 'destinations'],
      ['delays', 'delays'],
      ['suspends', 'suspends'],
    ],
    scalars: { timeout: 'timeout', dopts: 'dopts', lastd: 'lastd', voicemail: 'voicemail', confirmcalls: 'confirmcalls' },
  }),

  mobilenumbers: recordEditor<'mobilenumbers'>({
    records: [
      ['mobiles', 'mobiles'],
      ['labels', 'labels'],
    ],
  }),

  sppage: recordEditor<'sppage'>({
    list: ['extensions', 'extensions'],
    scalars: { quiet: 'quiet' },
    view: (stored) => ({ extensions: stored.extensions }),
  }),

  blflist: recordEditor<'blflist'>({
    records: [
      ['exts', 'exts'],
      ['labels', 'labels'],
      ['blfs', 'blfs'],
    ],
    scalars: { blf_start: 'blf_start', blf_cleanup: 'blf_cleanup', cart_only: 'cart_only' },
    convert: { blfs: toInt, blf_start: toInt, blf_cleanup: toInt, cart_only: toInt },
  }),

  speeddial: recordEditor<'speeddial'>({
    records: [
      ['codes', 'codes'],
      ['names', 'names'],
      ['destinations', 'destinations'],
    ],
    check(next) {
      if (next.codes.some((c) => c === '')) fail('invalidArgument', 'Invalid argument codes: a speed-dial code is empty.');
      refuseDuplicates(next.codes, 'Speed-dial code');
    },
  }),
};

/**
 * `extoperationtimes.configuration` (KB 200-202, undocumented answer): the operation-times item shape
 * of `otimes.*.list` (doc 6487-6652), with nothing configured.
 */
export function extOperationTimesView() {
  return {
    status: 'off',
    greeting: '',
    default_dest_ext: '',
    default_dest_is_vm: 'no',
    closed_dates: [],
    custom_destinations: [],
    open_days: [],
  };
}
