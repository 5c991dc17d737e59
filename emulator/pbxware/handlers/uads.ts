import type { PbxHandlers } from '../call.ts';

export const uadsHandlers: PbxHandlers = {};
