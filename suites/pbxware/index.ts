import type { Scenario } from '../harness/scenario.ts';
import { packageScenarios } from './package.scenarios.ts';

/** Every PBXware conformance scenario. */
export const pbxwareScenarios: Scenario[] = [...packageScenarios];
