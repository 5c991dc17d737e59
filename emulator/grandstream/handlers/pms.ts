import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { PMS_DATA, PMS_OPERATIONS, type PmsOperation } from '../../../contracts/grandstream/pms.ts';
import { PERMISSIONS } from '../../../contracts/grandstream/extension-fields.ts';
import { describeIssues } from '../../core/errors.ts';
import { runtime, type PackContext } from '../../core/pack.ts';
import { fail, ok, type UcmCall, type UcmHandler, type UcmHandlers } from '../call.ts';
import { ucmEvents } from '../events.ts';
import { listPage } from '../listing.ts';
import { extensions, mergePresence } from '../models/extension.ts';
import {
  GUEST_FIELDS,
  minibarGoods,
  minibars,
  minibarWaiters,
  pmsRooms,
  pmsSettings,
  roomGoods,
  wakeups,
  type PmsRoomRow,
  type WakeupRow,
} from '../models/pms.ts';
import { readPmsData } from '../pms-data.ts';
import { ucmDateTime } from '../time.ts';

/** Pmsapi (doc 6969-7548): 17 sub-operations, each a contract `pmsapi:<op>`. */

type Data<Op extends PmsOperation> = z.output<(typeof PMS_DATA)[Op]>;
interface PmsArgs {
  data: unknown;
  format?: string;
  token?: string;
}

const DAY = 86_400_000;

/** A PMS failure: status -1 with an `error` description (doc 7037-7040). */
function pmsFail(message: string): never {
  fail('invalidParameters', message, { error: message });
}

/** The sub-operation's fields, checked; the token checked when quirk pms-token-ignored is off. */
function dataOf<Op extends PmsOperation>(call: UcmCall<PmsArgs>, op: Op): Data<Op> {
  const found = readPmsData(call.args.data);
  if (!found || found.op !== op) pmsFail(`data does not hold a ${op} request`);
  if (found.repaired && !call.context.quirks['pms-dnd-missing-open-tag']) pmsFail('data is not well-formed XML');
  if (!call.context.quirks['pms-token-ignored']) {
    const credentials = pmsSettings(call.context.state).get('credentials');
    const expected = credentials ? createHash('md5').update(credentials.user + credentials.password).digest('hex') : undefined;
    if (!call.args.token || !expected || call.args.token.toLowerCase() !== expected) pmsFail('token error');
  }
  const parsed = PMS_DATA[op].safeParse(found.fields);
  if (!parsed.success) pmsFail(`Invalid ${op} data: ${describeIssues(parsed.error.issues, 2)}`);
  return parsed.data as Data<Op>;
}

/** The room `address`/`room` name (address first; both must agree). */
function roomOf(call: UcmCall, where: { address?: string; room?: string }, label = 'room'): PmsRoomRow {
  const table = pmsRooms(call.context.state);
  if (!where.address && !where.room) pmsFail(`${label}: address or room is required`);
  const row = where.address ? table.get(where.address) : table.find((r) => r.room === where.room)?.[1];
  if (!row) pmsFail(`${label} ${where.address ?? where.room} does not exist`);
  if (where.address && where.room && row.room !== where.room) pmsFail(`${label}: address ${where.address} is not room ${where.room}`);
  return row;
}

