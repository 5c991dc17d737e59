import { conformanceSuite } from '../harness/vitest.ts';
import { portsipScenarios } from './index.ts';

conformanceSuite('portsip', portsipScenarios);
