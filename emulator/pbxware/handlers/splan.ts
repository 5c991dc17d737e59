import type { PbxHandlers } from '../call.ts';

export const splanHandlers: PbxHandlers = {};
