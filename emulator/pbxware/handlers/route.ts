import type { PbxHandlers } from '../call.ts';

export const routeHandlers: PbxHandlers = {};
