import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUcm, type UcmTestEmulator } from './test-support.ts';

const REQUIRED = { ivr_name: 'menu', welcome_prompt: 'welcome', response_timeout: 10, digit_timeout: 3, timeout_prompt: 'ivr-create-timeout', invalid_prompt: 'invalid', tloop: 3, iloop: 3 };

/** IVR (doc 5860-6315). */
describe('Grandstream IVR', () => {
  let ucm: UcmTestEmulator;
  beforeAll(async () => {
    ucm = await startUcm();
  });
  afterAll(() => ucm.close());

  it('the fixture IVR is the getIVR example (ivr-1, number 7000, members beside ivr{})', async () => {
    const got = await ucm.call('getIVR', { ivr: 'ivr-1' });
    expect(got.response.ivr).toMatchObject({ ivr_id: 'ivr-1', extension: '7000', alertinfo: 'ring1', dial_trunk: 'yes', permission: 'internal-local', ivr_out_blackwhite_list: '1000' });
    expect(got.response.members).toEqual([
      { keypress: 'i', keypress_event: 'member_prompt', member_prompt: 'goodbye' },
      { keypress: 't', keypress_event: 'member_prompt', member_prompt: 'goodbye' },
    ]);
  });

  it('add → list → get → update (numbers as strings) → delete → -16', async () => {
    const members = [{ keypress: '1', keypress_event: 'account', account: '1001' }];
    expect((await ucm.call('addIVR', { ...REQUIRED, extension: '7010', members: JSON.stringify(members) })).response).toEqual({ need_apply: 'yes' });
    const list = await ucm.call('listIVR', { options: 'ivr_id,extension' });
    const item = list.response.ivr.find((i: { extension: string }) => i.extension === '7010');
    expect(Object.keys(item).sort()).toEqual(['extension', 'ivr_id']);
    const id = item.ivr_id as string;
    expect(id).toMatch(/^ivr-\d+$/);
    const got = await ucm.call('getIVR', { ivr: id });
    expect(got.response.ivr).toMatchObject({ ivr_name: 'menu', dial_trunk: 'no', permission: 'internal', response_timeout: 10 });
    expect(got.response.members).toEqual(members);
    expect((await ucm.call('updateIVR', { ivr: id, alertinfo: 'ring2', tloop: '5', ivr_blackwhitelist_list: '1001' })).status).toBe(0);
    const again = (await ucm.call('getIVR', { ivr: id })).response;
    expect(again.ivr).toMatchObject({ alertinfo: 'ring2', tloop: 5, ivr_blackwhite_list: '1001', ivr_name: 'menu' });
    expect(again.members).toEqual(members);
    // "This is the IVR index, not extension" (doc 6307).
    expect((await ucm.call('deleteIVR', { ivr: '7010' })).status).toBe(-16);
    expect((await ucm.call('deleteIVR', { ivr: id })).response.need_apply).toBe('yes');
    expect((await ucm.call('getIVR', { ivr: id })).status).toBe(-16);
  });

  it('refuses a used number (-44), missing fields (-1), dial_trunk without permission (-1), a key given twice (-15)', async () => {
    expect((await ucm.call('addIVR', { ...REQUIRED, extension: '7000' })).status).toBe(-44);
    expect((await ucm.call('addIVR', { ...REQUIRED, extension: '6500' })).status).toBe(-44);
    const { welcome_prompt: _w, ...missing } = REQUIRED;
    expect((await ucm.call('addIVR', { ...missing, extension: '7011' })).status).toBe(-1);
    expect((await ucm.call('addIVR', { ...REQUIRED, extension: '7011', dial_trunk: 'yes' })).status).toBe(-1);
    expect((await ucm.call('addIVR', { ...REQUIRED, extension: '7011', dial_trunk: 'yes', permission: 'internal-local' })).status).toBe(0);
    const twice = [{ keypress: '1', keypress_event: 'hangup' }, { keypress: '1', keypress_event: 'hangup' }];
    expect((await ucm.call('addIVR', { ...REQUIRED, extension: '7012', members: twice })).status).toBe(-15);
    expect((await ucm.call('addIVR', { ...REQUIRED, extension: '7012', members: [{ keypress: 'x', keypress_event: 'hangup' }] })).status).toBe(-15);
    expect((await ucm.call('updateIVR', { ivr: 'ivr-1', extension: '7011' })).status).toBe(-44);
  });
});
