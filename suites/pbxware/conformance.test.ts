import { conformanceSuite } from '../harness/vitest.ts';
import { pbxwareScenarios } from './index.ts';

conformanceSuite('pbxware', pbxwareScenarios);
