import type { Scenario } from '../harness/scenario.ts';
import { authScenarios } from './auth.scenarios.ts';
import { phoneScenarios } from './phones.scenarios.ts';
import { userScenarios } from './users.scenarios.ts';

/** Every sipXcom (sipxconfig) conformance scenario; one file per resource, added here. */
export const sipxcomScenarios: Scenario[] = [...authScenarios, ...userScenarios, ...phoneScenarios];
