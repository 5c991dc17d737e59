import type { PbxHandlers } from '../call.ts';

export const dashboardHandlers: PbxHandlers = {};
