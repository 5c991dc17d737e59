import type { PbxHandlers } from '../call.ts';

export const didHandlers: PbxHandlers = {};
