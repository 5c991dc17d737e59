import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExtension, ensureTenant } from './group-test-support.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

describe('PBXware paging groups', () => {
  let pbx: PbxTestEmulator;
  const server = '45';
  beforeAll(async () => {
    pbx = await startPbxware();
    ensureTenant(pbx, server);
    for (const n of ['100', '101', '102']) ensureExtension(pbx, server, n);
  });
  afterAll(() => pbx.close());

  it('quirk paging-group-list-integers: number, quiet and destinations are listed as integers', async () => {
    const added = await pbx.call({ action: 'pbxware.paging_group.add', server, name: 'Test Paging Group', number: '110', destinations: '100,101,102' });
    expect(added).toEqual({ success: `Paging Group ID: ${added.id}`, id: expect.any(Number) });
    const list = await pbx.call({ action: 'pbxware.paging_group.list', server });
    expect(list[added.id]).toEqual({ name: 'Test Paging Group', number: 110, quiet: 0, destinations: [100, 101, 102] });
  });

  it('edits in part (destinations replaced, the rest kept) and deletes', async () => {
    const { id } = await pbx.call({ action: 'pbxware.paging_group.add', server, name: 'PG', number: '111', quiet: '1', destinations: '100' });
    expect(await pbx.call({ action: 'pbxware.paging_group.edit', server, id: String(id), destinations: '101,102' })).toEqual({
      success: `Paging Group ID: ${id}`,
      id,
    });
    expect((await pbx.call({ action: 'pbxware.paging_group.list', server }))[id]).toEqual({
      name: 'PG',
      number: 111,
      quiet: 1,
      destinations: [101, 102],
    });
    expect(await pbx.call({ action: 'pbxware.paging_group.delete', server, id: String(id) })).toEqual({
      success: `Deleted Paging Group with ID ${id} successfully.`,
    });
    expect((await pbx.call({ action: 'pbxware.paging_group.list', server }))[id]).toBeUndefined();
  });

  it.each([
    ['a destination that is not an extension', { number: '120', destinations: '100,199' }],
    ['destinations that are not numbers', { number: '120', destinations: 'a,b' }],
    ['a quiet flag other than 0/1', { number: '120', quiet: 'yes' }],
    ['the number of an extension', { number: '100' }],
    ['no number', {}],
  ])('refuses %s', async (_label, extra) => {
    const before = await pbx.call({ action: 'pbxware.paging_group.list', server });
    expect((await pbx.call({ action: 'pbxware.paging_group.add', server, name: 'bad', ...extra })).error).toEqual(expect.any(String));
    expect(await pbx.call({ action: 'pbxware.paging_group.list', server })).toEqual(before);
  });
});
