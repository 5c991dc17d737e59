import { extensions, findByNumber, type ExtensionRecord } from './models/extension.ts';
import { tenants } from './models/tenant.ts';
import type { PbxTestEmulator } from './test-support.ts';

/**
 * Test helpers for the IVR, ring group, ERG, paging group, otimes and recording tests: they put the
 * tenants and extensions those objects refer to straight into the state, so the tests do not depend on
 * the tenant and extension sections.
 */

export function stateOf(pbx: PbxTestEmulator) {
  return pbx.emulator.vendor('pbxware').context.state;
}

export function quirksOf(pbx: PbxTestEmulator) {
  return pbx.emulator.vendor('pbxware').context.quirks;
}

/** Makes sure tenant `id` exists. */
export function ensureTenant(pbx: PbxTestEmulator, id: string): string {
  const table = tenants(stateOf(pbx));
  if (!table.has(id)) {
    table.set(id, {
      id,
      name: `test${id}.dot.com`,
      tenantcode: String(800 + Number(id)),
      package_id: '1',
      ext_length: 3,
      country_id: '135',
      country_code: '387',
      config: {},
    });
  }
  return id;
}

let nextTestExtensionId = 900_000;

/** Makes sure extension `number` exists in tenant `server`. */
export function ensureExtension(pbx: PbxTestEmulator, server: string, number: string): ExtensionRecord {
  const state = stateOf(pbx);
  const existing = findByNumber(state, server, number);
  if (existing) return existing;
  const id = String(nextTestExtensionId++);
  const record: ExtensionRecord = {
    id,
    server,
    ext: number,
    name: `Test ${number}`,
    email: `t${number}@example.com`,
    protocol: 'sip',
    location: 'remote',
    ua_id: '50',
    status: 'enabled',
    pin: '0000',
    secret: 'TestTest1234!!',
    department: '',
    macaddress: '',
    sn: '',
    linenum: '',
    user_location: '',
    user_language: '',
    registered: false,
    settings: {},
  };
  extensions(state).set(id, record);
  return record;
}
