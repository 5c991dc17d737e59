import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portsipContracts } from '../../contracts/portsip/index.ts';
import { portsipQuirks } from '../../contracts/portsip/quirks.ts';
import { PORTSIP_DOC } from '../../contracts/portsip/source.ts';
import { scenarioIndex } from '../../suites/harness/scenario.ts';
import { portsipScenarios } from '../../suites/portsip/index.ts';
import { coverageTotals, packCoverage } from '../core/coverage.ts';
import { portsipPack } from './pack.ts';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const index = JSON.parse(readFileSync(join(SHARED, 'vendors', 'portsip.ops.json'), 'utf8')) as Array<{ id: string; lines: string }>;
const seedLines = readFileSync(join(SHARED, 'seeds', PORTSIP_DOC), 'utf8').split('\n').length;
const documented = portsipContracts.filter((c) => !c.tags.includes('field-evidence'));

describe('PortSIP coverage of the document', () => {
  it('has exactly one contract per documented operation (18), named and cited as the index does', () => {
    expect(documented.map((c) => c.id).sort()).toEqual(index.map((o) => o.id).sort());
    expect(documented).toHaveLength(18);
    for (const op of index) {
      const contract = documented.find((c) => c.id === op.id)!;
      expect(contract.doc[0].lines, op.id).toBe(op.lines);
    }
  });

  it('marks the operations the document lacks (token issue and refresh) as field evidence', () => {
    const extra = portsipContracts.filter((c) => c.tags.includes('field-evidence')).map((c) => c.id);
    expect(extra.sort()).toEqual(['POST /api/account/credentials/verify', 'POST /api/account/token/refresh']);
  });

  it('serves every contract or declines it with a reason', () => {
    const rows = packCoverage(portsipPack, scenarioIndex(portsipScenarios));
    expect(rows.filter((r) => r.status === 'missing').map((r) => r.operation)).toEqual([]);
    for (const row of rows.filter((r) => r.status === 'declined')) expect(row.reason?.length).toBeGreaterThan(10);
    const totals = coverageTotals('portsip', rows);
    expect(totals.served + totals.declined).toBe(portsipContracts.length);
  });

  it('cites line ranges that exist in the seed, and records its decisions', () => {
    for (const contract of portsipContracts) {
      for (const ref of contract.doc) {
        expect(ref.seed).toBe(PORTSIP_DOC);
        expect(Number(ref.lines.split('-').at(-1)), `${contract.id} cites ${ref.lines}`).toBeLessThanOrEqual(seedLines);
      }
      expect(contract.decisions.length, contract.id).toBeGreaterThan(0);
    }
  });

  it('names only quirks that exist in decisions, and every quirk has a test named after it', () => {
    const ids = new Set(portsipQuirks.map((q) => q.id));
    for (const contract of portsipContracts) {
      for (const decision of contract.decisions) if (decision.quirk) expect(ids.has(decision.quirk), `${contract.id}: ${decision.quirk}`).toBe(true);
    }
    const tests = readFileSync(join(import.meta.dirname, 'quirks.test.ts'), 'utf8');
    for (const quirk of portsipQuirks) expect(tests, quirk.id).toContain(`it('quirk ${quirk.id}:`);
  });

  it('has at least 20 conformance scenarios, each naming operations that exist, and every documented operation has one', () => {
    expect(portsipScenarios.length).toBeGreaterThanOrEqual(20);
    const ids = new Set(portsipContracts.map((c) => c.id));
    for (const scenario of portsipScenarios) for (const op of scenario.operations) expect(ids.has(op), `${scenario.id} names ${op}`).toBe(true);
    expect(new Set(portsipScenarios.map((s) => s.id)).size).toBe(portsipScenarios.length);
    const covered = scenarioIndex(portsipScenarios);
    expect(portsipContracts.filter((c) => !covered.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});
