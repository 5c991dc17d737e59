import type { Scenario } from '../harness/scenario.ts';
import { authScenarios } from './auth.scenarios.ts';
import { extensionScenarios } from './extension.scenarios.ts';
import { systemScenarios } from './system.scenarios.ts';
import { userScenarios } from './user.scenarios.ts';

/** Every Grandstream UCM6xxx conformance scenario. Phase 2 adds one `xScenarios` per section. */
export const grandstreamScenarios: Scenario[] = [...authScenarios, ...systemScenarios, ...extensionScenarios, ...userScenarios];
