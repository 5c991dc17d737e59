import type { PbxHandlers } from '../call.ts';

export const recordingHandlers: PbxHandlers = {};
