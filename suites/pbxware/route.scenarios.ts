import type { Scenario } from '../harness/scenario.ts';

export const routeScenarios: Scenario[] = [];
