import type { Scenario } from '../harness/scenario.ts';
import { authScenarios } from './auth.scenarios.ts';
import { dashboardScenarios } from './dashboard.scenarios.ts';
import { extScenarios } from './ext.scenarios.ts';
import { extEsScenarios } from './ext-es.scenarios.ts';
import { trunkScenarios } from './trunk.scenarios.ts';
import { smsScenarios } from './sms.scenarios.ts';
import { didScenarios } from './did.scenarios.ts';
import { didgroupScenarios } from './didgroup.scenarios.ts';
import { ivrScenarios } from './ivr.scenarios.ts';
import { ringGroupScenarios } from './ring-group.scenarios.ts';
import { ergScenarios } from './erg.scenarios.ts';
import { cdrScenarios } from './cdr.scenarios.ts';
import { transcriptionScenarios } from './transcription.scenarios.ts';
import { archivingScenarios } from './archiving.scenarios.ts';
import { routeScenarios } from './route.scenarios.ts';
import { otimesScenarios } from './otimes.scenarios.ts';
import { packageScenarios } from './package.scenarios.ts';
import { tenantScenarios } from './tenant.scenarios.ts';
import { serverScenarios } from './server.scenarios.ts';
import { splanScenarios } from './splan.scenarios.ts';
import { destinationScenarios } from './destination.scenarios.ts';
import { uadsScenarios } from './uads.scenarios.ts';
import { appsScenarios } from './apps.scenarios.ts';
import { licenseScenarios } from './license.scenarios.ts';
import { monitorScenarios } from './monitor.scenarios.ts';
import { departmentScenarios } from './department.scenarios.ts';
import { recordingScenarios } from './recording.scenarios.ts';
import { pagingGroupScenarios } from './paging-group.scenarios.ts';

/** Every PBXware conformance scenario. */
export const pbxwareScenarios: Scenario[] = [
  ...authScenarios,
  ...dashboardScenarios,
  ...extScenarios,
  ...extEsScenarios,
  ...trunkScenarios,
  ...smsScenarios,
  ...didScenarios,
  ...didgroupScenarios,
  ...ivrScenarios,
  ...ringGroupScenarios,
  ...ergScenarios,
  ...cdrScenarios,
  ...transcriptionScenarios,
  ...archivingScenarios,
  ...routeScenarios,
  ...otimesScenarios,
  ...packageScenarios,
  ...tenantScenarios,
  ...serverScenarios,
  ...splanScenarios,
  ...destinationScenarios,
  ...uadsScenarios,
  ...appsScenarios,
  ...licenseScenarios,
  ...monitorScenarios,
  ...departmentScenarios,
  ...recordingScenarios,
  ...pagingGroupScenarios,
];
