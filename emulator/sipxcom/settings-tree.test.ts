import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../index.ts';
import type { VendorState } from '../core/store.ts';
import { readSettings, readSettingsAt, resetSettings, settingAssignments, writeSetting, writeSettings, type SettingsTree } from './models/settings-tree.ts';

/** The one settings mechanism behind every sipXcom settings URI (services, devices, groups). */
describe('sipXcom settings trees', () => {
  let emulator: Emulator;
  let context: { state: VendorState; quirks: Record<string, boolean> };
  const tree: SettingsTree = {
    key: 'test',
    definitions: [
      { path: 'a/host', type: 'string', label: 'Host' },
      { path: 'a/port', type: 'integer', defaultValue: '5060' },
      { path: 'b/on', type: 'boolean', defaultValue: '0' },
      { path: 'b/level', type: 'enum', options: { DEBUG: 'Debug', INFO: 'Info' }, defaultValue: 'INFO' },
    ],
  };

  beforeAll(async () => {
    emulator = await startEmulator({ vendor: 'sipxcom', listen: false });
    context = { state: emulator.store.vendor('sipxcom'), quirks: {} };
  });
  afterAll(() => emulator.close());

  it('reads the whole tree, a subtree, or 404 for a path no setting has; every field present', () => {
    expect(readSettings(context, tree, 1).map((s) => s.path)).toEqual(['a/host', 'a/port', 'b/on', 'b/level']);
    expect(readSettings(context, tree, 1, '/a/').map((s) => s.path)).toEqual(['a/host', 'a/port']);
    expect(readSettings(context, tree, 1, 'a/port')[0]).toEqual({ path: 'a/port', type: 'integer', options: null, value: '5060', defaultValue: '5060', label: null, description: null });
    expect(() => readSettings(context, tree, 1, 'c')).toThrow(/No setting at path: c/);
    expect(readSettings(context, { key: 'empty', definitions: [] }, 1)).toEqual([]);
  });

  it('writes per owner, checks values by type, stores booleans as the tree spells them, and reverts to defaults', () => {
    writeSetting(context, tree, 1, 'a/port', '5080');
    writeSetting(context, tree, 1, 'b/on', 'true');
    expect(readSettings(context, tree, 1, 'a/port')[0].value).toBe('5080');
    expect(readSettings(context, tree, 2, 'a/port')[0].value).toBe('5060');
    expect(readSettings(context, tree, 1, 'b/on')[0].value).toBe('1');
    writeSetting(context, { ...tree, booleans: 'true-false' }, 3, 'b/on', '1');
    expect(readSettings(context, tree, 3, 'b/on')[0].value).toBe('true');
    expect(() => writeSetting(context, tree, 1, 'a/port', 'x')).toThrow(/whole number/);
    expect(() => writeSetting(context, tree, 1, 'b/level', 'TRACE')).toThrow(/DEBUG, INFO/);
    expect(() => writeSetting(context, tree, 1, 'a', '1')).toThrow(/No setting/);
    expect(resetSettings(context, tree, 1, 'a')).toBe(2);
    expect(readSettings(context, tree, 1, 'a/port')[0].value).toBe('5060');
    expect(readSettings(context, tree, 1, 'b/on')[0].value).toBe('1');
  });

  it('answers a leaf alone and a subtree as a list, unless quirk settings-leaf-unwrapped is off', () => {
    expect(readSettingsAt(context, tree, 1, 'a/host')).toMatchObject({ path: 'a/host' });
    expect(readSettingsAt(context, tree, 1, 'a')).toMatchObject({ settings: [{ path: 'a/host' }, { path: 'a/port' }] });
    expect(readSettingsAt(context, tree, 1, undefined)).toMatchObject({ settings: expect.any(Array) });
    expect(readSettingsAt({ ...context, quirks: { 'settings-leaf-unwrapped': false } }, tree, 1, 'a/host')).toMatchObject({ settings: [{ path: 'a/host' }] });
  });

  it('reads collection PUT bodies as lines, the GET list or an object, and writes them all or nothing', () => {
    expect(settingAssignments('# comment\na/port=5070\n\nb/on = 1')).toEqual([{ path: 'a/port', value: '5070' }, { path: 'b/on', value: '1' }]);
    expect(settingAssignments({ settings: [{ path: 'a/host', value: 'h' }] })).toEqual([{ path: 'a/host', value: 'h' }]);
    expect(settingAssignments({ 'a/host': 'h' })).toEqual([{ path: 'a/host', value: 'h' }]);
    expect(() => settingAssignments('no equals sign')).toThrow(/line 1: expected path=value/);
    expect(() => settingAssignments('')).toThrow(/no setting given/);
    expect(() => writeSettings(context, tree, 4, settingAssignments('a/port=5090\nb/level=TRACE'))).toThrow(/DEBUG, INFO/);
    expect(readSettings(context, tree, 4, 'a/port')[0].value).toBe('5060');
    writeSettings(context, tree, 4, settingAssignments('a/port=5090\nb/level=DEBUG'));
    expect(readSettings(context, tree, 4, 'b').map((s) => s.value)).toEqual(['0', 'DEBUG']);
  });
});
