import type { z } from 'zod';
import type { OperationContract } from '../../contracts/core/index.ts';
import { ContractViolation, VendorError } from './errors.ts';
import { applyFault } from './faults.ts';
import type { PackContext } from './pack.ts';

export interface OperationCall<Args> {
  args: Args;
  contract: OperationContract;
  context: PackContext;
}

export type OperationHandler<Args = any, Extra = object> = (
  call: OperationCall<Args> & Extra,
) => unknown | Promise<unknown>;

export interface InvokeOptions<Extra> {
  contract: OperationContract;
  handler: OperationHandler<any, Extra>;
  context: PackContext;
  rawArgs: unknown;
  extra: Extra;
  /** Turns request-validation issues into the vendor's own error. */
  invalidRequest: (issues: readonly z.core.$ZodIssue[], contract: OperationContract) => VendorError;
}

/**
 * The one path every operation takes inside a pack: request validation against the contract,
 * the handler, response validation (strict mode), then persistence of what a write changed.
 */
export async function invokeOperation<Extra>(options: InvokeOptions<Extra>): Promise<unknown> {
  const { contract, handler, context } = options;
  const fault = context.faults.next(contract.id);
  if (fault) await applyFault(fault, context.faults);
  const parsed = contract.request.safeParse(options.rawArgs);
  if (!parsed.success) throw options.invalidRequest(parsed.error.issues, contract);
  let body: unknown;
  try {
    body = await handler({ args: parsed.data, contract, context, ...options.extra });
  } finally {
    // A handler validates before it writes, but whatever it did change must reach the disk.
    await context.store.flush();
  }
  if (context.strict) {
    const checked = contract.response.safeParse(body);
    if (!checked.success) throw new ContractViolation(contract.id, checked.error.issues, body);
  }
  return body;
}
