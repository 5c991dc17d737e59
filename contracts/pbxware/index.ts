import type { OperationContract } from '../core/index.ts';
import { dashboardContracts } from './dashboard.ts';
import { extContracts } from './ext.ts';
import { extEsContracts } from './ext-es.ts';
import { trunkContracts } from './trunk.ts';
import { smsContracts } from './sms.ts';
import { didContracts } from './did.ts';
import { didgroupContracts } from './didgroup.ts';
import { ivrContracts } from './ivr.ts';
import { ringGroupContracts } from './ring-group.ts';
import { ergContracts } from './erg.ts';
import { cdrContracts } from './cdr.ts';
import { transcriptionContracts } from './transcription.ts';
import { archivingContracts } from './archiving.ts';
import { routeContracts } from './route.ts';
import { otimesContracts } from './otimes.ts';
import { packageContracts } from './package.ts';
import { tenantContracts } from './tenant.ts';
import { serverContracts } from './server.ts';
import { splanContracts } from './splan.ts';
import { destinationContracts } from './destination.ts';
import { uadsContracts } from './uads.ts';
import { appsContracts } from './apps.ts';
import { licenseContracts } from './license.ts';
import { monitorContracts } from './monitor.ts';
import { departmentContracts } from './department.ts';
import { recordingContracts } from './recording.ts';
import { pagingGroupContracts } from './paging-group.ts';

/** Every documented PBXware action, in the document's order of sections. */
export const pbxwareContracts: OperationContract[] = [
  ...dashboardContracts,
  ...extContracts,
  ...extEsContracts,
  ...trunkContracts,
  ...smsContracts,
  ...didContracts,
  ...didgroupContracts,
  ...ivrContracts,
  ...ringGroupContracts,
  ...ergContracts,
  ...cdrContracts,
  ...transcriptionContracts,
  ...archivingContracts,
  ...routeContracts,
  ...otimesContracts,
  ...packageContracts,
  ...tenantContracts,
  ...serverContracts,
  ...splanContracts,
  ...destinationContracts,
  ...uadsContracts,
  ...appsContracts,
  ...licenseContracts,
  ...monitorContracts,
  ...departmentContracts,
  ...recordingContracts,
  ...pagingGroupContracts,
];
