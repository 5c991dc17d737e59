import type { PbxHandlers } from '../call.ts';

export const appsHandlers: PbxHandlers = {};
