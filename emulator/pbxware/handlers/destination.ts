import type { PbxHandlers } from '../call.ts';

export const destinationHandlers: PbxHandlers = {};
