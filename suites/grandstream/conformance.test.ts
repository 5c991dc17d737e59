import { conformanceSuite } from '../harness/vitest.ts';
import { grandstreamScenarios } from './index.ts';

conformanceSuite('grandstream', grandstreamScenarios);
