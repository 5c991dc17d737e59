import type { PbxHandlers } from '../call.ts';

export const monitorHandlers: PbxHandlers = {};
