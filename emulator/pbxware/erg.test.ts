import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExtension, ensureTenant } from './group-test-support.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware Enhanced Ring Groups', () => {
  let pbx: PbxTestEmulator;
  const server = '44';
  beforeAll(async () => {
    pbx = await startPbxware();
    ensureTenant(pbx, server);
    for (const n of ['300', '303', '307', '308']) ensureExtension(pbx, server, n);
  });
  afterAll(() => pbx.close());
  let nextNumber = 220;

  const add = (ext: string, extra: Record<string, string> = {}) =>
    pbx.call({ action: 'pbxware.erg.add', server, name: `erg${ext}`, ext, max_wait_callers: '5', rings_answer: '1', ...extra });

  it('adds an ERG and lists its `ext` as `number`, with no members', async () => {
    const added = await add('205');
    expect(added).toEqual({ success: `ERG ID: ${added.id}.`, id: expect.any(Number) });
    const list = await pbx.call({ action: 'pbxware.erg.list', server });
    expect(list[added.id]).toEqual({ name: 'erg205', number: '205', strategy: 'ringall', members: [] });
  });

  it('quirk erg-write-read-names: members written as numbers/penalties list as members[{ext, penalty}], upserted', async () => {
    const { id } = await add('206', { ring_strategy: 'linear' });
    const members = (numbers: string, penalties: string) =>
      pbx.call({ action: 'pbxware.erg.members', server, id: String(id), numbers, penalties });
    expect(await members('308,307', '5,10')).toEqual({ success: `ERG ID: ${id}`, id });
    await members('307,300', '1,2');
    const list = await pbx.call({ action: 'pbxware.erg.list', server });
    expect(list[id]).toEqual({
      name: 'erg206',
      number: '206',
      strategy: 'linear',
      members: [
        { ext: '308', penalty: '5' },
        { ext: '307', penalty: '1' },
        { ext: '300', penalty: '2' },
      ],
    });
  });

  it.each([
    ['numbers and penalties of different sizes', { numbers: '300,303', penalties: '5' }],
    ['a number that is not an extension', { numbers: '399', penalties: '5' }],
    ['a number twice', { numbers: '300,300', penalties: '1,2' }],
    ['a penalty that is not a number', { numbers: '300', penalties: 'high' }],
    ['no numbers', { penalties: '5' }],
  ])('members refuses %s and changes nothing', async (_label, extra) => {
    const { id } = await add(String(nextNumber++));
    const before = await pbx.call({ action: 'pbxware.erg.list', server });
    expect((await pbx.call({ action: 'pbxware.erg.members', server, id: String(id), ...extra })).error).toEqual(expect.any(String));
    expect(await pbx.call({ action: 'pbxware.erg.list', server })).toEqual(before);
  });

  it('edits in part, refuses a number in use, and deletes with its operation times', async () => {
    const { id } = await add('207');
    expect(await pbx.call({ action: 'pbxware.erg.edit', server, id: String(id), name: 'renamed' })).toEqual({
      success: `ERG ID: ${id}.`,
      id,
    });
    expect((await pbx.call({ action: 'pbxware.erg.edit', server, id: String(id), ext: '300' })).error).toMatch(/reserved/);
    const list = await pbx.call({ action: 'pbxware.erg.list', server });
    expect(list[id]).toMatchObject({ name: 'renamed', number: '207' });
    await pbx.call({ action: 'pbxware.otimes.erg.set', server, id: String(id), status: 'on' });
    expect(await pbx.call({ action: 'pbxware.erg.delete', server, id: String(id) })).toEqual({
      success: `Deleted ERG ID ${id} successfully.`,
    });
    expect((await pbx.call({ action: 'pbxware.otimes.erg.list', server, id: String(id) })).error).toMatch(/not found/);
  });

  it('lists every tenant without `server` and refuses an unknown tenant', async () => {
    const all = await pbx.call({ action: 'pbxware.erg.list' });
    const mine = await pbx.call({ action: 'pbxware.erg.list', server });
    expect(Object.keys(all)).toEqual(expect.arrayContaining(Object.keys(mine)));
    expect((await pbx.call({ action: 'pbxware.erg.list', server: '999' })).error).toEqual(expect.any(String));
  });
});
