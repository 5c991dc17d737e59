import { fail } from '../call.ts';
import { startCall } from '../calls.ts';
import { extensions, requireExtension } from '../models/extensions.ts';
import type { PortsipHandler } from './types.ts';

interface CallArgs {
  extension: string;
  auth: string;
  to: string;
  domain: string;
  src: string;
}

/** "Call a certain extension." (499-517): the caller and the callee (when an extension) go ON_CALL. */
const call: PortsipHandler<CallArgs> = ({ args, context }) => {
  const caller = requireExtension(context, args.extension, (message) => fail('notFound', message));
  if (args.auth !== caller.password) fail('callRefused');
  const parties = [caller.extension_number];
  if (args.to !== caller.extension_number && extensions(context.state).has(args.to)) parties.push(args.to);
  startCall(context, parties);
  return undefined;
};

export const callHandlers: Record<string, PortsipHandler> = { 'GET /apiextensions/call': call };
