import type { PbxHandlers } from '../call.ts';

export const smsHandlers: PbxHandlers = {};
