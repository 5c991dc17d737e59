import { z } from 'zod';
import type { Decision, DocRef } from '../core/index.ts';
import { arg } from './args.ts';
import type { PbxwareErrorId } from './errors.ts';
import { pbxOperation } from './operation.ts';
import { successOnly } from './shapes.ts';
import { doc, kb } from './source.ts';
import { ITEM, SERVICE_TITLES, esArgs, listArg, type EnhancedService } from './ext-es-services.ts';

/**
 * `configuration` and `edit` of the 14 enhanced services that have them (doc 2123-2896): the
 * configuration shapes exactly as the samples show them (unwrapped objects, string scalars, string
 * arrays; BLF list integers), and the edit arguments as documented.
 */

const strings = z.array(z.string());

export const callerIdAllowedEntry = z.object({ callerid: z.string(), label: z.string() }).strict();

/** Per-trunk keys of non tenant mode: `callerid:<Trunk>` and `callerid:<Trunk>:privacy` (doc 2148-2168). */
export const TRUNK_CALLERID_KEY = /^callerid:[^:]+(:privacy)?$/;
export const PRIVACIES = ['anonymous', 'anonymous_id', 'anonymous_number', 'anonymous_number_id', 'none'] as const;

export const callerIdConfiguration = z
  .looseObject({
    callerid: z.string(),
    emergency_callerid: z.string().optional(),
    allowed_callerids: z.union([z.record(z.string().regex(/^\d+$/), callerIdAllowedEntry), z.tuple([])]).optional(),
  })
  .superRefine((value, ctx) => {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'callerid' || key === 'emergency_callerid' || key === 'allowed_callerids') continue;
      if (!TRUNK_CALLERID_KEY.test(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'unexpected key (only callerid:<Trunk>[:privacy] may be added)' });
      } else if (typeof v !== 'string') {
        ctx.addIssue({ code: 'custom', path: [key], message: 'per-trunk caller ID values are strings' });
      } else if (key.endsWith(':privacy') && !(PRIVACIES as readonly string[]).includes(v)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `privacy must be one of ${PRIVACIES.join(', ')}` });
      }
    }
  });

export const ANONYMOUS_DTYPES = ['do_nothing', 'call forward', 'privacy manager', 'always busy', 'voicemail', 'not in service', 'ring tone'] as const;
export const CALLER_DTYPES = ['call forward number', 'no answer', 'busy', 'voicemail', 'not in service', 'ring tone'] as const;

export const callFiltersConfiguration = z
  .object({ telemarketer: z.string(), callers: strings, dtypes: strings, destinations: strings })
  .strict();

export const callScreeningConfiguration = z
  .object({
    timeout: z.string(),
    dopts: z.string(),
    dtype: z.string(),
    replacecid: z.string(),
    preamble: z.string(),
    greeting: z.string(),
    pausebeforerec: z.string(),
    recordlen: z.string(),
    greetingwithname: z.string(),
    lastd: z.string(),
    voicemail: z.string(),
    destinations: strings,
    delays: strings,
    /** Keyed by list index, `"on"` for suspended entries (doc 2292-2299); `[]` when none. */
    suspends: z.union([z.record(z.string().regex(/^\d+$/), z.literal('on')), z.tuple([])]),
  })
  .strict();

export const dndConfiguration = z.object({ dnd: z.string(), dst: z.string(), dsttype: z.string(), duration: z.string() }).strict();

/** Call-forward conditions; the keys contain spaces (doc 2412-2446). */
export const CALLFWD_CONDITIONS = ['unconditional', 'busy', 'no answer', 'line unavailable'] as const;
export type CallFwdCondition = (typeof CALLFWD_CONDITIONS)[number];
const perCondition = z.object({ unconditional: strings, busy: strings, 'no answer': strings, 'line unavailable': strings }).strict();

export const callFwdConfiguration = z
  .object({ play: z.string(), cid: z.string(), enabled: strings, destinations: perCondition, timeouts: perCondition })
  .strict();

export const followMeConfiguration = z
  .object({ destinations: strings, timeouts: strings, dopts: z.string(), lastd: z.string(), voicemail: z.string(), confirm_calls: z.string() })
  .strict();

/** Documented twice: with `emailrec` (doc 2557-2566) and without (doc 2880-2888). */
export const instRecordConfiguration = z.object({ silent: z.string(), emailrec: z.string().optional() }).strict();

