import { answeredOf, writableOf, type FieldTable } from '../../contracts/grandstream/config-fields.ts';

/** Helpers shared by the configuration handlers (trunks, routes). */

/** The sent values of the writable fields of `fields` (undefined = not sent). */
export function sentFields(fields: FieldTable, args: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of writableOf(fields)) if (args[name] !== undefined) out[name] = args[name];
  return out;
}

/** The answered fields of a stored row, in the table's order. */
export function viewOf(fields: FieldTable, row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(answeredOf(fields).map((k) => [k, row[k] ?? null]));
}

/** The `options` a list uses when the client sends none: `defaults` (lists answering fewer fields than they can). */
export function withDefaultOptions<A extends { options?: string }>(args: A, defaults: readonly string[]): A {
  return args.options === undefined || args.options.trim() === '' ? { ...args, options: defaults.join(',') } : args;
}

/** A request's id parameter as a table key ("3", 3 → "3"). */
export function key(value: unknown): string {
  return String(value ?? '').trim();
}
