import type { PbxHandlers } from '../call.ts';

export const serverHandlers: PbxHandlers = {};
