import type { ScenarioContext } from '../harness/scenario.ts';
import { kbExtension, type PbxwareClient } from './helpers.ts';

/**
 * Things the trunk, DID and SMS scenarios create, each with its removal registered. Removals tolerate
 * a scenario that already deleted the thing itself (they check `gone` first).
 */

/** Every argument `trunk.add` marks Required (doc 3283-3534), for a SIP trunk that registers nowhere. */
export function trunkArgs(t: ScenarioContext, server: string): Record<string, string> {
  return {
    server,
    name: t.name('trunk'),
    provider_id: '20',
    type: 'peer',
    dtmfmode: 'rfc2833',
    status: 'not active',
    country: '135',
    national: '0',
    international: '00',
    emerg_trunk: 'no',
    host: '192.0.2.10',
    username: 'conformance',
    secret: 'Conformance1234',
    peer_host: '192.0.2.10',
    peer_username: 'conformance',
    peer_secret: 'Conformance1234',
    insecure: 'port,invite',
    looserouting: 'yes',
    incominglimit: '2',
    outgoinglimit: '2',
    codecs: 'ulaw:alaw',
    codecs_ptime: '20',
  };
}

export interface Created {
  id: string;
  /** Call when the scenario deleted it itself, so the cleanup does not try again. */
  gone(): void;
}

function removable(t: ScenarioContext, id: string, remove: () => Promise<unknown>): Created {
  let deleted = false;
  t.cleanup(() => (deleted ? undefined : remove()));
  return { id, gone: () => void (deleted = true) };
}

/** Adds a trunk in tenant `server` (use `trunk.providers` id 20, Generic SIP) and registers its removal. */
export async function addTrunk(t: ScenarioContext, pbx: PbxwareClient, server: string, extra: Record<string, string> = {}) {
  const args = { ...trunkArgs(t, server), ...extra };
  const added = await pbx.call<{ success: string; id: number }>('pbxware.trunk.add', args);
  const id = String(added.id);
  return { ...removable(t, id, () => pbx.call('pbxware.trunk.delete', { server, id })), args, answer: added };
}

/** Adds an extension (KB example arguments, number chosen by the PBX) and registers its removal. */
export async function addExtension(t: ScenarioContext, pbx: PbxwareClient, server: string) {
  const added = await pbx.call<{ id: string; ext: number }>('pbxware.ext.add', { server, ...kbExtension(t.name('ext')) });
  const id = String(added.id);
  return { ...removable(t, id, () => pbx.call('pbxware.ext.delete', { server, id })), ext: String(added.ext) };
}

/** Adds a DID and registers its removal (with `server=1`, as `did.delete` asks in Tenant Mode, doc 4609-4613). */
export async function addDid(t: ScenarioContext, pbx: PbxwareClient, args: Record<string, string>) {
  const added = await pbx.call<{ success: string; id: number }>('pbxware.did.add', args);
  const id = String(added.id);
  return { ...removable(t, id, () => pbx.call('pbxware.did.delete', { server: '1', id })), answer: added };
}
