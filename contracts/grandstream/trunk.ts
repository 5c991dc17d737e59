import { z } from 'zod';
import { p } from './args.ts';
import { outputOf, paramsOf } from './config-fields.ts';
import { ucmOperation } from './operation.ts';
import { envelope, listParams, needApply, pagedList } from './shapes.ts';
import { doc } from './source.ts';
import {
  ANALOG_TRUNK_ALIASES,
  ANALOG_TRUNK_FIELDS,
  DIGITAL_TRUNK_ALIASES,
  DIGITAL_TRUNK_FIELDS,
  SIP_TRUNK_ALIASES,
  SIP_TRUNK_FIELDS,
  SLA_FIELDS,
} from './trunk-fields.ts';

/* Trunk (doc 1232-2403): SIP (VoIP) trunks, analog (FXO) trunks with their SLA mode, digital (E1/T1/J1) trunks. */

/** Fields listVoIPTrunk answers without `options` (the response table, doc 1299-1303). */
export const VOIP_TRUNK_LIST_DEFAULT = ['trunk_index', 'trunk_name', 'host', 'trunk_type', 'username'] as const;
/** Every field listVoIPTrunk can answer: the defaults plus the other `options` names (doc 1291). */
export const VOIP_TRUNK_LIST_FIELDS = [...VOIP_TRUNK_LIST_DEFAULT, 'technology', 'ldap_sync_enable', 'out_of_service'] as const;
/** `trunks.out_of_service` is table-qualified in the options list (doc 1291). */
export const VOIP_TRUNK_OPTION_ALIASES: Record<string, string> = { 'trunks.out_of_service': 'out_of_service' };
export const ANALOG_TRUNK_LIST_FIELDS = ['chans', 'out_of_service', 'trunk_index', 'trunk_name', 'trunkmode'] as const;
export const DIGITAL_TRUNK_LIST_FIELDS = ['channel', 'out_of_service', 'span', 'trunk_index', 'trunk_name', 'type'] as const;

const sipTrunkParams = paramsOf(SIP_TRUNK_FIELDS);
const analogTrunkParams = paramsOf(ANALOG_TRUNK_FIELDS);
const digitalTrunkParams = paramsOf(DIGITAL_TRUNK_FIELDS);
const slaParams = paramsOf(SLA_FIELDS);

const slaOutput = { device: z.string().nullable().optional(), bargeallowed: z.string().optional(), holdaccess: z.string().optional() };

const NOT_FOUND = { question: 'Get, update or delete of a trunk that does not exist (ucm.md A14)', choice: '-16 "No such item. Please refresh the page and try again".' };
const SHARED_INDEX = {
  question: 'How are trunk indexes numbered?',
  choice:
    'One counter for SIP, analog and digital trunks, starting at 1 and never reused: the examples show digital trunk 1, SIP trunks 2-5 and analog trunk 7, and inbound routes name a trunk by `trunk_index` alone, so indexes must not collide across kinds.',
};
const UNIQUE_NAME = {
  question: 'Two trunks with the same trunk_name',
  choice: '-44 "This item has been added": the name is "a unique label to identify the trunk" (doc 1496); checked across SIP, analog and digital trunks.',
};
const IN_USE = {
  question: 'Deleting a trunk that a route uses (ucm.md A16)',
  choice:
    '-24 "Failed to operate data" while an outbound route (default or failover trunk) or an inbound route uses it. Off: the trunk is deleted and the references are left dangling (ucm.md A16\'s other suggestion).',
  quirk: 'in-use-refused',
};
const PENDING = { question: 'Are trunk changes pending?', choice: 'Yes: need_apply "yes" and a pending change until applyChanges (every example answers need_apply "yes").' };
const LIST_PAGING = {
  question: 'Paging, sorting and options of the trunk lists',
  choice:
    'As listAccount: item_num/page cut (no item_num → all on page 1), sidx any answered field (default trunk_index: "based on trunk creation date"), sord asc/acs/desc, unknown options → -1 (quirk unknown-option-fails).',
};

