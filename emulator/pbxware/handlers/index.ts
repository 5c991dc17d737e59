import type { PbxHandlers } from '../call.ts';
import { dashboardHandlers } from './dashboard.ts';
import { extHandlers } from './ext.ts';
import { extEsHandlers } from './ext-es.ts';
import { trunkHandlers } from './trunk.ts';
import { smsHandlers } from './sms.ts';
import { didHandlers } from './did.ts';
import { didgroupHandlers } from './didgroup.ts';
import { ivrHandlers } from './ivr.ts';
import { ringGroupHandlers } from './ring-group.ts';
import { ergHandlers } from './erg.ts';
import { cdrHandlers } from './cdr.ts';
import { transcriptionHandlers } from './transcription.ts';
import { archivingHandlers } from './archiving.ts';
import { routeHandlers } from './route.ts';
import { otimesHandlers } from './otimes.ts';
import { packageHandlers } from './package.ts';
import { tenantHandlers } from './tenant.ts';
import { serverHandlers } from './server.ts';
import { splanHandlers } from './splan.ts';
import { destinationHandlers } from './destination.ts';
import { uadsHandlers } from './uads.ts';
import { appsHandlers } from './apps.ts';
import { licenseHandlers } from './license.ts';
import { monitorHandlers } from './monitor.ts';
import { departmentHandlers } from './department.ts';
import { recordingHandlers } from './recording.ts';
import { pagingGroupHandlers } from './paging-group.ts';

/** One handler per served action; an action without one must be declined in its contract. */
export const pbxwareHandlers: PbxHandlers = {
  ...dashboardHandlers,
  ...extHandlers,
  ...extEsHandlers,
  ...trunkHandlers,
  ...smsHandlers,
  ...didHandlers,
  ...didgroupHandlers,
  ...ivrHandlers,
  ...ringGroupHandlers,
  ...ergHandlers,
  ...cdrHandlers,
  ...transcriptionHandlers,
  ...archivingHandlers,
  ...routeHandlers,
  ...otimesHandlers,
  ...packageHandlers,
  ...tenantHandlers,
  ...serverHandlers,
  ...splanHandlers,
  ...destinationHandlers,
  ...uadsHandlers,
  ...appsHandlers,
  ...licenseHandlers,
  ...monitorHandlers,
  ...departmentHandlers,
  ...recordingHandlers,
  ...pagingGroupHandlers,
};
