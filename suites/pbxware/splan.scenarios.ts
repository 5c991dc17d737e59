import type { Scenario } from '../harness/scenario.ts';

export const splanScenarios: Scenario[] = [];
