import type { PbxHandlers } from '../call.ts';

export const pagingGroupHandlers: PbxHandlers = {};
