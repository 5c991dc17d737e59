import type { OperationContract } from '../core/index.ts';

export const routeContracts: OperationContract[] = [];
