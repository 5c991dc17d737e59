import type { UcmHandlers } from '../call.ts';
import { authHandlers } from './auth.ts';
import { extensionHandlers } from './extension.ts';
import { systemHandlers } from './system.ts';
import { userHandlers } from './user.ts';

/**
 * One handler per served operation, keyed by contract id; an operation without one must be declined in
 * its contract or listed in contracts/grandstream/pending.ts. Phase 2 adds one `xHandlers` per section.
 */
export const grandstreamHandlers: UcmHandlers = {
  ...authHandlers,
  ...systemHandlers,
  ...extensionHandlers,
  ...userHandlers,
};
