import type { PbxHandlers } from '../call.ts';

export const departmentHandlers: PbxHandlers = {};
