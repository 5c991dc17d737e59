import type { VendorPack } from './pack.ts';

export type CoverageStatus = 'served' | 'declined' | 'missing';

export interface CoverageRow {
  vendor: string;
  operation: string;
  summary: string;
  status: CoverageStatus;
  reason?: string;
  doc: string[];
  scenarios: string[];
}

export interface CoverageTotals {
  vendor: string;
  documented: number;
  served: number;
  declined: number;
  missing: number;
  covered: number;
}

/**
 * Coverage of one pack: every documented operation is served, declined with a reason, or missing
 * (a bug the test suite reports). `scenarioIndex` maps operation ids to the scenarios that call them.
 */
export function packCoverage(pack: VendorPack, scenarioIndex: Map<string, string[]> = new Map()): CoverageRow[] {
  const served = pack.served();
  return pack.contracts.map((contract) => {
    const status: CoverageStatus = contract.declined ? 'declined' : served.has(contract.id) ? 'served' : 'missing';
    return {
      vendor: pack.vendor,
      operation: contract.id,
      summary: contract.summary,
      status,
      ...(contract.declined ? { reason: contract.declined } : {}),
      doc: contract.doc.map((d) => `${d.seed}:${d.lines}`),
      scenarios: scenarioIndex.get(contract.id) ?? [],
    };
  });
}

export function coverageTotals(vendor: string, rows: readonly CoverageRow[]): CoverageTotals {
  return {
    vendor,
    documented: rows.length,
    served: rows.filter((r) => r.status === 'served').length,
    declined: rows.filter((r) => r.status === 'declined').length,
    missing: rows.filter((r) => r.status === 'missing').length,
    covered: rows.filter((r) => r.scenarios.length > 0).length,
  };
}
