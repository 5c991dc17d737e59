import { AssertionError } from 'node:assert';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DocRef, OperationContract, VendorId } from '../../contracts/core/index.ts';
import type { ControlClient } from '../../emulator/control-client.ts';
import type { Target } from './target.ts';

/** One observation of an operation's response against its contract. */
export interface OperationObservation {
  operation: string;
  scenario: string;
  outcome: 'conforms' | 'deviates';
  /** Where in the body the departure is (`7.status`), what the contract wanted and what came back. */
  path?: string;
  expected?: string;
  seen?: string;
  /** The request that showed it, with secrets redacted. */
  request?: string;
}

export interface ScenarioContext {
  target: Target;
  /** The emulator's control API; only present when the scenario declared `control`. */
  control: ControlClient;
  /** Registers an undo step; cleanups run last-in first-out, also when the scenario fails. */
  cleanup(step: () => Promise<unknown> | unknown): void;
  /** Records a contract observation (used by vendor clients). */
  observe(observation: Omit<OperationObservation, 'scenario'>): void;
  /** A name carrying the run prefix, unique within the run. */
  name(label: string): string;
  /** The next number of the run's number range. */
  number(): number;
  /** Notes printed with the result (what a real system showed, say). */
  note(text: string): void;
  /**
   * Records something the scenario creates that no documented operation removes (a sent message
   * broadcast, an uploaded prompt of a library without DELETE): listed at the end of the run as left
   * by design, so nobody has to guess what a run changed.
   */
  leaves(description: string): void;
}

export interface Scenario {
  vendor: VendorId;
  id: string;
  title: string;
  doc: readonly DocRef[];
  /** Operations whose responses the scenario checks (for coverage). */
  operations: readonly string[];
  /** Creates, changes or deletes data on the target. */
  mutates: boolean;
  /** Why the scenario needs the emulator's control API (clock, injected calls, faults); absent when it does not. */
  control?: string;
  /** Why the scenario cannot run on some target kinds, keyed by kind. */
  skipOn?: Partial<Record<Target['kind'], string>>;
  /** Says why the scenario cannot run on this target (a credential it was not given, say), or nothing. */
  unavailable?(target: Target): string | undefined;
  run(t: ScenarioContext): Promise<void>;
}

/** Set while a scenario's cleanup steps run: an interrupted run still lets them reach the target. */
export const cleanupPhase = new AsyncLocalStorage<boolean>();

export function defineScenario(scenario: Omit<Scenario, 'mutates'> & { mutates?: boolean }): Scenario {
  return { mutates: false, ...scenario };
}

export type ScenarioStatus = 'passed' | 'failed' | 'skipped';

export interface ScenarioResult {
  vendor: VendorId;
  scenario: string;
  title: string;
  target: string;
  status: ScenarioStatus;
  reason?: string;
  error?: string;
  durationMs: number;
  observations: OperationObservation[];
  notes: string[];
  /** Undo steps that failed: what the run may have left behind. */
  leftovers: string[];
  /** What the scenario created that no documented operation removes (see ScenarioContext.leaves). */
  residue: string[];
}

export function skipReason(scenario: Scenario, target: Target): string | undefined {
  const kindReason = scenario.skipOn?.[target.kind];
  if (kindReason) return kindReason;
  const unavailable = scenario.unavailable?.(target);
  if (unavailable) return unavailable;
  if (scenario.control && !target.control) {
    return `needs the emulator's control API (${scenario.control}); a real system has none`;
  }
  if (scenario.mutates && !target.allowMutations) {
    return 'changes data on the target; allow mutations to run it (--allow-mutations, or <VENDOR>_ALLOW_MUTATIONS=1)';
  }
  return undefined;
}

/** Runs one scenario against one target. Never throws: the result says what happened. */
export async function runScenario(scenario: Scenario, target: Target): Promise<ScenarioResult> {
  const started = performance.now();
  const result: ScenarioResult = {
    vendor: scenario.vendor,
    scenario: scenario.id,
    title: scenario.title,
    target: target.name,
    status: 'passed',
    durationMs: 0,
    observations: [],
    notes: [],
    leftovers: [],
    residue: [],
  };
  const reason = skipReason(scenario, target);
  if (reason) {
    result.status = 'skipped';
    result.reason = reason;
    return result;
  }
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  let counter = 0;
  const context: ScenarioContext = {
    target,
    get control(): ControlClient {
      if (!target.control) throw new Error('this target has no control API');
      return target.control;
    },
    cleanup: (step) => void cleanups.push(step),
    observe: (observation) => result.observations.push({ ...observation, scenario: scenario.id }),
    name: (label) => `${target.runPrefix}${label}${++counter}`,
    number: () => {
      const n = target.numberRange.from + counter++;
      if (n > target.numberRange.to) throw new Error(`number range ${target.numberRange.from}-${target.numberRange.to} exhausted`);
      return n;
    },
    note: (text) => void result.notes.push(text),
    leaves: (description) => void result.residue.push(description),
  };
  try {
    await scenario.run(context);
  } catch (error) {
    result.status = 'failed';
    result.error = formatError(error);
  } finally {
    await cleanupPhase.run(true, async () => {
      for (const step of cleanups.reverse()) {
        try {
          await step();
        } catch (error) {
          result.leftovers.push(formatError(error));
        }
      }
    });
  }
  const deviations = result.observations.filter((o) => o.outcome === 'deviates');
  if (result.status === 'passed' && deviations.length > 0) {
    result.status = 'failed';
    result.error = deviations.map(describeDeviation).join('\n');
  }
  result.durationMs = Math.round(performance.now() - started);
  return result;
}

export function describeDeviation(o: OperationObservation): string {
  return `${o.operation} deviates from its contract at ${o.path || '(body)'}: expected ${o.expected}, saw ${o.seen}${o.request ? `\n  request: ${o.request}` : ''}`;
}

function formatError(error: unknown): string {
  if (error instanceof AssertionError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Index of operation id → scenario ids, for coverage. */
export function scenarioIndex(scenarios: readonly Scenario[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const s of scenarios) {
    for (const op of s.operations) index.set(op, [...(index.get(op) ?? []), s.id]);
  }
  return index;
}

export type ContractLookup = (operation: string) => OperationContract | undefined;
