import { describe, expect, it } from 'vitest';
import { buildReport, renderHtml, renderTerminal, reportPassed } from './report.ts';
import type { ScenarioResult } from './scenario.ts';

const result = (over: Partial<ScenarioResult>): ScenarioResult => ({
  vendor: 'grandstream',
  scenario: 'grandstream.misc.broadcast',
  title: 't',
  target: 'real',
  status: 'passed',
  durationMs: 1,
  observations: [],
  notes: [],
  leftovers: [],
  residue: [],
  ...over,
});

const report = (results: ScenarioResult[]) =>
  buildReport({
    vendor: 'grandstream',
    target: { name: 'real', kind: 'real', url: 'https://ucm.example.com' },
    contracts: [],
    results,
    scenarioOperations: new Map(),
    startedAt: new Date(0),
    finishedAt: new Date(0),
    options: { allowMutations: true, numberRange: '7900-7999' },
    interrupted: false,
  });

describe('conformance reports', () => {
  it('list what a run left on purpose without failing it, and what it could not remove as a failure', () => {
    const onPurpose = report([result({ residue: ['message broadcast "x" sent to extension 7900'] })]);
    expect(reportPassed(onPurpose)).toBe(true);
    expect(renderTerminal(onPurpose)).toMatch(/left on purpose[\s\S]*grandstream.misc.broadcast: message broadcast "x"/);
    expect(renderHtml(onPurpose)).toContain('Left on purpose');
    const failedCleanup = report([result({ leftovers: ['deleteSIPAccount 7901: -16'] })]);
    expect(reportPassed(failedCleanup)).toBe(false);
    expect(renderTerminal(failedCleanup)).toMatch(/could not remove[\s\S]*7901/);
    expect(renderHtml(failedCleanup)).toContain('Could not remove');
  });
});
