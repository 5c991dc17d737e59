import type { PbxHandlers } from '../call.ts';

export const otimesHandlers: PbxHandlers = {};
