import type { Scenario } from '../harness/scenario.ts';

export const dashboardScenarios: Scenario[] = [];
