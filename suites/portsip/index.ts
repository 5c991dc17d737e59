import type { Scenario } from '../harness/scenario.ts';
import { authScenarios } from './auth.scenarios.ts';
import { extensionScenarios } from './extensions.scenarios.ts';
import { greetingScenarios } from './greetings.scenarios.ts';
import { groupScenarios } from './groups.scenarios.ts';
import { inputScenarios } from './input.scenarios.ts';
import { pagingScenarios } from './paging.scenarios.ts';

/** Every PortSIP PBX conformance scenario. */
export const portsipScenarios: Scenario[] = [
  ...authScenarios,
  ...extensionScenarios,
  ...groupScenarios,
  ...pagingScenarios,
  ...greetingScenarios,
  ...inputScenarios,
];
