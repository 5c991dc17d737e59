import type { PbxHandlers } from '../call.ts';

export const extEsHandlers: PbxHandlers = {};
