import type { VendorState } from '../../core/store.ts';
import { TABLES } from './tables.ts';

/** A PMS room (Table O, doc 7433-7500): every field a string, as listPMSRoom answers it. Keyed by address. */
export interface PmsRoomRow {
  account: string;
  address: string;
  chki_status: 'yes' | 'no';
  credit: string;
  datein: string;
  dateout: string;
  default_permission: string;
  extension: string;
  first_name: string;
  language: string;
  last_name: string;
  maid: string;
  number: string;
  order_id: string;
  permission: string;
  room: string;
  s_date: string;
  s_time: string;
  /** "0" not checked in (new room) … "6" closed (doc 7034). */
  status: string;
  tmp_address: string;
  tmp_extension: string;
  tmp_user_name: string;
  user_name: string;
  vipcode: string;
  /** Set by cos on check-in; not answered. */
  cos?: string;
}

export interface MinibarRow {
  barcode: string;
  barname: string;
  prompt: string;
  verify_skip: string;
  enable_list_goods: string;
  /** Order of addition (getMiniBar answers the latest). */
  seq: number;
}

export interface MinibarGoodsRow {
  amount: string;
  extension: string;
  goods_name: string;
  goods_tax: number;
  prompt_error: string;
  prompt_success: string;
}

export interface MinibarWaiterRow {
  maidcode: string;
  password: string;
}

/** An item billed to a room (getPMSRoomGoods), keyed by sequence. */
export interface RoomGoodsRow {
  room: string;
  goods_name: string;
  count: number;
  amount: number;
  time: string;
  maid: string;
  tax: number;
}

/** A wake-up call, keyed `<address>:<YYYYMMDD><HHMM>`. */
export interface WakeupRow {
  id: number;
  address: string;
  w_mode: '1' | '2';
  w_date: string;
  w_time: string;
  /** Epoch ms of the next ring (UTC). */
  at: number;
  state: 'scheduled' | 'done';
  calls: number;
  last_call: string | null;
}

/** PMS credentials for the token check (quirk pms-token-ignored off), table pms_settings row `credentials`. */
export interface PmsCredentials {
  user: string;
  password: string;
}

export const pmsRooms = (state: VendorState) => state.table<PmsRoomRow>(TABLES.pmsRooms);
export const minibars = (state: VendorState) => state.table<MinibarRow>(TABLES.minibars);
export const minibarGoods = (state: VendorState) => state.table<MinibarGoodsRow>(TABLES.minibarGoods);
export const minibarWaiters = (state: VendorState) => state.table<MinibarWaiterRow>(TABLES.minibarWaiters);
export const roomGoods = (state: VendorState) => state.table<RoomGoodsRow>(TABLES.roomGoods);
export const wakeups = (state: VendorState) => state.table<WakeupRow>(TABLES.wakeups);
export const pmsSettings = (state: VendorState) => state.table<PmsCredentials>(TABLES.pmsSettings);

/** A room nobody is checked into (status 0, doc 7034), for fixtures and the control API. */
export function newRoom(address: string, room = address, extension = address): PmsRoomRow {
  return {
    account: '',
    address,
    chki_status: 'no',
    credit: '',
    datein: '',
    dateout: '',
    default_permission: 'internal',
    extension,
    first_name: '',
    language: '',
    last_name: '',
    maid: '',
    number: room,
    order_id: '',
    permission: 'internal',
    room,
    s_date: '',
    s_time: '',
    status: '0',
    tmp_address: '',
    tmp_extension: '',
    tmp_user_name: '',
    user_name: '',
    vipcode: '',
  };
}

/** Guest fields a check-out empties. */
export const GUEST_FIELDS = ['account', 'credit', 'datein', 'dateout', 'first_name', 'language', 'last_name', 'order_id', 'user_name', 'vipcode'] as const;
