import type { Scenario } from '../harness/scenario.ts';

export const departmentScenarios: Scenario[] = [];