/** "2021/01/01 10:00", "20180909", "2018 0910" → "2021-01-01 10:00:00". */
function pmsDateTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const digits = value.replace(/\D/g, '');
  if (digits.length < 8) return value;
  const t = digits.padEnd(14, '0');
  return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)} ${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}`;
}

const permissionOf = (cos: string | undefined) => (cos ? PERMISSIONS[Number(cos) - 1] : undefined);

function setExtension(call: UcmCall, extension: string, change: (fields: Record<string, unknown>) => void) {
  const table = extensions(call.context.state);
  const row = table.get(extension);
  if (!row) return;
  const fields = { ...row.fields };
  change(fields);
  table.set(extension, { ...row, fields });
}

function statusStamp(call: UcmCall): Pick<PmsRoomRow, 's_date' | 's_time'> {
  const [date, time] = ucmDateTime(call.context.clock.now()).split(' ');
  return { s_date: date, s_time: time };
}

function guestChanges(call: UcmCall, data: Data<'checkin'>, room: PmsRoomRow): Partial<PmsRoomRow> {
  const out: Partial<PmsRoomRow> = {};
  const set = (k: keyof PmsRoomRow, v: string | undefined) => {
    if (v !== undefined) (out as Record<string, string>)[k] = v;
  };
  set('account', data.account);
  set('first_name', data.firstname);
  set('last_name', data.lastname);
  set('language', data.language);
  set('vipcode', data.vipcode);
  set('credit', data.credit);
  set('datein', pmsDateTime(data.datein));
  set('dateout', pmsDateTime(data.dateout));
  if (data.firstname !== undefined || data.lastname !== undefined) {
    out.user_name = [out.first_name ?? room.first_name, out.last_name ?? room.last_name].filter(Boolean).join(' ');
  }
  const permission = permissionOf(data.cos);
  if (permission) {
    out.permission = permission;
    out.cos = data.cos;
  }
  void call;
  return out;
}

// ---- wake-up calls ------------------------------------------------------------------------------

/** Armed timers, per reset generation (a reset clears runtime, so stale timers see a new registry). */
const armed = (context: PackContext) => runtime(context, 'grandstream.pms-wakeups', () => new Map<string, () => void>());

function wakeupAt(w_date: string, w_time: string): number {
  return Date.UTC(Number(w_date.slice(0, 4)), Number(w_date.slice(4, 6)) - 1, Number(w_date.slice(6, 8)), Number(w_time.slice(0, 2)), Number(w_time.slice(2, 4)));
}

function arm(context: PackContext, key: string, row: WakeupRow): void {
  const registry = armed(context);
  registry.get(key)?.();
  const delay = (row.at - context.clock.now()) / 1000;
  if (row.state !== 'scheduled' || delay < 0) return;
  const cancel = context.clock.after(delay, () => {
    if (armed(context) !== registry) return;
    registry.delete(key);
    const current = wakeups(context.state).get(key);
    if (!current || current.id !== row.id || current.state !== 'scheduled') return;
    const room = pmsRooms(context.state).get(current.address);
    const next: WakeupRow = {
      ...current,
      calls: current.calls + 1,
      last_call: ucmDateTime(current.at),
      ...(current.w_mode === '2' ? { at: current.at + DAY } : { state: 'done' as const }),
    };
    wakeups(context.state).set(key, next);
    ucmEvents(context).publish({ eventname: 'PMSWakeup', subject: current.address, eventbody: [{ address: current.address, extension: room?.extension ?? current.address, room: room?.room ?? '', time: next.last_call }] });
    arm(context, key, next);
  });
  registry.set(key, cancel);
}

/** Arms every scheduled wake-up not armed yet (after a restart from persisted state). */
function armAll(context: PackContext): void {
  const registry = armed(context);
  for (const [key, row] of wakeups(context.state).entries()) if (!registry.has(key)) arm(context, key, row);
}

function cancelWakeups(context: PackContext, address: string, key?: string): number {
  const table = wakeups(context.state);
  const registry = armed(context);
  let n = 0;
  for (const [k, row] of table.entries()) {
    if (row.address !== address || (key !== undefined && k !== key)) continue;
    registry.get(k)?.();
    registry.delete(k);
    table.delete(k);
    if (row.state === 'scheduled') n++;
  }
  return n;
}

// ---- handlers ----------------------------------------------------------------------------------

type PmsHandler<Op extends PmsOperation> = (call: UcmCall<PmsArgs>, data: Data<Op>) => unknown;

const HANDLERS: { [Op in PmsOperation]: PmsHandler<Op> } = {
  checkin: (call, data) => {
    const room = roomOf(call, data);
    if (room.chki_status === 'yes') pmsFail(`room ${room.room} is already checked in`);
    const changes = guestChanges(call, data, room);
    const stamp = ucmDateTime(call.context.clock.now()).replace(/\D/g, '');
    const next: PmsRoomRow = {
      ...room,
      ...changes,
      permission: changes.permission ?? room.default_permission,
      chki_status: 'yes',
      order_id: `${stamp}${room.address.slice(-4).padStart(4, '0')}`,
      ...(room.status === '0' ? { status: '1', ...statusStamp(call) } : {}),
    };
    pmsRooms(call.context.state).set(room.address, next);
    setExtension(call, room.extension, (f) => (f.permission = next.permission));
    return ok({});
  },

  update: (call, data) => {
    const room = roomOf(call, data);
    if (data.status === '0') pmsFail('status 0 (not checked in) cannot be set via update');
    const changes = guestChanges(call, data, room);
    const next: PmsRoomRow = { ...room, ...changes, ...(data.status !== undefined && data.status !== room.status ? { status: data.status, ...statusStamp(call) } : {}) };
    pmsRooms(call.context.state).set(room.address, next);
    if (changes.permission) setExtension(call, room.extension, (f) => (f.permission = changes.permission));
    return ok({});
  },

  mov: (call, data) => {
    const from = roomOf(call, data);
    const to = roomOf(call, { address: data.d_address, room: data.d_room ?? data.r_room }, 'destination room');
    if (from.chki_status !== 'yes') pmsFail(`room ${from.room} is not checked in`);
    if (to.address === from.address) pmsFail('the destination is the same room');
    if (to.chki_status === 'yes') pmsFail(`room ${to.room} is already checked in`);
    const table = pmsRooms(call.context.state);
    const guest = Object.fromEntries(GUEST_FIELDS.map((k) => [k, from[k]]));
    table.set(to.address, {
      ...to,
      ...guest,
      permission: from.permission,
      cos: from.cos,
      chki_status: 'yes',
      tmp_address: from.address,
      tmp_extension: from.extension,
      tmp_user_name: from.user_name,
      ...(to.status === '0' ? { status: '1', ...statusStamp(call) } : {}),
    });
    table.set(from.address, checkedOut(from));
    setExtension(call, to.extension, (f) => (f.permission = from.permission));
    setExtension(call, from.extension, (f) => (f.permission = from.default_permission));
    // Wake-up calls follow the guest.
    for (const [key, row] of wakeups(call.context.state).entries()) {
      if (row.address !== from.address) continue;
      cancelWakeups(call.context, from.address, key);
      const moved = { ...row, address: to.address };
      const newKey = `${to.address}:${row.w_date}${row.w_time}`;
      wakeups(call.context.state).set(newKey, moved);
      arm(call.context, newKey, moved);
    }
    return ok({});
  },

  wakeup: (call, data) => {
    const room = roomOf(call, data);
    const { context } = call;
    if (data.w_action === '0') {
      const key = data.w_date && data.w_time ? `${room.address}:${data.w_date}${data.w_time}` : undefined;
      if (cancelWakeups(context, room.address, key) === 0) pmsFail(`room ${room.room} has no such wake-up call`);
      return ok({});
    }
    if (!data.w_date || !data.w_time) pmsFail('w_date and w_time are required to set a wake-up call');
    const mode = data.w_mode ?? '1';
    let at = wakeupAt(data.w_date, data.w_time);
    if (Number.isNaN(at)) pmsFail('w_date is not a date');
    if (mode === '2') while (at < context.clock.now()) at += DAY;
    const key = `${room.address}:${data.w_date}${data.w_time}`;
    const previous = wakeups(context.state).get(key);
    const row: WakeupRow = {
      id: context.state.nextId('pms_wakeup'),
      address: room.address,
      w_mode: mode,
      w_date: data.w_date,
      w_time: data.w_time,
      at,
      state: at >= context.clock.now() ? 'scheduled' : 'done',
      calls: previous?.calls ?? 0,
      last_call: previous?.last_call ?? null,
    };
    wakeups(context.state).set(key, row);
    arm(context, key, row);
    return ok({});
  },

  checkout: (call, data) => {
    const room = roomOf(call, data);
    if (room.chki_status !== 'yes') pmsFail(`room ${room.room} is not checked in`);
    pmsRooms(call.context.state).set(room.address, checkedOut(room));
    setExtension(call, room.extension, (f) => (f.permission = room.default_permission));
    cancelWakeups(call.context, room.address);
    const goods = roomGoods(call.context.state);
    for (const [id, g] of goods.entries()) if (g.room === room.room || g.room === room.address) goods.delete(id);
    return ok({});
  },

  adminibar: (call, data) => {
    const table = minibars(call.context.state);
    if (table.has(data.barcode)) pmsFail(`mini bar ${data.barcode} already exists`);
    table.set(data.barcode, {
      barcode: data.barcode,
      barname: data.barname ?? '',
      prompt: data.prompt ?? '',
      verify_skip: data.verifyskip || 'no',
      enable_list_goods: data.listgoods || 'no',
      seq: call.context.state.nextId('pms_minibar'),
    });
    return ok({});
  },

  delminibar: (call, data) => {
    if (!minibars(call.context.state).delete(data.barcode)) pmsFail(`mini bar ${data.barcode} does not exist`);
    return ok({});
  },

  adminibargoods: (call, data) => {
    const table = minibarGoods(call.context.state);
    if (table.has(data.goodscode)) pmsFail(`goods ${data.goodscode} already exist`);
    const tax = data.goods_tax === undefined || data.goods_tax === '' ? 0 : Number(data.goods_tax);
    if (!Number.isFinite(tax) || tax < 0) pmsFail('goods_tax must be a number ≥ 0');
    if (data.amount !== undefined && data.amount !== '' && !Number.isFinite(Number(data.amount))) pmsFail('amount must be a number');
    table.set(data.goodscode, { amount: data.amount ?? '', extension: data.goodscode, goods_name: data.goodsname, goods_tax: tax, prompt_error: 'set-failure', prompt_success: 'set-success' });
    return ok({});
  },

  delminibargoods: (call, data) => {
    if (!minibarGoods(call.context.state).delete(data.goodscode)) pmsFail(`goods ${data.goodscode} do not exist`);
    return ok({});
  },

  listMiniBarGoods: (call, data) => {
    const rows = minibarGoods(call.context.state).values() as unknown as Array<Record<string, unknown>>;
    // The array is keyed `goods_name` like a field of its items (doc 7238; quirk pms-goods-list-key).
    return ok(listPage(rows, data, { key: 'goods_name', fields: ['amount', 'extension', 'goods_name', 'goods_tax', 'prompt_error', 'prompt_success'], defaultSort: 'extension', quirks: call.context.quirks }));
  },

  getMiniBar: (call) => {
    const latest = minibars(call.context.state)
      .values()
      .sort((a, b) => b.seq - a.seq)[0];
    const settings = latest
      ? { del_extension: String(Number(latest.barcode) + 1), enable_list_goods: latest.enable_list_goods, extension: latest.barcode, global_tax: 1.0, minibar_enable: 'yes', minibar_name: latest.barname, prompt: latest.prompt, verify_skip: latest.verify_skip }
      : { del_extension: '', enable_list_goods: 'no', extension: '', global_tax: 1.0, minibar_enable: 'no', minibar_name: '', prompt: '', verify_skip: 'no' };
    return ok({ minibar_settings: settings });
  },

  addminibarwaiter: (call, data) => {
    const table = minibarWaiters(call.context.state);
    if (table.has(data.maidcode)) pmsFail(`waiter ${data.maidcode} already exists`);
    table.set(data.maidcode, { maidcode: data.maidcode, password: data.password ?? '' });
    return ok({});
  },

  delminibarwaiter: (call, data) => {
    if (!minibarWaiters(call.context.state).delete(data.maidcode)) pmsFail(`waiter ${data.maidcode} does not exist`);
    return ok({});
  },

  cfu: (call, data) => {
    const room = roomOf(call, data);
    const target = data.cfwt?.trim() || null;
    const exts = extensions(call.context.state);
    const row = exts.get(room.extension);
    if (!row) pmsFail(`room ${room.room} has no extension`);
    const status = String(row.fields.presence_status ?? 'available');
    const list = row.sip_presence_settings.map((p) =>
      p.presence_status === status ? { ...p, cfu: target, cfu_destination_type: target === null ? '0' : exts.has(target) ? '1' : '2' } : p,
    );
    exts.set(room.extension, { ...row, sip_presence_settings: mergePresence(list) });
    return ok({});
  },

  dnd: (call, data) => {
    const room = roomOf(call, data);
    if (!extensions(call.context.state).has(room.extension)) pmsFail(`room ${room.room} has no extension`);
    setExtension(call, room.extension, (f) => (f.dnd = data.status === '1' ? 'yes' : 'no'));
    return ok({});
  },

  listPMSRoom: (call, data) => {
    const rows = pmsRooms(call.context.state)
      .values()
      .map(({ cos: _cos, ...r }) => r) as unknown as Array<Record<string, unknown>>;
    const fields = ['account', 'address', 'chki_status', 'credit', 'datein', 'dateout', 'default_permission', 'extension', 'first_name', 'language', 'last_name', 'maid', 'number', 'order_id', 'permission', 'room', 's_date', 's_time', 'status', 'tmp_address', 'tmp_extension', 'tmp_user_name', 'user_name', 'vipcode'];
    return ok(listPage(rows, data, { key: 'pms_room', fields, defaultSort: 'address', quirks: call.context.quirks }));
  },

  getPMSRoomGoods: (call, data) => {
    const room = roomOf(call, { room: data.room });
    const rows = roomGoods(call.context.state)
      .values()
      .filter((g) => g.room === room.room || g.room === room.address)
      .map(({ room: _room, ...g }) => g) as unknown as Array<Record<string, unknown>>;
    return ok(listPage(rows, data, { key: 'minibar_goods', fields: ['goods_name', 'count', 'amount', 'time', 'maid', 'tax'], defaultSort: 'time', quirks: call.context.quirks }));
  },
};

function checkedOut(room: PmsRoomRow): PmsRoomRow {
  const next: PmsRoomRow = { ...room, chki_status: 'no', permission: room.default_permission };
  for (const k of GUEST_FIELDS) next[k] = '';
  delete next.cos;
  return next;
}

export const pmsHandlers: UcmHandlers = Object.fromEntries(
  PMS_OPERATIONS.map((op) => {
    const handler: UcmHandler<PmsArgs> = (call) => {
      armAll(call.context);
      return (HANDLERS[op] as PmsHandler<typeof op>)(call, dataOf(call, op));
    };
    return [`pmsapi:${op}`, handler];
  }),
);
