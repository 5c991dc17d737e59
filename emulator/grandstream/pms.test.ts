import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUcm, type UcmTestEmulator } from './test-support.ts';

const xml = (op: string, body: string) => `<pms_data_request>\n  <${op}>${body}</${op}>\n</pms_data_request>`;

/** Pmsapi (doc 6969-7548). */
describe('Grandstream pmsapi', () => {
  let ucm: UcmTestEmulator;
  const pms = (data: unknown, extra: Record<string, unknown> = {}) => ucm.call('pmsapi', { data, ...extra });
  const room = async (address: string) => (await pms({ listPMSRoom: {} })).response.pms_room.find((r: { address: string }) => r.address === address);
  beforeAll(async () => {
    ucm = await startUcm();
  });
  afterAll(() => ucm.close());

  it('check-in (the document\'s XML, raw line breaks and all) → listPMSRoom → checkout', async () => {
    const cookie = await ucm.login();
    // The doc's example body verbatim in shape: a multi-line XML string inside the JSON (doc 6979-7003).
    const body = `{"request": {"action": "pmsapi", "cookie": "${cookie}", "data": "<pms_data_request>\n  <checkin>\n    <address>1001</address>\n    <room>1001</room>\n  <account>1001</account>\n  <firstname>John</firstname>\n  <lastname>Doe</lastname>\n  <language>EN</language>\n  <vipcode>2</vipcode>\n  <datein>2021/01/01 10:00</datein>\n  <dateout>2021/01/07 11:00</dateout>\n  <credit>9999900</credit>\n  <cos>3</cos>\n</checkin>\n</pms_data_request>", "format": "xml", "token": "16c4a7b1fe890f89c8908f3f522fc18f"}}`;
    expect((await ucm.raw(body)).body).toEqual({ response: {}, status: 0 });
    expect(await room('1001')).toMatchObject({ chki_status: 'yes', first_name: 'John', last_name: 'Doe', user_name: 'John Doe', datein: '2021-01-01 10:00:00', permission: 'internal-local-national', status: '1', s_date: '2024-11-14' });
    expect((await ucm.call('getSIPAccount', { extension: '1001', permission: '' })).response.extension.permission).toBe('internal-local-national');
    expect((await pms(xml('checkin', '<address>1001</address>'))).status).toBe(-1);
    expect((await pms(xml('checkout', '<address>1001</address><room>1001</room>'))).response).toEqual({});
    expect(await room('1001')).toMatchObject({ chki_status: 'no', first_name: '', user_name: '', permission: 'internal' });
    const again = await pms(xml('checkout', '<address>1001</address>'));
    expect(again.status).toBe(-1);
    expect(again.response.error).toMatch(/not checked in/);
  });

  it('update sets status 1-6 but never 0; unknown rooms are -1 with an error', async () => {
    expect((await pms(xml('update', '<address>1002</address><status>3</status>'))).status).toBe(0);
    expect((await room('1002')).status).toBe('3');
    const zero = await pms(xml('update', '<address>1002</address><status>0</status>'));
    expect(zero).toMatchObject({ status: -1, response: { error: expect.stringMatching(/status 0/) } });
    expect((await pms(xml('update', '<address>4999</address><status>2</status>'))).status).toBe(-1);
    expect((await pms(xml('update', '<address>1002</address><room>1003</room><status>2</status>'))).status).toBe(-1);
    expect((await pms(xml('nonsense', '<address>1002</address>'))).status).toBe(-1);
    expect((await pms('not xml at all')).status).toBe(-1);
  });

  it('mov carries the guest (and tmp_* fields) to the destination room', async () => {
    await pms({ checkin: { address: '1003', room: '1003', firstname: 'Ann', lastname: 'Lee' } }, { format: 'json' });
    expect((await pms(xml('mov', '<address>1003</address><room>1003</room><d_address>1004</d_address><d_room>1004</d_room>'))).status).toBe(0);
    expect(await room('1004')).toMatchObject({ chki_status: 'yes', user_name: 'Ann Lee', tmp_address: '1003', tmp_user_name: 'Ann Lee' });
    expect(await room('1003')).toMatchObject({ chki_status: 'no', user_name: '' });
    await pms(xml('checkout', '<address>1004</address>'));
  });

  it('wake-up calls ring at their time (once, or daily) and can be cancelled', async () => {
    const { context } = ucm.emulator.vendor('grandstream');
    const calls = () => context.state.table<{ calls: number; state: string; at: number }>('pms_wakeups');
    expect((await pms(xml('wakeup', '<address>1002</address><room>1002</room><w_action>1</w_action><w_mode>1</w_mode><w_date>20241114</w_date><w_time>1030</w_time>'))).status).toBe(0);
    expect((await pms(xml('wakeup', '<address>1002</address><w_action>1</w_action><w_mode>2</w_mode><w_date>20241114</w_date><w_time>1100</w_time>'))).status).toBe(0);
    expect(calls().get('1002:202411141030')).toMatchObject({ calls: 0, state: 'scheduled' });
    ucm.clock.advance(45 * 60);
    expect(calls().get('1002:202411141030')).toMatchObject({ calls: 1, state: 'done', last_call: '2024-11-14 10:30:00' });
    expect(calls().get('1002:202411141100')).toMatchObject({ calls: 0 });
    // 10:45 the next day: the daily call rang once (yesterday 11:00) and waits for today's.
    ucm.clock.advance(86_400);
    expect(calls().get('1002:202411141100')).toMatchObject({ calls: 1, state: 'scheduled', last_call: '2024-11-14 11:00:00' });
    ucm.clock.advance(20 * 60);
    expect(calls().get('1002:202411141100')).toMatchObject({ calls: 2, last_call: '2024-11-15 11:00:00' });
    expect((await pms(xml('wakeup', '<address>1002</address><w_action>0</w_action><w_date>20241114</w_date><w_time>1100</w_time>'))).status).toBe(0);
    expect(calls().get('1002:202411141100')).toBeUndefined();
    ucm.clock.advance(86_400);
    expect((await pms(xml('wakeup', '<address>1002</address><w_action>0</w_action>'))).status).toBe(-1);
    expect((await pms(xml('wakeup', '<address>1002</address><w_action>1</w_action><w_time>2500</w_time><w_date>20241114</w_date>'))).status).toBe(-1);
  });

  it('minibars, goods and waiters: add, list, refuse duplicates, delete', async () => {
    expect((await pms(xml('adminibar', '<barcode>12450</barcode><barname>winebar</barname><prompt>record/sukima</prompt><verifyskip></verifyskip><listgoods></listgoods>'))).status).toBe(0);
    expect((await pms({ getMiniBar: {} })).response.minibar_settings).toMatchObject({ extension: '12450', minibar_name: 'winebar', prompt: 'record/sukima', verify_skip: 'no', minibar_enable: 'yes' });
    expect((await pms(xml('adminibar', '<barcode>12450</barcode>'))).status).toBe(-1);
    expect((await pms(xml('delminibar', '<barcode>12450</barcode>'))).status).toBe(0);
    expect((await pms(xml('delminibar', '<barcode>12450</barcode>'))).status).toBe(-1);
    expect((await pms(xml('adminibargoods', '<goodscode>900</goodscode><goodsname>beverage</goodsname>'))).status).toBe(0);
    const goods = (await pms({ listMiniBarGoods: {} })).response;
    expect(goods.goods_name.find((g: { extension: string }) => g.extension === '900')).toEqual({ amount: '', extension: '900', goods_name: 'beverage', goods_tax: 0, prompt_error: 'set-failure', prompt_success: 'set-success' });
    expect((await pms(xml('adminibargoods', '<goodscode>900</goodscode><goodsname>again</goodsname>'))).status).toBe(-1);
    expect((await pms(xml('delminibargoods', '<goodscode>900</goodscode>'))).status).toBe(0);
    expect((await pms(xml('addminibarwaiter', '<maidcode>7777</maidcode><password>1324</password>'))).status).toBe(0);
    expect((await pms(xml('addminibarwaiter', '<maidcode>7777</maidcode>'))).status).toBe(-1);
    expect((await pms(xml('delminibarwaiter', '<maidcode>7777</maidcode>'))).status).toBe(0);
    const billed = (await pms({ getPMSRoomGoods: { room: '1005' } })).response;
    expect(billed.minibar_goods).toEqual([expect.objectContaining({ goods_name: 'apple', count: 2, maid: '9898' })]);
    expect((await pms({ getPMSRoomGoods: { room: '4999' } })).status).toBe(-1);
  });

  it('cfu and dnd change the room extension (getSIPAccount shows them)', async () => {
    expect((await pms(xml('cfu', '<address>1003</address><room>1003</room><cfwt>4002</cfwt>'))).status).toBe(0);
    const presence = (await ucm.call('getSIPAccount', { extension: '1003', sip_presence_settings: '' })).response.sip_presence_settings;
    expect(presence.find((p: { presence_status: string }) => p.presence_status === 'available')).toMatchObject({ cfu: '4002', cfu_destination_type: '2' });
    const cookie = await ucm.login();
    // The DND example verbatim: no opening <dnd> tag (doc 7404-7409).
    const dnd = await ucm.send('pmsapi', { cookie, format: 'xml', data: '<pms_data_request>\n<address>1003</address>\n          <room>1003</room>\n          <status>1</status>\n        </dnd>\n      </pms_data_request>' });
    expect(dnd.body.status).toBe(0);
    expect((await ucm.call('getSIPAccount', { extension: '1003', dnd: '' })).response.extension.dnd).toBe('yes');
  });
});
