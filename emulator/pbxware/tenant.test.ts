import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_CONFIGURATION_FIELDS } from '../../contracts/pbxware/tenant.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

/** The KB's tenant.add example (KB 93-105), with a code and name a test can vary. */
const kbTenant = (code: string, name = `t${code}.example.com`) => ({
  action: 'pbxware.tenant.add',
  tenant_name: name,
  tenant_code: code,
  package: '1',
  ext_length: '3',
  country: '135',
  national: '1',
  international: '011',
});

describe('PBXware tenants', () => {
  let pbx: PbxTestEmulator;
  const state = () => pbx.emulator.vendor('pbxware').context.state;
  const quirks = () => pbx.emulator.vendor('pbxware').context.quirks;

  async function addTenant(code: string, extra: Record<string, string> = {}): Promise<string> {
    const body = await pbx.call({ ...kbTenant(code), ...extra });
    expect(body).not.toHaveProperty('error');
    return String(body.id);
  }

  beforeAll(async () => {
    pbx = await startPbxware();
  });
  afterAll(() => pbx.close());

  describe('fixtures', () => {
    it('seeds Master and the shared fixture tenants 2 and 7 with the sample names and codes', async () => {
      const list = await pbx.call({ action: 'pbxware.tenant.list' });
      expect(Object.keys(list)).toEqual(expect.arrayContaining(['1', '2', '7']));
      expect(list['2']).toEqual({
        name: 't1.dot.com',
        tenantcode: '344',
        package_id: '1',
        package: 'Package 1',
        ext_length: 3,
        country_id: '869',
        country_code: '1',
      });
      expect(list['7']).toMatchObject({ name: 't2.dot.com', package_id: '2', package: 'Package 2' });
    });

    it('gives fixture tenants a full configuration: all 76 fields, in the document order', async () => {
      const body = await pbx.call({ action: 'pbxware.tenant.configuration', id: '2' });
      expect(Object.keys(body)).toEqual(['2']);
      expect(Object.keys(body['2'])).toEqual([...TENANT_CONFIGURATION_FIELDS]);
      expect(body['2']).toMatchObject({ server_name: 't1.dot.com', tenantcode: '344', national: '1', international: '011' });
      const filled = Object.values(body['2']).filter((v) => v !== '');
      expect(filled.length).toBeGreaterThan(60);
    });

    it('seeds the CLI routing sample on tenant 2', async () => {
      const body = await pbx.call({ action: 'pbxware.tenant.clirouting.list', tenant: '2' });
      expect(body.success['25']).toEqual({ callerid: '12334455', ext: '9999966', type: 'network user (Forward DID)', matchtype: '1' });
      expect(body.success['52']).toEqual({ callerid: '1234%', ext: '100', type: 'network user', matchtype: '0' });
    });
  });

  describe('add and edit', () => {
    it('accepts the KB example and answers a numeric id', async () => {
      const body = await pbx.call({ ...kbTenant('777', 'API_test') });
      expect(body).toEqual({ success: `Tenant ID: ${body.id}`, id: expect.any(Number) });
      expect(body.id).toBeGreaterThan(7);
    });

    it('refuses a duplicate code, a bad code, ext_length outside 2-16, a missing package or country, a missing national code', async () => {
      const before = await pbx.call({ action: 'pbxware.tenant.list' });
      for (const bad of [
        { tenant_code: '344' },
        { tenant_code: '34' },
        { tenant_code: 'abc' },
        { ext_length: '1' },
        { ext_length: '17' },
        { package: '999' },
        { country: '99999' },
        { national: '' },
        { tenant_name: 't1.dot.com' },
      ]) {
        const body = await pbx.call({ ...kbTenant('611', 'refused.example.com'), ...bad });
        expect(body, JSON.stringify(bad)).toHaveProperty('error');
      }
      expect(await pbx.call({ action: 'pbxware.tenant.list' })).toEqual(before);
    });

    it('edits in part, keeps ext_length, and refuses another ext_length, a server other than 1 and the Master tenant', async () => {
      const id = await addTenant('612', { area_code: '51' });
      expect((await pbx.call({ action: 'pbxware.tenant.edit', server: '1', id, ext_length: '4' })).error).toMatch(/ext_length/);
      expect(await pbx.call({ action: 'pbxware.tenant.edit', server: '1', id, ext_length: '3', currency: 'EUR' })).not.toHaveProperty('error');
      expect(await pbx.call({ action: 'pbxware.tenant.edit', server: '2', id, currency: 'GBP' })).toHaveProperty('error');
      expect(await pbx.call({ action: 'pbxware.tenant.edit', server: '1', id: '1', currency: 'GBP' })).toHaveProperty('error');
      const config = (await pbx.call({ action: 'pbxware.tenant.configuration', id }))[id];
      expect(config).toMatchObject({ ext_length: '3', currency: 'EUR', area_code: '51' });
    });

    it('moves nobillingfwd and cf_call_rating_disable together (deprecated alias)', async () => {
      const id = await addTenant('613', { nobillingfwd: 'yes' });
      expect((await pbx.call({ action: 'pbxware.tenant.configuration', id }))[id]).toMatchObject({
        nobillingfwd: 'yes',
        cf_call_rating_disable: 'yes',
      });
    });
  });

  describe('delete', () => {
    it('cascades to every row the tenant owns and to its CLI routes, and leaves other tenants alone', async () => {
      const id = await addTenant('621');
      const other = await addTenant('622');
      const table = state().table<{ server: string; name: string }>('unit_owned_rows');
      table.set('1', { server: id, name: 'mine' });
      table.set('2', { server: other, name: 'theirs' });
      await pbx.call({ action: 'pbxware.tenant.clirouting.add', tenant: id, callerid: '999%', dest_type: '10', matchexplicitly: '0' });

      expect(await pbx.call({ action: 'pbxware.tenant.delete', server: '1', id })).toEqual({
        success: `Deleted Tenant ID ${id} successfully.`,
      });
      expect(table.ids()).toEqual(['2']);
      expect(state().table<{ server: string }>('tenant_clirouting').filter((r) => r.server === id)).toEqual([]);
      expect(await pbx.call({ action: 'pbxware.tenant.configuration', id })).toHaveProperty('error');
      expect(await pbx.call({ action: 'pbxware.tenant.clirouting.list', tenant: id })).toHaveProperty('error');
    });

    it('refuses the Master tenant, a server other than 1 and an unknown id', async () => {
      expect(await pbx.call({ action: 'pbxware.tenant.delete', server: '1', id: '1' })).toHaveProperty('error');
      expect(await pbx.call({ action: 'pbxware.tenant.delete', server: '2', id: '7' })).toHaveProperty('error');
      expect(await pbx.call({ action: 'pbxware.tenant.delete', server: '1', id: '4040' })).toHaveProperty('error');
      expect(Object.keys(await pbx.call({ action: 'pbxware.tenant.list' }))).toEqual(expect.arrayContaining(['1', '2', '7']));
    });
  });

  describe('CLI routing', () => {
    it('checks destinations: extension numbers of the tenant, trunk ids, nothing for Deny Access', async () => {
      const id = await addTenant('631');
      const add = (extra: Record<string, string>) =>
        pbx.call({ action: 'pbxware.tenant.clirouting.add', tenant: id, callerid: '4444', matchexplicitly: '1', ...extra });
      expect(await add({ dest_type: '0', destination: '999' })).toHaveProperty('error');
      expect(await add({ dest_type: '8', destination: '987654' })).toHaveProperty('error');
      expect(await add({ dest_type: '3' })).toHaveProperty('error');
      expect(await add({ dest_type: '12', destination: '1' })).toHaveProperty('error');
      const denied = await add({ dest_type: '10' });
      expect(denied.id).toMatch(/^\d+$/);
      expect(await add({ dest_type: '10' })).toHaveProperty('error');
    });

    it('does not let one tenant edit or delete the rules of another', async () => {
      const a = await addTenant('632');
      const b = await addTenant('633');
      const { id } = await pbx.call({ action: 'pbxware.tenant.clirouting.add', tenant: a, callerid: '55', dest_type: '10', matchexplicitly: '0' });
      expect(await pbx.call({ action: 'pbxware.tenant.clirouting.edit', tenant: b, cliroutingid: id, callerid: '56' })).toHaveProperty('error');
      expect(await pbx.call({ action: 'pbxware.tenant.clirouting.delete', tenant: b, cliroutingid: id })).toHaveProperty('error');
      expect(await pbx.call({ action: 'pbxware.tenant.clirouting.list', tenant: b })).toEqual({ success: [] });
      expect(Object.keys((await pbx.call({ action: 'pbxware.tenant.clirouting.list', tenant: a })).success)).toEqual([id]);
    });
  });

  describe('quirks', () => {
    it('quirk tenant-list-string-ids: ids as strings by default, numbers when switched off', async () => {
      expect((await pbx.call({ action: 'pbxware.tenant.list' }))['2']).toMatchObject({ package_id: '1', country_id: '869', country_code: '1' });
      quirks()['tenant-list-string-ids'] = false;
      try {
        expect((await pbx.call({ action: 'pbxware.tenant.list' }))['2']).toMatchObject({ package_id: 1, country_id: 869, country_code: 1 });
      } finally {
        quirks()['tenant-list-string-ids'] = true;
      }
    });

    it('quirk tenant-list-ext-length-number: ext_length is a JSON number', async () => {
      const list = await pbx.call({ action: 'pbxware.tenant.list' });
      for (const item of Object.values<Record<string, unknown>>(list)) expect(typeof item.ext_length).toBe('number');
    });

    it('quirk tenant-edit-numeric-id: a number by default, a string when switched off', async () => {
      const id = await addTenant('641');
      expect((await pbx.call({ action: 'pbxware.tenant.edit', server: '1', id, audiolang: 'de' })).id).toBe(Number(id));
      quirks()['tenant-edit-numeric-id'] = false;
      try {
        expect(await pbx.call({ action: 'pbxware.tenant.edit', server: '1', id, audiolang: 'fr' })).toEqual({ success: `Tenant ID: ${id}`, id });
      } finally {
        quirks()['tenant-edit-numeric-id'] = true;
      }
    });

    it('quirk tenant-write-read-names: add names are read back under the configuration and list names', async () => {
      const id = await addTenant('642', { local_channels: '7', dahdi: '2', localcodecs: 'ulaw,opus', ldap_enabled: '1' });
      const config = (await pbx.call({ action: 'pbxware.tenant.configuration', id }))[id];
      expect(config).toMatchObject({
        server_name: 't642.example.com',
        tenantcode: '642',
        package_id: '1',
        country: '135',
        incominglimit: '7',
        zapch: '2',
        local_codecs: 'ulaw,opus',
      });
      expect(config).not.toHaveProperty('local_channels');
      expect(config).not.toHaveProperty('ldap_enabled');
      expect((await pbx.call({ action: 'pbxware.tenant.list' }))[id]).toMatchObject({
        name: 't642.example.com',
        package: 'Package 1',
        country_id: '135',
        country_code: '387',
      });
    });

    it('quirk tenant-delete-no-id: delete answers only a success text', async () => {
      const id = await addTenant('643');
      expect(Object.keys(await pbx.call({ action: 'pbxware.tenant.delete', server: '1', id }))).toEqual(['success']);
    });

    it('quirk tenant-trunks-ids-in-names-out: set takes ids or names, list answers names', async () => {
      const id = await addTenant('644');
      const trunks = state().table<{ name: string; server: string }>('trunks');
      trunks.set('9101', { name: 'UnitSIP1', server: '1' });
      trunks.set('9102', { name: 'UnitSIP2', server: '1' });
      expect(
        await pbx.call({ action: 'pbxware.tenant.trunks.set', tenant: id, trunks: '9101,UnitSIP2', primary_trunk: '9102', primary_emerg_trunk: 'UnitSIP1' }),
      ).toEqual({ success: 'Success.' });
      expect(await pbx.call({ action: 'pbxware.tenant.trunks.list', tenant: id })).toMatchObject({
        trunks: 'UnitSIP1,UnitSIP2',
        primary_trunk: 'UnitSIP2',
        primary_emerg_trunk: 'UnitSIP1',
        secondary_trunk: '',
      });
      const before = await pbx.call({ action: 'pbxware.tenant.trunks.list', tenant: id });
      expect(await pbx.call({ action: 'pbxware.tenant.trunks.set', tenant: id, secondary_trunk: 'NoSuchTrunk' })).toHaveProperty('error');
      expect(await pbx.call({ action: 'pbxware.tenant.trunks.list', tenant: id })).toEqual(before);
      trunks.delete('9101');
      trunks.delete('9102');
    });

    it('quirk tenant-clirouting-list-wrapped: the list sits under `success`', async () => {
      const body = await pbx.call({ action: 'pbxware.tenant.clirouting.list', tenant: '2' });
      expect(Object.keys(body)).toEqual(['success']);
      expect(typeof body.success).toBe('object');
    });

    it('quirk tenant-clirouting-string-id: add and edit answer the id as a string', async () => {
      const id = await addTenant('645');
      const added = await pbx.call({ action: 'pbxware.tenant.clirouting.add', tenant: id, callerid: '77', dest_type: '10', matchexplicitly: '0' });
      expect(added).toEqual({ success: `CLI Routing ID: ${added.id}.`, id: expect.stringMatching(/^\d+$/) });
      const edited = await pbx.call({ action: 'pbxware.tenant.clirouting.edit', tenant: id, cliroutingid: added.id, matchexplicitly: '1' });
      expect(edited).toEqual({ success: `CLI Routing ID: ${added.id}.`, id: added.id });
    });
  });
});
