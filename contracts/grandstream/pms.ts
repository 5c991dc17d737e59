import { z } from 'zod';
import type { Decision } from '../core/index.ts';
import { p } from './args.ts';
import { ucmOperation } from './operation.ts';
import { emptyResponse, envelope, pagedList } from './shapes.ts';
import { doc } from './source.ts';

/*
 * Pmsapi (doc 6969-7548): one action, 17 sub-operations named by the root of `data` — an XML string
 * `<pms_data_request><checkin>…</checkin></pms_data_request>` or a JSON object `{"listPMSRoom": {}}`.
 * Each sub-operation is a contract `pmsapi:<op>`; emulator/grandstream/variants.ts picks it from `data`.
 * The fields inside `data` are checked by the handler against PMS_DATA (failures are -1 with an `error`).
 */

const id = () => p.str().pipe(z.string().trim().max(32));
const optional = () => p.str().optional();
/** `YYYY/MM/DD hh:mm` (doc 7027), the JSON example's `20180909` (doc 7021), or `YYYY-MM-DD hh:mm[:ss]`. */
const pmsDate = () =>
  p.str().pipe(z.string().trim().regex(/^(\d{4}[/-]\d{2}[/-]\d{2}( \d{1,2}:\d{2}(:\d{2})?)?|\d{8}( ?\d{4})?|\d{4} ?\d{4})$/, 'must be YYYY/MM/DD hh:mm'));

const room = { address: id().optional(), room: id().optional() };
const paging = { page: optional(), item_num: optional(), sidx: optional(), sord: optional() };

const guest = {
  ...room,
  account: optional(),
  firstname: optional(),
  lastname: optional(),
  language: optional(),
  vipcode: optional(),
  datein: pmsDate().optional(),
  dateout: pmsDate().optional(),
  credit: optional(),
  cos: p.choice(['1', '2', '3', '4']).optional(),
};

/** The fields inside `data` of each sub-operation. */
export const PMS_DATA = {
  checkin: z.object(guest),
  update: z.object({ ...guest, status: p.choice(['0', '1', '2', '3', '4', '5', '6']).optional() }),
  mov: z.object({ ...room, d_address: id().optional(), d_room: id().optional(), r_room: id().optional() }),
  wakeup: z.object({
    ...room,
    w_action: p.choice(['0', '1']),
    w_mode: p.choice(['1', '2']).optional(),
    w_date: p.str().pipe(z.string().regex(/^\d{8}$/, 'must be YYYYMMDD')).optional(),
    w_time: p.str().pipe(z.string().regex(/^([01]\d|2[0-3])[0-5]\d$/, 'must be HHMM')).optional(),
  }),
  checkout: z.object(room),
  adminibar: z.object({ barcode: p.str().pipe(z.string().regex(/^\d{1,18}$/, 'must be digits')), barname: optional(), prompt: optional(), verifyskip: optional(), listgoods: optional() }),
  delminibar: z.object({ barcode: id() }),
  adminibargoods: z.object({ goodscode: p.str().pipe(z.string().regex(/^\d{1,10}$/, 'must be digits')), goodsname: p.required(), amount: optional(), goods_tax: optional() }),
  delminibargoods: z.object({ goodscode: id() }),
  listMiniBarGoods: z.object(paging),
  getMiniBar: z.object({}),
  addminibarwaiter: z.object({ maidcode: p.str().pipe(z.string().regex(/^\d{1,18}$/, 'must be digits')), password: optional() }),
  delminibarwaiter: z.object({ maidcode: id() }),
  cfu: z.object({ ...room, cfwt: p.nullableStr().optional() }),
  dnd: z.object({ ...room, status: p.choice(['0', '1']) }),
  listPMSRoom: z.object(paging),
  getPMSRoomGoods: z.object({ room: id(), ...paging }),
} as const;

export type PmsOperation = keyof typeof PMS_DATA;
export const PMS_OPERATIONS = Object.keys(PMS_DATA) as PmsOperation[];

const roomItem = z
  .object(
    Object.fromEntries(
      ['account', 'address', 'chki_status', 'credit', 'datein', 'dateout', 'default_permission', 'extension', 'first_name', 'language', 'last_name', 'maid', 'number', 'order_id', 'permission', 'room', 's_date', 's_time', 'status', 'tmp_address', 'tmp_extension', 'tmp_user_name', 'user_name', 'vipcode'].map((k) => [k, z.string()]),
    ),
  )
  .partial()
  .strict();

const goodsItem = z.object({ amount: z.string(), extension: z.string(), goods_name: z.string(), goods_tax: z.number(), prompt_error: z.string(), prompt_success: z.string() }).strict();
const roomGoodsItem = z.object({ goods_name: z.string(), count: z.number().int(), amount: z.number(), time: z.string(), maid: z.string(), tax: z.number() }).strict();
const minibarSettings = z
  .object({ del_extension: z.string(), enable_list_goods: z.string(), extension: z.string(), global_tax: z.number(), minibar_enable: z.string(), minibar_name: z.string(), prompt: z.string(), verify_skip: z.string() })
  .strict();

