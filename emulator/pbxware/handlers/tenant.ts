import type { PbxHandlers } from '../call.ts';

export const tenantHandlers: PbxHandlers = {};
