import type { PbxHandlers } from '../call.ts';

export const cdrHandlers: PbxHandlers = {};
