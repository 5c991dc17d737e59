import type { PbxHandlers } from '../call.ts';
import { destinationGroups, destinations, routeFilter } from '../models/destination.ts';
import { keyed } from '../views.ts';

export const destinationHandlers: PbxHandlers = {
  'pbxware.destination.list': ({ args, context }) => {
    const matches = routeFilter(args);
    const rows = destinations(context.state).filter((d) => matches({ route: d.route, dgroup: d.destination_group }));
    return keyed(rows, (d) => ({
      route: d.route,
      destination: d.destination,
      destination_group: d.destination_group,
      codes: d.codes.map((c) => ({ code1: c.code1, code2: c.code2 })),
    }));
  },

  'pbxware.destination.groups': ({ context }) => keyed(destinationGroups(context.state).entries(), (name) => name),
};
