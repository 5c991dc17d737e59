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
      'Request bodies may carry what the document\'s own examples carry: trailing commas (mute, hold …), `#` comments (Data Definition, listAccount) and raw line breaks inside strings (the pmsapi XML `data`). Off: such a body is malformed (-1).',
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
  // Configuration: trunks, routes, PIN groups, blacklist (group 1)
  quirk({
    id: 'in-use-refused',
    description:
      'Deleting a trunk an outbound or inbound route uses, a PIN group an outbound route uses, or an outbound route a SIP trunk names (ldap_default_outrt) fails with -24 "Failed to operate data". Off: the delete succeeds and the references dangle (ucm.md A16).',
    doc: doc('7661'),
    defaultOn: true,
    switchable: true,
    operations: ['deleteSIPTrunk', 'deleteAnalogTrunk', 'deleteDigitalTrunk', 'deletePinSets', 'deleteOutboundRoute'],
  }),
  quirk({
    id: 'analog-trunkgroup-identifies',
    description: 'updateAnalogTrunk\'s table names the trunk by `Trunk_index`, its example by `"trunkgroup": 7`; both are accepted. Off: only trunk_index.',
    doc: doc('1911-1983'),
    defaultOn: true,
    switchable: true,
    operations: ['updateAnalogTrunk'],
  }),
  quirk({
    id: 'trunk-list-spellings',
    description: 'listAnalogTrunk\'s table calls the page size `item_number`; listVoIPTrunk\'s options name `trunks.out_of_service` (answered `out_of_service`). Both are understood.',
    doc: doc('1686'),
    defaultOn: true,
    operations: ['listAnalogTrunk', 'listVoIPTrunk'],
  }),
  quirk({
    id: 'digital-trunk-index-string',
    description: 'listDigitalTrunk answers `trunk_index` as a string ("1") and its array as `digital_trunks`, while getDigitalTrunk answers the number 1 (and listVoIPTrunk/listAnalogTrunk numbers).',
    doc: doc('2138-2143'),
    defaultOn: true,
    operations: ['listDigitalTrunk', 'getDigitalTrunk'],
  }),
  quirk({
    id: 'route-id-names',
    description:
      'Route ids travel under swapped names: updateOutboundRoute\'s table says `outbound_rt_index` (example `outbound_route`), deleteOutboundRoute\'s table `inbound_route`, deleteInboundRoute\'s table `outbound_route`. All are accepted. Off: only the examples\' names.',
    doc: doc('2646-2722'),
    defaultOn: true,
    switchable: true,
    operations: ['updateOutboundRoute', 'deleteOutboundRoute', 'deleteInboundRoute'],
  }),
  quirk({
    id: 'route-list-shapes',
    description: 'listOutboundRoute answers `pattern` as a comma-joined string and `members` as an array; getOutboundRoute answers `pattern` as an array of objects and `members` as a string or null.',
    doc: doc('2435-2599'),
    defaultOn: true,
    operations: ['listOutboundRoute', 'getOutboundRoute'],
  }),
  quirk({
    id: 'did-pattern-json',
    description: 'addInboundRoute\'s example sends did_pattern_match as a string holding a JSON array of `{"did_pattern_match": …}`; the tables as a comma list. Both are accepted; answered as a comma list.',
    doc: doc('3051-3052'),
    defaultOn: true,
    operations: ['addInboundRoute', 'updateInboundRoute'],
  }),
  quirk({
    id: 'inbound-route-spellings',
    description:
      'Inbound route fields are spelt `inbound_multi_mode`, `enable_inbound_multi_mode`, `set_callerid_enabled`, `prepend` in the tables but `inbound_muti_mode`, `enable_inbound_muti_mode`, `set_callerid_enable`, `incoming_prepend` in examples and answers (and `accout_voicemail_out_of_service`). Both are accepted; answers use the examples\'.',
    doc: doc('3100-3111'),
    defaultOn: true,
    operations: ['addInboundRoute', 'updateInboundRoute', 'getInboundRoute', 'listInboundRoute'],
  }),
  quirk({
    id: 'inbound-routes-plural',
    description: 'getInboundRoute answers the route under `inbound_routes` (plural) beside `inbound_did_destination`; listInboundRoute\'s array is `inbound_route`.',
    doc: doc('3176-3234'),
    defaultOn: true,
    operations: ['getInboundRoute', 'listInboundRoute'],
  }),
  quirk({
    id: 'pin-sets-keyed-by-id',
    description: 'getPinSets answers the group under the key `pin_sets_id` (an object holding pin_sets_id, pin_sets_name, record_in_cdr) and listPinSets\'s array is also keyed `pin_sets_id`.',
    doc: doc('2826-2838'),
    defaultOn: true,
    operations: ['getPinSets', 'listPinSets'],
  }),
  quirk({
    id: 'ivr-index-not-extension',
    description:
      'getIVR, updateIVR and deleteIVR name the IVR by its index `ivr-N`, not by its number: "Talked to development team. This is the IVR index, not extension. Will be changed to IVR extension in the future." Off: the IVR number is accepted too.',
    doc: doc('6307'),
    defaultOn: true,
    switchable: true,
    operations: ['getIVR', 'updateIVR', 'deleteIVR'],
  }),
  quirk({
    id: 'pms-dnd-missing-open-tag',
    description: 'The pmsapi DND example has no opening `<dnd>` tag, only `</dnd>`; a closing tag without its opening one names the sub-operation. Off: such data is not well-formed (-1).',
    doc: doc('7396-7413'),
    defaultOn: true,
    switchable: true,
    operations: ['pmsapi:dnd'],
  }),
  quirk({
    id: 'pms-token-ignored',
    description:
      'pmsapi\'s `token` ("PMS username and password after md5 encryption", optional in the table) is not checked: the cookie authenticates. Off: md5(user + password) of table pms_settings row `credentials` is required, any case, else -1 "token error" (ucm.md A24).',
    doc: doc('7024'),
    defaultOn: true,
    switchable: true,
    operations: ['pmsapi:*'],
  }),
  quirk({
    id: 'pms-goods-list-key',
    description: 'pmsapi listMiniBarGoods answers its items in an array keyed `goods_name`, the name of one of the items\' own fields.',
    doc: doc('7238-7264'),
    defaultOn: true,
    operations: ['pmsapi:listMiniBarGoods'],
  }),
  quirk({
    id: 'pms-errors-minus-one',
    description: 'Every pmsapi failure about its data is status -1 with an `error` description (doc: "Status is -1", "error: Error description"), whatever went wrong (unknown room, duplicate, bad value).',
    doc: doc('7037-7040'),
    defaultOn: true,
    operations: ['pmsapi:*'],
  }),
  quirk({
    id: 'queue-field-spellings',
    description:
      'getQueue answers `reporholdtime` and `schedule_clean_enable` (the example\'s spellings) for the tables\' `reportholdtime` and `schedule_clear_enable`; both spellings are accepted on input.',
    doc: doc('4854-5000'),
    defaultOn: true,
    operations: ['getQueue', 'addQueue', 'updateQueue'],
  }),
  quirk({
    id: 'pause-agent-need-apply',
    description: 'pauseUnpauseQueueAgent answers need_apply "yes" although the pause is live (nothing waits for applyChanges), while loginLogoffQueueAgent answers `{}`.',
    doc: doc('5331-5376'),
    defaultOn: true,
    operations: ['pauseUnpauseQueueAgent', 'loginLogoffQueueAgent'],
  }),
  quirk({
    id: 'cdr-root-unwrapped',
    description: 'cdrapi answers JSON as a top-level `{"cdr_root": [...]}` — no `response`, no `status` — unlike every other action.',
    doc: doc('6730-6770'),
    fieldEvidence: FIELD_EVIDENCE,
    defaultOn: true,
    operations: ['cdrapi'],
  }),
  quirk({
    id: 'cdraapi-alias',
    description: 'The CDR action is spelt `cdraapi` in its heading and request example and `cdrapi` elsewhere; both reach cdrapi.',
    doc: doc('6716-6722'),
    defaultOn: true,
    operations: ['cdrapi'],
  }),
  quirk({
    id: 'recordfiles-trailing-at',
    description:
      'cdrapi rows name recordings `2022-08/auto-1661157307-07917330699-203.wav@` — with a trailing `@` — while getRecordInfosByCall answers them without (doc 6944-6946). Off: cdrapi answers them without `@` too.',
    fieldEvidence: `${FIELD_EVIDENCE}: recordfiles look like 2022-08/auto-….wav@ (trailing @)`,
    defaultOn: true,
    switchable: true,
    operations: ['cdrapi', 'getRecordInfosByCall', 'recapi'],
  }),
  quirk({
    id: 'paging-field-spellings',
    description: 'updatePaginggroup\'s table names its fields `paginggroup_p`, `paginggroup_p_name`, `paginggroup_p_type`; the example sends `paginggroup`, `paginggroup_type`. Both spellings are accepted.',
    doc: doc('5686-5730'),
    defaultOn: true,
    operations: ['updatePaginggroup'],
  }),
  quirk({
    id: 'call-control-auto-accept',
    description:
      'With Call Control on, an inbound call waits for acceptCall/refuseCall and "If no actions are done within 10 seconds, calls will automatically be accepted"; acceptCall/refuseCall afterwards answer -16.',
    doc: doc('53'),
    defaultOn: true,
    operations: ['acceptCall', 'refuseCall'],
  }),
  quirk({
    id: 'call-actions-need-apply',
    description:
      'Hangup, callbarge, MulticastPaging, MulticastPagingHangup and playPromptByOrg answer need_apply "yes" (live actions, nothing to apply), dial*/transfer* need_apply "no", mute/hold/accept/refuse `{}`; dialOutbound\'s documented reply is a copy of its request but answers like the other dials.',
    doc: doc('4073-4079'),
    defaultOn: true,
    operations: ['Hangup', 'callbarge', 'MulticastPaging', 'MulticastPagingHangup', 'playPromptByOrg', 'dialOutbound'],
  }),
  quirk({
    id: 'dial-ivr-outbound-caller',
    description: 'dialIVROutbound\'s table names the external number `caller`, its example `outcaller`; both are accepted.',
    doc: doc('4536-4566'),
    defaultOn: true,
    operations: ['dialIVROutbound'],
  }),
  quirk({
    id: 'play-prompt-variable-case',
    description: 'playPromptByOrg\'s table spells `variable`, examples 2-4 `Variable`; and `channel`, mandatory in the table, may be replaced by `specified_channel` as example 2 does.',
    doc: doc('3851-3883'),
    defaultOn: true,
    operations: ['playPromptByOrg'],
  }),
  quirk({
    id: 'websocket-username',
    description:
      'On the WebSocket (`/websockify`), challenge and login name the API user `username` where HTTPS uses `user`; frames are `{"type": "request"|"response"|"event", "message": …}`, events `{"action": "notify", "eventname", "eventbody": [...]}`, and `subscribe` filters with `Name/a,b`.',
    fieldEvidence: `${FIELD_EVIDENCE}: WebSocket at wss://host:8089/websockify`,
    defaultOn: true,
    operations: ['challenge', 'login'],
  }),
];

/** Action names the document uses for another action (applied with quirk action-name-lenient). */
export const ACTION_ALIASES: Record<string, string> = {
  // The heading and request example say `cdraapi` (doc 6716-6730); the query list and table `cdrapi`.
  cdraapi: 'cdrapi',
};
