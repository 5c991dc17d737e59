import type { OperationContract } from '../core/index.ts';

export const trunkContracts: OperationContract[] = [];
