import type { VendorId } from '../contracts/core/index.ts';
import { scenarioIndex, type Scenario } from './harness/scenario.ts';
import { pbxwareScenarios } from './pbxware/index.ts';

/** Every vendor's conformance scenarios. */
export const SCENARIOS: Partial<Record<VendorId, readonly Scenario[]>> = {
  pbxware: pbxwareScenarios,
};

export function scenarioIndexFor(vendor: VendorId): Map<string, string[]> {
  return scenarioIndex(SCENARIOS[vendor] ?? []);
}