export const remoteAccessConfiguration = z
  .object({ callerids: strings, pins: strings, pid: z.string(), require_pin: z.string(), timeout: z.string(), dial_opts: z.string() })
  .strict();

export const phoneCallbackConfiguration = z.object({ callerids: strings, numbers: strings }).strict();

export const groupHuntConfiguration = z
  .object({
    destinations: strings,
    delays: strings,
    suspends: strings,
    dopts: z.string(),
    lastd: z.string(),
    timeout: z.string(),
    voicemail: z.string(),
    confirmcalls: z.string(),
  })
  .strict();

export const mobileNumbersConfiguration = z.object({ mobiles: strings, labels: strings }).strict();

export const spPageConfiguration = z.object({ extensions: strings }).strict();

/** `blfs`, `blf_start`, `blf_cleanup` and `cart_only` are integers in the sample (doc 2785-2807). */
export const blfListConfiguration = z
  .object({
    exts: strings,
    labels: strings,
    blfs: z.array(z.number().int()),
    blf_start: z.number().int(),
    blf_cleanup: z.number().int(),
    cart_only: z.number().int(),
  })
  .strict();

export const speedDialConfiguration = z.object({ codes: strings, names: strings, destinations: strings }).strict();

/**
 * `extoperationtimes.configuration` appears only as a KB URL (KB 200-202); its answer is undocumented.
 * The emulator answers the operation-times item shape of `otimes.*.list` (doc 6487-6652), unwrapped.
 */
export const extOperationTimesConfiguration = z.looseObject({});

/** Success of every `edit`: undocumented (pbxware.md §7 A31); the emulator's own text. */
export const EDIT_SUCCESS = 'Updated Enhanced Service configuration successfully.';

const EDIT_SUCCESS_DECISION: Decision = {
  question: 'The success answer of `edit` is not documented.',
  choice: `{"success": "${EDIT_SUCCESS}"} (pbxware.md §7 A31); read the configuration back to verify.`,
};

const PARTIAL_EDIT_DECISION: Decision = {
  question: 'Which settings does an edit change?',
  choice:
    'Only the arguments sent (partial update, pbxware.md §7 A20); a list argument replaces the stored list wholesale. Lists that together define records must end up the same size; an omitted partner list is taken as stored.',
};

const EMPTY_ITEM_DECISION: Decision = {
  question: 'How is an empty list sent, and an empty item (the sample destination `""`, doc 2233-2236)?',
  choice: 'An empty argument is an empty list, except where the partner lists hold exactly one record: then it is that record\'s empty item.',
};

interface ConfigurableSpec {
  service: EnhancedService;
  configuration: { lines: string; response: z.ZodType; decisions?: Decision[]; also?: DocRef[] };
  edit: { lines: string; args: z.ZodRawShape; errors?: PbxwareErrorId[]; decisions?: Decision[]; also?: DocRef[] };
}

const flag = arg.optionalFlag;
const text = arg.optional;
const digits = arg.digits;

