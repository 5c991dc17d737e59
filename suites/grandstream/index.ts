import type { Scenario } from '../harness/scenario.ts';
import { callScenarios } from './call.scenarios.ts';
import { cdrScenarios } from './cdr.scenarios.ts';
import { pagingScenarios } from './paging.scenarios.ts';
import { wsScenarios } from './ws.scenarios.ts';
import { ivrScenarios } from './ivr.scenarios.ts';
import { pmsScenarios } from './pms.scenarios.ts';
import { queueScenarios } from './queue.scenarios.ts';
import { waveScenarios } from './wave.scenarios.ts';
import { blacklistScenarios } from './blacklist.scenarios.ts';
import { pinScenarios } from './pin.scenarios.ts';
import { routeScenarios } from './route.scenarios.ts';
import { trunkScenarios } from './trunk.scenarios.ts';
import { authScenarios } from './auth.scenarios.ts';
import { extensionScenarios } from './extension.scenarios.ts';
import { systemScenarios } from './system.scenarios.ts';
import { userScenarios } from './user.scenarios.ts';

/** Every Grandstream UCM6xxx conformance scenario. Phase 2 adds one `xScenarios` per section. */
export const grandstreamScenarios: Scenario[] = [...authScenarios, ...systemScenarios, ...extensionScenarios, ...userScenarios, ...waveScenarios, ...queueScenarios, ...ivrScenarios, ...pmsScenarios, ...trunkScenarios, ...routeScenarios, ...pinScenarios, ...blacklistScenarios, ...callScenarios, ...pagingScenarios, ...cdrScenarios, ...wsScenarios];
