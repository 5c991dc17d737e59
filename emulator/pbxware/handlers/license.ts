import type { PbxHandlers } from '../call.ts';

export const licenseHandlers: PbxHandlers = {};
