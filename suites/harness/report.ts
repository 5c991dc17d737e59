import type { OperationContract, VendorId } from '../../contracts/core/index.ts';
import type { OperationObservation, ScenarioResult } from './scenario.ts';

export type OperationOutcome = 'conforms' | 'deviates' | 'skipped' | 'not covered';

export interface OperationReport {
  operation: string;
  outcome: OperationOutcome;
  /** Scenarios that exercised it. */
  scenarios: string[];
  deviations: Array<Pick<OperationObservation, 'scenario' | 'path' | 'expected' | 'seen' | 'request'>>;
  /** Why it was skipped (the reasons of the scenarios that would have covered it). */
  reasons: string[];
}

/** The stable, machine-readable report (`schemaVersion` changes only when fields change meaning). */
export interface ConformanceReport {
  schemaVersion: 1;
  tool: 'pbx-emulator';
  startedAt: string;
  finishedAt: string;
  vendor: VendorId;
  target: { name: string; kind: string; url: string };
  options: { allowMutations: boolean; numberRange: string; only?: string; skip?: string };
  summary: {
    scenarios: { passed: number; failed: number; skipped: number; total: number };
    operations: Record<OperationOutcome, number>;
    interrupted: boolean;
    leftovers: string[];
    /** Created on purpose with no documented way to remove it (does not fail the run). */
    residue: string[];
  };
  scenarios: ScenarioResult[];
  operations: OperationReport[];
}

export function buildReport(input: {
  vendor: VendorId;
  target: { name: string; kind: string; url: string };
  contracts: readonly OperationContract[];
  results: readonly ScenarioResult[];
  scenarioOperations: ReadonlyMap<string, readonly string[]>;
  startedAt: Date;
  finishedAt: Date;
  options: ConformanceReport['options'];
  interrupted: boolean;
}): ConformanceReport {
  const operations: OperationReport[] = input.contracts
    .filter((c) => !c.declined)
    .map((contract) => {
      const observations = input.results.flatMap((r) => r.observations.filter((o) => o.operation === contract.id));
      // The same departure seen by several scenarios is one finding, shown once with its first request.
      const seenDepartures = new Set<string>();
      const deviations = observations
        .filter((o) => o.outcome === 'deviates')
        .filter((o) => {
          const key = `${o.path}\u0000${o.expected}\u0000${o.seen}`;
          if (seenDepartures.has(key)) return false;
          seenDepartures.add(key);
          return true;
        })
        .map(({ scenario, path, expected, seen, request }) => ({ scenario, path, expected, seen, request }));
      const covering = input.results.filter((r) => (input.scenarioOperations.get(r.scenario) ?? []).includes(contract.id));
      let outcome: OperationOutcome;
      if (deviations.length > 0) outcome = 'deviates';
      else if (observations.length > 0) outcome = 'conforms';
      else if (covering.some((r) => r.status === 'skipped')) outcome = 'skipped';
      else outcome = 'not covered';
      return {
        operation: contract.id,
        outcome,
        scenarios: [...new Set(observations.map((o) => o.scenario))],
        deviations,
        reasons: [...new Set(covering.filter((r) => r.status === 'skipped').map((r) => r.reason ?? 'skipped'))],
      };
    });
  const count = (status: ScenarioResult['status']) => input.results.filter((r) => r.status === status).length;
  const outcomes = (outcome: OperationOutcome) => operations.filter((o) => o.outcome === outcome).length;
  return {
    schemaVersion: 1,
    tool: 'pbx-emulator',
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    vendor: input.vendor,
    target: input.target,
    options: input.options,
    summary: {
      scenarios: { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), total: input.results.length },
      operations: {
        conforms: outcomes('conforms'),
        deviates: outcomes('deviates'),
        skipped: outcomes('skipped'),
        'not covered': outcomes('not covered'),
      },
      interrupted: input.interrupted,
      leftovers: input.results.flatMap((r) => r.leftovers.map((l) => `${r.scenario}: ${l}`)),
      residue: [...new Set(input.results.flatMap((r) => r.residue.map((l) => `${r.scenario}: ${l}`)))],
    },
    scenarios: [...input.results],
    operations,
  };
}

