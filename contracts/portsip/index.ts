import type { OperationContract } from '../core/index.ts';
import { accountContracts } from './account.ts';
import { callContracts } from './call.ts';
import { extensionContracts } from './extensions.ts';
import { greetingContracts } from './greetings.ts';
import { groupContracts } from './groups.ts';

/** The 18 documented PortSIP operations in document order, then the token operations from field evidence. */
export const portsipContracts: OperationContract[] = [
  ...groupContracts,
  ...extensionContracts.slice(0, 5),
  ...callContracts,
  ...extensionContracts.slice(5),
  ...greetingContracts,
  ...accountContracts,
];
