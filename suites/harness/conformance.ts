import type { OperationContract, VendorId } from '../../contracts/core/index.ts';
import { buildReport, type ConformanceReport } from './report.ts';
import { cleanupPhase, runScenario, type Scenario, type ScenarioResult } from './scenario.ts';
import { defaultRunPrefix, insecureFetch, type Target } from './target.ts';

export interface ConformanceOptions {
  vendor: VendorId;
  url: string;
  credentials: Record<string, string>;
  settings?: Record<string, string>;
  insecure?: boolean;
  allowMutations?: boolean;
  numberRange?: { from: number; to: number };
  /** Regular expression over scenario ids and titles: only those run. */
  only?: string;
  /** Regular expression over scenario ids and titles: those are skipped. */
  skip?: string;
  timeoutMs?: number;
  /** Extra attempts for a request that could not connect at all (never for one the target may have received). */
  retries?: number;
  onProgress?(event: { index: number; total: number; scenario: Scenario; result?: ScenarioResult }): void;
}

export class TargetUnreachable extends Error {}

const CONNECT_ERRORS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function causeCode(error: unknown, depth = 0): string | undefined {
  if (!error || depth > 5) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // undici wraps connection failures in `cause`, and Happy Eyeballs in an AggregateError's `errors`.
  for (const inner of (error as { errors?: unknown[] }).errors ?? []) {
    const found = causeCode(inner, depth + 1);
    if (found) return found;
  }
  return causeCode((error as { cause?: unknown }).cause, depth + 1);
}

/** Says in one line why a target could not be reached. */
export function describeConnectionError(url: string, error: unknown): string {
  const code = causeCode(error);
  if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN' || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE') {
    return `${url} presents a certificate that is not trusted (${code}); pass --insecure to accept it`;
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'CERT_HAS_EXPIRED') return `${url} presents a bad certificate (${code}); pass --insecure to accept it`;
  if (code === 'ECONNREFUSED') return `${url} refused the connection: is the PBX listening on that port?`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `${new URL(url).hostname} does not resolve`;
  if ((error as Error)?.name === 'TimeoutError') return `${url} did not answer in time`;
  if (code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER') return `${url} does not speak ${new URL(url).protocol.replace(':', '')} on that port`;
  return `${url} could not be reached: ${code ?? (error as Error)?.message ?? String(error)}`;
}

/**
 * A fetch for slow PBXs: a timeout per attempt, retries only for requests that never connected, and no
 * new requests once the run is interrupted — except cleanup steps, which must still reach the target.
 */
function guardedFetch(base: typeof fetch, options: { timeoutMs: number; retries: number; interrupted: () => boolean }): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    if (options.interrupted() && !cleanupPhase.getStore()) throw new Error('interrupted: no new requests');
    for (let attempt = 0; ; attempt++) {
      try {
        return await base(input, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
      } catch (error) {
        if (attempt >= options.retries || !CONNECT_ERRORS.has(causeCode(error) ?? '')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
      }
    }
  }) as typeof fetch;
}

export async function runConformance(
  options: ConformanceOptions,
  scenarios: readonly Scenario[],
  contracts: readonly OperationContract[],
  interruption: { interrupted: boolean } = { interrupted: false },
): Promise<ConformanceReport> {
  const startedAt = new Date();
  const baseUrl = options.url.replace(/\/+$/, '');
  const base = options.insecure ? await insecureFetch() : globalThis.fetch;
  try {
    await base(baseUrl + '/', { method: 'GET', signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) }).then((r) => r.arrayBuffer());
  } catch (error) {
    throw new TargetUnreachable(describeConnectionError(baseUrl, error));
  }
  const numberRange = options.numberRange ?? { from: 7900, to: 7999 };
  const target: Target = {
    vendor: options.vendor,
    kind: 'real',
    name: `${options.vendor} at ${new URL(baseUrl).host}`,
    baseUrl,
    credentials: options.credentials,
    settings: options.settings ?? {},
    fetch: guardedFetch(base, {
      timeoutMs: options.timeoutMs ?? 15_000,
      retries: options.retries ?? 2,
      interrupted: () => interruption.interrupted,
    }),
    allowMutations: options.allowMutations ?? false,
    insecure: options.insecure ?? false,
    numberRange,
    runPrefix: defaultRunPrefix(),
  };
  const only = options.only ? new RegExp(options.only) : undefined;
  const skip = options.skip ? new RegExp(options.skip) : undefined;
  const selected = scenarios.filter((s) => {
    const label = `${s.id} ${s.title}`;
    return (!only || only.test(label)) && !(skip && skip.test(label));
  });
  const results: ScenarioResult[] = [];
  for (const [index, scenario] of selected.entries()) {
    if (interruption.interrupted) break;
    options.onProgress?.({ index, total: selected.length, scenario });
    const result = await runScenario(scenario, target);
    results.push(result);
    options.onProgress?.({ index, total: selected.length, scenario, result });
  }
  return buildReport({
    vendor: options.vendor,
    target: { name: target.name, kind: 'real', url: baseUrl },
    contracts,
    results,
    scenarioOperations: new Map(selected.map((s) => [s.id, s.operations])),
    startedAt,
    finishedAt: new Date(),
    options: {
      allowMutations: target.allowMutations,
      numberRange: `${numberRange.from}-${numberRange.to}`,
      ...(options.only ? { only: options.only } : {}),
      ...(options.skip ? { skip: options.skip } : {}),
    },
    interrupted: interruption.interrupted,
  });
}
