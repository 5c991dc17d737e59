import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grandstreamContracts } from '../../contracts/grandstream/index.ts';
import { UCM_DOC } from '../../contracts/grandstream/source.ts';
import { grandstreamScenarios } from '../../suites/grandstream/index.ts';
import { scenarioIndex } from '../../suites/harness/scenario.ts';
import { coverageTotals, packCoverage } from '../core/coverage.ts';
import { grandstreamHandlers } from './handlers/index.ts';
import { grandstreamPack } from './pack.ts';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const index = JSON.parse(readFileSync(join(SHARED, 'vendors', 'grandstream-ucm.ops.json'), 'utf8')) as Array<{ id: string; action: string; lines: string }>;
const seedLines = readFileSync(join(SHARED, 'seeds', UCM_DOC), 'utf8').split('\n').length;

describe('Grandstream coverage of the document', () => {
  it('every one of the 120 documented operations has a contract, and every contract is a documented operation', () => {
    expect(existsSync(SHARED)).toBe(true);
    expect(index).toHaveLength(120);
    const contracted = new Set(grandstreamContracts.map((c) => c.id));
    expect(index.map((o) => o.id).filter((id) => !contracted.has(id))).toEqual([]);
    const documented = new Set(index.map((o) => o.id));
    expect([...contracted].filter((id) => !documented.has(id))).toEqual([]);
  });

  it('serves every contract or declines it with a reason; a handler exists only for a contract', () => {
    const rows = packCoverage(grandstreamPack, scenarioIndex(grandstreamScenarios));
    expect(rows.filter((r) => r.status === 'missing').map((r) => r.operation)).toEqual([]);
    for (const row of rows.filter((r) => r.status === 'declined')) expect(row.reason?.length).toBeGreaterThan(10);
    const ids = new Set(grandstreamContracts.map((c) => c.id));
    expect(Object.keys(grandstreamHandlers).filter((id) => !ids.has(id))).toEqual([]);
    const totals = coverageTotals('grandstream', rows);
    expect(totals.served + totals.declined).toBe(120);
  });

  it('each contract answers to the action the index names, and cites lines that exist', () => {
    for (const contract of grandstreamContracts) {
      const documented = index.find((o) => o.id === contract.id)!;
      expect(contract.transport).toMatchObject({ kind: 'action', action: documented.action, methods: ['POST'] });
      for (const ref of contract.doc) {
        expect(ref.seed).toBe(UCM_DOC);
        expect(Number(ref.lines.split('-').at(-1)), `${contract.id} cites ${ref.lines}`).toBeLessThanOrEqual(seedLines);
      }
    }
  });

  it('has scenarios with unique ids that name contracted operations', () => {
    expect(grandstreamScenarios.length).toBeGreaterThanOrEqual(10);
    const ids = new Set(grandstreamContracts.map((c) => c.id));
    for (const scenario of grandstreamScenarios) {
      for (const op of scenario.operations) expect(ids.has(op), `${scenario.id} names ${op}`).toBe(true);
    }
    expect(new Set(grandstreamScenarios.map((s) => s.id)).size).toBe(grandstreamScenarios.length);
  });
});