/** A run passes only when no operation deviates, no scenario failed, and nothing was left behind. */
export function reportPassed(report: ConformanceReport): boolean {
  return (
    report.summary.operations.deviates === 0 &&
    report.summary.scenarios.failed === 0 &&
    report.summary.leftovers.length === 0 &&
    !report.summary.interrupted
  );
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export function renderTerminal(report: ConformanceReport): string {
  const lines: string[] = [];
  const { scenarios, operations } = report.summary;
  lines.push(`${report.vendor} at ${report.target.url}: ${scenarios.passed} passed, ${scenarios.failed} failed, ${scenarios.skipped} skipped`);
  lines.push(
    `operations: ${operations.conforms} conform, ${operations.deviates} deviate, ${operations.skipped} skipped, ${operations['not covered']} not covered`,
  );
  for (const op of report.operations.filter((o) => o.outcome === 'deviates')) {
    lines.push(`  DEVIATES ${op.operation}`);
    for (const d of op.deviations.slice(0, 5)) {
      lines.push(`    at ${d.path || '(body)'}: expected ${d.expected}, saw ${d.seen}  [${d.scenario}]`);
      if (d.request) lines.push(`    request: ${d.request}`);
    }
  }
  for (const s of report.scenarios.filter((r) => r.status === 'failed')) {
    lines.push(`  FAILED ${s.scenario}: ${(s.error ?? '').split('\n')[0]}`);
  }
  if (report.summary.leftovers.length > 0) {
    lines.push('  could not remove (clean these up by hand):');
    for (const l of report.summary.leftovers) lines.push(`    ${l}`);
  }
  if (report.summary.residue.length > 0) {
    lines.push('  left on purpose (the API documents no way to remove these):');
    for (const l of report.summary.residue) lines.push(`    ${l}`);
  }
  if (report.summary.interrupted) lines.push('  interrupted: the run stopped early; what it created was removed (see above for anything that could not be).');
  return `${lines.join('\n')}\n`;
}

export function renderJunit(report: ConformanceReport): string {
  const { scenarios } = report.summary;
  const cases = report.scenarios.map((s) => {
    const name = `${escapeXml(s.scenario)}: ${escapeXml(s.title)}`;
    const time = (s.durationMs / 1000).toFixed(3);
    let inner = '';
    if (s.status === 'failed') inner = `<failure message="${escapeXml((s.error ?? 'failed').split('\n')[0])}">${escapeXml(s.error ?? '')}</failure>`;
    if (s.status === 'skipped') inner = `<skipped message="${escapeXml(s.reason ?? 'skipped')}"/>`;
    return `    <testcase classname="${escapeXml(report.vendor)}" name="${name}" time="${time}">${inner}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pbx-emulator conformance" tests="${scenarios.total}" failures="${scenarios.failed}" skipped="${scenarios.skipped}">`,
    `  <testsuite name="${escapeXml(report.vendor)} at ${escapeXml(report.target.url)}" tests="${scenarios.total}" failures="${scenarios.failed}" skipped="${scenarios.skipped}" timestamp="${report.startedAt}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

export function renderHtml(report: ConformanceReport): string {
  const rows = report.operations
    .map((op) => {
      const detail =
        op.outcome === 'deviates'
          ? op.deviations
              .map((d) => `<div><code>${escapeXml(d.path || '(body)')}</code>: expected ${escapeXml(d.expected ?? '')}, saw <code>${escapeXml(d.seen ?? '')}</code><br><small>${escapeXml(d.request ?? '')}</small></div>`)
              .join('')
          : op.outcome === 'skipped'
            ? escapeXml(op.reasons.join('; '))
            : escapeXml(op.scenarios.join(', '));
      return `<tr class="${op.outcome.replace(' ', '-')}"><td><code>${escapeXml(op.operation)}</code></td><td>${op.outcome}</td><td>${detail}</td></tr>`;
    })
    .join('\n');
  const { scenarios, operations } = report.summary;
  const list = (title: string, items: string[]) =>
    items.length === 0 ? '' : `<h2>${title}</h2><ul>${items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ul>\n`;
  const failed = report.scenarios.filter((r) => r.status === 'failed').map((r) => `${r.scenario}: ${(r.error ?? '').split('\n')[0]}`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(report.vendor)} conformance</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
tr.deviates td:nth-child(2){color:#b00020;font-weight:600}tr.conforms td:nth-child(2){color:#1b7f3a}
tr.skipped td:nth-child(2),tr.not-covered td:nth-child(2){color:#777}.summary span{margin-right:1.5rem}
</style></head><body>
<h1>${escapeXml(report.vendor)} conformance: ${escapeXml(report.target.url)}</h1>
<p class="summary"><span>scenarios: ${scenarios.passed} passed, ${scenarios.failed} failed, ${scenarios.skipped} skipped</span>
<span>operations: ${operations.conforms} conform, ${operations.deviates} deviate, ${operations.skipped} skipped, ${operations['not covered']} not covered</span></p>
<p><small>${escapeXml(report.startedAt)} – ${escapeXml(report.finishedAt)}; mutations ${report.options.allowMutations ? 'allowed' : 'not allowed'}; numbers ${escapeXml(report.options.numberRange)}</small></p>
${list('Failed scenarios', failed)}${list('Could not remove (clean these up by hand)', report.summary.leftovers)}${list('Left on purpose (no documented way to remove them)', report.summary.residue)}<table><thead><tr><th>operation</th><th>outcome</th><th>detail</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}

/** Replaces every occurrence of the given secrets (and their URL-encoded forms) with `***`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets.filter((s) => s.length >= 3)) {
    for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) {
      out = out.split(form).join('***');
    }
  }
  return out;
}
