import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sipxcomContracts } from '../../contracts/sipxcom/index.ts';
import { sipxMeta } from '../../contracts/sipxcom/operation.ts';
import { SIPX_DOC } from '../../contracts/sipxcom/source.ts';
import { sipxcomScenarios } from '../../suites/sipxcom/index.ts';
import { scenarioIndex } from '../../suites/harness/scenario.ts';
import { coverageTotals, packCoverage } from '../core/coverage.ts';
import { sipxcomHandlers } from './handlers/index.ts';
import { sipxcomPack } from './pack.ts';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const index = JSON.parse(readFileSync(join(SHARED, 'vendors', 'sipxcom.ops.json'), 'utf8')) as Array<{
  id: string;
  method: string;
  path: string;
  base: string | null;
  base_suggested: string | null;
  resource: string;
}>;
const seedLines = readFileSync(join(SHARED, 'seeds', SIPX_DOC), 'utf8').split('\n').length;

describe('sipXcom coverage of the document', () => {
  it('every one of the 253 documented operations has a contract, and every contract is a documented operation', () => {
    expect(existsSync(SHARED)).toBe(true);
    expect(index).toHaveLength(253);
    const contracted = new Set(sipxcomContracts.map((c) => c.id));
    expect(index.map((o) => o.id).filter((id) => !contracted.has(id))).toEqual([]);
    const documented = new Set(index.map((o) => o.id));
    expect([...contracted].filter((id) => !documented.has(id))).toEqual([]);
  });

  it('serves every contract or declines it with a reason; a handler exists only for a contract', () => {
    const rows = packCoverage(sipxcomPack, scenarioIndex(sipxcomScenarios));
    expect(rows.filter((r) => r.status === 'missing').map((r) => r.operation)).toEqual([]);
    for (const row of rows.filter((r) => r.status === 'declined')) expect(row.reason?.length).toBeGreaterThan(20);
    const ids = new Set(sipxcomContracts.map((c) => c.id));
    expect(Object.keys(sipxcomHandlers).filter((id) => !ids.has(id))).toEqual([]);
    const totals = coverageTotals('sipxcom', rows);
    expect(totals.served + totals.declined).toBe(253);
  });

  it('each contract is routed under the base the index documents or suggests, with its method, and cites lines that exist', () => {
    for (const contract of sipxcomContracts) {
      const documented = index.find((o) => o.id === contract.id)!;
      const meta = sipxMeta(contract.id);
      expect(contract.transport).toMatchObject({ kind: 'rest', method: documented.method });
      const base = documented.base ?? documented.base_suggested;
      expect(`/sipxconfig/${meta.base}`, contract.id).toBe(base);
      expect(meta.baseNote.length).toBeGreaterThan(10);
      for (const ref of contract.doc) {
        expect(ref.seed).toBe(SIPX_DOC);
        expect(Number(ref.lines.split('-').at(-1)), `${contract.id} cites ${ref.lines}`).toBeLessThanOrEqual(seedLines);
      }
    }
  });

  it('has scenarios with unique ids that name contracted operations; every served operation is exercised', () => {
    expect(sipxcomScenarios.length).toBeGreaterThanOrEqual(8);
    const ids = new Set(sipxcomContracts.map((c) => c.id));
    for (const scenario of sipxcomScenarios) for (const op of scenario.operations) expect(ids.has(op), `${scenario.id} names ${op}`).toBe(true);
    expect(new Set(sipxcomScenarios.map((s) => s.id)).size).toBe(sipxcomScenarios.length);
    const covered = scenarioIndex(sipxcomScenarios);
    expect([...sipxcomPack.served()].filter((op) => !covered.has(op))).toEqual([]);
  });
});
