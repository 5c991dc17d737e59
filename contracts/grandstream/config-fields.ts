import { z } from 'zod';
import { MAX_VALUE_LENGTH, p } from './args.ts';

/*
 * Table-driven field lists for the configuration sections (trunks, routes): one row per field saying how
 * add/update accept it, how get answers it, and its default (the get example's value unless a table
 * states one). Add, update, get, list and the fixtures are all built from the same rows.
 */

export interface ConfigField {
  /** Accepted on add/update; absent for read-only fields. */
  input?: z.ZodType;
  /** Shape in the get answer; absent for fields that are stored but not answered (`technology`). */
  output?: z.ZodType;
  default: unknown;
  /** Answered by the emulator, but absent from the document's example: optional in the contract. */
  optionalOutput?: boolean;
}

export type FieldTable = Record<string, ConfigField>;

const s = z.string();
const ns = z.string().nullable();
const int = z.number().int();
const nint = z.number().int().nullable();

const isNullWord = (v: unknown) => v === null || (typeof v === 'string' && v.trim().toLowerCase() === 'null');
const nullWord = () => z.custom<null>(isNullWord).transform(() => null);

/** A string of `min`-`max` characters matching `pattern` (when given). */
function bounded(min: number, max: number, pattern?: RegExp, message?: string) {
  let schema = z.string().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);
  if (pattern) schema = schema.regex(pattern, message ?? `must match ${pattern}`);
  return p.str().pipe(schema);
}

export const f = {
  /** yes/no with its default. */
  yn: (def: 'yes' | 'no'): ConfigField => ({ input: p.yesno(), output: s, default: def }),
  /** A documented enumeration (any case on input). */
  choice: <const T extends readonly [string, ...string[]]>(values: T, def: T[number]): ConfigField => ({ input: p.choice(values), output: s, default: def }),
  /** Free text, `min`-`max` characters; default null means "not set" and null/"null" clear it. */
  text: (def: string | null, min = 0, max = MAX_VALUE_LENGTH, pattern?: RegExp, message?: string): ConfigField => ({
    input: def === null ? z.union([nullWord(), bounded(min, max, pattern, message)]) : bounded(min, max, pattern, message),
    output: def === null ? ns : s,
    default: def,
  }),
  /** A whole number in [min, max]; default null means "not set". */
  int: (def: number | null, min = 0, max = Number.MAX_SAFE_INTEGER): ConfigField => ({
    input: def === null ? p.nullableInt(min, max) : p.int(min, max),
    output: def === null ? nint : int,
    default: def,
  }),
  /** A real number in [min, max] ("-13 – +12" gains). */
  real: (def: number, min: number, max: number): ConfigField => ({
    input: z
      .union([z.number(), z.string().trim().regex(/^[-+]?\d+(\.\d+)?$/, 'must be a number')])
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`)),
    output: z.number(),
    default: def,
  }),
  /** Answered, never written by a client (status, trunk_index …). */
  ro: (output: z.ZodType, def: unknown): ConfigField => ({ output, default: def }),
  /** Written and stored, never answered. */
  hidden: (input: z.ZodType, def: unknown): ConfigField => ({ input, default: def }),
  /** Marks a field the document's example does not show (optional in the contract). */
  extra: (field: ConfigField): ConfigField => ({ ...field, optionalOutput: true }),
};

/** add/update parameters: every writable field, optional (callers make some required). */
export function paramsOf(fields: FieldTable, except: readonly string[] = []): Record<string, z.ZodType> {
  const out: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(fields)) if (spec.input && !except.includes(name)) out[name] = spec.input.optional();
  return out;
}

/** The get answer's object: every answered field, strict. */
export function outputOf(fields: FieldTable, extra: Record<string, z.ZodType> = {}) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(fields)) {
    if (!spec.output) continue;
    shape[name] = spec.optionalOutput ? spec.output.optional() : spec.output;
  }
  return z.object({ ...shape, ...extra }).strict();
}

/** A record holding every field's default. */
export function defaultsOf(fields: FieldTable): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.default]));
}

/** Names of the fields a client may write. */
export function writableOf(fields: FieldTable): string[] {
  return Object.entries(fields)
    .filter(([, v]) => v.input)
    .map(([k]) => k);
}

/** Names of the fields the get answer carries. */
export function answeredOf(fields: FieldTable): string[] {
  return Object.entries(fields)
    .filter(([, v]) => v.output)
    .map(([k]) => k);
}

/** Selector parameters: a get that names fields answers only those (getSIPAccount, getOutboundRoute). */
export function selectorsOf(names: readonly string[]): Record<string, z.ZodType> {
  return Object.fromEntries(names.map((n) => [n, z.unknown().optional()]));
}
