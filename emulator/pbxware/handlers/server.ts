import { fail, type PbxHandlers } from '../call.ts';
import { SERVER_CONFIGURATION_KEY, serverConfigurations } from '../models/server.ts';

export const serverHandlers: PbxHandlers = {
  // A flat object, not keyed by id (doc 8326-8371).
  'pbxware.server.configuration': ({ context }) => {
    const configuration = serverConfigurations(context.state).get(SERVER_CONFIGURATION_KEY);
    if (!configuration) fail('notFound', 'The server has no configuration.');
    return configuration;
  },
};
