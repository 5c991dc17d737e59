import type { DocRef, VendorId } from './operation.ts';

/** One entry of a vendor's error catalogue: what the vendor answers, and where that is documented. */
export interface ErrorDefinition {
  id: string;
  /** The vendor's own code where it has one (Grandstream `-6`, sipXcom HTTP 404 …). */
  code?: number | string;
  httpStatus: number;
  message: string;
  /** Absent when the document shows no text and the message is the emulator's own clear wording. */
  doc?: DocRef;
  fieldEvidence?: string;
}

export type ErrorCatalogue = Record<string, ErrorDefinition>;

export function defineErrors<const T extends Record<string, Omit<ErrorDefinition, 'id'>>>(
  entries: T,
): { [K in keyof T]: ErrorDefinition } {
  const out = {} as { [K in keyof T]: ErrorDefinition };
  for (const [id, entry] of Object.entries(entries)) {
    (out as Record<string, ErrorDefinition>)[id] = { id, ...entry };
  }
  return out;
}

/**
 * A behaviour the emulator reproduces because the document (or a real device) shows it, even though it
 * looks like a mistake. Each quirk has a citation, a test, and a switch where a real device may differ.
 */
export interface QuirkDefinition {
  id: string;
  vendor: VendorId;
  description: string;
  doc?: DocRef;
  fieldEvidence?: string;
  /** Whether the emulator reproduces it unless told otherwise. */
  defaultOn: boolean;
  /** True where a real device may differ, so the behaviour can be switched per run. */
  switchable?: boolean;
  /** Operations affected, for the coverage report and for suites that need to know. */
  operations: readonly string[];
  /** Where the test that proves it lives. */
  test: string;
}

export type QuirkSettings = Record<string, boolean>;

export function quirkDefaults(quirks: readonly QuirkDefinition[]): QuirkSettings {
  return Object.fromEntries(quirks.map((q) => [q.id, q.defaultOn]));
}

/** Parses `--quirk id=on,id2=off` style overrides, refusing unknown ids. */
export function applyQuirkOverrides(
  quirks: readonly QuirkDefinition[],
  overrides: Record<string, boolean>,
): QuirkSettings {
  const settings = quirkDefaults(quirks);
  for (const [id, on] of Object.entries(overrides)) {
    const quirk = quirks.find((q) => q.id === id);
    if (!quirk) {
      const switchable = quirks.filter((q) => q.switchable).map((q) => q.id);
      throw new Error(`unknown quirk "${id}"; switchable quirks: ${switchable.join(', ') || 'none'}`);
    }
    if (!quirk.switchable) throw new Error(`quirk "${id}" is the documented behaviour and cannot be switched`);
    settings[id] = on;
  }
  return settings;
}