interface PmsSpec {
  lines: string;
  summary: string;
  kind: 'read' | 'write';
  response: z.ZodType;
  decisions?: Decision[];
}

const ROOM_DECISION: Decision = {
  question: 'How is the room named? (`address` "identifier recognized by destination", `room` "room number")',
  choice: 'By `address` (the room\'s unique identifier, its extension); `room` alone also finds it; both given must agree. An unknown room → -1 with `error`.',
};

const SPECS: Record<PmsOperation, PmsSpec> = {
  checkin: {
    lines: '6973-7042',
    summary: 'Check a guest into a room',
    kind: 'write',
    response: emptyResponse,
    decisions: [
      ROOM_DECISION,
      { question: 'Checking into a room already checked in', choice: '-1 with `error` "room is already checked in".' },
      { question: 'What check-in changes', choice: 'chki_status "yes", the guest fields, user_name "<first> <last>", permission from `cos` (1 internal … 4 internal-local-national-international; default the room\'s default_permission), a new order_id, status "1" when it was "0". Dates are answered as "YYYY-MM-DD hh:mm:ss".' },
    ],
  },
  update: {
    lines: '7046-7075',
    summary: 'Update a room\'s guest data or status',
    kind: 'write',
    response: emptyResponse,
    decisions: [ROOM_DECISION, { question: '`status` 0 ("cannot be set via PMS API Update", doc 7034)', choice: '-1 with `error`. 1-6 set the room status and s_date/s_time.' }],
  },
  mov: {
    lines: '7077-7098',
    summary: 'Move a checked-in guest to another room',
    kind: 'write',
    response: emptyResponse,
    decisions: [
      ROOM_DECISION,
      { question: 'The table names the destination room `r_room`, the example `d_room` (doc 7029 vs 7092)', choice: 'Both accepted.' },
      { question: 'What a move does', choice: 'The guest moves to the destination (which must exist and not be checked in; else -1); the destination keeps tmp_address/tmp_extension/tmp_user_name of the source; the source is checked out. Wake-up calls move with the guest.' },
    ],
  },
  wakeup: {
    lines: '7100-7124',
    summary: 'Set or cancel a wake-up call for a room',
    kind: 'write',
    response: emptyResponse,
    decisions: [
      ROOM_DECISION,
      { question: 'What the wake-up call does', choice: 'At w_date w_time (UTC, emulator clock) the room\'s extension is called: the wake-up row records `last_call` and `calls`, a `PMSWakeup` event is published; mode 2 (daily) repeats every 24 h, mode 1 happens once. A time already past is stored and never rings (a single one) or rings next day (daily).' },
      { question: 'w_action 0 (cancel)', choice: 'Cancels the room\'s wake-up at that w_date/w_time, or every one of the room when they are not sent; nothing to cancel → -1.' },
      { question: 'w_action 1 without w_date/w_time', choice: '-1 with `error`.' },
    ],
  },
  checkout: {
    lines: '7126-7143',
    summary: 'Check a guest out of a room',
    kind: 'write',
    response: emptyResponse,
    decisions: [ROOM_DECISION, { question: 'What check-out does', choice: 'chki_status "no", guest fields emptied, permission back to default_permission, the room\'s wake-up calls and billed minibar goods removed. A room not checked in → -1.' }],
  },
  adminibar: {
    lines: '7145-7165',
    summary: 'Add a mini bar (its billing number, name, prompt)',
    kind: 'write',
    response: emptyResponse,
    decisions: [
      { question: 'How adminibar maps to getMiniBar\'s settings', choice: 'barcode → extension, barname → minibar_name, prompt, verifyskip → verify_skip, listgoods → enable_list_goods (empty → "no"); minibar_enable "yes". A barcode already added → -1.' },
    ],
  },
  delminibar: { lines: '7167-7183', summary: 'Delete a mini bar by barcode', kind: 'write', response: emptyResponse, decisions: [{ question: 'Unknown barcode', choice: '-1 with `error`.' }] },
  adminibargoods: {
    lines: '7185-7201',
    summary: 'Add a purchasable minibar item',
    kind: 'write',
    response: emptyResponse,
    decisions: [{ question: 'Price and tax (not in the example)', choice: 'Optional `amount` and `goods_tax` inside data; defaults "" and 0 (the global rate), as the listMiniBarGoods example\'s "paper". A goods code already added → -1.' }],
  },
  delminibargoods: { lines: '7203-7218', summary: 'Delete a minibar item by goods code', kind: 'write', response: emptyResponse, decisions: [{ question: 'Unknown goods code', choice: '-1 with `error`.' }] },
  listMiniBarGoods: {
    lines: '7220-7287',
    summary: 'List minibar items (array keyed goods_name)',
    kind: 'read',
    response: pagedList('goods_name', goodsItem),
    decisions: [{ question: 'The array is keyed `goods_name`, like a field of its items (doc 7238)', choice: 'Reproduced (quirk pms-goods-list-key).', quirk: 'pms-goods-list-key' }],
  },
  getMiniBar: {
    lines: '7289-7340',
    summary: 'Read the minibar settings',
    kind: 'read',
    response: envelope(z.object({ minibar_settings: minibarSettings }).strict()),
    decisions: [{ question: 'Several mini bars added, or none', choice: 'The most recently added one is answered; with none, minibar_enable "no" and empty numbers, global_tax 1.0.' }],
  },
  addminibarwaiter: { lines: '7342-7358', summary: 'Add a housekeeper (maid code and password)', kind: 'write', response: emptyResponse, decisions: [{ question: 'A maid code already added', choice: '-1 with `error`.' }] },
  delminibarwaiter: { lines: '7360-7375', summary: 'Delete a housekeeper', kind: 'write', response: emptyResponse, decisions: [{ question: 'Unknown maid code', choice: '-1 with `error`.' }] },
  cfu: {
    lines: '7377-7394',
    summary: 'Set (or clear, empty cfwt) call forward unconditional of a room\'s extension',
    kind: 'write',
    response: emptyResponse,
    decisions: [ROOM_DECISION, { question: 'Where the forward is kept', choice: 'On the room extension\'s presence settings (status "available"): cfu = cfwt, cfu_destination_type "1" for an extension, "2" for another number; empty cfwt clears it (getSIPAccount shows it).' }],
  },
  dnd: {
    lines: '7396-7413',
    summary: 'Turn Do Not Disturb of a room\'s extension on (1) or off (0)',
    kind: 'write',
    response: emptyResponse,
    decisions: [
      ROOM_DECISION,
      { question: 'The example has no opening <dnd> tag (doc 7404-7409)', choice: 'A closing tag with no opening one names the sub-operation (quirk pms-dnd-missing-open-tag).', quirk: 'pms-dnd-missing-open-tag' },
      { question: 'Where DND is kept', choice: 'The room extension\'s `dnd` field ("yes"/"no"; getSIPAccount shows it).' },
    ],
  },
  listPMSRoom: {
    lines: '7415-7500',
    summary: 'List PMS rooms (Table O)',
    kind: 'read',
    response: pagedList('pms_room', roomItem),
    decisions: [
      { question: 'Paging', choice: 'page/item_num/sidx/sord inside the data object, as other lists; default everything on page 1 sorted by address. (The example\'s total_item 3 beside one row is a trimmed example, not reproduced.)' },
      { question: '`status` is typed int but the example answers "1"', choice: 'A string, as every room field in the example.' },
    ],
  },
  getPMSRoomGoods: {
    lines: '7502-7548',
    summary: 'Minibar items billed to a room',
    kind: 'read',
    response: pagedList('minibar_goods', roomGoodsItem),
    decisions: [ROOM_DECISION, { question: 'How items are billed', choice: 'By housekeepers on the phone (no API); the emulator\'s rows come from fixtures or the control API (table pms_room_goods).' }],
  },
};

