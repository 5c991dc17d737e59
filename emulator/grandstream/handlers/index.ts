import type { UcmHandlers } from '../call.ts';
import { blacklistHandlers } from './blacklist.ts';
import { inboundRouteHandlers } from './inbound-route.ts';
import { outboundRouteHandlers } from './outbound-route.ts';
import { pinGroupHandlers } from './pin-group.ts';
import { trunkHandlers } from './trunk.ts';
import { broadcastHandlers } from './broadcast.ts';
import { callHandlers } from './call.ts';
import { cdrHandlers } from './cdr.ts';
import { pagingHandlers } from './paging.ts';
import { extensionGroupHandlers } from './extension-group.ts';
import { ivrHandlers } from './ivr.ts';
import { pmsHandlers } from './pms.ts';
import { queueHandlers } from './queue.ts';
import { waveHandlers } from './wave.ts';
import { authHandlers } from './auth.ts';
import { extensionHandlers } from './extension.ts';
import { systemHandlers } from './system.ts';
import { userHandlers } from './user.ts';

/**
 * One handler per served operation, keyed by contract id; an operation without one must be declined in
 * its contract (the coverage test checks both).
 */
export const grandstreamHandlers: UcmHandlers = {
  ...authHandlers,
  ...systemHandlers,
  ...extensionHandlers,
  ...userHandlers,
  ...trunkHandlers,
  ...outboundRouteHandlers,
  ...pinGroupHandlers,
  ...inboundRouteHandlers,
  ...blacklistHandlers,
  ...callHandlers,
  ...pagingHandlers,
  ...cdrHandlers,
  ...waveHandlers,
  ...queueHandlers,
  ...ivrHandlers,
  ...extensionGroupHandlers,
  ...pmsHandlers,
  ...broadcastHandlers,
};
