import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ucmEvents, type UcmEvent } from './events.ts';
import { startUcm, type UcmTestEmulator } from './test-support.ts';

describe('Grandstream extensions and users', () => {
  let ucm: UcmTestEmulator;
  beforeAll(async () => {
    ucm = await startUcm();
  });
  afterAll(() => ucm.close());

  const pending = () => Object.values(ucm.emulator.store.vendor('grandstream').dump().tables.pending_changes ?? {});

  it('add stores every field, the user and a pending change; applyChanges clears it', async () => {
    await ucm.call('applyChanges');
    const events: UcmEvent[] = [];
    const stop = ucmEvents(ucm.emulator.vendor('grandstream').context).subscribe((e) => events.push(e));
    const add = await ucm.call('addSIPAccountAndUser', { extension: '7901', secret: 's3cret', ring_timeout: 'null', max_contacts: '3', allow: 'ulaw,G722', first_name: 'Ann', last_name: 'Lee' });
    stop();
    expect(add).toEqual({ response: { need_apply: 'yes' }, status: 0 });
    expect(events).toEqual([{ eventname: 'ExtensionStatus', subject: '7901', eventbody: [{ extension: '7901', status: 'Unavailable' }] }]);
    const ext = (await ucm.call('getSIPAccount', { extension: '7901' })).response.extension;
    expect(ext).toMatchObject({ extension: '7901', secret: 's3cret', ring_timeout: null, max_contacts: 3, allow: 'ulaw,G722', cidnumber: '7901', fullname: 'Ann Lee' });
    expect(pending()).toEqual([expect.objectContaining({ operation: 'addSIPAccountAndUser', table: 'extensions', id: '7901' })]);
    await ucm.call('updateSIPAccount', { extension: '7901', hasvoicemail: 'No' });
    expect(pending()).toHaveLength(2);
    await ucm.call('applyChanges');
    expect(pending()).toEqual([]);
    expect((await ucm.call('getUser', { user_name: '7901' })).response.user_name).toMatchObject({ first_name: 'Ann', last_name: 'Lee' });
  });

  it('refuses values outside the documented ranges with -15 and missing required ones with -1', async () => {
    for (const bad of [{ ring_timeout: 2 }, { max_contacts: 11 }, { dnd_timetype: 7 }, { strategy_ipacl: 3 }, { allow: 'ulaw,nonsense' }, { user_outrt_passwd: '12' }, { permission: 'all' }]) {
      expect((await ucm.call('updateSIPAccount', { extension: '1000', ...bad })).status, JSON.stringify(bad)).toBe(-15);
    }
    expect((await ucm.call('addSIPAccountAndUser', { extension: '1' })).status).toBe(-15);
    expect((await ucm.call('addSIPAccountAndUser', {})).status).toBe(-1);
    expect((await ucm.call('deleteUser', {})).status).toBe(-1);
  });

  it('IAX and FXS accounts are listed but are not SIP accounts (-16); the admin cannot be deleted', async () => {
    const types = (await ucm.call('listAccount', { options: 'extension,account_type' })).response.account.map((a: { account_type: string }) => a.account_type);
    expect(types).toEqual(expect.arrayContaining(['IAX', 'FXS', 'SIP(WebRTC) ']));
    expect((await ucm.call('getSIPAccount', { extension: '2000' })).status).toBe(-16);
    expect((await ucm.call('updateSIPAccount', { extension: '3000', nat: 'no' })).status).toBe(-16);
    expect((await ucm.call('deleteUser', { user_name: 'admin' })).status).toBe(-24);
  });

  it('getSIPAccount limits its answer to the fields or groups named', async () => {
    expect((await ucm.call('getSIPAccount', { extension: '1000', secret: '', nat: '' })).response).toEqual({ extension: { extension: '1000', secret: 'pas0', nat: 'yes' } });
    expect(Object.keys((await ucm.call('getSIPAccount', { extension: '1000', voicemail: '' })).response)).toEqual(['voicemail']);
  });

  it('listAccount: page past the end is empty with the page echoed, bad sord/page are -15, sidx sorts', async () => {
    const total = (await ucm.call('listAccount', {})).response.total_item;
    expect((await ucm.call('listAccount', { item_num: 5, page: 99 })).response).toEqual({ account: [], page: 99, total_item: total, total_page: Math.ceil(total / 5) });
    expect((await ucm.call('listAccount', { sord: 'sideways' })).status).toBe(-15);
    expect((await ucm.call('listAccount', { page: '0', item_num: 1 })).status).toBe(-15);
    const byStatus = (await ucm.call('listAccount', { options: 'extension,status', sidx: 'status', sord: 'desc' })).response.account;
    expect(byStatus[byStatus.length - 1].status).toBe('Idle');
  });

  it('deleteUser removes the extension and its user; the number can be added again', async () => {
    await ucm.call('addSIPAccountAndUser', { extension: '7902' });
    expect((await ucm.call('deleteUser', { user_name: '7902' })).response.need_apply).toBe('yes');
    expect((await ucm.call('getUser', { user_name: '7902' })).status).toBe(-16);
    expect((await ucm.call('addSIPAccountAndUser', { extension: '7902' })).status).toBe(0);
  });

  it('updateUser refuses a user_id that is not the user\'s and keeps department counts in listDepartment', async () => {
    const fields = { user_name: '1001', phone_number: '', family_number: '', fax: '', email: '', last_name: 'x', first_name: 'y', department: 'UC', privilege: 3 };
    expect((await ucm.call('updateUser', { ...fields, user_id: 0 })).status).toBe(-15);
    const user_id = (await ucm.call('getUser', { user_name: '1001' })).response.user_name.user_id;
    const networking = async () => (await ucm.call('listDepartment')).response.local_department_info.find((d: { name: string }) => d.name === 'Networking').users_cnt;
    expect((await ucm.call('updateUser', { ...fields, user_id })).status).toBe(0);
    const before = await networking();
    await ucm.call('updateUser', { ...fields, department: 'Networking', user_id });
    expect(await networking()).toBe(before + 1);
  });
});
