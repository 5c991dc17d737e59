import { accountHandlers } from './account.ts';
import { callHandlers } from './call.ts';
import { extensionHandlers } from './extensions.ts';
import { greetingHandlers } from './greetings.ts';
import { groupHandlers } from './groups.ts';
import type { PortsipHandler } from './types.ts';

/** Every served PortSIP operation, by contract id. */
export const portsipHandlers: Record<string, PortsipHandler> = {
  ...accountHandlers,
  ...groupHandlers,
  ...extensionHandlers,
  ...callHandlers,
  ...greetingHandlers,
};
