import type { PbxHandlers } from '../call.ts';

export const ergHandlers: PbxHandlers = {};