export const trunkContracts = [
  // ——— SIP trunks ———
  ucmOperation({
    action: 'listVoIPTrunk',
    section: 'trunk',
    summary: 'List SIP trunks',
    kind: 'read',
    doc: [doc('1234-1307')],
    params: listParams,
    response: pagedList(
      'voip_trunk',
      z
        .object({
          trunk_index: z.number().int(),
          trunk_name: z.string(),
          host: z.string(),
          trunk_type: z.enum(['peer', 'register']),
          username: z.string().nullable(),
          technology: z.string(),
          ldap_sync_enable: z.string(),
          out_of_service: z.string(),
        })
        .partial()
        .strict(),
    ),
    decisions: [
      LIST_PAGING,
      {
        question: 'Which fields without `options`? ("If unspecified, all the listed information will be returned", doc 1291)',
        choice: 'The five the response table lists (trunk_index, trunk_name, host, trunk_type, username; doc 1299-1303); technology ("SIP"), ldap_sync_enable and out_of_service only when `options` names them. `trunks.out_of_service` is answered as `out_of_service`.',
      },
      { question: 'trunk_index type', choice: 'A number, as in the example (2, 3, 4; doc 1264-1275), although the table says string.' },
    ],
    examples: [
      {
        request: { action: 'listVoIPTrunk', options: 'trunk_index,trunk_name,trunk_type' },
        response: { response: { page: 1, total_item: 1, total_page: 1, voip_trunk: [{ trunk_index: 2, trunk_name: 'test', trunk_type: 'peer' }] }, status: 0 },
        doc: doc('1244-1282', 'one of the three trunks'),
      },
    ],
  }),
  ucmOperation({
    action: 'addSIPTrunk',
    section: 'trunk',
    summary: 'Create a SIP trunk (peer or register)',
    kind: 'write',
    doc: [doc('1309-1353'), doc('1533-1597', '"The rest options are Same as updateSIP Trunk" (doc 1347)')],
    params: { ...sipTrunkParams, trunk_name: SIP_TRUNK_FIELDS.trunk_name.input!, host: SIP_TRUNK_FIELDS.host.input!, trunk_type: SIP_TRUNK_FIELDS.trunk_type.input! },
    aliases: SIP_TRUNK_ALIASES,
    response: needApply('yes'),
    errors: ['itemAdded', 'noSuchItem'],
    decisions: [
      PENDING,
      SHARED_INDEX,
      UNIQUE_NAME,
      {
        question: 'The table marks `Username` mandatory but the peer example sends none (doc 1317-1324, 1345)',
        choice: 'username and secret are required for register trunks only ("Required for register trunks", doc 1346): missing → -1. Peer trunks may leave them out (username answered null, "NULL for peer trunk", doc 1303).',
      },
      { question: 'Defaults of fields not sent', choice: 'The getSIPTrunk example\'s values (doc 1378-1428), qualifyfreq 60 and rmv_obp_from_route "no" as the table states.' },
      { question: 'keepcid "yes" without cidnumber ("When set to yes, cidnumber is mandatory", doc 1563)', choice: '-1 "Invalid parameters".' },
      { question: 'tel_uri "enabled" with rmv_obp_from_route "yes" ("cannot be enabled at the same time", doc 1585)', choice: '-15 "Invalid value".' },
      { question: 'ldap_default_outrt ("The existing outgoing route id", doc 1566) naming no route', choice: '-16.' },
      {
        question: 'status of a new trunk',
        choice: 'No provider answers the emulator: a peer trunk without heartbeat is "Unmonitored" (the example), with enable_qualify "yes" "Unreachable", a register trunk "Unregistered".',
      },
    ],
    examples: [{ request: { action: 'addSIPTrunk', host: '192.168.5.222', trunk_name: 'GStest', trunk_type: 'peer' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('1315-1336') }],
  }),
  ucmOperation({
    action: 'getSIPTrunk',
    section: 'trunk',
    summary: 'Read one SIP trunk',
    kind: 'read',
    doc: [doc('1355-1503')],
    params: { trunk: p.required() },
    response: envelope(z.object({ trunk: outputOf(SIP_TRUNK_FIELDS) }).strict()),
    errors: ['noSuchItem'],
    decisions: [
      NOT_FOUND,
      { question: 'trunk_index type', choice: 'A number (3 in the example, doc 1420) although the table says string.' },
      {
        question: 'fax_intelligent_route, fax_intelligent_route_destination and faxdetect are in the table (doc 1463-1465) but not the example',
        choice: 'Answered (defaults "no", null, "no"); optional in the contract, so a device that leaves them out conforms.',
      },
      { question: 'Is the secret answered?', choice: 'Yes, as the example\'s `"secret": null` suggests for a trunk without one.' },
    ],
  }),
  ucmOperation({
    action: 'updateSIPTrunk',
    section: 'trunk',
    summary: 'Update a SIP trunk',
    kind: 'write',
    doc: [doc('1505-1599')],
    params: { trunk: p.required(), ...sipTrunkParams },
    aliases: SIP_TRUNK_ALIASES,
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [NOT_FOUND, UNIQUE_NAME, PENDING, { question: 'Rules of addSIPTrunk (register needs username/secret, keepcid needs cidnumber, tel_uri vs rmv_obp_from_route)', choice: 'Checked on the trunk as it would be after the update.' }],
    examples: [{ request: { action: 'updateSIPTrunk', trunk: '5', trunk_name: 'GS1' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('1511-1531') }],
  }),
  ucmOperation({
    action: 'deleteSIPTrunk',
    section: 'trunk',
    summary: 'Delete a SIP trunk',
    kind: 'write',
    doc: [doc('1601-1638')],
    params: { trunk: p.required() },
    response: needApply('yes'),
    errors: ['noSuchItem', 'failedToOperate'],
    decisions: [NOT_FOUND, IN_USE, PENDING],
  }),

  // ——— Analog trunks ———
  ucmOperation({
    action: 'listAnalogTrunk',
    section: 'trunk',
    summary: 'List analog (FXO) trunks',
    kind: 'read',
    doc: [doc('1640-1706')],
    params: listParams,
    aliases: { item_number: 'item_num' },
    response: pagedList(
      'analogtrunk',
      z.object({ chans: z.string(), out_of_service: z.string(), trunk_index: z.number().int(), trunk_name: z.string(), trunkmode: z.string() }).partial().strict(),
    ),
    decisions: [LIST_PAGING, { question: 'The table names the page size `item_number` (doc 1686)', choice: 'Accepted as item_num (quirk trunk-list-spellings).', quirk: 'trunk-list-spellings' }],
    examples: [
      {
        request: { action: 'listAnalogTrunk', options: 'trunk_name,trunk_index,chans,out_of_service,trunkmode' },
        response: { response: { analogtrunk: [{ chans: '1', out_of_service: 'no', trunk_index: 7, trunk_name: '123', trunkmode: 'normal' }], page: 1, total_item: 1, total_page: 1 }, status: 0 },
        doc: doc('1648-1679'),
      },
    ],
  }),
  ucmOperation({
    action: 'addAnalogTrunk',
    section: 'trunk',
    summary: 'Create an analog (FXO) trunk on some ports',
    kind: 'write',
    doc: [doc('1708-1802')],
    params: {
      ...analogTrunkParams,
      trunk_name: ANALOG_TRUNK_FIELDS.trunk_name.input!,
      chans: ANALOG_TRUNK_FIELDS.chans.input!,
      trunkgroup: z.union([z.string().max(32), z.number(), z.null()]).optional(),
    },
    aliases: ANALOG_TRUNK_ALIASES,
    response: needApply('yes'),
    errors: ['itemAdded'],
    decisions: [
      PENDING,
      SHARED_INDEX,
      UNIQUE_NAME,
      {
        question: '`Trunkgroup` is marked mandatory: "The default is 0 when adding. The value is the same as trunk index" (doc 1794); the example sends ""',
        choice: 'Optional and ignored on add: trunkgroup (and the example\'s `tmp`) become the new trunk index.',
      },
      { question: 'chans ("Used ports"): the add example sends 2, the get example answers "1"', choice: 'A port number or a comma list of them ("1,2"), answered as a string. A port already used by another analog trunk → -44.' },
      { question: 'Defaults of fields not sent', choice: 'The getAnalogTrunk example\'s values (doc 1825-1862).' },
      { question: 'The add table says `out_maxcalls`, the get example `out_maxchans`; `Cidsignaling` vs `cidsignalling`', choice: 'Both spellings accepted; answered as in the get example.' },
    ],
    examples: [{ request: { action: 'addAnalogTrunk', chans: 2, trunkgroup: '', trunk_name: '1232', trunkmode: 'normal' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('1714-1760') }],
  }),
  ucmOperation({
    action: 'getAnalogTrunk',
    section: 'trunk',
    summary: 'Read one analog trunk',
    kind: 'read',
    doc: [doc('1804-1909')],
    params: { analogtrunk: p.int(0) },
    response: envelope(z.object({ analogtrunk: outputOf(ANALOG_TRUNK_FIELDS, slaOutput) }).strict()),
    errors: ['noSuchItem'],
    decisions: [
      NOT_FOUND,
      { question: '`tmp` and `trunkgroup` (7 and 7 for trunk 7 in the example)', choice: 'Both equal the trunk index ("The value is the same as trunk index", doc 1794).' },
      { question: 'SLA settings', choice: 'device, bargeallowed and holdaccess are answered only while the trunk is in SLA mode (after addSLATrunk); the example\'s normal trunk has none.' },
    ],
  }),
  ucmOperation({
    action: 'updateAnalogTrunk',
    section: 'trunk',
    summary: 'Update an analog trunk, named by trunk_index (table) or trunkgroup (example)',
    kind: 'write',
    doc: [doc('1911-1983')],
    params: { ...analogTrunkParams, trunk_index: p.int(0).optional(), trunkgroup: p.int(0).optional() },
    aliases: ANALOG_TRUNK_ALIASES,
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [
      NOT_FOUND,
      PENDING,
      {
        question: 'The table identifies the trunk by `Trunk_index` (doc 1975); the example sends `"trunkgroup": 7` and no trunk_index (doc 1950)',
        choice: 'Either names the trunk (trunk_index wins when both arrive); neither → -1.',
        quirk: 'analog-trunkgroup-identifies',
      },
    ],
  }),
  ucmOperation({
    action: 'deleteAnalogTrunk',
    section: 'trunk',
    summary: 'Delete an analog trunk',
    kind: 'write',
    doc: [doc('1985-2023')],
    params: { analogtrunk: p.int(0) },
    response: needApply('yes'),
    errors: ['noSuchItem', 'failedToOperate'],
    decisions: [NOT_FOUND, IN_USE, PENDING],
  }),
  ucmOperation({
    action: 'addSLATrunk',
    section: 'trunk',
    summary: 'Enable SLA on an existing analog trunk, named by trunk_name',
    kind: 'write',
    doc: [doc('2025-2069')],
    params: { ...slaParams, trunk_name: p.required() },
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [
      PENDING,
      { question: 'What does addSLATrunk create?', choice: 'Nothing new: "enable SLA on an existing analog trunk" (doc 2027). The analog trunk named trunk_name gets trunkmode "sla" and the SLA settings; no such analog trunk → -16; already in SLA mode → -44.' },
      { question: 'device default', choice: '"DAHDI/<first port of the trunk>" (the example: "DAHDI/1" for the port-1 trunk).' },
    ],
    examples: [{ request: { action: 'addSLATrunk', bargeallowed: 'yes', device: 'DAHDI/1', holdaccess: 'open', trunk_name: '1232' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('2031-2052') }],
  }),
  ucmOperation({
    action: 'updateSLATrunk',
    section: 'trunk',
    summary: 'Update an analog trunk in SLA mode (and its name)',
    kind: 'write',
    doc: [doc('2071-2112')],
    params: { ...slaParams, trunk_index: p.int(0), trunk_name: p.str().optional() },
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [
      PENDING,
      { question: 'updateSLATrunk on a trunk that is not in SLA mode, or that does not exist', choice: '-16: there is no such SLA trunk.' },
      { question: 'The example sends a different trunk_name ("43243") than the one added ("1232")', choice: 'trunk_name renames the trunk (unique, -44 otherwise).' },
    ],
  }),

  // ——— Digital trunks ———
  ucmOperation({
    action: 'listDigitalTrunk',
    section: 'trunk',
    summary: 'List digital (E1/T1/J1) trunks',
    kind: 'read',
    doc: [doc('2114-2180')],
    params: listParams,
    response: pagedList(
      'digital_trunks',
      z.object({ channel: z.string(), out_of_service: z.string(), span: z.number().int(), trunk_index: z.string(), trunk_name: z.string(), type: z.string() }).partial().strict(),
    ),
    decisions: [
      LIST_PAGING,
      { question: 'The table names the array `Digital_trunk`, the example `digital_trunks` (doc 2138, 2167)', choice: '`digital_trunks`, as the example.' },
      {
        question: 'span, channel and type come from the digital hardware page, which the API does not configure',
        choice: 'The emulated card is one E1 span per channel group: span = group_index, channel "1-15,17-31" (E1 without the signalling slot 16), type "E1 (CPE)", as in the example.',
      },
      { question: 'trunk_index is the string "1" in the list but the number 1 in getDigitalTrunk', choice: 'Reproduced.', quirk: 'digital-trunk-index-string' },
    ],
  }),
  ucmOperation({
    action: 'addDigitalTrunk',
    section: 'trunk',
    summary: 'Create a digital trunk on a channel group',
    kind: 'write',
    doc: [doc('2182-2237')],
    params: { ...digitalTrunkParams, trunk_name: DIGITAL_TRUNK_FIELDS.trunk_name.input!, group_index: DIGITAL_TRUNK_FIELDS.group_index.input! },
    aliases: DIGITAL_TRUNK_ALIASES,
    response: needApply('yes'),
    errors: ['itemAdded'],
    decisions: [
      PENDING,
      SHARED_INDEX,
      UNIQUE_NAME,
      { question: 'group_index\'s Value column says "Yes, no" (doc 2222)', choice: 'A whole number (its type), the channel group; a group used by another digital trunk → -44.' },
      { question: '`technology` (PRI, SS7, MFC/R2, EM, EM_W) is taken on add but getDigitalTrunk does not answer it', choice: 'Stored (default PRI), not answered.' },
      { question: 'Defaults of fields not sent', choice: 'The getDigitalTrunk example\'s values (doc 2262-2279).' },
    ],
    examples: [{ request: { action: 'addDigitalTrunk', group_index: 1, technology: 'PRI', trunk_name: '4324' }, response: { response: { need_apply: 'yes' }, status: 0 }, doc: doc('2188-2215') }],
  }),
  ucmOperation({
    action: 'getDigitalTrunk',
    section: 'trunk',
    summary: 'Read one digital trunk',
    kind: 'read',
    doc: [doc('2239-2309')],
    params: { trunk: p.int(0) },
    response: envelope(z.object({ trunk: outputOf(DIGITAL_TRUNK_FIELDS) }).strict()),
    errors: ['noSuchItem'],
    decisions: [NOT_FOUND, { question: 'status', choice: '"Unavailable", as the example: no span is up in the emulator.' }],
  }),
  ucmOperation({
    action: 'updateDigitalTrunk',
    section: 'trunk',
    summary: 'Update a digital trunk',
    kind: 'write',
    doc: [doc('2311-2365')],
    params: { ...digitalTrunkParams, trunk: p.int(0), trunk_name: DIGITAL_TRUNK_FIELDS.trunk_name.input!, group_index: DIGITAL_TRUNK_FIELDS.group_index.input! },
    aliases: DIGITAL_TRUNK_ALIASES,
    response: needApply('yes'),
    errors: ['noSuchItem', 'itemAdded'],
    decisions: [NOT_FOUND, PENDING, UNIQUE_NAME, { question: 'Required fields', choice: 'trunk, trunk_name and group_index, as the table marks them (doc 2350-2352) and the example sends them.' }],
  }),
  ucmOperation({
    action: 'deleteDigitalTrunk',
    section: 'trunk',
    summary: 'Delete a digital trunk',
    kind: 'write',
    doc: [doc('2367-2403')],
    params: { trunk: p.int(0) },
    response: needApply('yes'),
    errors: ['noSuchItem', 'failedToOperate'],
    decisions: [NOT_FOUND, IN_USE, PENDING],
  }),
];
