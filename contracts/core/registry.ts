import { distance } from 'fastest-levenshtein';
import type { OperationContract, VendorId } from './operation.ts';

/**
 * The registry of every documented operation. The emulator routes and validates from it, the suites
 * assert against it, the coverage report counts it and the exporters turn it into schemas.
 */
export class ContractRegistry {
  private readonly byVendor = new Map<VendorId, Map<string, OperationContract>>();
  private readonly byAction = new Map<string, OperationContract>();

  constructor(contracts: Iterable<OperationContract> = []) {
    for (const contract of contracts) this.add(contract);
  }

  add(contract: OperationContract): this {
    let vendorOps = this.byVendor.get(contract.vendor);
    if (!vendorOps) {
      vendorOps = new Map();
      this.byVendor.set(contract.vendor, vendorOps);
    }
    if (vendorOps.has(contract.id)) {
      throw new Error(`${contract.vendor}: operation ${contract.id} is defined twice`);
    }
    vendorOps.set(contract.id, contract);
    if (contract.transport.kind === 'action') {
      this.byAction.set(`${contract.vendor}\u0000${contract.transport.action}`, contract);
    }
    return this;
  }

  get(vendor: VendorId, id: string): OperationContract | undefined {
    return this.byVendor.get(vendor)?.get(id);
  }

  require(vendor: VendorId, id: string): OperationContract {
    const contract = this.get(vendor, id);
    if (!contract) throw new Error(`${vendor}: no contract for operation ${id}`);
    return contract;
  }

  byActionName(vendor: VendorId, action: string): OperationContract | undefined {
    return this.byAction.get(`${vendor}\u0000${action}`);
  }

  list(vendor?: VendorId): OperationContract[] {
    if (vendor) return [...(this.byVendor.get(vendor)?.values() ?? [])];
    return [...this.byVendor.values()].flatMap((ops) => [...ops.values()]);
  }

  vendors(): VendorId[] {
    return [...this.byVendor.keys()];
  }
}

/** Names of the documented operations closest to `name`, for "did you mean" hints. */
export function closestNames(name: string, candidates: Iterable<string>, count = 3): string[] {
  const scored: Array<[number, string]> = [];
  for (const candidate of candidates) scored.push([distance(name, candidate), candidate]);
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  const limit = Math.max(3, Math.ceil(name.length / 2));
  return scored.filter(([d]) => d <= limit).slice(0, count).map(([, c]) => c);
}
