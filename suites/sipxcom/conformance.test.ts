import { conformanceSuite } from '../harness/vitest.ts';
import { sipxcomScenarios } from './index.ts';

conformanceSuite('sipxcom', sipxcomScenarios);
