import type { PbxHandlers } from '../call.ts';

export const transcriptionHandlers: PbxHandlers = {};
