import type { PbxHandlers } from '../call.ts';

export const archivingHandlers: PbxHandlers = {};
