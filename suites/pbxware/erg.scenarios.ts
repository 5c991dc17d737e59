import type { Scenario } from '../harness/scenario.ts';

export const ergScenarios: Scenario[] = [];
