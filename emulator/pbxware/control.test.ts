import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ControlClient, startEmulator, type Emulator } from '../index.ts';

/** The control API's test-double features, exercised on PBXware over real HTTP with the typed client. */
describe('control API with the typed client', () => {
  let emulator: Emulator;
  let base: string;
  let control: ControlClient;
  const pbx = async (params: Record<string, string>) =>
    (await fetch(`${base}/?${new URLSearchParams({ apikey: 'my.secret.apikey', ...params })}`)).json();

  beforeAll(async () => {
    emulator = await startEmulator({ vendor: 'pbxware', vendors: { pbxware: { port: 0 } } });
    base = emulator.vendor('pbxware').url;
    control = new ControlClient(base);
  });
  afterAll(() => emulator.close());

  it('saves a snapshot to a file and loads it back, undoing later changes', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'pbx-snap-')), 'snap.json');
    await control.saveSnapshot(file);
    const added = await pbx({ action: 'pbxware.department.add', server: '2', name: 'After Snapshot' });
    expect(added.id).toBeTypeOf('number');
    await control.loadSnapshotFile(file);
    const list = await pbx({ action: 'pbxware.department.list', server: '2' });
    expect(Object.values(list).map((d) => (d as { name: string }).name)).not.toContain('After Snapshot');
    await expect(control.loadSnapshot({ format: 'pbx-emulator/1', vendors: {} })).rejects.toThrow(/no pbxware state/);
  });

  it('seeds rows from a fixture file, and new ids continue above them', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'pbx-seed-')), 'fixture.json');
    await writeFile(file, JSON.stringify({ tables: { packages: { '500': { name: 'Seeded', service_plan: '', allowed_service_plans: '', ext: '1', voicemail: '1', queues: '1', ivr: '1', cf: '1', rgroups: '1', hot_desking: '1', restrict_splans: '0', call_recordings: '0', monitoring: '0', call_screening: '0' } } }, sequences: { package: 500 } }));
    expect(await control.seed(file)).toEqual({ seeded: 1 });
    expect((await pbx({ action: 'pbxware.package.list' }))['500']).toBe('Seeded');
    const next = await pbx({
      action: 'pbxware.package.add', name: 'Next', call_recordings: '1', monitoring: '1', call_screening: '1', extensions: '1',
      voicemails: '1', queues: '1', cfs: '1', rgroups: '1', hot_desking: '1', ivrs: '1',
    });
    expect(next.id).toBeGreaterThan(500);
  });

  it('resets one tenant to its fixtures and leaves the other tenants alone', async () => {
    const inTwo = await pbx({ action: 'pbxware.department.add', server: '2', name: 'Tenant Two Change' });
    const inSeven = await pbx({ action: 'pbxware.department.add', server: '7', name: 'Tenant Seven Change' });
    const outcome = await control.reset('2');
    expect(outcome).toMatchObject({ reset: 'pbxware', tenant: '2' });
    const two = await pbx({ action: 'pbxware.department.list', server: '2' });
    const seven = await pbx({ action: 'pbxware.department.list', server: '7' });
    expect(two).not.toHaveProperty(String(inTwo.id));
    expect(seven).toHaveProperty(String(inSeven.id));
    expect(Object.keys(await pbx({ action: 'pbxware.ext.list', server: '2' })).length).toBeGreaterThan(0);
  });

  it('verifies calls by operation, count and arguments, and names near misses', async () => {
    await control.reset();
    await pbx({ action: 'pbxware.ext.list', server: '2' });
    await pbx({ action: 'pbxware.ext.list', server: '7' });
    await pbx({ action: 'pbxware.ext.lsit', server: '2' });
    expect(await control.verify({ operation: 'pbxware.ext.list', times: 2 })).toMatchObject({ ok: true, matched: 2 });
    const once = await control.verify({ operation: 'pbxware.ext.list', times: 1, args: { server: '7' } });
    expect(once).toMatchObject({ ok: true, matched: 1 });
    const missed = await control.verify({ operation: 'pbxware.ext.list', times: 1, args: { server: '9' } });
    expect(missed.ok).toBe(false);
    expect(missed.nearMisses.map((m) => m.why)).toContain('same operation, other arguments');
    const unmatched = missed.nearMisses.find((m) => m.why === 'matched no operation');
    expect(unmatched?.hint).toContain('pbxware.ext.list');
    await expect(control.verify({ operation: 'pbxware.ext.lst' })).rejects.toThrow(/closest: pbxware.ext.list/);
  });

  it('never journals the API key', async () => {
    const entries = await control.journal({ operation: 'pbxware.ext.list' });
    expect(JSON.stringify(entries)).not.toContain('my.secret.apikey');
  });
});
