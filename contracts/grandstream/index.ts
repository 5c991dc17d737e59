import type { OperationContract } from '../core/index.ts';
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
];