/** One entry per service: its documented configuration shape and edit arguments. */
export const CONFIGURABLE_SERVICES: ConfigurableSpec[] = [
  {
    service: 'callerid',
    configuration: {
      lines: '2135-2170',
      response: callerIdConfiguration,
      also: [kb('172-174')],
      decisions: [
        {
          question: 'Which keys does the configuration carry in Tenant Mode (sample: `callerid` only) and non tenant mode (all keys)?',
          choice:
            '`callerid` always; `emergency_callerid`, the `callerid:<Trunk>` / `callerid:<Trunk>:privacy` pairs and `allowed_callerids` (keyed "1", "2", … in list order) only once they have been set, in either mode.',
        },
        {
          question: '`acodes` (short codes) are written but the sample\'s allowed-caller-ID entries show only `callerid` and `label`.',
          choice: 'Codes are kept but not read back: entries are `{"callerid", "label"}` exactly as the sample.',
        },
      ],
    },
    edit: {
      lines: '2172-2214',
      also: [kb('208-230')],
      args: {
        callerid: arg.required(),
        trunks: listArg(ITEM.anyColon, ':').optional(),
        tcallerids: listArg(ITEM.anyColon, ':').optional(),
        tprivacies: listArg('[0-4]', ':').optional(),
        emergencycid: text(),
        emergencyid: text(),
        anums: listArg(ITEM.anyColon, ':').optional(),
        alabels: listArg(ITEM.anyColon, ':').optional(),
        acodes: listArg(ITEM.anyColon, ':').optional(),
      },
      errors: ['sizeMismatch', 'duplicate'],
      decisions: [
        {
          question: 'Separator of `tcallerids`, `anums`, `alabels`, `acodes` (the doc names a colon for `trunks` and `tprivacies` only).',
          choice: 'Colon for all of them, as the KB example sends them (KB 210).',
        },
        {
          question: '"trunks and tcallerids and anums and alabels must match in size" (doc 2214): one size for all four?',
          choice:
            'Two record groups: `trunks`/`tcallerids` (and `tprivacies` when sent) must match each other, and `anums`/`alabels` (and `acodes` when sent) must match each other; otherwise sizeMismatch and nothing changes.',
        },
        {
          question: 'Per-trunk caller IDs are a non tenant mode feature (doc 2144-2146).',
          choice: 'Accepted in either mode; trunk names are not checked against the trunk list. An omitted `tprivacies` keeps a trunk\'s stored privacy, else `none`.',
        },
        { question: 'The KB names the emergency argument `emergencyid` (KB 215) but sends `emergencycid` (KB 210).', choice: 'Both are accepted; `emergencycid` wins when both are sent.' },
        { question: 'The same trunk or allowed caller ID listed twice.', choice: 'Refused (duplicate): each is one key / entry.' },
      ],
    },
  },
  {
    service: 'callfilters',
    configuration: { lines: '2218-2238', response: callFiltersConfiguration, also: [kb('180-182')] },
    edit: {
      lines: '2240-2256',
      args: {
        callers: listArg(ITEM.any),
        dtypes: listArg(ITEM.any),
        destinations: listArg(ITEM.digitsOrEmpty),
      },
      errors: ['sizeMismatch'],
      decisions: [
        {
          question: '"This list must start with `anonymous`" and the two `dtypes` vocabularies (doc 2244-2252).',
          choice: 'Enforced: `callers` must start with `anonymous`, its dtype from the anonymous list, every other dtype from the callers list; anything else is invalidArgument.',
        },
        { question: '`telemarketer` has no edit argument.', choice: 'Read-only, "0".' },
      ],
    },
  },
  {
    service: 'callscreening',
    configuration: {
      lines: '2260-2299',
      response: callScreeningConfiguration,
      decisions: [{ question: '`suspends` with no suspended entry.', choice: '`[]` (PHP json_encode of an empty array).' }],
    },
    edit: {
      lines: '2301-2363',
      args: {
        destinations: listArg(ITEM.any),
        delays: listArg(ITEM.digitsOrEmpty),
        suspends: listArg(ITEM.flag),
        recordlen: arg.count(),
        timeout: digits(),
        dopts: text(),
        dtypes: flag(),
        replacecid: text(),
        preamble: text(),
        greeting: text(),
        pausebeforerec: digits(),
        greetingwithname: text(),
        lastd: text(),
        voicemail: flag(),
      },
      errors: ['sizeMismatch'],
      decisions: [
        { question: 'Edit argument `dtypes` vs configuration key `dtype`.', choice: '`dtypes` (0 or 1) is stored and read back as `dtype`.' },
        {
          question: 'No size rule is stated for `destinations`, `delays`, `suspends`.',
          choice: 'They define one record per destination like Group Hunt, so they must match in size (sizeMismatch otherwise). `suspends` 0/1 per record reads back as `{"<index>": "on"}`.',
        },
      ],
    },
  },
  {
    service: 'dnd',
    configuration: { lines: '2367-2378', response: dndConfiguration, also: [kb('185-187')] },
    edit: {
      lines: '2380-2398',
      args: {
        dnd: arg.oneOf(['0', '1', '2']).optional(),
        dst: digits(),
        dsttype: arg.oneOf(['voicemail', 'call forward']).optional(),
        duration: digits(),
      },
      decisions: [{ question: 'No DND argument is marked required.', choice: 'All optional; the DND configuration is independent of the `dnd` service state.' }],
    },
  },
  {
    service: 'callfwd',
    configuration: {
      lines: '2402-2448',
      response: callFwdConfiguration,
      also: [kb('190-192')],
      decisions: [{ question: 'The sample JSON is malformed at 2434-2446.', choice: 'Read as `timeouts` holding the same four condition keys as `destinations`.' }],
    },
    edit: {
      lines: '2450-2498',
      args: {
        enabled: listArg('unconditional|busy|no answer|line unavailable|').optional(),
        uncond_dests: listArg(ITEM.any).optional(),
        busy_dests: listArg(ITEM.any).optional(),
        noansw_dests: listArg(ITEM.any).optional(),
        unavail_dests: listArg(ITEM.any).optional(),
        uncond_timeouts: listArg(ITEM.digitsOrEmpty).optional(),
        busy_timeouts: listArg(ITEM.digitsOrEmpty).optional(),
        noansw_timeouts: listArg(ITEM.digitsOrEmpty).optional(),
        unavail_timeouts: listArg(ITEM.digitsOrEmpty).optional(),
        play: flag(),
        cid: flag(),
      },
      errors: ['sizeMismatch'],
      decisions: [
        {
          question: '"dests, timeouts and dtypes lists must mach in size" (doc 2498), but there is no `dtypes` argument.',
          choice: 'Per condition, its destinations and timeouts must match in size (an omitted one is taken as stored); sizeMismatch otherwise.',
        },
      ],
    },
  },
  {
    service: 'followme',
    configuration: { lines: '2502-2523', response: followMeConfiguration },
    edit: {
      lines: '2525-2553',
      args: {
        destinations: listArg(ITEM.any),
        timeouts: listArg(ITEM.digitsOrEmpty),
        dopts: text(),
        lastd: text(),
        voicemail: flag(),
        confirm_calls: flag(),
      },
      errors: ['sizeMismatch'],
    },
  },
  {
    service: 'instrecord',
    configuration: {
      lines: '2557-2566',
      response: instRecordConfiguration,
      also: [doc('2880-2888', 'second, shorter section: `silent` only')],
      decisions: [{ question: 'Instant Recording is documented twice, with and without `emailrec`.', choice: 'The configuration answers both `silent` and `emailrec` (the fuller first section).' }],
    },
    edit: {
      lines: '2568-2578',
      also: [doc('2890-2896', 'second section: `silent` only')],
      args: { silent: arg.flag(), emailrec: flag() },
      decisions: [
        { question: '`emailrec` is required in the first section (doc 2575-2577) and absent from the second (doc 2890-2896).', choice: '`silent` required, `emailrec` optional, so both documented calls work.' },
      ],
    },
  },
  {
    service: 'remoteaccess',
    configuration: {
      lines: '2582-2603',
      response: remoteAccessConfiguration,
      decisions: [{ question: 'What is `pid` ("3" in the sample)?', choice: 'The id of the remote-access record, given on its first edit; `""` before. Read-only.' }],
    },
    edit: {
      lines: '2605-2627',
      args: {
        callerids: listArg(ITEM.number),
        pins: listArg(ITEM.flag),
        requirepin: arg.flag(),
        timeout: digits(),
        dopts: text(),
      },
      errors: ['sizeMismatch'],
      decisions: [
        { question: 'Edit names `requirepin`/`dopts` vs configuration names `require_pin`/`dial_opts`.', choice: 'Written under the edit names, read back under the configuration names.' },
        { question: '`pins` ("yes or no 1 or 0") belong to the caller IDs.', choice: 'One per caller ID: the lists must match in size (sizeMismatch otherwise).' },
      ],
    },
  },
  {
    service: 'phonecallback',
    configuration: { lines: '2631-2646', response: phoneCallbackConfiguration },
    edit: {
      lines: '2648-2658',
      args: { callerids: listArg(ITEM.number), numbers: listArg(ITEM.number) },
      errors: ['sizeMismatch'],
      decisions: [{ question: 'No size rule is stated for `callerids` and `numbers`.', choice: 'They pair up (two and two in the sample): must match in size.' }],
    },
  },
  {
    service: 'grouphunt',
    configuration: { lines: '2662-2692', response: groupHuntConfiguration },
    edit: {
      lines: '2694-2728',
      args: {
        destinations: listArg(ITEM.any),
        delays: listArg(ITEM.digitsOrEmpty),
        suspends: listArg(ITEM.flag),
        timeout: digits(),
        dopts: text(),
        lastd: text(),
        voicemail: flag(),
        confirmcalls: flag(),
      },
      errors: ['sizeMismatch'],
      decisions: [{ question: 'No size rule is stated for `destinations`, `delays`, `suspends`.', choice: 'One record per destination (four of each in the sample): must match in size.' }],
    },
  },
  {
    service: 'mobilenumbers',
    configuration: { lines: '2732-2741', response: mobileNumbersConfiguration },
    edit: {
      lines: '2743-2753',
      args: { mobiles: listArg(ITEM.number), labels: listArg(ITEM.any) },
      errors: ['sizeMismatch'],
      decisions: [{ question: 'No size rule is stated for `mobiles` and `labels`.', choice: 'One label per mobile: must match in size.' }],
    },
  },
  {
    service: 'sppage',
    configuration: {
      lines: '2757-2769',
      response: spPageConfiguration,
      decisions: [{ question: '`quiet` is an edit argument but not in the configuration sample.', choice: 'Kept but not read back: the configuration is `{"extensions": […]}` as the sample.' }],
    },
    edit: {
      lines: '2771-2781',
      args: { extensions: listArg('\\d*').optional(), quiet: flag() },
      decisions: [{ question: 'Must the paged extensions exist?', choice: 'No reference check (numbers only), as for every enhanced-service destination list.' }],
    },
  },
  {
    service: 'blflist',
    configuration: { lines: '2785-2807', response: blfListConfiguration, also: [kb('195-197')] },
    edit: {
      lines: '2809-2835',
      args: {
        exts: listArg(ITEM.any).optional(),
        labels: listArg(ITEM.any).optional(),
        blfs: listArg(ITEM.flag).optional(),
        blf_start: arg.optional().pipe(z.string().regex(/^\d{1,2}$/, 'must be a number of at most 2 digits').optional()),
        blf_cleanup: flag(),
        cart_only: flag(),
      },
      errors: ['sizeMismatch'],
      decisions: [
        { question: 'No size rule is stated for `exts`, `labels`, `blfs`.', choice: 'One label and BLF flag per extension: must match in size (an omitted list is taken as stored).' },
        { question: '`blfs` values ("list of BLFs").', choice: '0 or 1 per extension, read back as integers like the sample `[1, 0]`.' },
      ],
    },
  },
  {
    service: 'speeddial',
    configuration: { lines: '2839-2858', response: speedDialConfiguration },
    edit: {
      lines: '2860-2876',
      args: { codes: listArg('[0-9*#]*'), names: listArg(ITEM.any), destinations: listArg(ITEM.any) },
      errors: ['sizeMismatch', 'duplicate'],
      decisions: [{ question: 'The same speed-dial code twice.', choice: 'Refused (duplicate): a code dials one destination.' }],
    },
  },
];

