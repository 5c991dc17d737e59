import type { PbxHandlers } from '../call.ts';

export const ivrHandlers: PbxHandlers = {};
