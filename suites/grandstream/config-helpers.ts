import type { ScenarioContext } from '../harness/scenario.ts';
import type { GrandstreamClient } from './helpers.ts';

/** Helpers of the configuration scenarios (trunks, routes, PIN groups, blacklist): create, find, undo. */

/** Undoes a creation at the end: `action(params)`, where -16 (already gone) is fine. */
export function removeLater(t: ScenarioContext, ucm: GrandstreamClient, action: string, params: Record<string, unknown>): void {
  t.cleanup(async () => {
    const reply = await ucm.send(action, { cookie: ucm.currentCookie ?? (await ucm.login()), ...params });
    if (reply.body?.status !== 0 && reply.body?.status !== -16) throw new Error(`${action} ${JSON.stringify(params)} failed: ${reply.text}`);
  });
}

/** The index of the SIP trunk called `name` (listVoIPTrunk), or undefined. */
export async function sipTrunkIndex(ucm: GrandstreamClient, name: string): Promise<number | undefined> {
  const list = (await ucm.call('listVoIPTrunk', { options: 'trunk_index,trunk_name' })).response.voip_trunk as Array<{ trunk_index: number; trunk_name: string }>;
  return list.find((x) => x.trunk_name === name)?.trunk_index;
}

/** Adds a peer SIP trunk named from the run; answers its name and index; deletes it afterwards. */
export async function addSipTrunk(t: ScenarioContext, ucm: GrandstreamClient, params: Record<string, unknown> = {}): Promise<{ name: string; index: number }> {
  const name = t.name('trk');
  await ucm.call('addSIPTrunk', { trunk_name: name, host: '192.0.2.10', trunk_type: 'peer', ...params });
  const index = await sipTrunkIndex(ucm, name);
  if (index === undefined) throw new Error(`listVoIPTrunk does not show the trunk ${name} just added`);
  removeLater(t, ucm, 'deleteSIPTrunk', { trunk: String(index) });
  return { name, index };
}

/** Adds an outbound route on `trunk`; answers its name and index; deletes it afterwards. */
export async function addOutboundRoute(t: ScenarioContext, ucm: GrandstreamClient, trunk: number, params: Record<string, unknown> = {}) {
  const name = t.name('or');
  await ucm.call('addOutboundRoute', { outbound_rt_name: name, default_trunk_index: String(trunk), pattern: [{ match: `_${t.number()}X` }], ...params });
  const list = (await ucm.call('listOutboundRoute', { options: 'outbound_rt_index,outbound_rt_name' })).response.outbound_route as Array<{ outbound_rt_index: number; outbound_rt_name: string }>;
  const index = list.find((r) => r.outbound_rt_name === name)?.outbound_rt_index;
  if (index === undefined) throw new Error(`listOutboundRoute does not show the route ${name} just added`);
  removeLater(t, ucm, 'deleteOutboundRoute', { outbound_route: String(index) });
  return { name, index };
}

/** Adds an inbound route for a DID pattern of the run's range on `trunk`; answers its index and pattern. */
export async function addInboundRoute(t: ScenarioContext, ucm: GrandstreamClient, trunk: number, params: Record<string, unknown> = {}) {
  const pattern = `_${t.number()}`;
  await ucm.call('addInboundRoute', { trunk_index: String(trunk), did_pattern_match: pattern, ext_local: 'yes', multi_mode: '[]', time_condition: '[]', ...params });
  const list = (await ucm.call('listInboundRoute', { trunk_index: String(trunk) })).response.inbound_route as Array<{ inbound_rt_index: number; did_pattern_match: string }>;
  const index = list.find((r) => r.did_pattern_match === pattern)?.inbound_rt_index;
  if (index === undefined) throw new Error(`listInboundRoute does not show the route for ${pattern} just added`);
  removeLater(t, ucm, 'deleteInboundRoute', { inbound_route: String(index) });
  return { pattern, index };
}

/** A trunk index no trunk has: one above every SIP, analog and digital index listed. */
export async function missingTrunkIndex(ucm: GrandstreamClient): Promise<number> {
  const indexes: number[] = [];
  for (const [action, key] of [['listVoIPTrunk', 'voip_trunk'], ['listAnalogTrunk', 'analogtrunk'], ['listDigitalTrunk', 'digital_trunks']] as const) {
    const list = (await ucm.call(action, { options: 'trunk_index' })).response[key] as Array<{ trunk_index: number | string }>;
    indexes.push(...list.map((x) => Number(x.trunk_index)));
  }
  return Math.max(0, ...indexes) + 1000;
}