const SHARED_EDIT_DECISIONS = [EDIT_SUCCESS_DECISION, PARTIAL_EDIT_DECISION, EMPTY_ITEM_DECISION];
const SELECTOR_ERRORS: PbxwareErrorId[] = ['notFound', 'tenantNotFound', 'masterTenant'];

export const extEsConfigContracts = [
  ...CONFIGURABLE_SERVICES.flatMap(({ service, configuration, edit }) => [
    pbxOperation({
      action: `pbxware.ext.es.${service}.configuration`,
      summary: `${SERVICE_TITLES[service]} - read the enhanced service configuration of an extension`,
      kind: 'read',
      doc: [doc(configuration.lines), ...(configuration.also ?? [])],
      request: esArgs({}),
      response: configuration.response,
      errors: SELECTOR_ERRORS,
      decisions: configuration.decisions,
      tags: ['enhanced-service'],
    }),
    pbxOperation({
      action: `pbxware.ext.es.${service}.edit`,
      summary: `${SERVICE_TITLES[service]} - set the enhanced service configuration of an extension`,
      kind: 'write',
      doc: [doc(edit.lines), ...(edit.also ?? [])],
      request: esArgs(edit.args),
      response: successOnly,
      errors: [...SELECTOR_ERRORS, ...(edit.errors ?? [])],
      decisions: [...SHARED_EDIT_DECISIONS, ...(edit.decisions ?? [])],
      tags: ['enhanced-service'],
    }),
  ]),
  pbxOperation({
    action: 'pbxware.ext.es.extoperationtimes.configuration',
    summary: 'Extension Operation Times - read configuration (named by the KB only)',
    kind: 'read',
    doc: [kb('200-202'), doc('2047-2049', '`extoperationtimes` in the list of enhanced services')],
    request: esArgs({}),
    response: extOperationTimesConfiguration,
    errors: SELECTOR_ERRORS,
    decisions: [
      {
        question: 'The answer of `extoperationtimes.configuration` is not documented (KB URL only, pbxware.md §7 A22).',
        choice:
          'The operation-times item shape of `otimes.*.list` (doc 6487-6652), unwrapped like every enhanced-service configuration: status "off", no greeting, no default destination, empty closed dates / custom destinations / open days. There is no edit; the contract accepts any object.',
      },
    ],
    tags: ['enhanced-service', 'kb-only'],
  }),
];
