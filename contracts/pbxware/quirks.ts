import type { QuirkDefinition } from '../core/index.ts';
import { doc, kb } from './source.ts';

const enhancedServiceActions = (method: string) =>
  ['callerid', 'dnd', 'callfwd', 'lastcaller'].map((s) => `pbxware.ext.es.${s}.${method}`);

const quirk = (q: Omit<QuirkDefinition, 'vendor' | 'test'> & { test?: string }): QuirkDefinition => ({
  vendor: 'pbxware',
  test: 'emulator/pbxware/quirks.test.ts',
  ...q,
});

/**
 * Every PBXware behaviour the emulator reproduces although it looks like a mistake, with its source.
 * `defaultOn: false` would mean the emulator behaves "fixed" unless the quirk is switched on.
 * Switch with `--quirk pbxware:<id>=off` on the command line.
 */
export const pbxwareQuirks: QuirkDefinition[] = [
  quirk({
    id: 'tenant-mode',
    description:
      'The emulated PBXware runs in Tenant Mode (multi-tenant): `server` selects a tenant and ID 1 (Master) is refused where the document says so. Off = single-tenant, `server` defaults to 1.',
    doc: doc('4338-4343'),
    defaultOn: true,
    switchable: true,
    operations: ['pbxware.did.add', 'pbxware.ivr.add', 'pbxware.ring_group.add'],
  }),
  quirk({
    id: 'errors-http-200',
    description: 'Errors are answered with HTTP 200 and a body `{"error": "…"}`; clients must read the body.',
    doc: doc('162-170'),
    fieldEvidence: 'field-evidence.md, Bicom PBXware (R)',
    defaultOn: true,
    operations: ['*'],
  }),
  quirk({
    id: 'lists-keyed-by-id',
    description: 'Lists are JSON objects keyed by record id (`{"7": {…}}`), not arrays.',
    doc: doc('111-132'),
    defaultOn: true,
    operations: ['pbxware.did.list', 'pbxware.ext.list', 'pbxware.package.list'],
  }),
  quirk({
    id: 'empty-list-as-array',
    description: 'An empty list is `[]` (PHP json_encode of an empty array), not `{}`.',
    fieldEvidence: 'field-evidence.md, Bicom PBXware (V, R)',
    defaultOn: true,
    operations: ['pbxware.package.list'],
  }),
  quirk({
    id: 'double-slash-path',
    description: 'The KB writes every URL as `http://ip_address//?apikey=…`; `//` is served like `/`.',
    doc: kb('86-252'),
    defaultOn: true,
    operations: ['*'],
  }),
  quirk({
    id: 'package-write-read-names',
    description:
      '`package.add` takes `extensions`, `voicemails`, `cfs`, `ivrs`; `package.configuration` reads them back as `ext`, `voicemail`, `cf`, `ivr`.',
    doc: doc('6797-6972'),
    defaultOn: true,
    operations: ['pbxware.package.add', 'pbxware.package.configuration'],
  }),
  quirk({
    id: 'package-delete-string-id',
    description: '`package.delete` answers `id` as a string (`"6"`) while add/edit answer a number.',
    doc: doc('7008-7015'),
    defaultOn: true,
    operations: ['pbxware.package.delete'],
  }),

  // Section by section, in the order of the document's objects.
  // tenant
  {
    id: 'tenant-list-string-ids',
    vendor: 'pbxware',
    description:
      '`tenant.list` answers `package_id`, `country_id` and `country_code` as strings, as the sample shows. Field evidence says real systems answer numbers: switch off for numbers.',
    doc: doc('7424-7444'),
    fieldEvidence: 'field-evidence.md, Bicom PBXware (V): "tenant.list items carry package_id, ext_length, country_id, country_code as numbers"',
    defaultOn: true,
    switchable: true,
    operations: ['pbxware.tenant.list'],
    test: 'emulator/pbxware/tenant.test.ts',
  },
  {
    id: 'tenant-list-ext-length-number',
    vendor: 'pbxware',
    description: '`tenant.list` answers `ext_length` as a JSON number (3) among string fields.',
    doc: doc('7431'),
    fieldEvidence: 'field-evidence.md, Bicom PBXware (V)',
    defaultOn: true,
    operations: ['pbxware.tenant.list'],
    test: 'emulator/pbxware/tenant.test.ts',
  },
  {
    id: 'tenant-edit-numeric-id',
    vendor: 'pbxware',
    description:
      '`tenant.edit` answers `id` as a number (`{"success": "Tenant ID: 10", "id": 10}`) as the document shows. Field evidence says real systems answer a string on edit: switch off for a string.',
    doc: doc('7893-7898'),
    fieldEvidence: 'field-evidence.md, Bicom PBXware (V): "add answers id as a number and edit as a string"',
    defaultOn: true,
    switchable: true,
    operations: ['pbxware.tenant.edit'],
    test: 'emulator/pbxware/tenant.test.ts',
  },
  {
    id: 'tenant-write-read-names',
    vendor: 'pbxware',
    description:
      '`tenant.add` takes `tenant_name`, `tenant_code`, `package`, `country`, `local_channels`…`dahdi`, `localcodecs`…; `tenant.configuration` reads them back as `server_name`, `tenantcode`, `package_id`, `country`, `incominglimit`…`zapch`, `local_codecs`…; `tenant.list` as `name`, `package_id` + `package` (the name), `country_id` + `country_code`.',
    doc: doc('7077-7863'),
    defaultOn: true,
    operations: ['pbxware.tenant.add', 'pbxware.tenant.configuration', 'pbxware.tenant.list'],
    test: 'emulator/pbxware/tenant.test.ts',
  },
  {
    id: 'tenant-delete-no-id',
    vendor: 'pbxware',
    description: '`tenant.delete` answers only `{"success": "Deleted Tenant ID 19 successfully."}`, without the `id` add and edit carry.',
    doc: doc('7914-7918'),
    defaultOn: true,
    operations: ['pbxware.tenant.delete'],
    test: 'emulator/pbxware/tenant.test.ts',
  },
  {
    id: 'tenant-trunks-ids-in-names-out',
    vendor: 'pbxware',
    description: '`tenant.trunks.set` takes trunk IDs ("List of trunk ID\'s"); `tenant.trunks.list` answers trunk names (`"trunks": "TestSIP,TestSIP2"`). Names are accepted on set too.',
    doc: doc('7922-7989'),
    defaultOn: true,
    operations: ['pbxware.tenant.trunks.set', 'pbxware.tenant.trunks.list'],
    test: 'emulator/pbxware/tenant.test.ts',
  },
  {
    id: 'tenant-clirouting-list-wrapped',
    vendor: 'pbxware',
    description:
      '`tenant.clirouting.list` wraps its list in `success` (`{"success": {"25": {…}}}`), while `did.clirouting.list` answers the list bare.',
    doc: doc('8077-8094'),
    defaultOn: true,
    operations: ['pbxware.tenant.clirouting.list'],
    test: 'emulator/pbxware/tenant.test.ts',
  },
  {
    id: 'tenant-clirouting-string-id',
    vendor: 'pbxware',
    description: '`tenant.clirouting.add`/`edit` answer `id` as a string (`"3"`), unlike `tenant.add`.',
    doc: doc('8033-8038'),
    defaultOn: true,
    operations: ['pbxware.tenant.clirouting.add', 'pbxware.tenant.clirouting.edit'],
    test: 'emulator/pbxware/tenant.test.ts',
  },
  // server
  {
    id: 'server-configuration-flat',
    vendor: 'pbxware',
    description:
      '`server.configuration` answers a flat object (not keyed by an id as `package.configuration` is), with yes/no strings and `smtp_pass` in clear.',
    doc: doc('8320-8371'),
    defaultOn: true,
    operations: ['pbxware.server.configuration'],
    test: 'emulator/pbxware/server.test.ts',
  },
  // route
  {
    id: 'route-list-tuples',
    vendor: 'pbxware',
    description: '`route.list` maps each route id to a two-element array `[dial code, country name]` rather than an object.',
    doc: doc('6402-6423'),
    defaultOn: true,
    operations: ['pbxware.route.list'],
    test: 'emulator/pbxware/route.test.ts',
  },
  // splan
  {
    id: 'splan-rates-composite-keys',
    vendor: 'pbxware',
    description:
      '`splan.rates` is keyed "splan:route:dgroup" (`"1:135:1"`); for a plan with TBD each rate is nested once more under its TBD value (`{"1:135:1": {"70": {…}}}`).',
    doc: doc('8473-8557'),
    defaultOn: true,
    operations: ['pbxware.splan.rates'],
    test: 'emulator/pbxware/splan.test.ts',
  },
  {
    id: 'splan-mixed-types',
    vendor: 'pbxware',
    description:
      '`splan.list` answers `inclusive_inbound` as a number among string fields; `splan.sms_rates.list` answers prices as JSON numbers (0.1) but `inclusive_messages` as a string.',
    doc: doc('8440-8603'),
    defaultOn: true,
    operations: ['pbxware.splan.list', 'pbxware.splan.sms_rates.list'],
    test: 'emulator/pbxware/splan.test.ts',
  },
  {
    id: 'splan-billing-alias',
    vendor: 'pbxware',
    description: '`billing` (deprecated) is answered next to `call_rating` with the same value in `splan.list` and `splan.rates`.',
    doc: doc('8429-8451'),
    defaultOn: true,
    operations: ['pbxware.splan.list', 'pbxware.splan.rates'],
    test: 'emulator/pbxware/splan.test.ts',
  },
  // destination
  {
    id: 'destination-groups-map-to-scalar',
    vendor: 'pbxware',
    description: '`destination.groups` maps each group id straight to its name (`{"1": "mobile"}`), not to an object.',
    doc: doc('8730-8740'),
    defaultOn: true,
    operations: ['pbxware.destination.groups'],
    test: 'emulator/pbxware/destination.test.ts',
  },
  // uads
  {
    id: 'uads-enabled-boolean',
    vendor: 'pbxware',
    description: '`uads.list` answers `enabled` as a JSON boolean, where most PBXware flags are "0"/"1" strings.',
    doc: doc('8778-8796'),
    fieldEvidence: 'field-evidence.md, Bicom PBXware (V): "uads.list items carry boolean enabled"',
    defaultOn: true,
    operations: ['pbxware.uads.list'],
    test: 'emulator/pbxware/uads.test.ts',
  },
  {
    id: 'uads-string-id',
    vendor: 'pbxware',
    description: '`uads.activate`/`deactivate` answer `id` as a string (`{"success": "UAD: 89.", "id": "89"}`).',
    doc: doc('8812-8838'),
    defaultOn: true,
    operations: ['pbxware.uads.activate', 'pbxware.uads.deactivate'],
    test: 'emulator/pbxware/uads.test.ts',
  },
  // ext
  {
    id: 'ext-write-id-string-ext-number',
    vendor: 'pbxware',
    description: '`ext.add` and `ext.edit` answer `{"success": "Extension ID: 10", "id": "10", "ext": 100}`: the id as a string, the number as a JSON number.',
    doc: doc('1538-1560'),
    fieldEvidence: 'field-evidence.md, Bicom PBXware (V)',
    defaultOn: true,
    operations: ['pbxware.ext.add', 'pbxware.ext.edit'],
    test: 'emulator/pbxware/ext.test.ts',
  },
  {
    id: 'ext-subresource-numeric-id',
    vendor: 'pbxware',
    description: '`ext.additional_macs` and `ext.editions_modules.set` answer `{"success": "Extension ID: 57", "id": 57}` with a numeric id, unlike `ext.add`/`ext.edit`.',
    doc: doc('3120-3125'),
    defaultOn: true,
    operations: ['pbxware.ext.additional_macs', 'pbxware.ext.editions_modules.set'],
    test: 'emulator/pbxware/ext.test.ts',
  },
  {
    id: 'ext-editions-modules-unwrapped',
    vendor: 'pbxware',
    description: '`ext.editions_modules.configuration` is not wrapped in the extension id (unlike `ext.configuration`): it carries `"id": "53"` inside, `use_department_templates` as a string and every edition/module flag as a JSON integer.',
    doc: doc('3186-3205'),
    defaultOn: true,
    operations: ['pbxware.ext.editions_modules.configuration'],
    test: 'emulator/pbxware/ext.test.ts',
  },
  {
    id: 'ext-billing-history-array',
    vendor: 'pbxware',
    description: '`ext.billing_history` answers a JSON array (not a list keyed by id), newest entry first; with `sum=1` an array holding one `{sum_credit, sum_debit}` object.',
    doc: doc('1919-1949'),
    defaultOn: true,
    operations: ['pbxware.ext.billing_history', 'pbxware.ext.call_rating_history'],
    test: 'emulator/pbxware/ext.test.ts',
  },
  {
    id: 'ext-billing-history-endtime-midnight',
    vendor: 'pbxware',
    description: '`ext.billing_history` `endtime` defaults to 00:00:00 (the CDR default is 23:59:59), so by default the end day itself is not searched. Off: the whole end day counts.',
    doc: doc('1890-1895'),
    defaultOn: true,
    switchable: true,
    operations: ['pbxware.ext.billing_history', 'pbxware.ext.call_rating_history'],
    test: 'emulator/pbxware/ext.test.ts',
  },
  {
    id: 'ext-billing-master-code-null',
    vendor: 'pbxware',
    description: '`ext.billing` shows `master_code` as JSON `null` when the extension has no master account code; every other field is a string.',
    doc: doc('1706-1712'),
    defaultOn: true,
    operations: ['pbxware.ext.billing', 'pbxware.ext.call_rating'],
    test: 'emulator/pbxware/ext.test.ts',
  },
  {
    id: 'ext-sms-rating-info-minutes-key',
    vendor: 'pbxware',
    description: '`ext.sms_rating_info` answers under the key `inclusive_minutes` (as the sample) although the field table names `inclusive_messages_left`. Off: the table\'s key.',
    doc: doc('1786-1800'),
    defaultOn: true,
    switchable: true,
    operations: ['pbxware.ext.sms_rating_info'],
    test: 'emulator/pbxware/ext.test.ts',
  },
  // department
  {
    id: 'department-write-echoes-name',
    vendor: 'pbxware',
    description: '`department.add` and `department.edit` answer the department name next to a numeric id: `{"success": "Department ID: 1", "id": 1, "name": "Department1"}`.',
    doc: doc('9318-9346'),
    defaultOn: true,
    operations: ['pbxware.department.add', 'pbxware.department.edit'],
    test: 'emulator/pbxware/department.test.ts',
  },
  // apps
  {
    id: 'apps-list-keyed-by-name',
    vendor: 'pbxware',
    description: '`apps.list` is keyed by edition/module name in mixed case (`"OFFICE"`, `"CRM"`, but `"Call Popup"`), with integer counts and extension numbers as integers.',
    doc: doc('8893-8958'),
    defaultOn: true,
    operations: ['pbxware.apps.list'],
    test: 'emulator/pbxware/apps.test.ts',
  },
  {
    id: 'apps-templates-integer-department-id',
    vendor: 'pbxware',
    description: '`apps.templates.list` is keyed by department id (a string key) yet repeats it inside as an integer `department_id`; editions and modules are comma strings.',
    doc: doc('9010-9025'),
    defaultOn: true,
    operations: ['pbxware.apps.templates.list'],
    test: 'emulator/pbxware/apps.test.ts',
  },
  // ext-es
  {
    id: 'es-set-success-code',
    vendor: 'pbxware',
    description:
      '`ext.es.<service>.set` / `set_osc` answer a terse `"success": "<Extension ID>: <state code>."` (`"11: 2."` for yes, `"11: 0."` for no; pin = 1) next to `"state"`, instead of a sentence.',
    doc: doc('2073-2109'),
    defaultOn: true,
    operations: [...enhancedServiceActions('set'), ...enhancedServiceActions('set_osc')],
    test: 'emulator/pbxware/ext-es.test.ts',
  },
  {
    id: 'es-edit-read-names',
    vendor: 'pbxware',
    description:
      'Some enhanced-service edit arguments read back under other names: remoteaccess `requirepin`→`require_pin`, `dopts`→`dial_opts`; callscreening `dtypes`→`dtype`.',
    doc: doc('2260-2627'),
    defaultOn: true,
    operations: [
      'pbxware.ext.es.remoteaccess.edit',
      'pbxware.ext.es.remoteaccess.configuration',
      'pbxware.ext.es.callscreening.edit',
      'pbxware.ext.es.callscreening.configuration',
    ],
    test: 'emulator/pbxware/ext-es.test.ts',
  },
  {
    id: 'es-suspends-two-shapes',
    vendor: 'pbxware',
    description:
      'Call screening `suspends` reads back as an object keyed by list index holding `"on"` (`{"0": "on", "2": "on"}`, `[]` when none), while group hunt `suspends` is an array of `"1"`/`"0"`; both are written as a 0/1 comma list.',
    doc: doc('2260-2728'),
    defaultOn: true,
    operations: [
      'pbxware.ext.es.callscreening.configuration',
      'pbxware.ext.es.grouphunt.configuration',
    ],
    test: 'emulator/pbxware/ext-es.test.ts',
  },
  {
    id: 'es-blflist-integers',
    vendor: 'pbxware',
    description:
      'The BLF list configuration holds JSON integers (`"blfs": [1, 0]`, `blf_start`, `blf_cleanup`, `cart_only`), where every other enhanced-service configuration uses strings.',
    doc: doc('2785-2807'),
    defaultOn: true,
    operations: ['pbxware.ext.es.blflist.configuration'],
    test: 'emulator/pbxware/ext-es.test.ts',
  },
  {
    id: 'es-callerid-trunk-keys',
    vendor: 'pbxware',
    description:
      'Per-trunk caller IDs are dynamic top-level keys `"callerid:<Trunk>"` and `"callerid:<Trunk>:privacy"` (privacy by name), and `allowed_callerids` is an object keyed "1", "2", …; written as colon lists (`trunks=CCV5:MTv5&tprivacies=4:4`).',
    doc: doc('2144-2214'),
    defaultOn: true,
    operations: ['pbxware.ext.es.callerid.configuration', 'pbxware.ext.es.callerid.edit'],
    test: 'emulator/pbxware/ext-es.test.ts',
  },
  {
    id: 'es-callfwd-condition-keys',
    vendor: 'pbxware',
    description:
      'Call-forward conditions are object keys with spaces (`"no answer"`, `"line unavailable"`), while the edit arguments abbreviate them (`noansw_dests`, `unavail_timeouts`).',
    doc: doc('2402-2498'),
    defaultOn: true,
    operations: ['pbxware.ext.es.callfwd.configuration', 'pbxware.ext.es.callfwd.edit'],
    test: 'emulator/pbxware/ext-es.test.ts',
  },
  // trunk
  {
    id: 'trunk-delete-answers-like-add',
    vendor: 'pbxware',
    description: '`trunk.delete` answers exactly like add/edit, `{"success": "Trunk ID: 10", "id": 10}` (numeric id, no "Deleted").',
    doc: doc('3568-3575'),
    defaultOn: true,
    operations: ['pbxware.trunk.delete'],
    test: 'emulator/pbxware/trunk.test.ts',
  },
  {
    id: 'trunk-configuration-trunkid',
    vendor: 'pbxware',
    description: '`trunk.configuration` names the trunk `trunkid` (not `id`) and answers it wrapped in its id: `{"2316": {…}}`.',
    doc: doc('3582-3588'),
    defaultOn: true,
    operations: ['pbxware.trunk.configuration'],
    test: 'emulator/pbxware/trunk.test.ts',
  },
  {
    id: 'trunk-status-three-ways',
    vendor: 'pbxware',
    description:
      'Trunk status is written as words (`active`, `not active`, `suspended`), listed as `enabled`/`disabled` by `trunk.list` and read back as a digit (`"1"`) by `trunk.configuration`.',
    doc: doc('3311-3313'),
    defaultOn: true,
    operations: ['pbxware.trunk.add', 'pbxware.trunk.list', 'pbxware.trunk.configuration'],
    test: 'emulator/pbxware/trunk.test.ts',
  },
  {
    id: 'trunk-codecs-allow-pairs',
    vendor: 'pbxware',
    description: '`codecs` + `codecs_ptime` are read back as `options.allow`, a list of `"codec,ptime"` strings (`["ulaw,10", "opus,20"]`).',
    doc: doc('3516-3522'),
    defaultOn: true,
    operations: ['pbxware.trunk.add', 'pbxware.trunk.configuration'],
    test: 'emulator/pbxware/trunk.test.ts',
  },
  {
    id: 'trunk-providers-keyed-by-name',
    vendor: 'pbxware',
    description: '`trunk.providers` is keyed by provider **name**, each mapped to a `[id, kind]` pair (`"Generic SIP": ["20", "voip"]`).',
    doc: doc('3667-3706'),
    defaultOn: true,
    operations: ['pbxware.trunk.providers'],
    test: 'emulator/pbxware/trunk.test.ts',
  },
  // did
  {
    id: 'did-write-read-names',
    vendor: 'pbxware',
    description:
      '`did.add` writes `did`, `did_2`, `dest_type` (a code), `destination`, `disabled` (1 = disabled); `did.list` reads them as `number`, `number2`, `type` (a name, "Extension"), `ext`, `status` ("enabled").',
    doc: doc('4401-4418'),
    defaultOn: true,
    operations: ['pbxware.did.add', 'pbxware.did.list'],
    test: 'emulator/pbxware/did.test.ts',
  },
  {
    id: 'did-delete-server-one',
    vendor: 'pbxware',
    description:
      '`did.delete` takes `server=1` in Tenant Mode ("always set to 1") although `did.add` refuses 1; the owning tenant is accepted too.',
    doc: doc('4609-4613'),
    defaultOn: true,
    operations: ['pbxware.did.delete'],
    test: 'emulator/pbxware/did.test.ts',
  },
  {
    id: 'did-external-number-plus',
    vendor: 'pbxware',
    description: 'An external-number destination with a leading + must be sent as `%2B…`; it is stored and listed decoded (`+123456789`).',
    doc: doc('4476-4480'),
    defaultOn: true,
    operations: ['pbxware.did.add', 'pbxware.did.edit', 'pbxware.did.list'],
    test: 'emulator/pbxware/did.test.ts',
  },
  {
    id: 'clirouting-string-id',
    vendor: 'pbxware',
    description: '`did.clirouting.add`/`edit` answer the CLI Routing ID as a string (`"id": "3"`) while DID answers use numbers.',
    doc: doc('4672-4677'),
    defaultOn: true,
    operations: ['pbxware.did.clirouting.add', 'pbxware.did.clirouting.edit'],
    test: 'emulator/pbxware/did.test.ts',
  },
  {
    id: 'clirouting-internal-type-names',
    vendor: 'pbxware',
    description:
      '`did.clirouting.list` shows internal destination names ("network user", "network user (Forward DID)") and `matchexplicitly` as `matchtype`.',
    doc: doc('4727-4742'),
    defaultOn: true,
    operations: ['pbxware.did.clirouting.list'],
    test: 'emulator/pbxware/did.test.ts',
  },
  // sms
  {
    id: 'sms-trunk-edit-says-extension',
    vendor: 'pbxware',
    description:
      '`sms.trunks.edit` answers `{"success": "Extension ID: 10", "id": 10}` (a copy error in the document). Switch off for "SMS Trunk ID: 10".',
    doc: doc('4168-4173'),
    defaultOn: true,
    switchable: true,
    operations: ['pbxware.sms.trunks.edit'],
    test: 'emulator/pbxware/sms.test.ts',
  },
  {
    id: 'sms-national-prefix-plus',
    vendor: 'pbxware',
    description: '`national_prefix` is written "without + prefix" (`49`) and read back with one (`"+49"`).',
    doc: doc('4086-4088'),
    defaultOn: true,
    operations: ['pbxware.sms.trunks.add', 'pbxware.sms.trunks.configuration'],
    test: 'emulator/pbxware/sms.test.ts',
  },
  {
    id: 'sms-trunk-configuration-unwrapped-numbers',
    vendor: 'pbxware',
    description: '`sms.trunks.configuration` is not wrapped in its id, and its `id` and `enabled` are JSON numbers among strings.',
    doc: doc('4055-4066'),
    defaultOn: true,
    operations: ['pbxware.sms.trunks.configuration'],
    test: 'emulator/pbxware/sms.test.ts',
  },
  {
    id: 'sms-tenants-null-fields',
    vendor: 'pbxware',
    description: '`sms.trunks.tenants.list` lists tenants without an SMS trunk with all-null fields (`"id": null, …`).',
    doc: doc('4214-4227'),
    defaultOn: true,
    operations: ['pbxware.sms.trunks.tenants.list', 'pbxware.sms.trunks.tenants.get'],
    test: 'emulator/pbxware/sms.test.ts',
  },
  {
    id: 'sms-report-date-time-key',
    vendor: 'pbxware',
    description: 'SMS reports carry the time under the key `"date/time"` (with a slash) and a per-record `error` field.',
    doc: doc('3841-3855'),
    defaultOn: true,
    operations: ['pbxware.sms.reports.list'],
    test: 'emulator/pbxware/sms.test.ts',
  },
  // ivr
  {
    id: 'ivr-keymap-write-read-names',
    vendor: 'pbxware',
    description:
      'IVR keymaps are written as `keymap[<key>][type]=ex&keymap[<key>][destination]=100` (type codes) but `ivr.list` reads them back as `{"type": "Extension", "value": "100"}` (type names, `value` instead of `destination`).',
    doc: doc('4953-5030'),
    defaultOn: true,
    operations: ['pbxware.ivr.add', 'pbxware.ivr.edit', 'pbxware.ivr.list'],
    test: 'emulator/pbxware/ivr.test.ts',
  },
  // ring-group
  {
    id: 'ring-group-add-sucess',
    vendor: 'pbxware',
    description:
      '`ring_group.add` answers `{"sucess": "Ring Group ID: 100", "id": 100}` with the key misspelt. Off = `success`, as a fixed PBX may answer.',
    doc: doc('5397-5404'),
    defaultOn: true,
    switchable: true,
    operations: ['pbxware.ring_group.add'],
    test: 'emulator/pbxware/ring-group.test.ts',
  },
  {
    id: 'ring-group-edit-string-id',
    vendor: 'pbxware',
    description:
      '`ring_group.edit` answers `{"success": "Ring Group ID: 100.", "id": "100"}`: a string id and a trailing period, where add answers a number and no period.',
    doc: doc('5416-5425'),
    defaultOn: true,
    operations: ['pbxware.ring_group.edit'],
    test: 'emulator/pbxware/ring-group.test.ts',
  },
  {
    id: 'ring-group-yes-no-read-as-flags',
    vendor: 'pbxware',
    description:
      'Ring group options are written as yes/no but `ring_group.configuration` reads them back as "1"/"0", while `ring_group.list` shows `last_dest_vm` as "yes"/"no".',
    doc: doc('5255-5476'),
    defaultOn: true,
    operations: ['pbxware.ring_group.add', 'pbxware.ring_group.configuration', 'pbxware.ring_group.list'],
    test: 'emulator/pbxware/ring-group.test.ts',
  },
  // erg
  {
    id: 'erg-write-read-names',
    vendor: 'pbxware',
    description:
      '`erg.add` takes the ERG number as `ext` and the strategy as `ring_strategy`; `erg.list` reads them back as `number` and `strategy`, and `erg.members` `numbers`/`penalties` as `members[{ext, penalty}]`.',
    doc: doc('5541-5867'),
    defaultOn: true,
    operations: ['pbxware.erg.add', 'pbxware.erg.list', 'pbxware.erg.members'],
    test: 'emulator/pbxware/erg.test.ts',
  },
  // paging-group
  {
    id: 'paging-group-list-integers',
    vendor: 'pbxware',
    description:
      '`paging_group.list` gives `number`, `quiet` and `destinations` as JSON integers (`"number": 110`, `"destinations": [100, 101]`), unlike the string values of the other group lists.',
    doc: doc('9468-9490'),
    defaultOn: true,
    operations: ['pbxware.paging_group.list'],
    test: 'emulator/pbxware/paging-group.test.ts',
  },
  // otimes
  {
    id: 'otimes-set-replaces-state',
    vendor: 'pbxware',
    description:
      '`otimes.*.set` sets the entire Operation Times state: anything not sent (open days, closed dates, greeting…) is cleared, unlike the partial edits of every other object.',
    doc: doc('6473-6475'),
    defaultOn: true,
    operations: ['pbxware.otimes.erg.set', 'pbxware.otimes.ivr.set', 'pbxware.otimes.did.set', 'pbxware.otimes.servers.set'],
    test: 'emulator/pbxware/otimes.test.ts',
  },
  {
    id: 'otimes-list-wrapped-in-id',
    vendor: 'pbxware',
    description: '`otimes.*.list` answers one state wrapped in the destination id (`{"12451": {...}}`), like a one-entry list.',
    doc: doc('6600-6651'),
    defaultOn: true,
    operations: ['pbxware.otimes.erg.list', 'pbxware.otimes.ivr.list', 'pbxware.otimes.did.list'],
    test: 'emulator/pbxware/otimes.test.ts',
  },
  // recording
  {
    id: 'recording-no-calls-is-success',
    vendor: 'pbxware',
    description:
      '`recording.*` on an extension without a call to change is not an error: it answers `success` with `affected_calls` 0.',
    doc: doc('9408-9417'),
    defaultOn: true,
    operations: ['pbxware.recording.start', 'pbxware.recording.stop', 'pbxware.recording.pause', 'pbxware.recording.unpause'],
    test: 'emulator/pbxware/recording.test.ts',
  },
  // cdr
  {
    id: 'cdr-csv-json',
    vendor: 'pbxware',
    description:
      '`cdr.download` answers JSON, not a CSV file: a `header` array and a `csv` array of row arrays. Every cell is a string (Date/Time a Unix epoch string, cost "1.00000") except MOS, a number (4.4).',
    doc: doc('5995-6077'),
    defaultOn: true,
    operations: ['pbxware.cdr.download'],
    test: 'emulator/pbxware/cdr.test.ts',
  },
  {
    id: 'cdr-header-null-when-empty',
    vendor: 'pbxware',
    description: 'When no CDR matches (or the page is past the end), `header` is `null` and `csv` is `[]`.',
    fieldEvidence: 'field-evidence.md, Bicom PBXware (V, R): "header is null when there is no data"',
    defaultOn: true,
    operations: ['pbxware.cdr.download'],
    test: 'emulator/pbxware/cdr.test.ts',
  },
  {
    id: 'cdr-newest-first',
    vendor: 'pbxware',
    description: 'CDR rows come newest first (the sample lists 1246462678 before 1246439020).',
    doc: doc('6040-6072'),
    defaultOn: true,
    operations: ['pbxware.cdr.download'],
    test: 'emulator/pbxware/cdr.test.ts',
  },
  {
    id: 'cdr-billing-columns',
    vendor: 'pbxware',
    description:
      'The PBX runs in Billing mode: rows carry "Rating Duration" and "Rating Cost" (the sample header). Off = a system without billing, whose rows lack both columns.',
    doc: doc('5999-6004', 'Billing duration / Cost of the call "Only in Billing mode"'),
    defaultOn: true,
    switchable: true,
    operations: ['pbxware.cdr.download'],
    test: 'emulator/pbxware/cdr.test.ts',
  },
  {
    id: 'cdr-field-header',
    vendor: 'pbxware',
    description:
      'Header as real multi-tenant systems send it: a leading "Tenant" column, the id column named "ID" and no "MOS" column (Tenant, From, To, Date/Time, Total Duration, Rating Duration, Rating Cost, Status, ID, Recording Path, Recording Available, Location Type). Off (default) = the document\'s sample header.',
    fieldEvidence: 'field-evidence.md, Bicom PBXware (V, R): cdr.download header columns',
    defaultOn: false,
    switchable: true,
    operations: ['pbxware.cdr.download'],
    test: 'emulator/pbxware/cdr.test.ts',
  },
  // archiving
  {
    id: 'archiving-tenant-code',
    vendor: 'pbxware',
    description:
      '`archiving.list` names the tenant by its tenant **code** (`tenant=344`), both in the filter and in each report, where other actions take the Tenant ID as `server`.',
    doc: doc('6332-6336'),
    defaultOn: true,
    operations: ['pbxware.archiving.list'],
    test: 'emulator/pbxware/archiving.test.ts',
  },
  // monitor
  {
    id: 'monitor-boolean-strings',
    vendor: 'pbxware',
    description: '`monitor.list` answers `dnd` and `on_call` as the strings "true"/"false", not JSON booleans.',
    doc: doc('9173-9183'),
    defaultOn: true,
    operations: ['pbxware.monitor.list'],
    test: 'emulator/pbxware/monitor.test.ts',
  },
  {
    id: 'monitor-live-calls-keyed-by-uniqueid',
    vendor: 'pbxware',
    description: '`monitor.live_calls` is keyed by the call Unique ID (`"1675644925.2"`), not a numeric id; `timestamp` is a string.',
    doc: doc('9211-9219'),
    defaultOn: true,
    operations: ['pbxware.monitor.live_calls'],
    test: 'emulator/pbxware/monitor.test.ts',
  },
  // dashboard
  {
    id: 'dashboard-answared-calls',
    vendor: 'pbxware',
    description:
      '`dashboard.calls` spells its last key `answared calls` as real systems do. Off (default) = the document\'s `answered calls`.',
    doc: doc('463-472'),
    fieldEvidence: 'field-evidence.md, Bicom PBXware (V): "dashboard.calls on real systems spells a key answared calls (sic)"',
    defaultOn: false,
    switchable: true,
    operations: ['pbxware.dashboard.calls'],
    test: 'emulator/pbxware/dashboard.test.ts',
  },
  {
    id: 'dashboard-sip-registrations-nested',
    vendor: 'pbxware',
    description:
      '`dashboard.sip_registrations` nests its figures under the key "SIP Registrations" and names the first one `success` (the field table says `registered`).',
    doc: doc('412-432'),
    defaultOn: true,
    operations: ['pbxware.dashboard.sip_registrations'],
    test: 'emulator/pbxware/dashboard.test.ts',
  },
  {
    id: 'dashboard-services-singular-key',
    vendor: 'pbxware',
    description: '`dashboard.services` answers the key "PBXware service" although its field table says "PBXware services".',
    doc: doc('368-396'),
    defaultOn: true,
    operations: ['pbxware.dashboard.services'],
    test: 'emulator/pbxware/dashboard.test.ts',
  },
  {
    id: 'dashboard-mixed-number-types',
    vendor: 'pbxware',
    description:
      'Dashboard counts are JSON numbers (`count`, `now`, `inuse`/`max`) while disk, CPU and memory usage are strings with a percent sign (`"45%"`); keys contain spaces (`"last hour"`).',
    doc: doc('350-652'),
    defaultOn: true,
    operations: ['pbxware.dashboard.ext_online', 'pbxware.dashboard.calls', 'pbxware.dashboard.licensing', 'pbxware.dashboard.disk_usage', 'pbxware.dashboard.cpu', 'pbxware.dashboard.memory'],
    test: 'emulator/pbxware/dashboard.test.ts',
  },
  // license
  {
    id: 'license-refresh-status-key',
    vendor: 'pbxware',
    description: '`license.refresh` answers `{"status": "License refresh request processed"}`: a `status` key, no `success`.',
    doc: doc('9047-9061'),
    defaultOn: true,
    operations: ['pbxware.license.refresh'],
    test: 'emulator/pbxware/license.test.ts',
  },
  {
    id: 'license-info-spaced-string-keys',
    vendor: 'pbxware',
    description:
      '`license.info` uses Title Case keys with spaces ("Hot Desking", "PSTN Trunks") and gives every value, limits included, as a string ("Channels": "512").',
    doc: doc('9085-9110'),
    fieldEvidence: 'field-evidence.md, Bicom PBXware (V): license.info keys are Channels, Edition, Version',
    defaultOn: true,
    operations: ['pbxware.license.info'],
    test: 'emulator/pbxware/license.test.ts',
  },
];
