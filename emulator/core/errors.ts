import type { z } from 'zod';
import type { ErrorDefinition } from '../../contracts/core/index.ts';

/** An error the vendor itself would answer; the vendor pack renders it in its own format. */
export class VendorError extends Error {
  constructor(
    readonly definition: ErrorDefinition,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? definition.message);
    this.name = 'VendorError';
  }

  get id(): string {
    return this.definition.id;
  }
}

/** A handler answered something its contract does not allow: an emulator bug, loud in strict mode. */
export class ContractViolation extends Error {
  constructor(
    readonly operation: string,
    readonly issues: readonly z.core.$ZodIssue[],
    readonly body: unknown,
  ) {
    super(
      `${operation}: response breaks its contract: ` +
        issues
          .slice(0, 5)
          .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
          .join('; '),
    );
    this.name = 'ContractViolation';
  }
}

/** Summarises zod issues in one line a person can act on. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], limit = 3): string {
  const parts = issues.slice(0, limit).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'request';
    return `${where}: ${issue.message}`;
  });
  if (issues.length > limit) parts.push(`and ${issues.length - limit} more`);
  return parts.join('; ');
}
