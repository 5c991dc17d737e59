import type { Scenario } from '../harness/scenario.ts';

/** Every Grandstream UCM6xxx conformance scenario. */
export const grandstreamScenarios: Scenario[] = [];
