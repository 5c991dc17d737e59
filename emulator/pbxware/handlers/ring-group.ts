import type { PbxHandlers } from '../call.ts';

export const ringGroupHandlers: PbxHandlers = {};
