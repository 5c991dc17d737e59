import type { QuirkDefinition } from '../core/index.ts';
import { doc, FIELD_EVIDENCE } from './source.ts';

const quirk = (q: Omit<QuirkDefinition, 'vendor' | 'test'> & { test?: string }): QuirkDefinition => ({
  vendor: 'grandstream',
  test: 'emulator/grandstream/quirks.test.ts',
  ...q,
});

/**
 * Every UCM behaviour the emulator reproduces although it looks like a mistake, with its source and a
 * test (`it('quirk <id>: …')`). Switchable ones: `--quirk grandstream:<id>=off`.
 */
export const grandstreamQuirks: QuirkDefinition[] = [
  // Transport and envelope
  quirk({
    id: 'errors-http-200',
    description: 'Every answer, failures included, is HTTP 200; the outcome is the JSON `status` (0 or a negative code).',
    doc: doc('168-186'),
    fieldEvidence: FIELD_EVIDENCE,
    defaultOn: true,
    operations: ['*'],
  }),
  quirk({
    id: 'error-msg-in-response',
    description:
      'A failure answers `{"response": {"error_msg": "<text>"}, "status": <code>}` as real devices do. Off: `{"status": <code>}` with `response` only when it carries remain_* fields (the failed-response tables, ucm.md A31).',
    fieldEvidence: `${FIELD_EVIDENCE}: {"response": {"error_msg": "Invalid parameters!"}, "status": -1}`,
    defaultOn: true,
    switchable: true,
    operations: ['*'],
  }),
  quirk({
    id: 'lenient-json',
    description:
      'Request bodies may carry what the document\'s own examples carry: trailing commas (mute, hold …) and `#` comments (Data Definition, listAccount). Off: such a body is malformed (-1).',
    doc: doc('283-290', '"options": "" #This field is optional to include parameters'),
    defaultOn: true,
    switchable: true,
    operations: ['*'],
  }),
  quirk({
    id: 'action-name-lenient',
    description:
      'Action names are matched after trimming and ignoring case: the document sends `"callbarge "` (trailing space), `Hangup`, and lists `Unmute`/`Callbarge` (ucm.md §7.2 #9). Off: exact names only; anything else is -19 "Unsupported".',
    doc: doc('4094-4135'),
    defaultOn: true,
    switchable: true,
    operations: ['*'],
  }),
  quirk({
    id: 'param-name-case',
    description:
      'Parameter names the tables capitalise (`Version`, `Page`, `Sord`, `Trunk_index`, `Privilege` …) are accepted for the lower-case names the examples send, and documented misspellings are accepted for the names answered (ucm.md §7.3 #18-19).',
    doc: doc('183-196'),
    defaultOn: true,
    operations: ['challenge', 'listAccount', 'updateUser'],
  }),
  // Sessions
  quirk({
    id: 'cookie-in-body',
    description: 'The session cookie travels inside the JSON body (`request.cookie`); an HTTP `Cookie` header is ignored.',
    doc: doc('232'),
    fieldEvidence: FIELD_EVIDENCE,
    defaultOn: true,
    operations: ['*'],
  }),
  quirk({
    id: 'cookie-embeds-challenge',
    description: 'The cookie is `sid<the challenge without its leading zeros>-<unix seconds>` (challenge 0000001652831717 → sid1652831717-1574421057).',
    doc: doc('177-219'),
    defaultOn: true,
    operations: ['login'],
  }),
  quirk({
    id: 'remain-number-vs-remain-num',
    description: 'Remaining attempts are `remain_number` on a failed challenge but `remain_num` on a failed login.',
    doc: doc('194-236'),
    defaultOn: true,
    operations: ['challenge', 'login'],
  }),
  quirk({
    id: 'absolute-cookie-expiry',
    description:
      'Off (default): the cookie expires after `session_ttl_seconds` (600, "Cookie times out in 10 minutes") without a request — idle expiry as field evidence observes. On: it expires that long after login whatever is done.',
    doc: doc('232'),
    fieldEvidence: `${FIELD_EVIDENCE}: "An idle cookie expires"`,
    defaultOn: false,
    switchable: true,
    operations: ['login'],
  }),
  quirk({
    id: 'unknown-user-wrong-password',
    description:
      'An unknown API user gets -37 "Wrong account or password!" (and counts as a failed attempt), not revealing which part was wrong. Off: -71 "The username doesn\'t exist".',
    doc: doc('7664-7676'),
    defaultOn: true,
    switchable: true,
    operations: ['challenge', 'login'],
  }),
  // Replies
  quirk({
    id: 'apply-changes-settings-string',
    description: 'applyChanges answers `{"settings": "0"}` — a string "0" — rather than need_apply.',
    doc: doc('7629-7634'),
    defaultOn: true,
    operations: ['applyChanges'],
  }),
  quirk({
    id: 'update-sip-account-reply',
    description: 'updateSIPAccount answers `{"extension": {"alertinfo": …, "extension": "1000"}}`, not need_apply, although the change is pending.',
    doc: doc('940-948'),
    defaultOn: true,
    operations: ['updateSIPAccount'],
  }),
  quirk({
    id: 'user-keys-swapped',
    description: 'listUser\'s array is keyed `user_id` and getUser\'s object `user_name` — named after a field, not the thing.',
    doc: doc('6336-6495'),
    defaultOn: true,
    operations: ['listUser', 'getUser'],
  }),
  quirk({
    id: 'account-type-trailing-space',
    description: 'A WebRTC-enabled SIP account\'s type is `"SIP(WebRTC) "` with a trailing space. Off: `"SIP(WebRTC)"`.',
    doc: doc('566-577'),
    defaultOn: true,
    switchable: true,
    operations: ['listAccount', 'getSIPAccount'],
  }),
  quirk({
    id: 'options-misspelt',
    description: 'listAccount\'s `options` are spelt `urgemsg` and `newms` for the fields `urgmsg` and `newmsg`; both spellings select them.',
    doc: doc('602-612'),
    defaultOn: true,
    operations: ['listAccount'],
  }),
  quirk({
    id: 'unknown-option-fails',
    description: 'An unknown field in listAccount\'s `options` fails the whole call with -1. Off: unknown names are ignored (ucm.md A19).',
    fieldEvidence: `${FIELD_EVIDENCE} (C)`,
    defaultOn: true,
    switchable: true,
    operations: ['listAccount', 'listUser'],
  }),
  quirk({
    id: 'sord-acs',
    description: 'Sort order is documented as `acs`/`desc` while the examples send `asc`; both mean ascending.',
    doc: doc('601'),
    defaultOn: true,
    operations: ['listAccount', 'listUser'],
  }),
  quirk({
    id: 'presence-settings-alias',
    description: 'addSIPAccountAndUser\'s example sends the presence list as `presence_settings`; everything else calls it `sip_presence_settings`. Both are accepted.',
    doc: doc('416-474'),
    defaultOn: true,
    operations: ['addSIPAccountAndUser', 'updateSIPAccount'],
  }),
  quirk({
    id: 'dtmfmode-rfc2833',
    description: 'The dtmfmode enum says `rfc4733` but the example answers `"rfc2833"`, which is the default and is accepted on input.',
    doc: doc('672'),
    defaultOn: true,
    operations: ['getSIPAccount', 'updateSIPAccount'],
  }),
  quirk({
    id: 'extension-field-spellings',
    description:
      'Table A\'s other spellings are accepted on input: `external_numbr`, `user_outrt_pas swd`/`user_outrt_password`, `skip_auth_time_type`, `dnd_time_type`, `custom_auto_answer`, `local_networkk1`, `local_network 1` …; answers use the getSIPAccount example\'s names.',
    doc: doc('760-1040'),
    defaultOn: true,
    operations: ['addSIPAccountAndUser', 'updateSIPAccount'],
  }),
  quirk({
    id: 'timetype-int-desttype-string',
    description: 'In sip_presence_settings the `*_timetype` values come back as numbers (0) while `*_destination_type` values are strings ("0"), whatever was sent.',
    doc: doc('729-786'),
    defaultOn: true,
    operations: ['getSIPAccount'],
  }),
];

/** Action names the document uses for another action (applied with quirk action-name-lenient). */
export const ACTION_ALIASES: Record<string, string> = {
  // The heading and request example say `cdraapi` (doc 6716-6730); the query list and table `cdrapi`.
  cdraapi: 'cdrapi',
};
