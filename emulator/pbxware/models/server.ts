import type { ServerConfiguration } from '../../../contracts/pbxware/server.ts';
import type { VendorState } from '../../core/store.ts';

/** The one server configuration (doc 8128-8373), stored under key "1". */
export const SERVER_CONFIGURATION_KEY = '1';

export const serverConfigurations = (state: VendorState) => state.table<ServerConfiguration>('server_configuration');
