import type { PbxHandlers } from '../call.ts';
import { currentLicense, formatRefreshed, saveLicense } from '../models/license.ts';

export const licenseHandlers: PbxHandlers = {
  // "Response is string message with status of license refresh request." (doc 9047-9061)
  'pbxware.license.refresh': ({ context }) => {
    saveLicense(context.state, { ...currentLicense(context.state), lastRefreshed: context.clock.now() });
    return { status: 'License refresh request processed' };
  },

  'pbxware.license.last_refreshed': ({ context }) => ({
    last_refreshed: formatRefreshed(currentLicense(context.state).lastRefreshed),
  }),

  'pbxware.license.info': ({ context }) => ({ ...currentLicense(context.state).info }),
};
