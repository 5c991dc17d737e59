import type { PbxHandlers } from '../call.ts';
import { routes } from '../models/route.ts';
import { keyed } from '../views.ts';

export const routeHandlers: PbxHandlers = {
  // id → [dial code, country name] (doc 6402-6423).
  'pbxware.route.list': ({ context }) => keyed(routes(context.state).entries(), (r) => [r.code, r.name]),
};
