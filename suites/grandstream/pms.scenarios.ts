import assert from 'node:assert/strict';
import { doc } from '../../contracts/grandstream/source.ts';
import { newRoom } from '../../emulator/grandstream/models/pms.ts';
import { defineScenario, type ScenarioContext } from '../harness/scenario.ts';
import { addExtension, GrandstreamClient } from './helpers.ts';

/** Why PMS scenarios need the control API: rooms are made in the UCM web UI, never through the API. */
const ROOM_CONTROL = 'creates a PMS room for its own extension (rooms are made in the web UI only)';

const xml = (op: string, fields: Record<string, string>) =>
  `<pms_data_request>\n  <${op}>\n${Object.entries(fields)
    .map(([k, v]) => `    <${k}>${v}</${k}>`)
    .join('\n')}\n  </${op}>\n</pms_data_request>`;

/** An extension of the run with a PMS room of the same number; the room is checked out afterwards if needed. */
async function addRoom(t: ScenarioContext, ucm: GrandstreamClient): Promise<string> {
  const extension = await addExtension(t, ucm);
  await t.control.seed({ tables: { pms_rooms: { [extension]: newRoom(extension) } } });
  t.cleanup(async () => {
    const reply = await ucm.send('pmsapi', { cookie: ucm.currentCookie ?? (await ucm.login()), format: 'xml', data: xml('checkout', { address: extension }) });
    if (reply.body?.status !== 0 && reply.body?.status !== -1) throw new Error(`could not check out room ${extension}: ${reply.text}`);
  });
  return extension;
}

async function roomOf(ucm: GrandstreamClient, address: string) {
  const list = await ucm.call('pmsapi', { data: { listPMSRoom: {} } });
  return list.response.pms_room.find((r: { address: string }) => r.address === address) as Record<string, string> | undefined;
}

