import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pbxwareContracts } from '../../contracts/pbxware/index.ts';
import { PBXWARE_DOC, PBXWARE_KB } from '../../contracts/pbxware/source.ts';
import { pbxwareScenarios } from '../../suites/pbxware/index.ts';
import { scenarioIndex } from '../../suites/harness/scenario.ts';
import { packCoverage, coverageTotals } from '../core/coverage.ts';
import { pbxwarePack } from './pack.ts';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const index = JSON.parse(readFileSync(join(SHARED, 'vendors', 'pbxware.ops.json'), 'utf8')) as Array<{ id: string }>;
const seedLength = (file: string) => readFileSync(join(SHARED, 'seeds', file), 'utf8').split('\n').length;

describe('PBXware coverage of the document', () => {
  it('has exactly one contract per documented action (273), named as the index names it', () => {
    expect(existsSync(SHARED)).toBe(true);
    const documented = index.map((o) => o.id).sort();
    const contracted = pbxwareContracts.map((c) => c.id).sort();
    expect(contracted).toEqual(documented);
    expect(contracted).toHaveLength(273);
  });

  it('serves every contract or declines it with a reason', () => {
    const rows = packCoverage(pbxwarePack, scenarioIndex(pbxwareScenarios));
    expect(rows.filter((r) => r.status === 'missing').map((r) => r.operation)).toEqual([]);
    for (const row of rows.filter((r) => r.status === 'declined')) expect(row.reason?.length).toBeGreaterThan(10);
    const totals = coverageTotals('pbxware', rows);
    expect(totals.served + totals.declined).toBe(273);
  });

  it('cites line ranges that exist in the PBXware seeds', () => {
    const lengths: Record<string, number> = { [PBXWARE_DOC]: seedLength(PBXWARE_DOC), [PBXWARE_KB]: seedLength(PBXWARE_KB) };
    for (const contract of pbxwareContracts) {
      for (const ref of contract.doc) {
        expect(Object.keys(lengths), contract.id).toContain(ref.seed);
        const last = Number(ref.lines.split('-').at(-1));
        expect(last, `${contract.id} cites ${ref.seed}:${ref.lines}`).toBeLessThanOrEqual(lengths[ref.seed]);
      }
    }
  });

  it('has at least 30 conformance scenarios, each naming operations that exist', () => {
    expect(pbxwareScenarios.length).toBeGreaterThanOrEqual(30);
    const ids = new Set(pbxwareContracts.map((c) => c.id));
    for (const scenario of pbxwareScenarios) {
      for (const op of scenario.operations) expect(ids.has(op), `${scenario.id} names ${op}`).toBe(true);
    }
    expect(new Set(pbxwareScenarios.map((s) => s.id)).size).toBe(pbxwareScenarios.length);
  });
});
