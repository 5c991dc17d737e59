import type { OperationContract } from '../core/index.ts';

export const otimesContracts: OperationContract[] = [];