/** `data` as sent: an XML or JSON string, or a JSON object. */
const dataParam = z.union([z.string().max(65_536), z.record(z.string(), z.unknown())]);

const COMMON_DECISIONS: Decision[] = [
  { question: 'How is the sub-operation chosen?', choice: 'By the root of `data`: the first element inside <pms_data_request> of an XML string, or the first key of a JSON object or JSON string (a `pms_data_request` wrapper is looked through); names ignore case. No recognisable sub-operation → -1.' },
  { question: '`format` (xml, json)', choice: 'Optional; the content of `data` decides how it is read (a string starting with "<" is XML).' },
  { question: 'Failures (doc 7037-7040: status -1 and an `error` description)', choice: 'Every failure about the data is `{"response": {"error_msg": …, "error": …}, "status": -1}`; cookie and permission failures stay -6/-47.' },
  {
    question: '`token` ("PMS username and password after md5 encryption", ucm.md A24)',
    choice: 'Optional and not checked: the cookie authenticates (quirk pms-token-ignored). Off: required, md5(pms user + pms password) of table pms_settings row `credentials`, any case; else -1.',
    quirk: 'pms-token-ignored',
  },
];

export const pmsContracts = PMS_OPERATIONS.map((op) => {
  const spec = SPECS[op];
  return ucmOperation({
    action: 'pmsapi',
    id: `pmsapi:${op}`,
    section: 'pms',
    summary: spec.summary,
    kind: spec.kind,
    doc: [doc(spec.lines), doc('7022-7040', 'common pmsapi parameters and failure')],
    params: { data: dataParam, format: p.choice(['xml', 'json']).optional(), token: p.str().optional() },
    response: spec.response,
    errors: ['invalidParameters'],
    decisions: [...COMMON_DECISIONS, ...(spec.decisions ?? [])],
  });
});
