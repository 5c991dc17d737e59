import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUcm, type UcmTestEmulator } from './test-support.ts';

/** Wave (doc 1133-1230), Extension Groups (doc 6570-6644), addMessageBroadcast (doc 7550-7609). */
describe('Grandstream Wave, extension groups, message broadcast', () => {
  let ucm: UcmTestEmulator;
  beforeAll(async () => {
    ucm = await startUcm();
  });
  afterAll(() => ucm.close());

  it('cleanTerminalChatInformation answers need_apply "no" and records the clearing; unknown → -16', async () => {
    expect((await ucm.call('cleanTerminalChatInformation', { extension: '1007' })).response).toEqual({ need_apply: 'no' });
    const row = ucm.emulator.vendor('grandstream').context.state.table('wave_chats').get('1007');
    expect(row).toMatchObject({ extension: '1007', messages: 0, cleared_at: Date.UTC(2024, 10, 14, 10) });
    expect((await ucm.call('cleanTerminalChatInformation', { extension: '7999' })).status).toBe(-16);
  });

  it('getSIPAccountQR answers a valid PNG, the same for the same account, different for another', async () => {
    const a = (await ucm.call('getSIPAccountQR', { extension: '1000' })).response.qr_base as string;
    const png = Buffer.from(a, 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString()).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(png.readUInt32BE(20));
    expect((await ucm.call('getSIPAccountQR', { extension: '1000' })).response.qr_base).toBe(a);
    expect((await ucm.call('getSIPAccountQR', { extension: '1001' })).response.qr_base).not.toBe(a);
    expect((await ucm.call('getSIPAccountQR', { extension: '2000' })).status).toBe(-16);
  });

  it('listExtensionGroup pages and sorts the groups as the example', async () => {
    const page = await ucm.call('listExtensionGroup', { item_num: '2', sidx: 'group_name', sord: 'asc', page: '1' });
    expect(page.response).toMatchObject({ total_item: 3, total_page: 2, page: 1 });
    expect(page.response.extension_group).toHaveLength(2);
    const second = await ucm.call('listExtensionGroup', { item_num: '2', sidx: 'group_name', sord: 'asc', page: '2' });
    const names = [...page.response.extension_group, ...second.response.extension_group].map((g: { group_name: string }) => g.group_name);
    expect(names.sort()).toEqual(['1003', '45', 'ew']);
    const desc = await ucm.call('listExtensionGroup', { sidx: 'group_name', sord: 'desc' });
    expect(desc.response.extension_group.map((g: { group_name: string }) => g.group_name)).toEqual([...page.response.extension_group, ...second.response.extension_group].map((g: { group_name: string }) => g.group_name).reverse());
    const all = await ucm.call('listExtensionGroup', { options: 'group_id,members' });
    expect(all.response.extension_group[0]).toEqual({ group_id: 'group-1', members: null });
    expect((await ucm.call('listExtensionGroup', { options: 'group_id,nope' })).status).toBe(-1);
  });

  it('addMessageBroadcast resolves extensions, departments, groups and ring groups; refuses unknown ones', async () => {
    const recipient = JSON.stringify({ extension: '1000', department: '', extension_group: 'group-2', ringgroup: '6400', department_extension: [{ department_id: '1', extension: '1002' }] });
    expect(await ucm.call('addMessageBroadcast', { subject: 'fire drill', source: 'Front desk', content: 'At 3pm', recipient })).toEqual({ response: {}, status: 0 });
    const sent = ucm.emulator.vendor('grandstream').context.state.table<{ extensions: string[]; subject: string }>('message_broadcasts').values();
    expect(sent.at(-1)).toMatchObject({ subject: 'fire drill', extensions: ['1000', '1001', '1002', '1003', '1004'] });
    expect((await ucm.call('addMessageBroadcast', { subject: 's', recipient: { extension: '7999' } })).status).toBe(-16);
    expect((await ucm.call('addMessageBroadcast', { subject: 's', recipient: { extension_group: 'group-99' } })).status).toBe(-16);
    expect((await ucm.call('addMessageBroadcast', { subject: 's', recipient: '' })).status).toBe(-1);
    expect((await ucm.call('addMessageBroadcast', { subject: 's', recipient: '{nope' })).status).toBe(-15);
    expect((await ucm.call('addMessageBroadcast', { recipient: { extension: '1000' } })).status).toBe(-1);
  });
});
