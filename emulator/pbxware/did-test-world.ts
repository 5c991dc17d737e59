import { fixtureContext, type PbxFixtureContext } from '../../fixtures/pbxware/context.ts';
import { seedPackage } from '../../fixtures/pbxware/package.ts';
import { seedTenant } from '../../fixtures/pbxware/tenant.ts';
import { seedRoute } from '../../fixtures/pbxware/route.ts';
import { seedSplan } from '../../fixtures/pbxware/splan.ts';
import { seedDestination } from '../../fixtures/pbxware/destination.ts';
import { seedUads } from '../../fixtures/pbxware/uads.ts';
import { seedTrunk } from '../../fixtures/pbxware/trunk.ts';
import { seedDepartment } from '../../fixtures/pbxware/department.ts';
import { seedExt } from '../../fixtures/pbxware/ext.ts';
import { seedDid } from '../../fixtures/pbxware/did.ts';
import { seedDidgroup } from '../../fixtures/pbxware/didgroup.ts';
import { seedSms } from '../../fixtures/pbxware/sms.ts';
import { FIXTURE_TENANTS } from '../../fixtures/pbxware/constants.ts';
import type { StartOptions } from '../index.ts';
import type { VendorState } from '../core/store.ts';
import { extensions, findByNumber, type ExtensionRecord } from './models/extension.ts';
import { tenants } from './models/tenant.ts';
import { startPbxware, type PbxTestEmulator } from './test-support.ts';

/**
 * Test support for the trunk, DID, DID group and SMS sections: an emulator whose fixtures run in the
 * real order up to SMS, with the world those sections rely on (tenants 2 and 7, extensions 530 and 100
 * of tenant 7) filled in when the tenant and extension seeders do not provide it. `size` picks the set.
 */
export async function startTelephonyWorld(
  options: { size?: 'small' | 'large' } & Omit<StartOptions, 'vendor' | 'fixtures'> = {},
): Promise<PbxTestEmulator> {
  const { size = 'small', ...rest } = options;
  const pbx = await startPbxware({ ...rest, fixtures: { seed: 1, size: 'none' } });
  const running = pbx.emulator.vendor('pbxware');
  const context = fixtureContext(running.context.state, { seed: 1, size }, pbx.emulator.clock);
  for (const step of [seedPackage, seedTenant, seedRoute, seedSplan, seedDestination, seedUads, ensureTenants, seedTrunk,
    seedDepartment, seedExt, ensureExtensions, seedDid, seedDidgroup, seedSms]) {
    step(context);
  }
  return pbx;
}

function ensureTenants({ state }: PbxFixtureContext): void {
  for (const t of FIXTURE_TENANTS) {
    if (tenants(state).has(t.id)) continue;
    state.reserveId('tenant', Number(t.id));
    tenants(state).set(t.id, { ...t, country_id: '135', country_code: '387', config: {} });
  }
}

function ensureExtensions({ state }: PbxFixtureContext): void {
  for (const [server, ext] of [['7', '530'], ['7', '100'], ['2', '100']]) putExtension(state, server, ext);
}

/** Adds extension number `ext` to tenant `server` directly in state, unless the tenant has it already. */
function putExtension(state: VendorState, server: string, ext: string): void {
  if (findByNumber(state, server, ext)) return;
  const id = String(state.nextId('extension', 1000));
  const record: ExtensionRecord = {
    id, server, ext, name: `Test ${ext}`, email: `${ext}@example.com`, protocol: 'sip', location: 'local', ua_id: '50',
    status: 'enabled', pin: '0000', secret: 'TestTest1234!!', department: '', macaddress: '', sn: '', linenum: '',
    user_location: '', user_language: '', registered: false, settings: {},
  };
  extensions(state).set(id, record);
}

/** Adds an extension to a tenant of a running test emulator (for tests that need one the fixtures lack). */
export function addTestExtension(pbx: PbxTestEmulator, server: string, ext: string): void {
  putExtension(pbx.emulator.vendor('pbxware').context.state, server, ext);
}

/** Every argument `trunk.add` marks Required (doc 3283-3534). */
export const TRUNK_ADD_ARGS = {
  action: 'pbxware.trunk.add', server: '7', provider_id: '20', type: 'peer', dtmfmode: 'rfc2833', status: 'active',
  country: '135', national: '0', international: '00', emerg_trunk: 'no', host: 'sip.example.com', username: 'user',
  secret: 'secret', peer_host: 'sip.example.com', peer_username: 'user', peer_secret: 'secret', insecure: 'port,invite',
  looserouting: 'yes', incominglimit: '10', outgoinglimit: '10', codecs: 'ulaw:alaw', codecs_ptime: '20',
};
