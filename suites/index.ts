import type { VendorId } from '../contracts/core/index.ts';
import { scenarioIndex, type Scenario } from './harness/scenario.ts';
import { grandstreamScenarios } from './grandstream/index.ts';
import { pbxwareScenarios } from './pbxware/index.ts';
import { portsipScenarios } from './portsip/index.ts';
import { sipxcomScenarios } from './sipxcom/index.ts';

/** Every vendor's conformance scenarios. */
export const SCENARIOS: Partial<Record<VendorId, readonly Scenario[]>> = {
  pbxware: pbxwareScenarios,
  grandstream: grandstreamScenarios,
  portsip: portsipScenarios,
  sipxcom: sipxcomScenarios,
};

export function scenarioIndexFor(vendor: VendorId): Map<string, string[]> {
  return scenarioIndex(SCENARIOS[vendor] ?? []);
}
