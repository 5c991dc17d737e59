import type { Scenario } from '../harness/scenario.ts';

/** Every sipXcom (sipxconfig) conformance scenario. */
export const sipxcomScenarios: Scenario[] = [];
