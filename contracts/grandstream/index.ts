import type { OperationContract } from '../core/index.ts';
import { blacklistContracts } from './blacklist.ts';
import { inboundRouteContracts } from './inbound-route.ts';
import { outboundRouteContracts } from './outbound-route.ts';
import { pinGroupContracts } from './pin-group.ts';
import { trunkContracts } from './trunk.ts';
import { broadcastContracts } from './broadcast.ts';
import { callContracts } from './call.ts';
import { cdrContracts } from './cdr.ts';
import { pagingContracts } from './paging.ts';
import { extensionGroupContracts } from './extension-group.ts';
import { ivrContracts } from './ivr.ts';
import { pmsContracts } from './pms.ts';
import { queueContracts } from './queue.ts';
import { waveContracts } from './wave.ts';
import { authContracts } from './auth.ts';
import { extensionContracts } from './extension.ts';
import { systemContracts } from './system.ts';
import { userContracts } from './user.ts';

/**
 * Every Grandstream UCM operation with a contract, in the document's order of sections. Phase 2 adds one
 * module per section here (trunk.ts, outbound-route.ts, call.ts, cdr.ts, queue.ts, pms.ts …) and removes
 * its operations from pending.ts.
 */
export const grandstreamContracts: OperationContract[] = [
  ...authContracts,
  ...systemContracts,
  ...extensionContracts,
  ...userContracts,
  ...trunkContracts,
  ...outboundRouteContracts,
  ...pinGroupContracts,
  ...inboundRouteContracts,
  ...blacklistContracts,
  ...callContracts,
  ...pagingContracts,
  ...cdrContracts,
  ...waveContracts,
  ...queueContracts,
  ...ivrContracts,
  ...extensionGroupContracts,
  ...pmsContracts,
  ...broadcastContracts,
];
