import type { PbxHandlers } from '../call.ts';

export const didgroupHandlers: PbxHandlers = {};