/** Pmsapi (doc 6969-7548). */
export const pmsScenarios = [
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.pms.checkin-checkout',
    title: 'pmsapi checkin (XML) → listPMSRoom shows the guest → update status 0 refused (-1 + error) → checkout empties the room',
    doc: [doc('6973-7143'), doc('7415-7500')],
    operations: ['pmsapi:checkin', 'pmsapi:listPMSRoom', 'pmsapi:update', 'pmsapi:checkout'],
    mutates: true,
    control: ROOM_CONTROL,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const room = await addRoom(t, ucm);
      const checkin = xml('checkin', { address: room, room, account: room, firstname: 'John', lastname: 'Doe', language: 'EN', vipcode: '2', datein: '2021/01/01 10:00', dateout: '2021/01/07 11:00', credit: '9999900', cos: '3' });
      assert.deepEqual((await ucm.call('pmsapi', { data: checkin, format: 'xml' })).response, {});
      const guest = await roomOf(ucm, room);
      assert.equal(guest?.chki_status, 'yes');
      assert.equal(guest?.first_name, 'John');
      assert.equal(guest?.last_name, 'Doe');
      const refused = await ucm.error('pmsapi', { data: xml('update', { address: room, room, status: '0' }), format: 'xml' });
      assert.equal(refused.status, -1);
      assert.equal(typeof refused.response.error, 'string');
      assert.deepEqual((await ucm.call('pmsapi', { data: xml('update', { address: room, room, status: '2' }), format: 'xml' })).response, {});
      assert.equal((await roomOf(ucm, room))?.status, '2');
      assert.deepEqual((await ucm.call('pmsapi', { data: xml('checkout', { address: room, room }), format: 'xml' })).response, {});
      const after = await roomOf(ucm, room);
      assert.equal(after?.chki_status, 'no');
      assert.equal(after?.first_name, '');
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.pms.wakeup',
    title: 'a wake-up call set through pmsapi rings the room at its time; a daily one is cancelled with w_action 0',
    doc: [doc('7100-7124')],
    operations: ['pmsapi:checkin', 'pmsapi:wakeup'],
    mutates: true,
    control: `${ROOM_CONTROL}; advances the clock to the wake-up time and reads the wake-up table`,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const room = await addRoom(t, ucm);
      await ucm.call('pmsapi', { data: xml('checkin', { address: room, room, firstname: 'Wake', lastname: 'Me' }), format: 'xml' });
      const { now } = await t.control.clock();
      const at = new Date(now + 30 * 60_000);
      const w_date = at.toISOString().slice(0, 10).replace(/-/g, '');
      const w_time = at.toISOString().slice(11, 16).replace(':', '');
      await ucm.call('pmsapi', { data: xml('wakeup', { address: room, room, w_action: '1', w_mode: '1', w_date, w_time }), format: 'xml' });
      const wakeups = async () => (await t.control.state<{ tables: Record<string, Record<string, { calls: number; state: string }>> }>()).tables.pms_wakeups ?? {};
      const key = `${room}:${w_date}${w_time}`;
      assert.equal((await wakeups())[key]?.calls, 0);
      await t.control.advanceClock(31 * 60);
      assert.equal((await wakeups())[key]?.calls, 1);
      assert.equal((await wakeups())[key]?.state, 'done');
      await ucm.call('pmsapi', { data: xml('wakeup', { address: room, w_action: '1', w_mode: '2', w_date, w_time }), format: 'xml' });
      await ucm.call('pmsapi', { data: xml('wakeup', { address: room, w_action: '0', w_date, w_time }), format: 'xml' });
      assert.equal((await wakeups())[key], undefined);
      assert.equal((await ucm.error('pmsapi', { data: xml('wakeup', { address: room, w_action: '0' }), format: 'xml' })).status, -1);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.pms.cfu-dnd',
    title: 'pmsapi cfu and dnd change the room extension (getSIPAccount shows the forward and DND)',
    doc: [doc('7377-7413'), doc('621-920')],
    operations: ['pmsapi:cfu', 'pmsapi:dnd', 'getSIPAccount'],
    mutates: true,
    control: ROOM_CONTROL,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const room = await addRoom(t, ucm);
      await ucm.call('pmsapi', { data: xml('cfu', { address: room, room, cfwt: '4002' }), format: 'xml' });
      const got = await ucm.call('getSIPAccount', { extension: room });
      const available = got.response.sip_presence_settings.find((p: { presence_status: string }) => p.presence_status === 'available');
      assert.equal(available.cfu, '4002');
      await ucm.call('pmsapi', { data: xml('dnd', { address: room, room, status: '1' }), format: 'xml' });
      assert.equal((await ucm.call('getSIPAccount', { extension: room })).response.extension.dnd, 'yes');
      await ucm.call('pmsapi', { data: xml('dnd', { address: room, room, status: '0' }), format: 'xml' });
      assert.equal((await ucm.call('getSIPAccount', { extension: room })).response.extension.dnd, 'no');
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.pms.minibar-goods',
    title: 'pmsapi adminibargoods → listMiniBarGoods (array keyed goods_name) → a second add refused (-1) → delminibargoods → gone',
    doc: [doc('7185-7287')],
    operations: ['pmsapi:adminibargoods', 'pmsapi:listMiniBarGoods', 'pmsapi:delminibargoods'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const code = String(t.number());
      await ucm.call('pmsapi', { data: xml('adminibargoods', { goodscode: code, goodsname: 'beverage' }), format: 'xml' });
      t.cleanup(() => ucm.send('pmsapi', { cookie: ucm.currentCookie, format: 'xml', data: xml('delminibargoods', { goodscode: code }) }));
      const listed = await ucm.call('pmsapi', { data: { listMiniBarGoods: {} } });
      const item = listed.response.goods_name.find((g: { extension: string }) => g.extension === code);
      assert.equal(item?.goods_name, 'beverage');
      assert.equal(listed.response.total_item, listed.response.goods_name.length);
      assert.equal((await ucm.error('pmsapi', { data: xml('adminibargoods', { goodscode: code, goodsname: 'again' }), format: 'xml' })).status, -1);
      await ucm.call('pmsapi', { data: xml('delminibargoods', { goodscode: code }), format: 'xml' });
      const after = await ucm.call('pmsapi', { data: { listMiniBarGoods: {} } });
      assert.equal(after.response.goods_name.find((g: { extension: string }) => g.extension === code), undefined);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.pms.minibar',
    title: 'pmsapi adminibar → getMiniBar answers it → the same barcode again refused (-1) → delminibar → deleting it again refused',
    doc: [doc('7145-7183'), doc('7289-7340')],
    operations: ['pmsapi:adminibar', 'pmsapi:getMiniBar', 'pmsapi:delminibar'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const barcode = String(t.number());
      const barname = t.name('bar');
      await ucm.call('pmsapi', { data: xml('adminibar', { barcode, barname, prompt: '', verifyskip: 'yes', listgoods: 'yes' }), format: 'xml' });
      t.cleanup(() => ucm.send('pmsapi', { cookie: ucm.currentCookie, format: 'xml', data: xml('delminibar', { barcode }) }));
      const settings = (await ucm.call('pmsapi', { data: { getMiniBar: {} } })).response.minibar_settings;
      assert.equal(settings.extension, barcode);
      assert.equal(settings.minibar_name, barname);
      assert.equal(settings.verify_skip, 'yes');
      assert.equal(settings.minibar_enable, 'yes');
      assert.equal((await ucm.error('pmsapi', { data: xml('adminibar', { barcode, barname }), format: 'xml' })).status, -1);
      await ucm.call('pmsapi', { data: xml('delminibar', { barcode }), format: 'xml' });
      const after = (await ucm.call('pmsapi', { data: { getMiniBar: {} } })).response.minibar_settings;
      assert.notEqual(after.extension, barcode);
      assert.equal((await ucm.error('pmsapi', { data: xml('delminibar', { barcode }), format: 'xml' })).status, -1);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.pms.minibar-waiter',
    title: 'pmsapi addminibarwaiter → the same maid code again refused (-1) → delminibarwaiter → deleting it again refused; a maid code that is not digits is refused',
    doc: [doc('7342-7375')],
    operations: ['pmsapi:addminibarwaiter', 'pmsapi:delminibarwaiter'],
    mutates: true,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const maidcode = String(t.number());
      await ucm.call('pmsapi', { data: xml('addminibarwaiter', { maidcode, password: '1234' }), format: 'xml' });
      t.cleanup(() => ucm.send('pmsapi', { cookie: ucm.currentCookie, format: 'xml', data: xml('delminibarwaiter', { maidcode }) }));
      assert.equal((await ucm.error('pmsapi', { data: xml('addminibarwaiter', { maidcode, password: '1234' }), format: 'xml' })).status, -1);
      await ucm.call('pmsapi', { data: xml('delminibarwaiter', { maidcode }), format: 'xml' });
      assert.equal((await ucm.error('pmsapi', { data: xml('delminibarwaiter', { maidcode }), format: 'xml' })).status, -1);
      assert.ok((await ucm.error('pmsapi', { data: xml('addminibarwaiter', { maidcode: 'abc' }), format: 'xml' })).status < 0);
    },
  }),
  defineScenario({
    vendor: 'grandstream',
    id: 'grandstream.pms.move-room',
    title: 'pmsapi mov moves a checked-in guest: the old room is empty, the new one checked in with tmp_address, a second move refused; getPMSRoomGoods pages the goods billed to a room',
    doc: [doc('7077-7098'), doc('7502-7548')],
    operations: ['pmsapi:checkin', 'pmsapi:mov', 'pmsapi:listPMSRoom', 'pmsapi:getPMSRoomGoods'],
    mutates: true,
    control: `${ROOM_CONTROL}; bills minibar goods to a room (done on the phone, never through the API)`,
    async run(t) {
      const ucm = new GrandstreamClient(t);
      const from = await addRoom(t, ucm);
      const to = await addRoom(t, ucm);
      await ucm.call('pmsapi', { data: xml('checkin', { address: from, room: from, firstname: 'Moving', lastname: 'Guest' }), format: 'xml' });
      await ucm.call('pmsapi', { data: xml('mov', { address: from, room: from, d_address: to }), format: 'xml' });
      const left = await roomOf(ucm, from);
      const arrived = await roomOf(ucm, to);
      assert.equal(left?.chki_status, 'no');
      assert.equal(arrived?.chki_status, 'yes');
      assert.equal(arrived?.first_name, 'Moving');
      assert.equal(arrived?.tmp_address, from);
      assert.equal((await ucm.error('pmsapi', { data: xml('mov', { address: from, room: from, d_address: to }), format: 'xml' })).status, -1);
      const goods = Object.fromEntries(
        [1, 2, 3].map((n) => [`${to}-${n}`, { room: to, goods_name: `item ${n}`, count: n, amount: n * 2, time: `2026-01-0${n} 10:00:00`, maid: '1', tax: 0 }]),
      );
      await t.control.seed({ tables: { pms_room_goods: goods } });
      const page = (await ucm.call('pmsapi', { data: { getPMSRoomGoods: { room: to, page: 1, item_num: 2 } } })).response;
      assert.equal(page.total_item, 3);
      assert.equal(page.minibar_goods.length, 2);
      assert.equal((await ucm.call('pmsapi', { data: { getPMSRoomGoods: { room: from } } })).response.total_item, 0);
    },
  }),
];
