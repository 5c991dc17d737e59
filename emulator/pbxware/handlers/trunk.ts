import type { PbxHandlers } from '../call.ts';

export const trunkHandlers: PbxHandlers = {};
