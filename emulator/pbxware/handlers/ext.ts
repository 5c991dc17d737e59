import type { PbxHandlers } from '../call.ts';

export const extHandlers: PbxHandlers = {};
