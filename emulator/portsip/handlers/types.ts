import type { OperationHandler } from '../../core/invoke.ts';
import type { TokenData } from '../sessions.ts';

/** What every PortSIP handler gets besides its arguments: the token it was called with, if any. */
export interface PortsipExtra {
  auth?: { token: string; data: TokenData };
}

export type PortsipHandler<Args = any> = OperationHandler<Args, PortsipExtra>;
