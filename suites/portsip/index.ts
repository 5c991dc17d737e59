import type { Scenario } from '../harness/scenario.ts';

/** Every PortSIP PBX conformance scenario. */
export const portsipScenarios: Scenario[] = [];
